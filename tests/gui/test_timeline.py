"""The timeline: milestones by date and precision, flick and zoom, a tap opens the achievement."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint

from kiosk.tools.itemtree import walk
from tests.gui.conftest import Kiosk


def bring_into_view(kiosk: Kiosk, milestone: str) -> None:
    """Flicks the axis (as a finger would) until the milestone's card is on screen."""
    axis = kiosk.item("timelineFlickable")
    card = kiosk.item(f"milestone-{milestone}")
    for _ in range(40):
        x = card.mapToScene(card.boundingRect().center()).x()
        if 0.2 * kiosk.window.width() < x < 0.8 * kiosk.window.width():
            return
        centre = kiosk.centre("timelineFlickable")
        step = QPoint(int(kiosk.window.width() * 0.25), 0)
        if x > kiosk.window.width() / 2:
            kiosk.touch_swipe(centre + step, centre - step, hold=True)
        else:
            kiosk.touch_swipe(centre - step, centre + step, hold=True)
        kiosk.wait_until(lambda: not axis.property("moving"))
    raise AssertionError(f"could not flick {milestone} into view")


@pytest.mark.parametrize(
    ("milestone", "row"),
    [("loop-phase-1-plan", 7), ("payload-finalists", 8), ("one-portal-2025", 2)],
)
def test_tapping_a_milestone_opens_its_achievement(
    open_kiosk: Callable[..., Kiosk], milestone: str, row: int
) -> None:
    kiosk = open_kiosk(view="timeline")
    bring_into_view(kiosk, milestone)
    kiosk.touch_tap(f"milestone-{milestone}")
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    assert kiosk.item("detailPages").property("currentIndex") == row


def test_milestones_sit_in_date_order_and_a_month_is_a_span(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="timeline")
    order = ["arrangement-signed", "geneva-inventions", "data-flow-mou", "policy-address"]
    xs = [kiosk.item(f"milestone-{m}").mapToScene(QPoint(0, 0).toPointF()).x() for m in order]
    assert xs == sorted(xs)
    day = kiosk.item("milestone-arrangement-signed").parentItem()
    month = kiosk.item("milestone-loop-phase-1-plan").parentItem()
    spans = {
        name: next(c for c in item.childItems() if c.objectName() == "milestoneSpan").width()
        for name, item in (("day", day), ("month", month))
    }
    assert spans["month"] > 20 * spans["day"] / 2


def test_zoom_buttons_change_the_scale(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="timeline")
    timeline = kiosk.item("timelineView")
    before = float(timeline.property("dayWidth"))
    kiosk.touch_tap("zoomIn")
    kiosk.wait_until(lambda: float(timeline.property("dayWidth")) > before)
    kiosk.touch_tap("zoomOut")
    kiosk.touch_tap("zoomOut")
    kiosk.wait_until(lambda: float(timeline.property("dayWidth")) < before)


def test_a_pinch_zooms_the_axis(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="timeline")
    timeline = kiosk.item("timelineView")
    before = float(timeline.property("dayWidth"))
    below_the_axis = kiosk.centre("timelineFlickable")
    below_the_axis.setY(int(kiosk.centre("timelineAxis").y() + kiosk.window.height() * 0.08))
    kiosk.touch_pinch(below_the_axis, 200, 500)
    kiosk.wait_until(lambda: float(timeline.property("dayWidth")) > before * 1.5)


@pytest.mark.parametrize("how", ["slow tap", "mouse click", "keyboard"])
def test_a_slow_tap_a_click_or_a_key_opens_a_milestone_too(
    open_kiosk: Callable[..., Kiosk], how: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    kiosk = open_kiosk(view="timeline")
    bring_into_view(kiosk, "payload-finalists")
    card = kiosk.item("milestone-payload-finalists")
    if how == "slow tap":
        kiosk.touch_hold(kiosk.centre(card), 1500)
    elif how == "mouse click":
        kiosk.click("milestone-payload-finalists")
    else:
        card.forceActiveFocus()
        QTest.keyClick(kiosk.window, Qt.Key.Key_Return)
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    assert kiosk.item("detailPages").property("currentIndex") == 8


def test_a_swipe_that_starts_on_a_card_moves_the_axis_and_opens_nothing(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="timeline")
    bring_into_view(kiosk, "payload-finalists")
    axis = kiosk.item("timelineFlickable")
    before = float(axis.property("contentX"))
    start = kiosk.centre("milestone-payload-finalists")
    kiosk.touch_swipe(start, start - QPoint(kiosk.window.width() // 3, 0), hold=True)
    kiosk.settle()
    assert float(axis.property("contentX")) > before + kiosk.window.width() / 4
    assert not kiosk.navigation.detailOpen, "the swipe opened the card it started on"


@pytest.mark.parametrize("fingers_on", ["one card", "two cards"])
def test_a_pinch_on_milestone_cards_zooms_and_opens_nothing(
    open_kiosk: Callable[..., Kiosk], fingers_on: str
) -> None:
    """Visitors pinch where the cards are: fingers that land on cards zoom the axis."""
    kiosk = open_kiosk(view="timeline")
    timeline = kiosk.item("timelineView")
    width = kiosk.window.width()
    cards = [card for card in walk(kiosk.root()) if card.objectName().startswith("milestone-")]
    on_screen = [card for card in cards if 0 < kiosk.centre(card).x() < width]
    if fingers_on == "one card":
        card = min(on_screen, key=lambda card: abs(kiosk.centre(card).x() - width / 2))
        centre, gap = kiosk.centre(card), int(card.width() * 0.6)
    else:  # two cards side by side in one lane, one finger on each
        pairs = [
            (kiosk.centre(left), kiosk.centre(right))
            for left in on_screen
            for right in on_screen
            if kiosk.centre(left).y() == kiosk.centre(right).y()
            and 0 < kiosk.centre(right).x() - kiosk.centre(left).x() < width / 3
        ]
        left, right = min(pairs, key=lambda pair: abs((pair[0] + pair[1]).x() / 2 - width / 2))
        centre, gap = (left + right) / 2, right.x() - left.x()
    before = float(timeline.property("dayWidth"))
    kiosk.touch_pinch(centre, gap, gap * 2)
    kiosk.wait_until(lambda: float(timeline.property("dayWidth")) > before * 1.5)
    kiosk.settle()
    assert kiosk.has("timelineView") and not kiosk.navigation.detailOpen, "the pinch opened a card"
