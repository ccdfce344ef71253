"""The kiosk running in-process, offscreen, and input as a visitor makes it: touch and mouse."""

from __future__ import annotations

import ctypes
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from statistics import median_low
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QTimer
from PySide6.QtGui import QInputDevice, QPointingDevice
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app.engine import AppOptions, KioskEngine
from kiosk.tools.inspect import BLEEDS, TOLERANCE, in_scrolling_view, text_problems
from kiosk.tools.itemtree import find_item, is_shown, walk
from kiosk.tools.screenshot import settle
from kiosk.ui.idle import TICK_MS
from kiosk.ui.navigation import Navigation

FRAME_MS = 16
LANDSCAPE = (1920, 1080)
EDGE_TOLERANCE = TOLERANCE  # pixels: layouts round to device pixels


class Kiosk:
    """A running kiosk with the helpers tests need to look at it and touch it."""

    def __init__(self, engine: KioskEngine, qtbot: QtBot) -> None:
        self.engine = engine
        self.window: QQuickWindow = engine.window
        self.qtbot = qtbot
        self._touch: QPointingDevice | None = None

    # -- looking --------------------------------------------------------------------------

    def item(self, name: str) -> QQuickItem:
        found = find_item(self.window, name)
        assert found is not None, f"no item named {name!r} on screen"
        return found

    def has(self, name: str) -> bool:
        found = find_item(self.window, name)
        return found is not None and is_shown(found)

    def root(self) -> QQuickItem:
        return self.window.contentItem()

    @property
    def navigation(self) -> Navigation:
        """Where the visitor is (section, achievement, page, staff, larger text), as the window
        shows it: tests read it and move through it as QML does."""
        return self.engine.navigation

    def settle(self) -> None:
        settle(self.window)

    def wait_until(self, check: Callable[[], bool], timeout: int = 3000) -> None:
        self.qtbot.waitUntil(check, timeout=timeout)

    def centre(self, name_or_item: str | QQuickItem) -> QPoint:
        item = self.item(name_or_item) if isinstance(name_or_item, str) else name_or_item
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return point.toPoint()

    def outside_window(self) -> list[str]:
        """Shown items, outside scrolling views, that do not lie wholly inside the window."""
        window = QRectF(0, 0, self.window.width(), self.window.height())
        window = window.adjusted(-EDGE_TOLERANCE, -EDGE_TOLERANCE, EDGE_TOLERANCE, EDGE_TOLERANCE)
        problems = []
        for item in walk(self.root()):
            if item.objectName() in BLEEDS or item.width() <= 0 or item.height() <= 0:
                continue
            rect = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
            if not window.contains(rect) and is_shown(item) and not in_scrolling_view(item):
                name = item.objectName() or type(item).__name__
                problems.append(f"outside the window: {name} at {rect.getRect()}")
        return problems

    def text_problems(self) -> list[str]:
        """What a visitor would see wrong with the texts on screen (``innokiosk inspect``'s
        check): sliced, elided, overflowing, covered or off screen."""
        return text_problems(self.window)

    @contextmanager
    def idle_clock_sped_up(self, tick_ms: int = 1) -> Iterator[QTimer]:
        """Runs the idle monitor's own once-a-second countdown tick every ``tick_ms`` instead
        (a visitor's absence, fast-forwarded); yields the tick, back to normal on leaving."""
        tick = self.engine.idle.findChild(QTimer)
        assert isinstance(tick, QTimer)
        tick.setInterval(tick_ms)
        try:
            yield tick
        finally:
            tick.setInterval(TICK_MS)

    def shown_texts(self) -> list[QQuickItem]:
        """Every Text (Label) a visitor can see now."""
        texts = []
        for item in walk(self.root()):
            if not item.inherits("QQuickText"):
                continue
            if is_shown(item) and str(item.property("text") or "").strip():
                texts.append(item)
        return texts

    # -- touching -------------------------------------------------------------------------

    @property
    def touchscreen(self) -> QPointingDevice:
        if self._touch is None:
            self._touch = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
        return self._touch

    def touch_swipe(
        self,
        start: QPoint,
        end: QPoint,
        steps: int = 12,
        delay: int = FRAME_MS,
        fingers: int = 1,
        hold: bool = False,
    ) -> None:
        """Fingers down at ``start``, moved in ``steps`` with ``delay`` ms between, up at ``end``.
        Extra fingers follow the first one a finger-width below it. ``hold`` rests the fingers
        before lifting them, so the view stops where it is dragged instead of flinging on."""
        spacing = QPoint(0, 60)

        def send(kind: str, at: QPoint) -> None:
            sequence = QTest.touchEvent(self.window, self.touchscreen)
            for finger in range(fingers):
                getattr(sequence, kind)(finger, at + spacing * finger, self.window)
            sequence.commit()

        send("press", start)
        for step in range(1, steps + 1):
            QTest.qWait(delay)
            send("move", start + (end - start) * (step / steps))
        if hold:  # small stirs in place, so the last moves say "not moving any more"
            for step in range(8):
                QTest.qWait(FRAME_MS * 2)
                send("move", end + QPoint(step % 2, 0))
        QTest.qWait(delay)
        send("release", end)

    def touch_pinch(self, centre: QPoint, start_gap: int, end_gap: int, steps: int = 12) -> None:
        """Two fingers either side of ``centre`` moving from ``start_gap`` to ``end_gap`` apart."""

        def send(kind: str, gap: float) -> None:
            sequence = QTest.touchEvent(self.window, self.touchscreen)
            half = QPoint(int(gap / 2), 0)
            getattr(sequence, kind)(0, centre - half, self.window)
            getattr(sequence, kind)(1, centre + half, self.window)
            sequence.commit()

        send("press", start_gap)
        for step in range(1, steps + 1):
            QTest.qWait(FRAME_MS)
            send("move", start_gap + (end_gap - start_gap) * step / steps)
        QTest.qWait(FRAME_MS)
        send("release", end_gap)

    def touch_hold(self, at: QPoint, milliseconds: int) -> None:
        """A finger resting on one spot for ``milliseconds``."""
        sequence = QTest.touchEvent(self.window, self.touchscreen)
        sequence.press(0, at, self.window)
        sequence.commit()
        QTest.qWait(milliseconds)
        sequence = QTest.touchEvent(self.window, self.touchscreen)
        sequence.release(0, at, self.window)
        sequence.commit()
        QTest.qWait(FRAME_MS)

    def touch_tap(self, at: QPoint | str) -> None:
        point = self.centre(at) if isinstance(at, str) else at
        sequence = QTest.touchEvent(self.window, self.touchscreen)
        sequence.press(0, point, self.window)
        sequence.commit()
        QTest.qWait(FRAME_MS * 3)
        sequence = QTest.touchEvent(self.window, self.touchscreen)
        sequence.release(0, point, self.window)
        sequence.commit()
        QTest.qWait(FRAME_MS)

    def mouse_drag(
        self, start: QPoint, end: QPoint, steps: int = 12, delay: int = FRAME_MS
    ) -> None:
        from PySide6.QtCore import Qt

        QTest.mousePress(self.window, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, steps + 1):
            QTest.qWait(delay)
            QTest.mouseMove(self.window, start + (end - start) * (step / steps))
        QTest.mouseRelease(self.window, Qt.MouseButton.LeftButton, pos=end, delay=delay)

    def click(self, name: str) -> None:
        from PySide6.QtCore import Qt

        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, pos=self.centre(name))


# A message about a QML file, whatever its level: an incubator whose context is gone reports
# "Object or context destroyed during incubation" as QtInfoMsg, past the engine's warnings
# signal and below pytest-qt's failing level.
QML_MESSAGE = re.compile(r"^(qrc|file):/\S+\.qml(:\d+)*: ")


@pytest.fixture
def open_kiosk(
    qtbot: QtBot, qapp: object, qtlog: Any, tmp_path: Path
) -> Iterator[Callable[..., Kiosk]]:
    """Starts the kiosk: ``open_kiosk(view="cards", lang="en", size=(1080, 1920))``. Each test
    has its own statistics database and settings file (``tmp_path``)."""
    opened: list[Kiosk] = []

    def start(
        view: str = "home",
        lang: str | None = None,
        size: tuple[int, int] = LANDSCAPE,
        content: str | None = None,
        reduce_motion: bool = True,
        kiosk_mode: bool = False,
        idle_timeout: int = 600,
        pin_hash: str | None = None,
    ) -> Kiosk:
        options = AppOptions(
            content=content,
            language=lang,
            start_view=view,
            reduce_motion=reduce_motion,
            kiosk=kiosk_mode,
            idle_timeout=idle_timeout,
            pin_hash=pin_hash,
            config=tmp_path / "innokiosk.toml",
            stats_path=tmp_path / f"stats-{len(opened)}.sqlite3",
        )
        kiosk = Kiosk(KioskEngine(options), qtbot)
        kiosk.window.resize(*size)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        kiosk.settle()
        opened.append(kiosk)
        return kiosk

    yield start
    warnings = [w for kiosk in opened for w in kiosk.engine.warnings]
    for kiosk in opened:
        kiosk.engine.close()
    assert not warnings, "QML warnings:\n" + "\n".join(warnings)
    stray = [record.message for record in qtlog.records if QML_MESSAGE.match(record.message)]
    assert not stray, "QML messages:\n" + "\n".join(stray[:10])


# -- memory -------------------------------------------------------------------------------


def statm() -> tuple[int, int]:
    """Resident and resident file-backed (shared) bytes, as ``/proc/self/statm`` counts them."""
    with open("/proc/self/statm", encoding="ascii") as file:
        fields = [int(field) * os.sysconf("SC_PAGE_SIZE") for field in file.read().split()]
    return fields[1], fields[2]


def live_bytes() -> int:
    """Anonymous resident memory once malloc has returned its free pages: what the process
    holds. Raw RSS also counts library pages read from disk as they are first used, and freed
    heap that malloc keeps."""
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # glibc's
    if trim is not None:
        trim(0)
    resident, shared = statm()
    return resident - shared


def level_change(values: list[int]) -> int:
    """How far a wobbling figure moved: the median of the last third of ``values`` less that of
    the first third (one reading that happens to be high or low does not decide it)."""
    third = max(1, len(values) // 3)
    return median_low(values[-third:]) - median_low(values[:third])


def live_and_resident() -> tuple[int, int]:
    """Live memory and RSS, RSS read after ``live_bytes`` trimmed malloc's free pages."""
    live = live_bytes()
    return live, statm()[0]
