"""Getting around: the bar, the home tiles, the back button; one view on screen at a time."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtTest import QTest

from kiosk.tools.itemtree import walk
from tests.gui.conftest import Kiosk

VIEWS = ("homeView", "cardsView", "timelineView", "detailView")


def shown_views(kiosk: Kiosk) -> list[str]:
    return [name for name in VIEWS if kiosk.has(name)]


@pytest.mark.parametrize(
    ("button", "view"), [("navCards", "cardsView"), ("navTimeline", "timelineView")]
)
def test_the_bar_switches_sections(
    open_kiosk: Callable[..., Kiosk], button: str, view: str
) -> None:
    kiosk = open_kiosk()
    assert shown_views(kiosk) == ["homeView"]
    kiosk.touch_tap(button)
    kiosk.wait_until(lambda: shown_views(kiosk) == [view])
    kiosk.touch_tap("navHome")
    kiosk.wait_until(lambda: shown_views(kiosk) == ["homeView"])


def test_touch_to_explore_opens_the_cards(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk()
    kiosk.touch_tap("exploreButton")
    kiosk.wait_until(lambda: shown_views(kiosk) == ["cardsView"])


def test_a_home_tile_opens_its_achievement(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk()
    kiosk.touch_tap("tile-payload-specialist")
    kiosk.wait_until(lambda: shown_views(kiosk) == ["detailView"])
    assert kiosk.item("detailPages").property("currentIndex") == 8
    assert kiosk.item("pagePosition").property("text") in ("第 9 / 10 項", "9 of 10")


def test_swiping_a_page_moves_to_the_neighbour(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="card:3")
    pages = kiosk.item("detailPages")
    assert pages.property("currentIndex") == 2
    centre = kiosk.centre("detailPages")
    offset = centre.__class__(kiosk.window.width() // 3, 0)
    kiosk.touch_swipe(centre + offset, centre - offset)
    kiosk.wait_until(lambda: pages.property("currentIndex") == 3)
    kiosk.touch_tap("previousPage")
    kiosk.wait_until(lambda: pages.property("currentIndex") == 2)


def test_back_and_escape_return(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="timeline")
    kiosk.navigation.openDetail(4)
    kiosk.wait_until(lambda: shown_views(kiosk) == ["detailView"])
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: shown_views(kiosk) == ["timelineView"])
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: shown_views(kiosk) == ["homeView"])


def test_every_control_has_an_accessible_name(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    unnamed = []
    for item in walk(kiosk.root()):
        if item.metaObject().indexOfSignal("clicked()") < 0 or not item.isVisible():
            continue
        expression = QQmlExpression(QQmlEngine.contextForObject(item), item, "Accessible.name")
        name, _undefined = expression.evaluate()
        if not name:
            unnamed.append(item.objectName() or item.metaObject().className())
    assert not unnamed
