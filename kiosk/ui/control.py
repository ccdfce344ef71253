"""What the staff panel can do to the running kiosk: exit, reload the content, start the
presentation. (The mode is :class:`kiosk.ui.kiosk_mode.KioskMode`'s.)"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickWindow

from kiosk.constants import STAFF_EXIT_CODE
from kiosk.ui.kiosk_mode import KioskMode

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("made by the application")
class KioskControl(QObject):  # type: ignore[operator]
    """Staff actions on the window and the content pack."""

    contentReloaded = Signal()

    def __init__(
        self,
        mode: KioskMode,
        reload_content: Callable[[], None],
        parent: QObject | None = None,
        start_presentation: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._reload_content = reload_content
        self._start_presentation = start_presentation
        self._window: QQuickWindow | None = None

    def attach(self, window: QQuickWindow) -> None:
        self._window = window

    @Slot()
    def exitKiosk(self) -> None:
        """Leaves the kiosk (staff only, after the PIN)."""
        log.info("staff exit")
        if self._window is None:
            QCoreApplication.exit(STAFF_EXIT_CODE)
            return
        # Closing the last window ends app.exec() with 0 (quitOnLastWindowClosed), so a
        # supervisor sees a clean exit and does not restart the kiosk.
        self._mode.allow_close()
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
