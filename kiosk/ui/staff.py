"""The staff PIN pad's back end, as QML sees it."""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.settings.pin import NO_PIN_MESSAGE, PinGuard, Result

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("made by the application from the settings")
class StaffAccess(QObject):  # type: ignore[operator]
    """Checks PINs through a :class:`PinGuard`. ``tryPin`` answers ``"accepted"``,
    ``"rejected"``, ``"locked"`` or ``"unset"`` (no PIN configured: every PIN is refused, see
    :mod:`kiosk.settings.pin`). While locked, ``lockedSeconds`` counts down once a second."""

    stateChanged = Signal()

    def __init__(
        self,
        guard: PinGuard,
        pin_required: bool = True,
        parent: QObject | None = None,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self._guard = guard
        self._pin_required = pin_required
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

    @Property(bool, constant=True)
    def pinConfigured(self) -> bool:
        return self._guard.configured

    @Property(bool, constant=True)
    def pinRequired(self) -> bool:
        """``False`` in window mode, where staff can simply close the window."""
        return self._pin_required
