"""The presentation started from a running kiosk (staff panel, F5): the kiosk steps aside, the
deck takes the screen, and the deck's Esc brings the kiosk back.

The kiosk does not know the presentation: whoever starts the kiosk hands it a
:class:`KioskPresenter` (``KioskEngine(options, present=KioskPresenter())``). Importing this
module costs nothing; the deck is loaded when it is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from kiosk.app.engine import KioskEngine
    from kiosk.presentation.engine import PresentationEngine


class KioskPresenter:
    """Runs the deck in place of a kiosk, one at a time, looping, in the kiosk's language."""

    def __init__(self) -> None:
        self.presentation: PresentationEngine | None = None

    def __call__(self, kiosk: KioskEngine) -> None:
        if self.presentation is not None:
            return
        from kiosk.presentation.engine import PresentationEngine, PresentOptions

        presentation = PresentationEngine(
            PresentOptions(
                content=kiosk.options.content,
                language=kiosk.exhibition.current_language.value,
                screen=kiosk.options.screen,
                loop=True,
                reduce_motion=kiosk.options.reduce_motion,
            ),
            chosen=kiosk.chosen,
        )
        self.presentation = presentation

        def ended(visible: bool) -> None:
            if visible or self.presentation is not presentation:
                return
            self.presentation = None
            QTimer.singleShot(0, presentation.close)
            kiosk.come_back()

        presentation.window.visibleChanged.connect(ended)
        kiosk.step_aside()
        presentation.show()
