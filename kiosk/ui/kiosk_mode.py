"""Kiosk mode, and everything that follows from it, in one object.

In kiosk mode the window is frameless, in front and fills its screen; a close request (the
window manager's, Alt+F4) is refused until staff exit from the staff panel; F11, F5, Ctrl+Q,
Ctrl+W and Alt+F4 do nothing; the mouse cursor hides; the staff corner asks for the PIN. In a
window F11 toggles full screen, F5 starts the presentation, Ctrl+Q and Ctrl+W close the window,
and the staff corner asks for the PIN only if one is set. Esc is the visitor's Back key in both
modes: it never leaves full screen or the kiosk.

Switching to kiosk mode needs a staff PIN: with none set, :meth:`KioskMode.enterKioskMode`
answers ``"pin-needed"`` and the staff panel asks for a new PIN (see
:meth:`kiosk.ui.staff.StaffAccess.setPin`) before switching. A kiosk started in kiosk mode with
no PIN lets nobody into the staff panel (see :mod:`kiosk.settings.pin`).
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import Property, QEvent, QObject, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QWindow
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.idle import IdleMonitor
from kiosk.ui.staff import StaffAccess

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


class KeyAction(StrEnum):
    """What a key press does to the window."""

    NONE = ""  # nothing here: the key goes on to the QML items
    SWALLOW = "swallow"  # kiosk mode: the key is dropped
    FULL_SCREEN = "full-screen"  # toggles full screen
    PRESENT = "present"  # starts the presentation
    CLOSE = "close"  # closes the window (ends the program)


WINDOW_KEYS = {
    "F11": KeyAction.FULL_SCREEN,
    "F5": KeyAction.PRESENT,
    "Ctrl+Q": KeyAction.CLOSE,
    "Ctrl+W": KeyAction.CLOSE,
}
KIOSK_SWALLOWED = frozenset({*WINDOW_KEYS, "Alt+F4"})


class WindowState(StrEnum):
    """How the window shows outside kiosk mode."""

    MAXIMIZED = "maximized"
    FULL_SCREEN = "full-screen"
    WINDOWED = "windowed"


def key_action(kiosk: bool, keys: str) -> KeyAction:
    """What ``keys`` (as ``QKeySequence`` writes them, e.g. ``"Ctrl+Q"``) do in the mode."""
    if kiosk:
        return KeyAction.SWALLOW if keys in KIOSK_SWALLOWED else KeyAction.NONE
    return WINDOW_KEYS.get(keys, KeyAction.NONE)


@QmlElement
@QmlUncreatable("made by the application")
class KioskMode(QObject):  # type: ignore[operator]
    """Owns kiosk mode: the window's flags and state, the keys and close requests it refuses,
    the cursor hiding (through the idle monitor) and whether the staff corner needs the PIN."""

    changed = Signal()
    presentationRequested = Signal()

    def __init__(
        self,
        kiosk: bool,
        staff: StaffAccess,
        idle: IdleMonitor,
        window_state: WindowState = WindowState.MAXIMIZED,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._staff = staff
        self._idle = idle
        self._window_state = window_state
        self._window: QWindow | None = None
        self._leaving = False
        staff.stateChanged.connect(self.changed)
        idle.set_hide_cursor(kiosk)

    # -- what QML reads -------------------------------------------------------------------

    @Property(bool, notify=changed)
    def kiosk(self) -> bool:
        """Kiosk mode (``True``) or an ordinary window."""
        return self._kiosk

    @Property(bool, notify=changed)
    def staffNeedsPin(self) -> bool:
        """Whether the staff corner opens the PIN pad (else the staff panel directly): in kiosk
        mode always, in a window when a PIN is set."""
        return self._kiosk or bool(self._staff.property("pinConfigured"))

    @property
    def closes(self) -> bool:
        """Whether a close request closes the window now."""
        return not self._kiosk or self._leaving

    # -- switching ------------------------------------------------------------------------

    @Slot(result=str)
    def enterKioskMode(self) -> str:
        """Switches to kiosk mode: ``"kiosk"``, or ``"pin-needed"`` (nothing changed) when no
        staff PIN is set: kiosk mode must not be left without one."""
        if not self._staff.property("pinConfigured"):
            log.info("kiosk mode needs a staff PIN first")
            return "pin-needed"
        self.set_kiosk(True)
        return "kiosk"

    @Slot()
    def leaveKioskMode(self) -> None:
        """Back to an ordinary window (staff only: the panel is behind the PIN)."""
        self.set_kiosk(False)

    def set_kiosk(self, kiosk: bool) -> None:
        """Sets the mode and every consequence of it (no PIN check: see ``enterKioskMode``)."""
        if kiosk == self._kiosk:
            return
        self._kiosk = kiosk
        log.info("switched to %s", "kiosk mode" if kiosk else "a window")
        self._idle.set_hide_cursor(kiosk)
        if self._window is not None:
            self.show()
        self.changed.emit()

    def allow_close(self) -> None:
        """Staff exit: the next close request closes the window, even in kiosk mode."""
        self._leaving = True

    # -- the window -----------------------------------------------------------------------

    def attach(self, window: QWindow) -> None:
        """Watches ``window``'s keys and close requests (call :meth:`show` to show it)."""
        self._window = window
        window.installEventFilter(self)

    def show(self) -> None:
        """Shows the window as the mode wants it: in kiosk mode frameless, in front and filling
        its screen (the explicit geometry fills it even on a bare X server with no window
        manager, where the full-screen hint alone does nothing); else as ``window_state``."""
        window = self._window
        if window is None:
            return
        from PySide6.QtCore import Qt  # its ~100 enums take 15 ms: off the start-up path

        locked = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        if self._kiosk:
            window.setFlags(window.flags() | locked)
            window.setGeometry(window.screen().geometry())
            window.showFullScreen()
            window.requestActivate()
            return
        if window.flags() & locked:
            window.setFlags(window.flags() & ~locked)
        if self._window_state is WindowState.FULL_SCREEN:
            window.showFullScreen()
        elif self._window_state is WindowState.WINDOWED:
            window.show()
        else:
            window.showMaximized()

    def toggle_full_screen(self) -> None:
        """F11 in a window: full screen, or back to maximised."""
        window = self._window
        if window is None or self._kiosk:
            return
        if window.visibility() == QWindow.Visibility.FullScreen:
            window.showMaximized()
        else:
            window.showFullScreen()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and not self.closes:
            log.info("close request refused: kiosk mode (staff exit from the staff panel)")
            event.ignore()
            return True
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            keys = QKeySequence(event.keyCombination()).toString()
            action = key_action(self._kiosk, keys)
            if action is KeyAction.NONE:
                return False
            if action is KeyAction.FULL_SCREEN:
                self.toggle_full_screen()
            elif action is KeyAction.PRESENT:
                self.presentationRequested.emit()
            elif action is KeyAction.CLOSE and self._window is not None:
                self._window.close()
            else:
                log.info("%s ignored: kiosk mode", keys)
            return True
        return False
