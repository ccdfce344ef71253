"""Starts the kiosk: resources, fonts, the content pack and the QML engine."""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk.app import resources
from kiosk.app.fonts import load_fonts
from kiosk.app.pyside_fixes import keep_singletons_alive
from kiosk.app.renderer import use_chosen_renderer
from kiosk.content import Language
from kiosk.content.locate import ChosenPack, choose_pack
from kiosk.settings.pin import PinGuard
from kiosk.stand.heartbeat import start_heartbeat
from kiosk.stand.keepawake import KeepAwake
from kiosk.stats.recorder import Recorder
from kiosk.ui.control import KioskControl
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.idle import DEFAULT_TIMEOUT_S, IdleMonitor
from kiosk.ui.staff import StaffAccess
from kiosk.ui.stats import StatsRecorder
from kiosk.ui.translator import InterfaceTranslator

log = logging.getLogger(__name__)

QML_MODULE = "Kiosk"
QML_MAIN = "Main"
WINDOW_ICON = ":/icons/innokiosk.svg"


@dataclass
class AppOptions:
    content: str | None = None
    language: str | None = None
    screen: int | None = None
    windowed: bool = False
    fullscreen: bool = False
    reduce_motion: bool = False
    start_view: str = "home"
    kiosk: bool = False
    idle_timeout: int = DEFAULT_TIMEOUT_S
    pin_hash: str | None = None
    # For the start-up benchmark: a window of this size that prints the time of its first frame
    # and quits.
    first_frame_size: tuple[int, int] | None = None
    # The renderer setting (kiosk.app.renderer): "auto", "software" or "opengl"
    renderer: str = "auto"


def application(argv: list[str] | None = None, renderer: str = "auto") -> QGuiApplication:
    """The one application object, made the way the kiosk needs it, with the renderer chosen
    for the display (``renderer``: the setting, see :mod:`kiosk.app.renderer`)."""
    keep_singletons_alive()
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    QQuickStyle.setStyle("Basic")
    QGuiApplication.setApplicationName("InnoKiosk")
    QGuiApplication.setOrganizationName("InnoKiosk")
    QGuiApplication.setApplicationDisplayName("InnoKiosk")
    app = QGuiApplication(argv if argv is not None else sys.argv[:1])
    use_chosen_renderer(renderer)
    return app


class ExhibitionEngine:
    """A QML engine showing the exhibition in one window: resources, fonts, the content pack and
    the language, set up the same way for the kiosk and the presentation."""

    def __init__(
        self, content: str | None, language: str | None, chosen: ChosenPack | None = None
    ) -> None:
        application()
        resources.register()
        load_fonts()
        QGuiApplication.setWindowIcon(QIcon(WINDOW_ICON))
        self.chosen = chosen or choose_pack(content)
        self.engine = QQmlApplicationEngine()
        self.warnings: list[str] = []
        self.engine.warnings.connect(self._record_warnings)
        self.translator = InterfaceTranslator(self.engine)
        # The engine owns the exhibition, so QML never outlives what it shows.
        self.exhibition = Exhibition(
            self.chosen.pack, self.chosen.source, self.translator, self.chosen.problems, self.engine
        )
        if language:
            self.exhibition.set_default_language(Language(language))
            self.exhibition.setLanguage(Language(language).value)
        self.exhibition.apply_language()

    def load(self, component: str, properties: dict[str, Any]) -> QQuickWindow:
        """Loads ``component`` of the Kiosk module with the exhibition and ``properties``."""
        self.engine.setInitialProperties({"exhibition": self.exhibition, **properties})
        self.engine.loadFromModule(QML_MODULE, component)
        roots = self.engine.rootObjects()
        if not roots or not isinstance(roots[0], QQuickWindow):
            raise RuntimeError(f"the QML {component} failed to load (see the messages above)")
        self.window: QQuickWindow = roots[0]
        return self.window

    def _record_warnings(self, warnings: list[QQmlError]) -> None:
        for warning in warnings:
            self.warnings.append(warning.toString())
            log.warning("QML: %s", warning.toString())

    def find(self, name: str) -> Any:
        """The QML object with this ``objectName`` (tests and screenshots use it)."""
        return self.window.findChild(QObject, name)

    def close(self) -> None:
        """Closes the window and deletes the engine, QML first, then what it showed."""
        self.translator.uninstall()
        self.window.close()
        shiboken6.delete(self.engine)


class KioskEngine(ExhibitionEngine):
    """The kiosk: the exhibition's window with sessions, staff access and statistics."""

    def __init__(self, options: AppOptions, chosen: ChosenPack | None = None) -> None:
        super().__init__(options.content, options.language, chosen)
        self.options = options
        self.idle = IdleMonitor(options.idle_timeout, hide_cursor=options.kiosk, parent=self.engine)
        self.stats = StatsRecorder(Recorder(), parent=self.engine)
        self.stats.connect_idle(self.idle, self.exhibition)
        self.control = KioskControl(
            options.kiosk, self.reload_content, self.engine, self.start_presentation
        )
        self.presentation: Any = None
        self.staff = StaffAccess(PinGuard(options.pin_hash), options.kiosk, parent=self.engine)
        self.load(
            QML_MAIN,
            {
                "idle": self.idle,
                "control": self.control,
                "staff": self.staff,
                "stats": self.stats,
                "startView": options.start_view,
                "reduceMotion": options.reduce_motion,
            },
        )
        self.control.attach(self.window)
        self.idle.start()

    def start_presentation(self) -> None:
        """Hides the kiosk and runs the presentation deck; its Esc brings the kiosk back."""
        if self.presentation is not None:
            return
        from kiosk.presentation.engine import PresentationEngine, PresentOptions

        self.presentation = PresentationEngine(
            PresentOptions(
                content=self.options.content,
                language=self.exhibition.current_language.value,
                screen=self.options.screen,
                loop=True,
                reduce_motion=self.options.reduce_motion,
            ),
            chosen=self.chosen,
        )
        self.presentation.window.visibleChanged.connect(self._presentation_visibility)
        self.idle.stop()
        self.window.hide()
        self.presentation.show()

    def _presentation_visibility(self, visible: bool) -> None:
        if visible or self.presentation is None:
            return
        ended, self.presentation = self.presentation, None
        QTimer.singleShot(0, ended.close)
        self.translator.apply(self.exhibition.current_language)
        self.idle.start()
        self.idle.keepAlive()
        self.show(self.options)

    def reload_content(self) -> None:
        """Chooses and loads the content pack again; a bad pack keeps the embedded one."""
        self.chosen = choose_pack(self.options.content)
        self.exhibition.set_pack(self.chosen.pack, self.chosen.source, self.chosen.problems)

    def show(self, options: AppOptions) -> None:
        screens = QGuiApplication.screens()
        screen = self.window.screen()
        if options.screen is not None and 0 <= options.screen < len(screens):
            screen = screens[options.screen]
            self.window.setScreen(screen)
            self.window.setGeometry(screen.availableGeometry())
        if options.kiosk:
            from PySide6.QtCore import Qt  # its ~100 enums take 15 ms: off the start-up path

            # Frameless and in front; the explicit geometry fills the screen even on a bare X
            # server with no window manager, where the full-screen hint alone does nothing.
            self.window.setFlags(
                self.window.flags()
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            self.window.setGeometry(screen.geometry())
            self.window.showFullScreen()
            self.window.requestActivate()
        elif options.fullscreen:
            self.window.showFullScreen()
        elif options.windowed:
            self.window.show()
        else:
            self.window.showMaximized()

    def close(self) -> None:
        """Closes the window and deletes the engine, QML first, then what it showed."""
        self.stats.close("exit")
        self.idle.stop()
        self.window.setProperty("staffExit", True)
        super().close()


def report_first_frame(window: QQuickWindow, size: tuple[int, int]) -> None:
    """Shows ``window`` at ``size``; at its first frame prints ``FIRST_FRAME <epoch seconds>``
    and ends the process at once (the start-up benchmark reads it)."""

    def first_frame() -> None:
        print(f"FIRST_FRAME {time.time():.6f}", flush=True)
        os._exit(0)

    window.frameSwapped.connect(first_frame)
    window.resize(*size)
    window.show()


def run(options: AppOptions) -> int:
    # Touches no item takes become mouse presses: Qt's default
    # (AA_SynthesizeMouseForUnhandledTouchEvents), which the kiosk relies on.
    app = application(renderer=options.renderer)
    try:
        kiosk = KioskEngine(options)
    except Exception:
        # Never a blank screen or a desktop: visitors see the resting screen, staff the log.
        log.critical("the kiosk could not start; showing the fallback screen", exc_info=True)
        from kiosk.stand.fallback import run_fallback

        return run_fallback(screen=options.screen, fullscreen=options.kiosk or options.fullscreen)
    if kiosk.chosen.rejected:
        log.warning(
            "content pack %s was rejected; showing the embedded pack", kiosk.chosen.rejected
        )
    if options.first_frame_size is not None:
        report_first_frame(kiosk.window, options.first_frame_size)
        return app.exec()
    kiosk.show(options)
    heartbeat = start_heartbeat(app)
    awake = KeepAwake()
    if options.kiosk or options.fullscreen:
        awake.start()
    code = app.exec()
    awake.stop()
    if heartbeat is not None:
        heartbeat.stop()
    kiosk.close()
    return code
