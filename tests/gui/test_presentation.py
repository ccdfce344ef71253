"""Presentation mode: the deck runs by itself, follows a clicker's keys and a finger."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.presentation.engine import PresentationEngine, PresentOptions
from kiosk.tools.itemtree import find_item, is_shown, walk
from kiosk.tools.screenshot import settle
from tests.gui.conftest import LANDSCAPE, Kiosk

SLIDES = 15  # title, ten achievements, three timeline pages, closing


class Deck(Kiosk):
    """A running presentation with the kiosk's helpers for looking and touching."""

    @property
    def slide(self) -> int:
        return int(self.window.property("currentSlide"))

    def key(self, key: Qt.Key) -> None:
        QTest.keyClick(self.window, key)

    def keys(self, *keys: Qt.Key) -> None:
        for key in keys:
            self.key(key)


@pytest.fixture
def open_deck(qtbot: QtBot, qapp: object) -> Iterator[Callable[..., Deck]]:
    """Starts the presentation: ``open_deck(dwell=0.2, loop=True, lang="en")``."""
    opened: list[Deck] = []

    def start(
        dwell: float = 600.0,
        loop: bool = False,
        lang: str | None = None,
        auto_advance: bool = True,
    ) -> Deck:
        options = PresentOptions(
            language=lang,
            dwell=dwell,
            loop=loop,
            reduce_motion=True,
            auto_advance=auto_advance,
            windowed=True,
        )
        engine = PresentationEngine(options)
        deck = Deck(engine, qtbot)  # type: ignore[arg-type]
        deck.window.resize(*LANDSCAPE)
        deck.window.show()
        qtbot.waitExposed(deck.window)
        settle(deck.window)
        opened.append(deck)
        return deck

    yield start
    warnings = [w for deck in opened for w in deck.engine.warnings]
    for deck in opened:
        deck.engine.close()
    assert not warnings, "QML warnings:\n" + "\n".join(warnings)


def test_there_are_thirteen_slides(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck()
    assert deck.window.property("slideCount") == SLIDES
    assert deck.slide == 0
    assert deck.has("presentationTitle")


def test_auto_advance_moves_in_order_and_loops(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(dwell=0.15, loop=True)
    seen = [deck.slide]

    def record() -> bool:
        if deck.slide != seen[-1]:
            seen.append(deck.slide)
        return len(seen) > SLIDES + 1

    deck.wait_until(record, timeout=15000)
    steps = list(pairwise(seen))
    assert all(after == (before + 1) % SLIDES for before, after in steps), seen
    assert (SLIDES - 1, 0) in steps, "it loops back to the title"


def test_auto_advance_stops_at_the_end_without_loop(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(dwell=0.05)
    deck.wait_until(lambda: deck.slide == SLIDES - 1, timeout=10000)
    QTest.qWait(400)
    assert deck.slide == SLIDES - 1


def test_pause_stops_the_clock_and_resumes(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(dwell=0.15)
    deck.key(Qt.Key.Key_P)
    assert deck.window.property("paused") is True
    start = deck.slide
    QTest.qWait(500)
    assert deck.slide == start
    assert deck.has("pausedLabel")
    deck.key(Qt.Key.Key_P)
    deck.wait_until(lambda: deck.slide > start)


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return],
)
def test_clicker_keys_go_forwards(open_deck: Callable[..., Deck], key: Qt.Key) -> None:
    deck = open_deck()
    deck.key(key)
    assert deck.slide == 1


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace]
)
def test_clicker_keys_go_back(open_deck: Callable[..., Deck], key: Qt.Key) -> None:
    deck = open_deck()
    deck.keys(Qt.Key.Key_Right, Qt.Key.Key_Right)
    deck.key(key)
    assert deck.slide == 1


def test_home_end_and_f5(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck()
    deck.key(Qt.Key.Key_End)
    assert deck.slide == SLIDES - 1
    deck.wait_until(lambda: deck.has("closingThanks"))
    deck.key(Qt.Key.Key_Home)
    assert deck.slide == 0
    deck.keys(Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_P)
    deck.key(Qt.Key.Key_F5)
    assert deck.slide == 0
    assert deck.window.property("paused") is False


def test_a_number_then_enter_jumps_to_that_slide(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck()
    deck.keys(Qt.Key.Key_1, Qt.Key.Key_2)
    assert deck.has("typedNumber")
    deck.key(Qt.Key.Key_Enter)
    assert deck.slide == 11
    deck.wait_until(lambda: deck.has("timelineHeading"))
    deck.keys(Qt.Key.Key_5, Qt.Key.Key_Return)
    assert deck.slide == 4
    assert not deck.has("typedNumber")


@pytest.mark.parametrize(
    ("key", "colour"),
    [(Qt.Key.Key_B, "#000000"), (Qt.Key.Key_Period, "#000000"), (Qt.Key.Key_W, "#ffffff")],
)
def test_blackout_and_whiteout_cover_everything(
    open_deck: Callable[..., Deck], key: Qt.Key, colour: str
) -> None:
    deck = open_deck()
    deck.key(Qt.Key.Key_Right)
    deck.key(key)
    settle(deck.window)
    overlay = deck.item("blankOverlay")
    assert is_shown(overlay)
    assert overlay.opacity() == 1
    fill = overlay.property("color")
    assert isinstance(fill, QColor)
    assert fill.name() == colour and fill.alpha() == 255
    assert overlay.width() >= deck.window.width() and overlay.height() >= deck.window.height()
    assert overlay.mapToScene(overlay.boundingRect().topLeft()).toPoint() == QPoint(0, 0)
    # On top: nothing shown is painted after it (the walk is in painting order).
    items = list(walk(deck.root()))
    after = [i for i in items[items.index(overlay) + 1 :] if is_shown(i)]
    assert not after, f"drawn over the blackout: {[i.objectName() for i in after]}"
    siblings = [i for i in overlay.parentItem().childItems() if i is not overlay]
    assert all(i.z() < overlay.z() for i in siblings)
    # What is on screen is one colour.
    image = deck.window.grabWindow()
    assert image.pixelColor(image.width() // 2, image.height() // 3).name() == colour
    assert image.pixelColor(10, image.height() - 2).name() == colour
    # Any key brings the slides back, where they were.
    deck.key(Qt.Key.Key_X)
    assert not is_shown(overlay)
    assert deck.slide == 1


def test_blackout_stops_the_clock(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(dwell=0.1)
    deck.key(Qt.Key.Key_B)
    start = deck.slide
    QTest.qWait(400)
    assert deck.slide == start


def test_l_cycles_the_language(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(lang="zh-Hant")
    exhibition = deck.engine.exhibition  # type: ignore[attr-defined]
    title = deck.item("presentationTitle")
    assert exhibition.language == "zh-Hant"
    deck.key(Qt.Key.Key_L)
    assert exhibition.language == "zh-Hans"
    assert title.property("text") == exhibition.title
    deck.key(Qt.Key.Key_L)
    assert exhibition.language == "en"
    settle(deck.window)
    assert "Building the Future" in str(title.property("text"))
    deck.key(Qt.Key.Key_L)
    assert exhibition.language == "zh-Hant"


def test_escape_asks_to_leave_and_closes_the_window(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck()
    view = find_item(deck.window, "presentationView")
    assert view is not None
    with deck.qtbot.waitSignal(view.exitRequested, timeout=1000):  # type: ignore[attr-defined]
        deck.key(Qt.Key.Key_Escape)
    deck.wait_until(lambda: not deck.window.isVisible())


def test_a_touch_swipe_moves_one_slide(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck()
    centre = QPoint(deck.window.width() // 2, deck.window.height() // 2)
    offset = QPoint(deck.window.width() // 4, 0)
    deck.touch_swipe(centre + offset, centre - offset)
    deck.wait_until(lambda: deck.slide == 1)
    QTest.qWait(100)
    assert deck.slide == 1
    deck.touch_swipe(centre - offset, centre + offset)
    deck.wait_until(lambda: deck.slide == 0)


def test_a_tap_moves_on_once(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck()
    deck.touch_tap(QPoint(deck.window.width() // 2, deck.window.height() // 2))
    settle(deck.window)
    assert deck.slide == 1


def test_every_slide_shows_its_content(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(lang="en")
    for slide in range(1, 11):
        deck.window.setProperty("currentSlide", slide)
        settle(deck.window)
        shown = [i for i in deck.shown_texts() if i.objectName() == "slideHeadline"]
        assert len(shown) == 1, f"slide {slide + 1}: one headline on screen"
        assert int(shown[0].property("font").pixelSize()) >= 64
        points = [i for i in deck.shown_texts() if i.objectName() == "slidePoint"]
        assert 1 <= len(points) <= 3
        assert all(int(p.property("font").pixelSize()) >= 40 for p in points)
    assert find_item(deck.window, f"slide-{SLIDES}") is not None
