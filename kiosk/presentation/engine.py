"""Presentation mode: the exhibition as a self-running, clicker-driven deck on its own window."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from kiosk.app.application import application
from kiosk.app.engine import ExhibitionEngine
from kiosk.constants import DEFAULT_DWELL_S
from kiosk.content.locate import ChosenPack
from kiosk.presentation.deck import Deck
from kiosk.stats.recorder import Recorder

log = logging.getLogger(__name__)

QML_PRESENTATION = "Presentation"


@dataclass
class PresentOptions:
    content: str | None = None
    language: str | None = None
    screen: int | None = None
    windowed: bool = False
    dwell: float = DEFAULT_DWELL_S  # seconds on each slide
    loop: bool = False
    reduce_motion: bool = False
    auto_advance: bool = True


class PresentationEngine(ExhibitionEngine):
    """The QML engine with the presentation loaded into its own window."""

    def __init__(self, options: PresentOptions, chosen: ChosenPack | None = None) -> None:
        super().__init__(options.content, options.language, chosen)
        self.options = options
        # The engine owns the deck, as it owns the exhibition.
        self.deck = Deck(
            self.exhibition, options.dwell, options.loop, options.auto_advance, self.engine
        )
        self.load(QML_PRESENTATION, {"deck": self.deck, "reduceMotion": options.reduce_motion})

    @property
    def slide_count(self) -> int:
        """Slides now (continuation slides are added while the slides fit their text)."""
        return self.deck.state.count

    def show(self) -> None:
        screens = QGuiApplication.screens()
        if self.options.screen is not None and 0 <= self.options.screen < len(screens):
            screen = screens[self.options.screen]
            self.window.setScreen(screen)
            self.window.setGeometry(screen.geometry())
        if self.options.windowed:
            self.window.show()
        else:
            self.window.showFullScreen()
        self.window.requestActivate()


def run_presentation(options: PresentOptions) -> int:
    app = application()
    app.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, True)
    try:
        presentation = PresentationEngine(options)
    except Exception as error:
        log.critical("%s", error)
        return 1
    if presentation.chosen.rejected:
        log.warning(
            "content pack %s was rejected; showing the embedded pack", presentation.chosen.rejected
        )
    presentation.show()
    record_presentation_run(options)
    code = app.exec()
    presentation.close()
    return code


def record_presentation_run(options: PresentOptions, recorder: Recorder | None = None) -> None:
    """Counts the run in the anonymous statistics (``innokiosk stats``)."""
    log_book = recorder or Recorder()
    log_book.event("presentation_run", "loop" if options.loop else "once")
    log_book.close()
