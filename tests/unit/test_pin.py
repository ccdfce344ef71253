"""The staff PIN: scrypt hashes, the PIN rule, and the guard's lockout on a fake clock."""

from __future__ import annotations

import base64
import hashlib

import pytest

from kiosk.settings.pin import (
    LOCKOUT_SECONDS,
    MAX_ATTEMPTS,
    Outcome,
    PinError,
    PinGuard,
    Result,
    check_pin,
    hash_pin,
    parse_pin_hash,
    verify_pin,
)

PIN = "2468"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin(PIN)


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


# -- hashing ----------------------------------------------------------------------------------


def test_the_stored_form(stored: str) -> None:
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt)) == 16
    expected = hashlib.scrypt(
        PIN.encode(), salt=base64.b64decode(salt), n=2**14, r=8, p=1, dklen=32
    )
    assert base64.b64decode(digest) == expected


def test_each_hash_has_its_own_salt(stored: str) -> None:
    again = hash_pin(PIN)
    assert again != stored
    assert verify_pin(PIN, again)


def test_verify(stored: str) -> None:
    assert verify_pin(PIN, stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("24680", stored)
    assert not verify_pin("", stored)


@pytest.mark.parametrize("pin", ["1234", "000000000000", "0123456789"])
def test_good_pins(pin: str) -> None:
    check_pin(pin)


@pytest.mark.parametrize(
    "pin", ["", "123", "1234567890123", "12a4", " 1234", "12 34", "١٢٣٤", "１２３４"]
)
def test_bad_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinError, match="4 to 12 digits"):
        check_pin(pin)
    with pytest.raises(PinError):
        hash_pin(pin)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: "",
        lambda s: s.replace("scrypt", "bcrypt"),
        lambda s: s.replace("$16384$", "$16383$"),  # not a power of two
        lambda s: s.replace("$16384$", "$2097152$"),  # too much work for a kiosk
        lambda s: s.replace("$8$", "$0$"),
        lambda s: s.replace("$8$1$", "$8$x$"),
        lambda s: s + "$extra",
        lambda s: s[:-4] + "!!!=",  # not base64
        lambda s: "$".join([*s.split("$")[:5], "AAAA"]),  # a digest too short to mean anything
    ],
)
def test_a_malformed_hash_never_matches(stored: str, mangle: object) -> None:
    bad = mangle(stored)  # type: ignore[operator]
    assert parse_pin_hash(bad) is None
    assert not verify_pin(PIN, bad)


def test_parse_round_trips(stored: str) -> None:
    parsed = parse_pin_hash(stored)
    assert parsed is not None
    assert str(parsed) == stored


# -- the guard --------------------------------------------------------------------------------


def test_right_pin_is_accepted(stored: str) -> None:
    guard = PinGuard(stored, FakeClock())
    assert guard.attempt(PIN) == Outcome(Result.ACCEPTED, MAX_ATTEMPTS)
    assert guard.configured


def test_wrong_pins_count_down_then_lock(stored: str) -> None:
    clock = FakeClock()
    guard = PinGuard(stored, clock)
    for left in range(MAX_ATTEMPTS - 1, 0, -1):
        assert guard.attempt("0000") == Outcome(Result.REJECTED, left)
        assert guard.attempts_left == left
    assert guard.attempt("0000") == Outcome(Result.LOCKED, 0, 60)
    assert guard.locked_seconds == 60


def test_while_locked_even_the_right_pin_is_refused(stored: str) -> None:
    clock = FakeClock()
    guard = PinGuard(stored, clock)
    for _ in range(MAX_ATTEMPTS):
        guard.attempt("9999")
    clock.advance(59.5)
    assert guard.attempt(PIN) == Outcome(Result.LOCKED, 0, 1)
    assert guard.locked_seconds == 1
    clock.advance(0.5)
    assert guard.locked_seconds == 0
    assert guard.attempts_left == MAX_ATTEMPTS
    assert guard.attempt(PIN).result is Result.ACCEPTED


def test_locked_seconds_round_up(stored: str) -> None:
    clock = FakeClock()
    guard = PinGuard(stored, clock)
    for _ in range(MAX_ATTEMPTS):
        guard.attempt("9999")
    clock.advance(0.1)
    assert guard.locked_seconds == 60
    clock.advance(LOCKOUT_SECONDS - 1.1)
    assert guard.locked_seconds == 1


def test_count_restarts_after_the_lockout(stored: str) -> None:
    clock = FakeClock()
    guard = PinGuard(stored, clock)
    for _ in range(MAX_ATTEMPTS):
        guard.attempt("9999")
    clock.advance(LOCKOUT_SECONDS)
    assert guard.attempt("9999") == Outcome(Result.REJECTED, MAX_ATTEMPTS - 1)


def test_count_restarts_after_success(stored: str) -> None:
    guard = PinGuard(stored, FakeClock())
    for _ in range(MAX_ATTEMPTS - 1):
        guard.attempt("9999")
    assert guard.attempt(PIN).result is Result.ACCEPTED
    for left in range(MAX_ATTEMPTS - 1, 0, -1):
        assert guard.attempt("9999") == Outcome(Result.REJECTED, left)


def test_malformed_entries_count_as_wrong(stored: str) -> None:
    guard = PinGuard(stored, FakeClock())
    assert guard.attempt("") == Outcome(Result.REJECTED, MAX_ATTEMPTS - 1)
    assert guard.attempt("12") == Outcome(Result.REJECTED, MAX_ATTEMPTS - 2)


@pytest.mark.parametrize("pin_hash", [None, "", "not-a-hash"])
def test_no_pin_configured_refuses_everything(pin_hash: str | None) -> None:
    guard = PinGuard(pin_hash, FakeClock())
    assert not guard.configured
    for pin in ("", "1234", PIN, "000000"):
        assert guard.attempt(pin) == Outcome(Result.UNSET, MAX_ATTEMPTS)
    assert guard.locked_seconds == 0


def test_custom_limits(stored: str) -> None:
    clock = FakeClock()
    guard = PinGuard(stored, clock, max_attempts=2, lockout=5)
    assert guard.attempt("1111") == Outcome(Result.REJECTED, 1)
    assert guard.attempt("1111") == Outcome(Result.LOCKED, 0, 5)
    clock.advance(5)
    assert guard.attempts_left == 2
