"""What the staff panel can do to the running kiosk: exit, reload the content, change the mode."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickWindow

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

STAFF_EXIT_CODE = 0  # a clean exit: a supervisor does not restart the kiosk after it


@QmlElement
@QmlUncreatable("made by the application")
class KioskControl(QObject):  # type: ignore[operator]
    """Staff actions on the window and the content pack."""

    kioskModeChanged = Signal()
    contentReloaded = Signal()

    def __init__(
        self,
        kiosk_mode: bool,
        reload_content: Callable[[], None],
        parent: QObject | None = None,
        start_presentation: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._kiosk_mode = kiosk_mode
        self._reload_content = reload_content
        self._start_presentation = start_presentation
        self._window: QQuickWindow | None = None

    def attach(self, window: QQuickWindow) -> None:
        self._window = window

    @Property(bool, notify=kioskModeChanged)
    def kioskMode(self) -> bool:
        return self._kiosk_mode

    @Slot()
    def exitKiosk(self) -> None:
        """Leaves the kiosk (staff only, after the PIN)."""
        log.info("staff exit")
        if self._window is None:
            QCoreApplication.exit(STAFF_EXIT_CODE)
            return
        # Closing the last window ends app.exec() with 0 (quitOnLastWindowClosed), so a
        # supervisor sees a clean exit and does not restart the kiosk.
        self._window.setProperty("staffExit", True)
        self._window.close()

    @Slot()
    def reloadContent(self) -> None:
        """Reads the content pack again (after staff changed its files)."""
        log.info("staff reload of the content pack")
        self._reload_content()
        self.contentReloaded.emit()

    @Slot()
    def startPresentation(self) -> None:
        """The same content as a self-running deck; Esc comes back here."""
        if self._start_presentation is not None:
            self._start_presentation()

    @Slot(bool)
    def setKioskMode(self, kiosk: bool) -> None:
        """Kiosk mode (locked full screen) or an ordinary window."""
        if kiosk == self._kiosk_mode:
            return
        self._kiosk_mode = kiosk
        window = self._window
        if window is not None:
            from PySide6.QtCore import Qt  # off the start-up path (its enums take 15 ms)

            flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            if kiosk:
                window.setFlags(window.flags() | flags)
                screen = window.screen() or QGuiApplication.primaryScreen()
                window.setGeometry(screen.geometry())
                window.showFullScreen()
            else:
                window.setFlags(window.flags() & ~flags)
                window.showMaximized()
        self.kioskModeChanged.emit()
