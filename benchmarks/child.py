"""What runs inside the child processes: frame pacing and memory, for the kiosk and the bare
window. ``python -m benchmarks.child MODE [WIDTH HEIGHT]``; the result is one ``BENCH {json}``
line on stdout."""

from __future__ import annotations

import ctypes
import itertools
import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if "INNOKIOSK_RENDERER" not in os.environ:  # set for a visit on a display, which chooses
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QPoint, QTimer
from PySide6.QtGui import QGuiApplication, QInputDevice, QPointingDevice
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow, QSGRendererInterface

if TYPE_CHECKING:
    from kiosk.app.engine import KioskEngine

LANGUAGES = ("zh-Hant", "zh-Hans", "en")
FRAME_MS = 16
QUIET_MS = 400  # no frame for this long: the animation is over
# An interval longer than this whose UI thread was never blocked for longer than IDLE_BLOCK_MS is
# an idle gap (an animation ended and a later change redrew once), not a late frame: with the
# thread free, a frame that was due would have been drawn.
IDLE_GAP_MS = 25.05
IDLE_BLOCK_MS = 20.0
ACTION_TIMEOUT_S = 6.0

BARE_QML = b"""import QtQuick
Window {
    id: root
    width: 1920; height: 1080; visible: false; color: "white"
    property bool animate: false
    Text {
        id: label
        objectName: "label"
        text: "Hello"
        font.pixelSize: 48
        NumberAnimation on x {
            running: root.animate; from: 0; to: 600; duration: 1000
            loops: 2
        }
    }
}
"""


def read_status(key: str) -> int:
    """A ``kB`` line of /proc/self/status, in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return 0


class Recorder(QObject):
    """Frame timestamps (frameSwapped) and the longest gap between 5 ms timer ticks."""

    def __init__(self, window: QQuickWindow) -> None:
        super().__init__()
        self.frames: list[float] = []
        self.ticks: list[float] = []
        self.window = window
        window.frameSwapped.connect(self._frame)
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last_tick = 0.0
        self.max_gap = 0.0

    def _frame(self) -> None:
        self.frames.append(time.perf_counter())

    def _tick(self) -> None:
        now = time.perf_counter()
        self.ticks.append(now)
        if self.last_tick:
            self.max_gap = max(self.max_gap, now - self.last_tick)
        self.last_tick = now

    def start_watch(self) -> None:
        self.last_tick = 0.0
        self.timer.start()

    def stop_watch(self) -> None:
        self.timer.stop()

    def pump(self, milliseconds: float) -> None:
        end = time.perf_counter() + milliseconds / 1000
        while time.perf_counter() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            # As the real event loop does: delete what QML released (processEvents alone never
            # runs deferred deletions, which would look like a leak).
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def until_quiet(self, since: float) -> None:
        """Processes events until no frame came for QUIET_MS after ``since`` (or the timeout)."""
        deadline = since + ACTION_TIMEOUT_S
        while time.perf_counter() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            # As the real event loop does: delete what QML released (processEvents alone never
            # runs deferred deletions, which would look like a leak).
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            last = self.frames[-1] if self.frames and self.frames[-1] >= since else since
            if time.perf_counter() - last > QUIET_MS / 1000:
                break

    def blocked_within(self, start: float, end: float) -> float:
        """The longest stretch (ms) between ``start`` and ``end`` without a timer tick."""
        stamps = [start, *(t for t in self.ticks if start < t < end), end]
        return max((b - a) * 1000 for a, b in itertools.pairwise(stamps))

    def measure(self, action: Callable[[], None]) -> dict[str, list[float]]:
        """Frame intervals (ms) while ``action`` animates (idle gaps set apart), the time from
        the input to the first frame, and the longest blocked stretch of the UI thread."""
        self.pump(50)
        start = time.perf_counter()
        first = len(self.frames)
        first_tick = len(self.ticks)
        action()
        self.until_quiet(start)
        stamps = self.frames[first:]
        intervals: list[float] = []
        idle: list[float] = []
        for a, b in itertools.pairwise(stamps):
            interval = (b - a) * 1000
            if interval > IDLE_GAP_MS and self.blocked_within(a, b) < IDLE_BLOCK_MS:
                idle.append(interval)
            else:
                intervals.append(interval)
        latency = [(stamps[0] - start) * 1000] if stamps else []
        ticks = [start, *self.ticks[first_tick:]]
        blocked = max(((b - a) * 1000 for a, b in itertools.pairwise(ticks)), default=0.0)
        return {"intervals": intervals, "idle": idle, "latency": latency, "blocked": [blocked]}


def touch_swipe(window: QQuickWindow, device: QPointingDevice, start: QPoint, end: QPoint) -> None:
    """As tests/gui/conftest.py: a finger down, moved in 12 steps a frame apart, then up."""
    from PySide6.QtTest import QTest

    def send(kind: str, at: QPoint) -> None:
        sequence = QTest.touchEvent(window, device)
        getattr(sequence, kind)(0, at, window)
        sequence.commit()

    steps = 12
    send("press", start)
    for step in range(1, steps + 1):
        QTest.qWait(FRAME_MS)
        send("move", start + (end - start) * (step / steps))
    QTest.qWait(FRAME_MS)
    send("release", end)


def decoded_image_bytes(window: QQuickWindow) -> int:
    """Bytes of the decoded (32-bit) images of the visible Image items."""
    from kiosk.tools.itemtree import walk

    total = 0
    for item in walk(window.contentItem()):
        meta = item.metaObject()
        if meta.indexOfProperty("sourceSize") < 0 or meta.indexOfProperty("progress") < 0:
            continue
        source = item.property("source")
        if not item.isVisible() or source is None or source.isEmpty():
            continue
        size = item.property("sourceSize")
        total += int(size.width()) * int(size.height()) * 4
    return total


def settle_window(window: QQuickWindow) -> None:
    """Lets pending work, pictures and animations finish (the kiosk's own settle)."""
    from kiosk.tools.screenshot import settle

    settle(window)


def start_kiosk(size: tuple[int, int], reduce_motion: bool = False) -> KioskEngine:
    from kiosk.app.application import application
    from kiosk.app.engine import AppOptions, KioskEngine
    from kiosk.tools.screenshot import use_software_renderer

    use_software_renderer()
    application()
    kiosk = KioskEngine(
        AppOptions(start_view="home", reduce_motion=reduce_motion, idle_timeout=3600)
    )
    kiosk.window.resize(*size)
    kiosk.window.show()
    settle_window(kiosk.window)
    return kiosk


def start_bare(size: tuple[int, int]) -> tuple[QQmlApplicationEngine, QQuickWindow]:
    """The baseline: PySide6 alone, one Text. Of the kiosk only its work-around for Qt for
    Python 6.12's reference-count bug is imported (ctypes; without it the measuring loop itself
    frees None and aborts)."""
    from kiosk.app.pyside_fixes import keep_singletons_alive

    keep_singletons_alive()
    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    engine = QQmlApplicationEngine()
    engine.loadData(BARE_QML)
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    window.resize(*size)
    window.show()
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return engine, window


def frames_kiosk(size: tuple[int, int]) -> dict[str, Any]:
    kiosk = start_kiosk(size)
    window = kiosk.window
    rec = Recorder(window)
    rec.start_watch()
    results: dict[str, dict[str, list[float]]] = {}

    def add(name: str, action: Callable[[], None]) -> None:
        got = rec.measure(action)
        entry = results.setdefault(name, {key: [] for key in got})
        for key, values in got.items():
            entry[key] += values

    navigation = kiosk.navigation
    add("to cards", lambda: navigation.showSection("cards"))
    settle_window(window)
    for index in (1, 2, 3, 2, 1, 0):
        add("card swipe", lambda index=index: setattr(navigation, "currentIndex", index))
    from PySide6.QtTest import QTest

    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    width, height = size
    for _ in range(2):
        add(
            "card swipe",
            lambda: touch_swipe(
                window,
                device,
                QPoint(int(width * 0.7), height // 2),
                QPoint(int(width * 0.3), height // 2),
            ),
        )
    for _ in range(3):
        add("detail open", lambda: navigation.openDetail(navigation.currentIndex))
        add("detail close", navigation.closeDetail)
    add("to timeline", lambda: navigation.showSection("timeline"))
    settle_window(window)
    flickable = window.findChild(QQuickItem, "timelineFlickable")
    centre_y = height // 2
    if flickable is not None:
        centre = flickable.mapToScene(flickable.boundingRect().center()).toPoint()
        centre_y = centre.y()
    for start_x, end_x in ((0.8, 0.2), (0.2, 0.8)):
        add(
            "timeline fling",
            lambda start_x=start_x, end_x=end_x: touch_swipe(
                window,
                device,
                QPoint(int(width * start_x), centre_y),
                QPoint(int(width * end_x), centre_y),
            ),
        )
    for language in ("en", "zh-Hans", "zh-Hant"):
        add(
            "language switch",
            lambda language=language: kiosk.exhibition.setLanguage(language),
        )
    rec.stop_watch()
    warnings = list(kiosk.warnings)
    kiosk.close()
    return {
        "size": list(size),
        "scenarios": results,
        "max_blocked_ms": rec.max_gap * 1000,
        "qml_warnings": warnings,
    }


def frames_bare(size: tuple[int, int]) -> dict[str, Any]:
    engine, window = start_bare(size)
    rec = Recorder(window)
    rec.start_watch()
    got = rec.measure(lambda: window.setProperty("animate", True))
    rec.stop_watch()
    del engine
    return {
        "size": list(size),
        "scenarios": {"NumberAnimation": got},
        "max_blocked_ms": rec.max_gap * 1000,
    }


def memory_kiosk(sessions: int) -> dict[str, Any]:
    size = (1920, 1080)
    kiosk = start_kiosk(size, reduce_motion=True)
    window = kiosk.window
    rec = Recorder(window)
    rec.start_watch()
    rss_start = read_status("VmRSS")
    images = 0
    navigation = kiosk.navigation
    count = navigation.achievement_count
    for language in LANGUAGES:
        kiosk.exhibition.setLanguage(language)
        views: list[Callable[[], None]] = [
            lambda: navigation.showSection("home"),
            lambda: navigation.showSection("cards"),
            *(lambda row=row: navigation.openDetail(row) for row in range(count)),
            lambda: navigation.showSection("timeline"),
        ]
        for show in views:
            show()
            settle_window(window)
            images = max(images, decoded_image_bytes(window))
    navigation.showSection("home")
    settle_window(window)
    peak_views = read_status("VmHWM")
    rss_views = read_status("VmRSS")
    idle = kiosk.idle
    for session in range(sessions):
        idle.endSession()
        rec.pump(30)
        idle.keepAlive()
        navigation.showSection("cards")
        navigation.currentIndex = session % count
        rec.pump(30)
        navigation.openDetail(navigation.currentIndex)
        rec.pump(40)
        navigation.showSection("timeline")
        rec.pump(30)
        kiosk.exhibition.setLanguage(LANGUAGES[session % len(LANGUAGES)])
        rec.pump(20)
    idle.endSession()
    rec.pump(200)
    idle.keepAlive()
    settle_window(window)
    rec.stop_watch()
    result = {
        "rss_start": rss_start,
        "peak_after_views": peak_views,
        "rss_after_views": rss_views,
        "rss_after_sessions": read_status("VmRSS"),
        "peak_after_sessions": read_status("VmHWM"),
        "sessions": sessions,
        "decoded_images_max": images,
        "max_blocked_ms": rec.max_gap * 1000,
        "qml_warnings": list(kiosk.warnings),
    }
    kiosk.close()
    return result


def memory_bare() -> dict[str, Any]:
    engine, window = start_bare((1920, 1080))
    rec = Recorder(window)
    rec.measure(lambda: window.setProperty("animate", True))
    result = {"rss": read_status("VmRSS"), "peak": read_status("VmHWM")}
    del engine
    return result


def visit_kiosk(seconds: float, seed: int) -> dict[str, Any]:
    """A random visit of ``seconds`` on the display the environment names, with the renderer
    the kiosk chooses there (``INNOKIOSK_RENDERER``: the setting): RSS at rest (session ended,
    woken on home) before and after, and every 30 s along the way."""
    import random

    from kiosk.app.application import application
    from kiosk.app.engine import AppOptions, KioskEngine
    from kiosk.app.renderer import current_choice

    application(renderer=os.environ.get("INNOKIOSK_RENDERER", "auto"))
    options = AppOptions(start_view="home", idle_timeout=3600, fullscreen=True)
    kiosk = KioskEngine(options)
    kiosk.show(options)
    window = kiosk.window
    settle_window(window)
    rec = Recorder(window)
    idle = kiosk.idle
    count = int(window.property("achievementCount"))

    def at_rest() -> dict[str, int]:
        """RSS as read, then live memory (anonymous, after malloc_trim) and RSS after the trim,
        with the session ended and the kiosk woken on home."""
        idle.endSession()
        rec.pump(500)
        idle.keepAlive()
        settle_window(window)
        rec.pump(500)
        raw = read_status("VmRSS")
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # glibc's
        if trim is not None:
            trim(0)
        return {"rss": raw, "trimmed": read_status("VmRSS"), "live": read_status("RssAnon")}

    from PySide6.QtTest import QTest

    device = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    width, height = window.width(), window.height()

    def swipe() -> None:
        y = height // 2
        start, end = (0.7, 0.3) if rng.random() < 0.5 else (0.3, 0.7)
        touch_swipe(window, device, QPoint(int(width * start), y), QPoint(int(width * end), y))

    def detail() -> None:
        window.setProperty("section", "cards")
        window.setProperty("currentIndex", rng.randrange(count))
        window.setProperty("detailOpen", True)

    def section(name: str) -> None:
        window.setProperty("detailOpen", False)
        window.setProperty("section", name)

    actions: list[Callable[[], None]] = [
        lambda: section("home"),
        lambda: section("cards"),
        lambda: section("timeline"),
        lambda: window.setProperty("currentIndex", rng.randrange(count)),
        detail,
        detail,
        swipe,
        lambda: kiosk.exhibition.setLanguage(rng.choice(LANGUAGES)),
        idle.endSession,
        idle.keepAlive,
    ]
    rng = random.Random(seed)
    start = at_rest()
    # At rest again every minute (a visitor leaves, the next one comes)
    samples: list[dict[str, int]] = []
    began = time.perf_counter()
    next_sample = began + 60
    inputs = 0
    while time.perf_counter() - began < seconds:
        rng.choice(actions)()
        inputs += 1
        rec.pump(rng.uniform(150, 900))
        if time.perf_counter() >= next_sample and time.perf_counter() - began < seconds - 30:
            samples.append(at_rest())
            next_sample += 60
    end = at_rest()
    choice = current_choice()
    result = {
        "seconds": seconds,
        "inputs": inputs,
        "start": start,
        "end": end,
        "peak": read_status("VmHWM"),
        "samples": samples,
        "renderer": choice.describe() if choice else "?",
        "api": window.rendererInterface().graphicsApi().name,
        "qml_warnings": list(kiosk.warnings),
    }
    kiosk.close()
    return result


def main(argv: list[str]) -> int:
    mode = argv[0]
    result: dict[str, Any]
    if mode == "frames-kiosk":
        result = frames_kiosk((int(argv[1]), int(argv[2])))
    elif mode == "frames-bare":
        result = frames_bare((int(argv[1]), int(argv[2])))
    elif mode == "memory-kiosk":
        result = memory_kiosk(int(argv[1]))
    elif mode == "memory-bare":
        result = memory_bare()
    elif mode == "visit-kiosk":
        result = visit_kiosk(float(argv[1]), int(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    print("BENCH " + json.dumps(result), flush=True)
    app = QGuiApplication.instance()
    if app is not None:
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
