"""Visitor sessions: any touch, click or key keeps a session alive; after ``timeout`` seconds
without one the session ends and the attract loop runs until the next touch.

The monitor watches the application's input events (an event filter), counts down once a second,
warns ``warning_seconds`` before the end, and hides the mouse cursor while the screen is touched
and after a few seconds without mouse movement.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

DEFAULT_TIMEOUT_S = 90
WARNING_S = 10
CURSOR_HIDE_S = 3
TICK_MS = 1000

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}
_TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd}


@QmlElement
@QmlUncreatable("made by the application")
class IdleMonitor(QObject):  # type: ignore[operator]
    """Counts down a visitor's session; ``sessionEnded`` when it runs out."""

    changed = Signal()
    sessionEnded = Signal()
    sessionStarted = Signal()

    def __init__(self, timeout: int = DEFAULT_TIMEOUT_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout = max(1, timeout)
        self._left = self._timeout
        self._attract = False
        self._hide_cursor = False  # kiosk mode's: see set_hide_cursor
        self._cursor_hidden = False
        self._still_mouse = 0
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)

    def start(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._tick.start()

    def stop(self) -> None:
        self._tick.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._show_cursor()

    # -- what QML reads -------------------------------------------------------------------

    def _get_timeout(self) -> int:
        return self._timeout

    def _set_timeout(self, value: int) -> None:
        value = max(1, int(value))
        if value == self._timeout:
            return
        self._timeout = value
        self._left = min(self._left, value)
        self.changed.emit()

    timeout = Property(int, _get_timeout, _set_timeout, notify=changed)

    @Property(int, notify=changed)
    def secondsLeft(self) -> int:
        return self._left

    @Property(bool, notify=changed)
    def warning(self) -> bool:
        return not self._attract and self._left <= min(WARNING_S, self._timeout // 2)

    @Property(bool, notify=changed)
    def attract(self) -> bool:
        return self._attract

    # -- input ----------------------------------------------------------------------------

    @Slot()
    def keepAlive(self) -> None:
        """A visitor did something: the session goes on (or a new one starts)."""
        was_attract = self._attract
        self._attract = False
        self._left = self._timeout
        self.changed.emit()
        if was_attract:
            self.sessionStarted.emit()

    @Slot()
    def endSession(self) -> None:
        """Ends the session now (also what the countdown does when it reaches zero)."""
        self._left = 0
        self._attract = True
        self.changed.emit()
        self.sessionEnded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            if kind in _TOUCH:
                self._hide()
            # During the attract loop its own tap starts the session, so that the touch that
            # wakes the kiosk does not also press whatever lies under it; keys still wake it.
            if not self._attract or kind == QEvent.Type.KeyPress:
                self._activity()
        elif kind == QEvent.Type.MouseMove:
            self._still_mouse = 0
            self._show_cursor()
        return False

    def _activity(self) -> None:
        if self._left != self._timeout or self._attract:
            self.keepAlive()

    def _on_tick(self) -> None:
        self._still_mouse += 1
        if self._still_mouse >= CURSOR_HIDE_S:
            self._hide()
        if self._attract:
            return
        self._left -= 1
        if self._left <= 0:
            self.endSession()
        else:
            self.changed.emit()

    # -- the cursor -----------------------------------------------------------------------

    @property
    def hides_cursor(self) -> bool:
        """Whether the cursor hides on touch and when the mouse rests (kiosk mode)."""
        return self._hide_cursor

    def set_hide_cursor(self, hide: bool) -> None:
        """Turns cursor hiding on (from the next touch or rest) or off (shown at once)."""
        self._hide_cursor = hide
        if not hide:
            self._show_cursor()
        self.changed.emit()

    def _hide(self) -> None:
        if self._hide_cursor and not self._cursor_hidden:
            from PySide6.QtCore import Qt  # off the start-up path (its enums take 15 ms)

            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    @Property(bool, notify=changed)
    def cursorHidden(self) -> bool:
        return self._cursor_hidden
