"""The timeline as a visitor sees it: the whole span and every milestone on first open at every
screen shape, language and text size; nothing cut by the strip, the window or the navigation
bar at any zoom; stepping, tapping, opening and coming back; pinch, keys, autoplay."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QRectF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.tools.inspect import describe, text_problems
from kiosk.tools.itemtree import is_shown, walk
from tests.gui.conftest import EDGE_TOLERANCE, Kiosk
from tests.unit.test_timeline import pack_with_milestones_in

SIZES = [(1920, 1080), (1366, 768), (1080, 1920), (3840, 2160), (1280, 1024), (2560, 1080)]
LANGUAGES = ["zh-Hant", "zh-Hans", "en"]


# -- what is visible ----------------------------------------------------------------------


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def fully_visible(kiosk: Kiosk, item: QQuickItem) -> bool:
    """Whole as a visitor sees it: not cut by any clipping ancestor or the window (as
    ``innokiosk inspect`` computes it), nor run under the navigation bar."""
    frame = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    info = describe(item, frame)
    if info.visible is None:
        return False
    bar_top = scene_rect(kiosk.item("navigationBar")).top()
    seen = QRectF(*info.visible).intersected(QRectF(0, 0, frame.width(), bar_top))
    whole = QRectF(*info.rect)
    return (
        seen.width() >= whole.width() - EDGE_TOLERANCE
        and seen.height() >= whole.height() - EDGE_TOLERANCE
    )


def in_timeline(kiosk: Kiosk) -> list[QQuickItem]:
    return [item for item in walk(kiosk.item("timelineView")) if is_shown(item)]


def markers(kiosk: Kiosk) -> list[QQuickItem]:
    return [
        item
        for item in in_timeline(kiosk)
        if item.objectName().startswith(("milestone:", "cluster:"))
    ]


def texts(kiosk: Kiosk) -> list[QQuickItem]:
    return [
        item
        for item in in_timeline(kiosk)
        if item.metaObject().indexOfProperty("truncated") >= 0
        and str(item.property("text") or "").strip()
    ]


def model(kiosk: Kiosk) -> QObject:
    return kiosk.engine.exhibition.milestones


def marker_of(kiosk: Kiosk, index: int) -> QQuickItem:
    """The marker showing the milestone at ``index`` (its own, or the cluster holding it)."""
    for item in markers(kiosk):
        if index in item.property("info")["indices"]:
            return item
    raise AssertionError(f"no marker holds milestone {index}")


def problems_seen(kiosk: Kiosk, what: str) -> list[str]:
    """Everything a visitor should see whole on the timeline, and is not."""
    problems = []
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    margin = min(window.width(), window.height()) * 0.02
    safe = window.adjusted(margin, margin, -margin, -margin)
    strip = kiosk.item("timelineStrip")
    if not safe.contains(scene_rect(strip)):
        problems.append(f"{what}: the strip is not inside the safe margins")
    if scene_rect(strip).bottom() > scene_rect(kiosk.item("navigationBar")).top():
        problems.append(f"{what}: the strip runs under the navigation bar")
    shown = {i for item in markers(kiosk) for i in item.property("info")["indices"]}
    if shown != set(range(int(model(kiosk).property("count")))):
        problems.append(f"{what}: milestones without a marker: {shown}")
    for item in markers(kiosk):
        if not fully_visible(kiosk, item):
            problems.append(f"{what}: marker {item.objectName()} cut")
    for a, b in combinations(markers(kiosk), 2):
        overlap = scene_rect(a).intersected(scene_rect(b))
        if overlap.width() > EDGE_TOLERANCE and overlap.height() > EDGE_TOLERANCE:
            problems.append(f"{what}: markers {a.objectName()} and {b.objectName()} overlap")
    shown_texts = texts(kiosk)
    for item in shown_texts:
        if not fully_visible(kiosk, item):
            problems.append(f"{what}: text cut: {item.property('text')!r}")
    for a, b in combinations(shown_texts, 2):
        overlap = scene_rect(a).intersected(scene_rect(b))
        if overlap.width() > EDGE_TOLERANCE and overlap.height() > EDGE_TOLERANCE:
            problems.append(f"{what}: {a.property('text')!r} overlaps {b.property('text')!r}")
    years = [t for t in shown_texts if t.objectName() == "timelineYear"]
    if not years:
        problems.append(f"{what}: no year label visible")
    detail = kiosk.item("milestoneDetail")
    if not fully_visible(kiosk, detail):
        problems.append(f"{what}: the detail panel is cut")
    problems += [f"{what}: {p}" for p in text_problems(kiosk.window)]
    return problems


# -- first open ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_first_open_shows_the_whole_span_and_every_milestone(
    open_kiosk: Callable[..., Kiosk], size: tuple[int, int]
) -> None:
    kiosk = open_kiosk(view="timeline", size=size)
    problems = []
    for large in (False, True):
        kiosk.navigation.largeText = large
        for language in LANGUAGES:
            kiosk.engine.exhibition.setLanguage(language)
            kiosk.settle()
            problems += problems_seen(kiosk, f"{language}{' large' if large else ''}")
            labels = [t.property("text") for t in texts(kiosk) if t.objectName() == "timelineYear"]
            assert labels == ["2022", "2023", "2024", "2025"]
    assert not problems, "\n".join(problems)
    assert model(kiosk).property("currentId") == "arrangement-signed"


def test_portrait_runs_time_down_the_screen(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="timeline", size=(1080, 1920))
    strip = scene_rect(kiosk.item("timelineStrip"))
    assert strip.height() > 0.7 * kiosk.window.height() and strip.width() < 0.45 * 1080
    days = [i for i, m in enumerate(model(kiosk).ordered) if m.precision.value == "day"]
    ys = [kiosk.centre(marker_of(kiosk, i)).y() for i in days]
    assert len(days) > 10 and ys == sorted(ys), "days known to the day run down in order"
    detail = scene_rect(kiosk.item("milestoneDetail"))
    assert detail.left() >= strip.right(), "the detail panel sits beside the strip"


def test_a_pack_with_milestones_in_2030_shows_a_2030_timeline(
    open_kiosk: Callable[..., Kiosk], tmp_path: Path
) -> None:
    pack_with_milestones_in(tmp_path, 7)
    kiosk = open_kiosk(view="timeline", lang="en", content=str(tmp_path / "pack"))
    labels = [t.property("text") for t in texts(kiosk) if t.objectName() == "timelineYear"]
    assert labels == ["2029", "2030", "2031", "2032"]
    assert kiosk.item("milestoneDate").property("text") == "15 Mar 2030"


# -- zoom ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_zoom_step_keeps_the_axis_and_never_grows_the_strip(
    open_kiosk: Callable[..., Kiosk], size: tuple[int, int]
) -> None:
    kiosk = open_kiosk(view="timeline", size=size, lang="en")
    strip = kiosk.item("timelineStrip")
    before = scene_rect(strip)
    zoom_in = kiosk.item("zoomIn")
    steps = 0
    while zoom_in.isEnabled():
        kiosk.touch_tap("zoomIn")
        kiosk.settle()
        steps += 1
        assert scene_rect(strip) == before, "the strip changed size"
        years = [t for t in texts(kiosk) if t.objectName() == "timelineYear"]
        assert any(fully_visible(kiosk, t) for t in years), f"no year at step {steps}"
        for text in texts(kiosk):
            assert fully_visible(kiosk, text), f"cut at step {steps}: {text.property('text')}"
        assert not text_problems(kiosk.window), f"at step {steps}"
        current = int(model(kiosk).property("current"))
        assert fully_visible(kiosk, marker_of(kiosk, current)), "the selected one scrolled away"
        assert steps < 10
    assert steps >= 3
    kiosk.touch_tap("zoomWhole")
    kiosk.settle()
    assert strip.property("zoom") == 1
    assert not problems_seen(kiosk, "back to the whole span")


def test_a_touch_pinch_zooms_and_never_makes_the_strip_taller(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="timeline")
    strip = kiosk.item("timelineStrip")
    before = scene_rect(strip)
    centre = kiosk.centre(strip)
    kiosk.touch_pinch(centre, 200, 500)
    kiosk.wait_until(lambda: float(strip.property("zoom")) > 1.5)
    kiosk.settle()
    assert scene_rect(strip) == before
    assert fully_visible(kiosk, kiosk.item("timelineFlickable"))
    assert not kiosk.navigation.detailOpen


def test_a_pinch_whose_fingers_land_on_markers_zooms_and_opens_nothing(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="timeline")
    strip = kiosk.item("timelineStrip")
    left = kiosk.centre("milestone:arrangement-signed")
    right = kiosk.centre("milestone:data-flow-mou")
    right.setY(left.y())
    selected = model(kiosk).property("currentId")
    kiosk.touch_pinch((left + right) / 2, right.x() - left.x(), 2 * (right.x() - left.x()))
    kiosk.wait_until(lambda: float(strip.property("zoom")) > 1.5)
    kiosk.settle()
    assert not kiosk.navigation.detailOpen
    assert model(kiosk).property("currentId") == selected


# -- selecting, stepping, opening ---------------------------------------------------------


def test_next_visits_every_milestone_in_date_order_each_fully_visible(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="timeline", lang="en")
    kiosk.touch_tap("zoomIn")
    kiosk.touch_tap("zoomIn")
    milestones = model(kiosk)
    milestones.selectIndex(0)
    kiosk.settle()
    count = int(milestones.property("count"))
    seen = [milestones.property("currentId")]
    for _ in range(count - 1):
        kiosk.touch_tap("milestoneNext")
        seen.append(milestones.property("currentId"))
        assert fully_visible(kiosk, marker_of(kiosk, int(milestones.property("current"))))
        assert kiosk.item("milestoneLabel").property("text")
    assert seen == [m.id for m in milestones.ordered]
    assert not kiosk.item("milestoneNext").isEnabled()
    kiosk.touch_tap("milestonePrevious")
    assert milestones.property("current") == count - 2


def test_a_swipe_on_the_detail_panel_steps(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="timeline")
    milestones = model(kiosk)
    start = int(milestones.property("current"))
    panel = kiosk.item("milestoneDetail")
    centre = kiosk.centre(panel)
    step = QPoint(int(panel.width() * 0.3), 0)
    kiosk.touch_swipe(centre + step, centre - step)
    kiosk.wait_until(lambda: milestones.property("current") == start + 1)
    kiosk.touch_swipe(centre - step, centre + step)
    kiosk.wait_until(lambda: milestones.property("current") == start)
    assert not kiosk.navigation.detailOpen


@pytest.mark.parametrize("how", ["tap", "slow tap", "mouse click"])
def test_a_marker_selects_then_open_and_back_keep_the_selection(
    open_kiosk: Callable[..., Kiosk], how: str
) -> None:
    kiosk = open_kiosk(view="timeline")
    name = "milestone:payload-finalists"
    if how == "tap":
        kiosk.touch_tap(name)
    elif how == "slow tap":
        kiosk.touch_hold(kiosk.centre(name), 1500)
    else:
        kiosk.click(name)
    kiosk.wait_until(lambda: model(kiosk).property("currentId") == "payload-finalists")
    assert not kiosk.navigation.detailOpen, "a tap selects; it does not open"
    kiosk.settle()
    assert kiosk.item(name).property("selected")
    kiosk.touch_tap("openAchievement")
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    assert kiosk.item("detailPages").property("currentIndex") == 8
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: kiosk.has("timelineView"))
    assert model(kiosk).property("currentId") == "payload-finalists"
    assert kiosk.item(name).property("selected")


def test_from_an_achievements_page_the_timeline_opens_on_its_milestone(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="card:9")
    kiosk.touch_tap("navTimeline")
    kiosk.wait_until(lambda: kiosk.has("timelineView"))
    kiosk.settle()
    assert model(kiosk).property("currentId") == "payload-finalists"
    assert kiosk.item("milestone:payload-finalists").property("selected")
    assert fully_visible(kiosk, kiosk.item("milestone:payload-finalists"))


def test_a_cluster_zooms_in_and_selects_one_of_its_milestones(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="timeline")
    cluster = next(m for m in markers(kiosk) if m.objectName().startswith("cluster:"))
    members = list(cluster.property("info")["indices"])
    kiosk.touch_tap(kiosk.centre(cluster))
    strip = kiosk.item("timelineStrip")
    kiosk.wait_until(lambda: float(strip.property("zoom")) > 1)
    kiosk.settle()
    assert int(model(kiosk).property("current")) in members
    for index in members:
        assert fully_visible(kiosk, marker_of(kiosk, index))


def test_keys_step_and_enter_opens(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="timeline")
    milestones = model(kiosk)
    start = int(milestones.property("current"))
    QTest.keyClick(kiosk.window, Qt.Key.Key_Right)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Right)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Left)
    assert milestones.property("current") == start + 1
    QTest.keyClick(kiosk.window, Qt.Key.Key_Plus)
    assert float(kiosk.item("timelineStrip").property("zoom")) > 1
    QTest.keyClick(kiosk.window, Qt.Key.Key_Return)
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    row = int(milestones.property("currentAchievement"))
    assert kiosk.item("detailPages").property("currentIndex") == row


def test_markers_and_the_panel_have_accessible_names(open_kiosk: Callable[..., Kiosk]) -> None:
    from PySide6.QtGui import QAccessible

    kiosk = open_kiosk(view="timeline", lang="en")
    name = QAccessible.Text.Name
    marker = kiosk.item("milestone:arrangement-signed")
    label = QAccessible.queryAccessibleInterface(marker).text(name)
    assert label.startswith("15 Mar 2023, Mainland")
    panel = QAccessible.queryAccessibleInterface(kiosk.item("milestoneDetail")).text(name)
    assert panel == label


def test_autoplay_steps_and_any_touch_stops_it(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="timeline")
    milestones = model(kiosk)
    timer = kiosk.window.findChild(QObject, "timelineAutoplay")
    if timer is None:  # inside a Loader: not a QObject child of the window
        timer = next(
            child
            for item in walk(kiosk.item("timelineView"))
            for child in item.children()
            if child.objectName() == "timelineAutoplay"
        )
    timer.setProperty("interval", 50)
    start = int(milestones.property("current"))
    kiosk.touch_tap("timelinePlay")
    kiosk.wait_until(lambda: int(milestones.property("current")) >= start + 2)
    kiosk.touch_tap(kiosk.centre("milestoneDetail"))
    kiosk.settle()
    stopped = int(milestones.property("current"))
    QTest.qWait(200)
    assert milestones.property("current") == stopped, "a touch did not stop the tour"
    assert not kiosk.item("timelineView").property("playing")


def test_the_next_visitor_finds_the_timeline_on_its_opening_milestone(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="timeline")
    kiosk.touch_tap("milestone:data-flow-mou")
    kiosk.wait_until(lambda: model(kiosk).property("currentId") == "data-flow-mou")
    kiosk.engine.idle.endSession()
    kiosk.wait_until(lambda: kiosk.has("attractLoop"))
    assert model(kiosk).property("currentId") == "arrangement-signed"


def test_the_timeline_opens_on_a_milestone_named_in_the_view(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    """``--view timeline:ID`` (screenshot, inspect) selects that milestone and shows it."""
    from kiosk.cli import build_parser

    args = build_parser().parse_args(["inspect", "--view", "timeline:payload-finalists"])
    kiosk = open_kiosk(view=args.view, lang="en", size=(1080, 1920))
    assert model(kiosk).property("currentId") == "payload-finalists"
    assert kiosk.item("milestoneDate").property("text") == "Sep 2023"
    assert fully_visible(kiosk, marker_of(kiosk, int(model(kiosk).property("current"))))


def test_zoomed_in_a_swipe_along_the_strip_scrolls_it_and_selects_nothing(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="timeline")
    axis = kiosk.item("timelineFlickable")
    assert not axis.property("interactive"), "the whole span needs no scrolling"
    kiosk.touch_tap("zoomIn")
    kiosk.touch_tap("zoomIn")
    kiosk.settle()
    before = float(axis.property("contentX"))
    selected = model(kiosk).property("currentId")
    start = kiosk.centre(axis)
    kiosk.touch_swipe(start, start - QPoint(kiosk.window.width() // 3, 0), hold=True)
    kiosk.wait_until(lambda: not axis.property("moving"))
    assert float(axis.property("contentX")) > before + kiosk.window.width() / 4
    assert model(kiosk).property("currentId") == selected
    assert not text_problems(kiosk.window)
    assert all(fully_visible(kiosk, item) for item in [*markers(kiosk), *texts(kiosk)])
