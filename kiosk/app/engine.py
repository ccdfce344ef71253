"""Starts the kiosk: resources, fonts, the content pack and the QML engine."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow

from kiosk.app import resources
from kiosk.app.application import application
from kiosk.app.fonts import load_fonts
from kiosk.app.screens import place_on_screen
from kiosk.content import Language
from kiosk.content.locate import ChosenPack, choose_pack
from kiosk.settings.pin import PinGuard
from kiosk.stand.heartbeat import start_heartbeat
from kiosk.stand.keepawake import KeepAwake
from kiosk.stats.recorder import Recorder
from kiosk.ui.control import KioskControl
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.idle import DEFAULT_TIMEOUT_S, IdleMonitor
from kiosk.ui.kiosk_mode import KioskMode, WindowState
from kiosk.ui.navigation import Navigation
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
    # The --config flag: where a PIN set from the staff panel is saved (see config_target).
    config: Path | None = None
    # The statistics database (default: the user's data folder); tests give each its own.
    stats_path: Path | None = None
    # For the start-up benchmark: a window of this size that prints the time of its first frame
    # and quits.
    first_frame_size: tuple[int, int] | None = None
    # The renderer setting (kiosk.app.renderer): "auto", "software" or "opengl"
    renderer: str = "auto"


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

    def close(self) -> None:
        """Closes the window and deletes the engine, QML first, then what it showed."""
        self.translator.uninstall()
        self.window.close()
        shiboken6.delete(self.engine)


class KioskEngine(ExhibitionEngine):
    """The kiosk: the exhibition's window with sessions, staff access and statistics."""

    def __init__(
        self,
        options: AppOptions,
        chosen: ChosenPack | None = None,
        present: Callable[[KioskEngine], None] | None = None,
    ) -> None:
        super().__init__(options.content, options.language, chosen)
        self.options = options
        # Runs the presentation in the kiosk's place (staff panel, F5), given by whoever starts
        # the kiosk (``innokiosk``: kiosk.presentation.launch.KioskPresenter); else none.
        self.present = present
        self.idle = IdleMonitor(options.idle_timeout, parent=self.engine)
        self.stats = StatsRecorder(Recorder(options.stats_path), parent=self.engine)
        self.stats.connect_idle(self.idle, self.exhibition)
        self.staff = StaffAccess(PinGuard(options.pin_hash), self.save_pin_hash, self.engine)
        self.mode = KioskMode(
            options.kiosk, self.staff, self.idle, window_state(options), parent=self.engine
        )
        self.mode.presentationRequested.connect(self.start_presentation)
        # A new visitor finds the timeline on its opening milestone.
        self.idle.sessionEnded.connect(self.exhibition.new_session)
        self.control = KioskControl(
            self.mode, self.reload_content, self.engine, self.start_presentation
        )
        self.navigation = Navigation(pin_needed=self._pin_needed, parent=self.engine)
        self.navigation.follow(self.exhibition, self.idle, self.stats)
        self._statistics_saved = False
        self.load(
            QML_MAIN,
            {
                "idle": self.idle,
                "mode": self.mode,
                "control": self.control,
                "staff": self.staff,
                "stats": self.stats,
                "navigation": self.navigation,
                "reduceMotion": options.reduce_motion,
            },
        )
        # Once the window's bindings (reduced motion among them) are in place, as a tap would.
        self.navigation.applyView(options.start_view)
        self.control.attach(self.window)
        self.control.pack_on_show = lambda: self.chosen
        self.mode.attach(self.window)
        self.idle.start()

    def _pin_needed(self) -> bool:
        return bool(self.mode.staffNeedsPin)

    def save_pin_hash(self, pin_hash: str) -> None:
        """Saves a PIN set from the staff panel where ``innokiosk set-pin`` would."""
        from kiosk.settings.config import config_target, write_setting

        write_setting(config_target(self.options.config), "pin_hash", pin_hash)

    def start_presentation(self) -> None:
        """The presentation in the kiosk's place, if the kiosk was given one (``present``)."""
        if self.present is not None:
            self.present(self)

    def step_aside(self) -> None:
        """Hides the kiosk, its session clock stopped, while another window has the screen."""
        self.idle.stop()
        self.window.hide()

    def come_back(self) -> None:
        """Shows the kiosk again after :meth:`step_aside`, in its language, a session begun."""
        self.translator.apply(self.exhibition.current_language)
        self.idle.start()
        self.idle.keepAlive()
        self.show(self.options)

    def reload_content(self) -> None:
        """Chooses and loads the content pack again; a bad pack keeps the embedded one."""
        self.chosen = choose_pack(self.options.content)
        self.exhibition.set_pack(self.chosen.pack, self.chosen.source, self.chosen.problems)

    def show(self, options: AppOptions) -> None:
        place_on_screen(self.window, options.screen)
        self.mode.show()

    def bring_to_front(self) -> None:
        """Another launch asked for the kiosk: its window (or the presentation's) in front,
        shown again if it was hidden or minimised."""
        presentation = getattr(self.present, "presentation", None)  # a KioskPresenter's deck
        window = presentation.window if presentation is not None else self.window
        hidden = not window.isVisible() or window.visibility() == window.Visibility.Minimized
        if hidden and presentation is None:
            self.show(self.options)
        window.raise_()
        window.requestActivate()

    def save_statistics(self) -> None:
        """Ends the visitor's session and writes the statistics, once (at exit, or earlier when
        the desktop session ends)."""
        if not self._statistics_saved:
            self._statistics_saved = True
            self.stats.close("exit")

    def close(self) -> None:
        """Closes the window and deletes the engine, QML first, then what it showed."""
        self.save_statistics()
        self.idle.stop()
        self.mode.allow_close()
        super().close()


def window_state(options: AppOptions) -> WindowState:
    """How the window shows outside kiosk mode: ``--fullscreen``, ``--windowed`` or maximised."""
    if options.fullscreen:
        return WindowState.FULL_SCREEN
    if options.windowed:
        return WindowState.WINDOWED
    return WindowState.MAXIMIZED


def report_first_frame(window: QQuickWindow, size: tuple[int, int]) -> None:
    """Shows ``window`` at ``size``; at its first frame prints ``FIRST_FRAME <epoch seconds>``
    and ends the process at once (the start-up benchmark reads it)."""

    def first_frame() -> None:
        print(f"FIRST_FRAME {time.time():.6f}", flush=True)
        os._exit(0)

    window.frameSwapped.connect(first_frame)
    window.resize(*size)
    window.show()


def run(options: AppOptions, present: Callable[[KioskEngine], None] | None = None) -> int:
    # Touches no item takes become mouse presses: Qt's default
    # (AA_SynthesizeMouseForUnhandledTouchEvents), which the kiosk relies on.
    app = application(renderer=options.renderer)
    # One kiosk at a time: a second launch brings this one to the front and ends (exit 0).
    from kiosk.stand.single_instance import claim_or_hand_over

    running: list[KioskEngine] = []

    def bring_to_front() -> None:
        for kiosk in running:
            kiosk.bring_to_front()

    instance = None
    if options.first_frame_size is None:
        instance = claim_or_hand_over(bring_to_front)
        if instance is None:
            return 0
    try:
        kiosk = KioskEngine(options, present=present)
    except Exception:
        # Never a blank screen or a desktop: visitors see the resting screen, staff the log.
        log.critical("the kiosk could not start; showing the fallback screen", exc_info=True)
        from kiosk.stand.fallback import run_fallback

        code = run_fallback(screen=options.screen, fullscreen=options.kiosk or options.fullscreen)
        if instance is not None:
            instance.release()
        return code
    running.append(kiosk)
    from kiosk.stand.shutdown import CleanStop

    stop = CleanStop(app, kiosk.save_statistics)  # SIGTERM, logout: exit 0, statistics saved
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
    kiosk.mode.changed.connect(lambda: awake.start() if kiosk.mode.kiosk else None)
    code = 0 if stop.reason else app.exec()  # a signal during the start: no loop to end
    stop.restore()
    awake.stop()
    if heartbeat is not None:
        heartbeat.stop()
    kiosk.close()
    if instance is not None:
        instance.release()
    return code
