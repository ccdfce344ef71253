"""Presentation mode: the exhibition as a self-running, clicker-driven deck on its own window."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow

from kiosk import resources
from kiosk.app import QML_MODULE, WINDOW_ICON, application, load_fonts
from kiosk.content import Language
from kiosk.content.locate import ChosenPack, choose_pack
from kiosk.stats.recorder import Recorder
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.translator import InterfaceTranslator

log = logging.getLogger(__name__)

QML_PRESENTATION = "Presentation"
DEFAULT_DWELL_S = 12.0


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


class PresentationEngine:
    """The QML engine with the presentation loaded into its own window."""

    def __init__(self, options: PresentOptions, chosen: ChosenPack | None = None) -> None:
        application()
        resources.register()
        load_fonts()
        QGuiApplication.setWindowIcon(QIcon(WINDOW_ICON))
        self.options = options
        self.chosen = chosen or choose_pack(options.content)
        self.engine = QQmlApplicationEngine()
        self.warnings: list[str] = []
        self.engine.warnings.connect(self._record_warnings)
        self.translator = InterfaceTranslator(self.engine)
        self.exhibition = Exhibition(
            self.chosen.pack, self.chosen.source, self.translator, self.chosen.problems, self.engine
        )
        if options.language:
            self.exhibition.set_default_language(Language(options.language))
            self.exhibition.setLanguage(Language(options.language).value)
        self.exhibition.apply_language()
        self.engine.setInitialProperties(
            {
                "exhibition": self.exhibition,
                "dwell": max(1, round(options.dwell * 1000)),
                "loop": options.loop,
                "reduceMotion": options.reduce_motion,
                "autoAdvance": options.auto_advance,
            }
        )
        self.engine.loadFromModule(QML_MODULE, QML_PRESENTATION)
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError("the presentation failed to load (see the messages above)")
        self.window: QQuickWindow = roots[0]

    def _record_warnings(self, warnings: list[QQmlError]) -> None:
        for warning in warnings:
            self.warnings.append(warning.toString())
            log.warning("QML: %s", warning.toString())

    def find(self, name: str) -> Any:
        return self.window.findChild(QObject, name)

    @property
    def slide_count(self) -> int:
        return int(self.window.property("slideCount"))

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

    def close(self) -> None:
        """Closes the window and deletes the engine, QML first, then what it showed."""
        self.translator.uninstall()
        self.window.close()
        shiboken6.delete(self.engine)


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
