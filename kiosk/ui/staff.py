"""The staff PIN pad's back end, as QML sees it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.constants import PIN_MAX_LENGTH, PIN_MIN_LENGTH
from kiosk.settings.config import ConfigWriteError
from kiosk.settings.pin import NO_PIN_MESSAGE, PinError, PinGuard, Result, hash_pin

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("made by the application from the settings")
class StaffAccess(QObject):  # type: ignore[operator]
    """Checks PINs through a :class:`PinGuard`. ``tryPin`` answers ``"accepted"``,
    ``"rejected"``, ``"locked"`` or ``"unset"`` (no PIN configured: every PIN is refused, see
    :mod:`kiosk.settings.pin`). While locked, ``lockedSeconds`` counts down once a second.
    ``setPin`` sets a new PIN and saves its hash through ``save_hash`` (the settings file)."""

    stateChanged = Signal()

    def __init__(
        self,
        guard: PinGuard,
        save_hash: Callable[[str], None] | None = None,
        parent: QObject | None = None,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._save_hash = save_hash
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

    @Slot(str, result=str)
    def tryPin(self, pin: str) -> str:
        outcome = self._guard.attempt(pin)
        if outcome.result is Result.ACCEPTED:
            log.info("staff PIN accepted")
        elif outcome.result is Result.REJECTED:
            log.warning("staff PIN rejected (%d attempts left)", outcome.attempts_left)
        elif outcome.result is Result.LOCKED:
            log.warning("staff PIN pad locked for %d s", outcome.locked_seconds)
            if not self._timer.isActive():
                self._timer.start()
        else:
            log.warning("%s", NO_PIN_MESSAGE)
        self.stateChanged.emit()
        return outcome.result.value

    def _tick(self) -> None:
        if self._guard.locked_seconds == 0:
            self._timer.stop()
        self.stateChanged.emit()

    @Property(int, notify=stateChanged)
    def attemptsLeft(self) -> int:
        return self._guard.attempts_left

    @Property(int, notify=stateChanged)
    def lockedSeconds(self) -> int:
        return self._guard.locked_seconds

    @Property(bool, notify=stateChanged)
    def pinConfigured(self) -> bool:
        return self._guard.configured

    @Property(int, constant=True)
    def pinMinLength(self) -> int:
        return PIN_MIN_LENGTH

    @Property(int, constant=True)
    def pinMaxLength(self) -> int:
        return PIN_MAX_LENGTH

    @Slot(str, result=str)
    def setPin(self, pin: str) -> str:
        """Makes ``pin`` the staff PIN and saves its hash: ``"saved"``, ``"invalid"`` (not 4 to
        12 digits) or ``"not-saved"`` (the settings file could not be written: logged, and the
        old PIN stays)."""
        try:
            stored = hash_pin(pin)
        except PinError:
            return "invalid"
        if self._save_hash is not None:
            try:
                self._save_hash(stored)
            except (ConfigWriteError, OSError) as error:
                log.error("the new staff PIN was not saved: %s", error)
                return "not-saved"
        self._guard.set_hash(stored)
        log.info("a new staff PIN was set and saved")
        self.stateChanged.emit()
        return "saved"
