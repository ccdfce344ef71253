"""Getting around: the bar, the home tiles, the back button; one view on screen at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtTest import QTest

from kiosk.constants import EXIT_BAD_INPUT
from kiosk.tools import screenshot
from kiosk.tools.itemtree import walk
from kiosk.tools.screenshot import take_screenshot
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


def test_the_window_follows_the_navigation_object(open_kiosk: Callable[..., Kiosk]) -> None:
    """Python moves the visitor; the window shows it, and the window's own buttons move the
    same object."""
    kiosk = open_kiosk(view="cards", lang="en")
    navigation = kiosk.navigation
    navigation.openDetail(3)
    kiosk.wait_until(lambda: shown_views(kiosk) == ["detailView"])
    kiosk.wait_until(lambda: kiosk.item("pagePosition").property("text") == "4 of 10")
    kiosk.touch_tap("nextPage")
    kiosk.wait_until(lambda: navigation.currentIndex == 4)
    kiosk.touch_tap("backButton")
    kiosk.wait_until(lambda: shown_views(kiosk) == ["cardsView"])
    assert (navigation.section, navigation.detailOpen) == ("cards", False)
    assert kiosk.item("cardDeck").property("currentIndex") == 4, "the deck shows the page left"
    navigation.showSection("timeline")
    kiosk.wait_until(lambda: shown_views(kiosk) == ["timelineView"])
    navigation.toggleLargeText()
    kiosk.wait_until(lambda: kiosk.item("navLargeText").property("current") is True)
    kiosk.touch_tap("language-zh-Hans")
    navigation.openStaff()  # a window with no PIN set: the panel directly
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    navigation.resetSession()
    kiosk.wait_until(lambda: shown_views(kiosk) == ["homeView"] and not kiosk.has("staffPanel"))
    assert kiosk.item("navLargeText").property("current") is False
    assert kiosk.engine.exhibition.language == "en", "the session's start language is back"


def test_a_start_view_the_pack_lacks_is_a_screenshot_error(
    qapp: object, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test run's renderer is chosen already (choosing again would warn).
    monkeypatch.setattr(screenshot, "use_software_renderer", lambda: None)
    shot = tmp_path / "shot.png"
    code = take_screenshot(
        str(shot), view="timeline:moon-landing", language="en", size=(640, 480), content=None
    )
    assert code == EXIT_BAD_INPUT and not shot.exists()
    assert "the pack has no milestone 'moon-landing'" in caplog.text
