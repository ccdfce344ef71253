"""The staff PIN: hashing with scrypt, checking, and a guard that locks out guessing.

No PIN configured means no PIN is accepted: the PIN pad refuses every entry and tells staff
"no staff PIN set: run innokiosk set-pin". A kiosk in a public place must never open its staff
controls to whoever finds the gesture. In a window with no PIN set the staff corner opens the
panel directly (staff can close the window anyway); switching to kiosk mode from there first asks
for a new PIN (see :mod:`kiosk.ui.kiosk_mode`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from kiosk.constants import PIN_MAX_LENGTH, PIN_MIN_LENGTH

SCHEME = "scrypt"
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
PIN_PATTERN = re.compile(rf"[0-9]{{{PIN_MIN_LENGTH},{PIN_MAX_LENGTH}}}")
PIN_RULE = f"a PIN is {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} digits (0-9)"
NO_PIN_MESSAGE = "no staff PIN set: run innokiosk set-pin"

MAX_ATTEMPTS = 5
LOCKOUT_SECONDS = 60.0

# Bounds on what a stored hash may ask for, so a tampered config cannot stall the kiosk.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16
_MAX_MEMORY = 256 * 1024 * 1024


class PinError(ValueError):
    """A PIN that breaks the rule (4 to 12 digits)."""


def check_pin(pin: str) -> None:
    """Raises :class:`PinError` unless ``pin`` is 4 to 12 ASCII digits (the constants)."""
    if not PIN_PATTERN.fullmatch(pin):
        raise PinError(PIN_RULE)


@dataclass(frozen=True)
class PinHash:
    """A parsed ``scrypt$n$r$p$salt_b64$hash_b64`` string."""

    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes

    def __str__(self) -> str:
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"{SCHEME}${self.n}${self.r}${self.p}${salt}${digest}"


def _derive(pin: str, n: int, r: int, p: int, salt: bytes, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=_MAX_MEMORY
    )


def hash_pin(pin: str) -> str:
    """The stored form of ``pin``, with a fresh random salt; :class:`PinError` if invalid."""
    check_pin(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, HASH_BYTES)
    return str(PinHash(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, digest))


def parse_pin_hash(stored: str) -> PinHash | None:
    """The parts of a stored hash, or ``None`` when it is not one this module wrote."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    power_of_two = n > 1 and n & (n - 1) == 0
    if not (power_of_two and n <= _MAX_N and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        return None
    if 128 * n * r * p > _MAX_MEMORY or len(salt) < 8 or not 16 <= len(digest) <= 64:
        return None
    return PinHash(n, r, p, salt, digest)


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored``; a malformed PIN or hash never matches."""
    parsed = parse_pin_hash(stored)
    if parsed is None or not PIN_PATTERN.fullmatch(pin):
        return False
    digest = _derive(pin, parsed.n, parsed.r, parsed.p, parsed.salt, len(parsed.digest))
    return hmac.compare_digest(digest, parsed.digest)


class Result(StrEnum):
    """What happened to one PIN entry."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    LOCKED = "locked"
    UNSET = "unset"


@dataclass(frozen=True)
class Outcome:
    """The result of one attempt, with what is left of the guard's patience."""

    result: Result
    attempts_left: int
    locked_seconds: int = 0


class PinGuard:
    """Checks PIN entries; ``max_attempts`` wrong ones in a row lock it for ``lockout`` seconds.

    The count of wrong entries starts again after a right one or when a lockout ends. With no
    PIN hash every entry is refused with :attr:`Result.UNSET` (see the module's docstring).
    ``clock`` returns monotonic seconds; tests pass a fake one.
    """

    def __init__(
        self,
        pin_hash: str | None,
        clock: Callable[[], float] = time.monotonic,
        max_attempts: int = MAX_ATTEMPTS,
        lockout: float = LOCKOUT_SECONDS,
    ) -> None:
        self._hash = pin_hash if pin_hash and parse_pin_hash(pin_hash) else None
        self._clock = clock
        self._max_attempts = max_attempts
        self._lockout = lockout
        self._failures = 0
        self._locked_until: float | None = None

    def set_hash(self, pin_hash: str) -> None:
        """A new PIN (its stored hash, from :func:`hash_pin`); the count of wrong entries and
        any lockout start again."""
        if parse_pin_hash(pin_hash) is None:
            raise ValueError("not a PIN hash made by hash_pin")
        self._hash = pin_hash
        self._failures = 0
        self._locked_until = None

    @property
    def configured(self) -> bool:
        """Whether a usable PIN hash was given."""
        return self._hash is not None

    def _expire(self, now: float) -> None:
        if self._locked_until is not None and now >= self._locked_until:
            self._locked_until = None
            self._failures = 0

    def _seconds_left(self, now: float) -> int:
        if self._locked_until is None:
            return 0
        return max(1, math.ceil(self._locked_until - now))

    @property
    def attempts_left(self) -> int:
        self._expire(self._clock())
        return self._max_attempts - self._failures

    @property
    def locked_seconds(self) -> int:
        """Whole seconds until the lockout ends (rounded up), 0 when not locked."""
        now = self._clock()
        self._expire(now)
        return self._seconds_left(now)

    def attempt(self, pin: str) -> Outcome:
        """Checks one entry; the entry that uses up the last attempt returns ``LOCKED``."""
        now = self._clock()
        self._expire(now)
        if self._locked_until is not None:
            return Outcome(Result.LOCKED, 0, self._seconds_left(now))
        if self._hash is None:
            return Outcome(Result.UNSET, self._max_attempts - self._failures)
        if verify_pin(pin, self._hash):
            self._failures = 0
            return Outcome(Result.ACCEPTED, self._max_attempts)
        self._failures += 1
        if self._failures >= self._max_attempts:
            self._locked_until = now + self._lockout
            return Outcome(Result.LOCKED, 0, self._seconds_left(now))
        return Outcome(Result.REJECTED, self._max_attempts - self._failures)
