"""The card deck, driven as visitors drive it: touch swipes and taps, the mouse, the keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.tools.itemtree import walk
from tests.gui.conftest import Kiosk


def deck_index(kiosk: Kiosk) -> int:
    return int(kiosk.item("cardDeck").property("currentIndex"))


def swipe_points(kiosk: Kiosk, towards_next: bool = True) -> tuple[QPoint, QPoint]:
    centre = kiosk.centre("cardDeck")
    offset = QPoint(int(kiosk.window.width() * 0.3), 0)
    forwards = (centre + offset, centre - offset)
    return forwards if towards_next else (forwards[1], forwards[0])


def test_a_touch_swipe_moves_to_the_next_card(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    assert deck_index(kiosk) == 0
    kiosk.touch_swipe(*swipe_points(kiosk))
    kiosk.wait_until(lambda: deck_index(kiosk) == 1)
    kiosk.touch_swipe(*swipe_points(kiosk, towards_next=False))
    kiosk.wait_until(lambda: deck_index(kiosk) == 0)


def test_a_fast_fling_moves_one_card_not_several(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    start, end = swipe_points(kiosk)
    kiosk.touch_swipe(start, end - QPoint(kiosk.window.width() // 4, 0), steps=4, delay=8)
    kiosk.wait_until(lambda: not kiosk.item("cardDeck").property("moving"))
    assert deck_index(kiosk) == 1


def test_a_two_finger_swipe_moves_one_card(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    kiosk.touch_swipe(*swipe_points(kiosk), fingers=2)
    kiosk.wait_until(lambda: not kiosk.item("cardDeck").property("moving"))
    assert deck_index(kiosk) == 1


def test_a_mouse_drag_moves_the_deck_too(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    kiosk.mouse_drag(*swipe_points(kiosk))
    kiosk.wait_until(lambda: deck_index(kiosk) == 1)


def test_arrows_and_numbers_move_the_deck(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    kiosk.touch_tap("nextCard")
    kiosk.wait_until(lambda: deck_index(kiosk) == 1)
    kiosk.touch_tap("indicator-7")
    kiosk.wait_until(lambda: deck_index(kiosk) == 6)
    kiosk.touch_tap("previousCard")
    kiosk.wait_until(lambda: deck_index(kiosk) == 5)


def test_a_tap_on_a_card_opens_its_page_and_back_returns(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    kiosk.touch_tap("nextCard")
    kiosk.wait_until(lambda: deck_index(kiosk) == 1)
    kiosk.settle()
    kiosk.touch_tap("card-research-to-market")
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    assert kiosk.item("detailPages").property("currentIndex") == 1
    assert kiosk.has("page-research-to-market")
    kiosk.touch_tap("backButton")
    kiosk.wait_until(lambda: kiosk.has("cardsView"))
    assert not kiosk.has("detailView")
    assert deck_index(kiosk) == 1


def test_a_tap_is_handled_once(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    kiosk.touch_tap("nextCard")
    kiosk.settle()
    assert deck_index(kiosk) == 1, "one tap, one step (no second step from a synthesized click)"


def test_keyboard_arrows_enter_and_escape(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards")
    QTest.keyClick(kiosk.window, Qt.Key.Key_Right)
    kiosk.wait_until(lambda: deck_index(kiosk) == 1)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Return)
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    QTest.keyClick(kiosk.window, Qt.Key.Key_Right)
    kiosk.wait_until(lambda: kiosk.item("detailPages").property("currentIndex") == 2)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: kiosk.has("cardsView"))
    assert deck_index(kiosk) == 2


def test_cards_far_from_the_current_one_let_their_picture_go(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="cards", lang="en")
    pictures = [item for item in walk(kiosk.item("cardDeck")) if item.objectName() == "cardImage"]
    assert len(pictures) == 10
    kiosk.wait_until(lambda: [bool(p.property("source").toString()) for p in pictures]
                     == [True] * 3 + [False] * 7)  # fmt: skip
    kiosk.touch_tap("nextCard")
    kiosk.wait_until(lambda: [bool(p.property("source").toString()) for p in pictures]
                     == [True] * 4 + [False] * 6)  # fmt: skip
