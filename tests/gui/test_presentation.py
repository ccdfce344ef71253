"""Presentation mode: the deck runs by itself, follows a clicker's keys and a finger."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.content import Language
from kiosk.content.typeset import Role, typeset
from kiosk.presentation.deck import Deck as DeckObject
from kiosk.presentation.engine import PresentationEngine, PresentOptions
from kiosk.presentation.points import slide_points
from kiosk.tools.inspect import is_text
from kiosk.tools.itemtree import find_item, is_shown, walk
from kiosk.tools.screenshot import settle
from tests.gui.conftest import LANDSCAPE, Kiosk

SLIDES = 15  # title, ten achievements, three timeline pages, closing; more if some split
FLOOR_PX = 34  # Theme.presentFloor at 1920x1080


class Deck(Kiosk):
    """A running presentation with the kiosk's helpers for looking and touching."""

    @property
    def deck(self) -> DeckObject:
        return self.engine.deck  # type: ignore[attr-defined,no-any-return]

    @property
    def slide(self) -> int:
        return self.deck.state.index

    @property
    def count(self) -> int:
        return self.deck.state.count

    def shown_texts(self) -> list[QQuickItem]:
        """Every text shown now (told by ``inherits``: a slide's items come and go, and
        ``metaObject()`` wrappers of released QML types can come back stale)."""
        return [
            item
            for item in walk(self.root())
            if is_text(item) and is_shown(item) and str(item.property("text") or "").strip()
        ]

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


def test_the_deck_has_its_slides(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck()
    kinds = [slide.kind.value for slide in deck.deck.state.slides]
    assert kinds[0] == "title" and kinds[-1] == "closing"
    rows = [s.row for s in deck.deck.state.slides if s.kind.value == "achievement" and not s.part]
    assert rows == list(range(10)), "one slide (and maybe a continuation) per achievement"
    assert kinds.count("timeline") == 3
    assert deck.count >= SLIDES
    assert deck.slide == 0
    assert deck.has("presentationTitle")


def test_auto_advance_moves_in_order_and_loops(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(dwell=0.15, loop=True)
    seen = [deck.slide]

    def record() -> bool:
        if deck.slide != seen[-1]:
            seen.append(deck.slide)
        return len(seen) > deck.count + 1

    deck.wait_until(record, timeout=15000)
    steps = list(pairwise(seen))
    assert all(after == (before + 1) % deck.count for before, after in steps), seen
    assert (deck.count - 1, 0) in steps, "it loops back to the title"


def test_auto_advance_stops_at_the_end_without_loop(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(dwell=0.05)
    deck.wait_until(lambda: deck.slide == deck.count - 1, timeout=10000)
    QTest.qWait(400)
    assert deck.slide == deck.count - 1


def test_pause_stops_the_clock_and_resumes(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(dwell=0.15)
    deck.key(Qt.Key.Key_P)
    assert deck.deck.property("paused") is True
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
    assert deck.slide == deck.count - 1
    deck.wait_until(lambda: deck.has("closingThanks"))
    deck.key(Qt.Key.Key_Home)
    assert deck.slide == 0
    deck.keys(Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_P)
    deck.key(Qt.Key.Key_F5)
    assert deck.slide == 0
    assert deck.deck.property("paused") is False


def test_a_number_then_enter_jumps_to_that_slide(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck()
    deck.keys(Qt.Key.Key_1, Qt.Key.Key_2)
    assert deck.has("typedNumber")
    deck.key(Qt.Key.Key_Enter)
    assert deck.slide == 11
    deck.wait_until(lambda: deck.has("slide-12"))
    assert not deck.has("typedNumber")
    deck.keys(Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_Return)
    assert deck.slide == deck.count - 1, "a number past the end goes to the last slide"
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
    with deck.qtbot.waitSignal(deck.deck.exitRequested, timeout=1000):
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


def test_every_achievement_slide_shows_its_points_whole(open_deck: Callable[..., Deck]) -> None:
    deck = open_deck(lang="en")
    pack = deck.engine.exhibition.pack  # type: ignore[attr-defined]
    achievements = sorted(pack.achievements, key=lambda a: a.number)
    shown_points: dict[int, list[str]] = {}
    for index, slide in enumerate(deck.deck.state.slides):
        if slide.kind.value != "achievement":
            continue
        deck.deck.goTo(index)
        settle(deck.window)
        texts = deck.shown_texts()
        headlines = [i for i in texts if i.objectName() == "slideHeadline"]
        assert [h.property("text") for h in headlines] == [
            typeset(achievements[slide.row].headline.get("en"), Role.HEADLINE)
        ], f"slide {index + 1}: its headline, once"
        assert int(headlines[0].property("font").pixelSize()) >= FLOOR_PX * 68 / 42 - 1
        points = [i for i in texts if i.objectName() == "slidePoint"]
        assert [p.property("text") for p in points] == [typeset(p) for p in slide.points]
        assert all(int(p.property("font").pixelSize()) >= FLOOR_PX for p in points)
        assert not any(p.property("truncated") for p in points)
        shown_points.setdefault(slide.row, []).extend(slide.points)
    for row, achievement in enumerate(achievements):
        assert shown_points[row] == slide_points(achievement, Language.EN), (
            f"achievement {row + 1}: every point once, in order, over its slides"
        )
    assert find_item(deck.window, f"slide-{deck.count}") is not None
