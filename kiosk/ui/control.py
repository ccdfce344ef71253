"""What the staff panel can do to the running kiosk: exit, reload the content, start the
presentation. (The mode is :class:`kiosk.ui.kiosk_mode.KioskMode`'s.)"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickWindow

from kiosk.constants import STAFF_EXIT_CODE
from kiosk.content.locate import ChosenPack
from kiosk.ui.kiosk_mode import KioskMode

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlUncreatable("made by the application")
class KioskControl(QObject):  # type: ignore[operator]
    """Staff actions on the window and the content pack."""

    contentReloaded = Signal()
    exportChanged = Signal()
    _exportEnded = Signal(str)  # from the export's thread: "saved" or "failed"

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
        # The pack on show, for the handouts (set by the engine); where they go.
        self.pack_on_show: Callable[[], ChosenPack] | None = None
        self.handout_folder: Callable[[], Path] | None = None
        self._export_state = ""
        self._export_folder = ""
        self._exportEnded.connect(self._end_export)

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

    @Property(str, notify=exportChanged)
    def exportState(self) -> str:
        """``""``, ``"saving"``, ``"saved"`` or ``"failed"``: the last "save handouts"."""
        return self._export_state

    @Property(str, notify=exportChanged)
    def exportFolder(self) -> str:
        return self._export_folder

    @Slot()
    def exportHandouts(self) -> None:
        """The handouts and the slides as PDFs on a USB stick (else in Documents), written on
        a thread of their own so that the panel stays live."""
        if self._export_state == "saving" or self.pack_on_show is None:
            return
        from kiosk.presentation.handout_export import export_all, target_folder

        chosen = self.pack_on_show()
        folder = (self.handout_folder or target_folder)()
        self._export_state, self._export_folder = "saving", str(folder)
        self.exportChanged.emit()

        def work() -> None:
            try:
                export_all(folder, chosen)
            except Exception:
                log.exception("could not save the handouts to %s", folder)
                self._exportEnded.emit("failed")
                return
            self._exportEnded.emit("saved")

        threading.Thread(target=work, name="handouts", daemon=True).start()

    def _end_export(self, state: str) -> None:
        self._export_state = state
        self.exportChanged.emit()
