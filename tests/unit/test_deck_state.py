"""The deck's rules without a GUI: the clicker keys, the clock's conditions, splitting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.presentation.deck_state import (
    MAX_SLIDE_DIGITS,
    Blank,
    DeckState,
    Outcome,
    Slide,
    SlideKind,
    plan_slides,
    split_slide,
)

K = Qt.Key


def deck(loop: bool = False, achievements: int = 10, milestones: int = 24) -> DeckState:
    points = [[f"{n}a", f"{n}b", f"{n}c"] for n in range(achievements)]
    return DeckState(plan_slides(points, milestones), loop=loop)


def press(state: DeckState, *keys: Qt.Key) -> list[Outcome]:
    return [state.key(int(key)) for key in keys]


def test_the_plan_is_title_achievements_timeline_pages_closing() -> None:
    slides = plan_slides([["a"], ["b"]], milestones=17)
    assert [s.kind for s in slides] == [
        SlideKind.TITLE, SlideKind.ACHIEVEMENT, SlideKind.ACHIEVEMENT,
        SlideKind.TIMELINE, SlideKind.TIMELINE, SlideKind.TIMELINE, SlideKind.CLOSING,
    ]  # fmt: skip
    assert [s.row for s in slides if s.kind is SlideKind.TIMELINE] == [0, 1, 2]
    assert plan_slides([], 0)[-1].kind is SlideKind.CLOSING


@pytest.mark.parametrize("key", [K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space])
def test_forward_keys(key: Qt.Key) -> None:
    state = deck()
    assert press(state, key) == [Outcome.HANDLED]
    assert state.index == 1


@pytest.mark.parametrize("key", [K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace])
def test_back_keys_and_never_before_the_first(key: Qt.Key) -> None:
    state = deck()
    press(state, K.Key_Right, K.Key_Right, key)
    assert state.index == 1
    press(state, key, key)
    assert state.index == 0


def test_enter_moves_on_home_and_end() -> None:
    state = deck()
    press(state, K.Key_Return, K.Key_Enter)
    assert state.index == 2
    press(state, K.Key_End)
    assert state.index == state.last == 14
    press(state, K.Key_Home)
    assert state.index == 0


def test_the_last_slide_stays_without_loop_and_wraps_with_it() -> None:
    state = deck()
    state.go_to(state.last)
    press(state, K.Key_Right)
    assert state.index == state.last
    assert not state.running, "no clock with nowhere to go"
    looping = deck(loop=True)
    looping.go_to(looping.last)
    assert looping.running
    press(looping, K.Key_Right)
    assert looping.index == 0


def test_a_typed_number_then_enter_jumps() -> None:
    state = deck()
    press(state, K.Key_1, K.Key_2)
    assert state.typed == "12" and state.index == 0
    press(state, K.Key_Enter)
    assert state.index == 11 and state.typed == ""


def test_typed_numbers_are_bounded_corrected_and_clamped() -> None:
    state = deck()
    press(state, *[K.Key_9] * (MAX_SLIDE_DIGITS + 2))
    assert state.typed == "9" * MAX_SLIDE_DIGITS
    press(state, K.Key_Backspace)
    assert state.typed == "9" * (MAX_SLIDE_DIGITS - 1), "Backspace corrects the number"
    assert state.index == 0, "…and does not go back a slide"
    press(state, K.Key_Return)
    assert state.index == state.last
    press(state, K.Key_0, K.Key_Return)
    assert state.index == 0, "slide 0 is the first"


def test_another_key_drops_a_typed_number() -> None:
    state = deck()
    press(state, K.Key_5, K.Key_Right)
    assert state.typed == "" and state.index == 1


@pytest.mark.parametrize(
    ("key", "blank"), [(K.Key_B, Blank.BLACK), (K.Key_Period, Blank.BLACK), (K.Key_W, Blank.WHITE)]
)
def test_blank_stops_the_clock_and_any_key_returns(key: Qt.Key, blank: Blank) -> None:
    state = deck()
    press(state, K.Key_Right, key)
    assert state.blank is blank and not state.running
    assert press(state, K.Key_X) == [Outcome.HANDLED], "any key, even one that means nothing"
    assert state.blank is Blank.NONE and state.index == 1 and state.running
    press(state, key, K.Key_Right)
    assert state.index == 1, "the key that unblanks does not also move"


def test_pause_toggles_the_clock() -> None:
    state = deck()
    press(state, K.Key_P)
    assert state.paused and not state.running
    press(state, K.Key_P)
    assert not state.paused and state.running


def test_f5_starts_again_from_the_top() -> None:
    state = deck()
    press(state, K.Key_Right, K.Key_Right, K.Key_P, K.Key_3)
    press(state, K.Key_F5)
    assert (state.index, state.paused, state.typed, state.blank) == (0, False, "", Blank.NONE)


def test_language_and_escape_go_to_the_owner_and_others_are_ignored() -> None:
    state = deck()
    assert press(state, K.Key_L, K.Key_Escape, K.Key_Q) == [
        Outcome.NEXT_LANGUAGE, Outcome.EXIT, Outcome.IGNORED,
    ]  # fmt: skip
    assert state.index == 0


def test_a_tap_unblanks_or_moves_on() -> None:
    state = deck()
    state.tap()
    assert state.index == 1
    press(state, K.Key_B)
    state.tap()
    assert state.blank is Blank.NONE and state.index == 1


def test_no_auto_advance_never_runs() -> None:
    state = DeckState(plan_slides([["a"]], 1), auto_advance=False)
    assert not state.running


def test_a_split_keeps_every_point_once_in_order() -> None:
    slides = plan_slides([["a", "b", "c", "d"]], 0)
    once = split_slide(slides, 1, 2)
    assert once is not None
    assert [(s.points, s.part, s.first_point) for s in once[1:3]] == [
        (("a", "b"), 0, 0), (("c", "d"), 1, 2),
    ]  # fmt: skip
    twice = split_slide(once, 1, 1)
    assert twice is not None
    assert [(s.points, s.part) for s in twice[1:4]] == [(("a",), 0), (("b",), 1), (("c", "d"), 2)]
    assert len(twice) == len(slides) + 2


def test_a_timeline_page_splits_its_milestones() -> None:
    slides = plan_slides([], milestones=10)
    assert [s.milestones for s in slides[1:3]] == [tuple(range(8)), (8, 9)]
    split = split_slide(slides, 1, 7)
    assert split is not None
    assert [(s.milestones, s.part) for s in split[1:4]] == [
        ((0, 1, 2, 3), 0), ((4, 5, 6, 7), 1), ((8, 9), 0),
    ], "seven would fit, but two even pages read better than seven and one"  # fmt: skip


def test_what_cannot_be_split() -> None:
    slides = plan_slides([["only"]], 0)
    assert split_slide(slides, 1, 0) is None, "one point"
    assert split_slide(slides, 0, 1) is None, "the title"
    assert split_slide(slides, 9, 1) is None, "no such slide"
    at_least_one = split_slide(plan_slides([["a", "b"]], 0), 1, 0)
    assert at_least_one is not None and at_least_one[1].points == ("a",)
    odd = split_slide(plan_slides([["a", "b", "c", "d", "e"]], 0), 1, 4)
    assert odd is not None and [s.points for s in odd[1:3]] == [("a", "b", "c"), ("d", "e")]


def test_a_split_before_the_presenter_keeps_them_on_their_slide() -> None:
    state = DeckState(plan_slides([["a", "b"], ["c"]], 0))
    state.go_to(2)  # the second achievement
    assert state.split(1, 1)
    assert state.current.row == 1 and state.current.kind is SlideKind.ACHIEVEMENT


def test_new_slides_keep_the_presenter_on_the_same_achievement() -> None:
    state = DeckState(plan_slides([["a", "b"], ["c"]], 8))
    state.split(1, 1)
    state.go_to(2)  # the continuation of the first achievement
    state.replace_slides(plan_slides([["A", "B"], ["C"]], 8))
    assert state.index == 1 and state.current.points == ("A", "B")
    state.go_to(3)  # the timeline
    state.replace_slides(plan_slides([["A"]], 8))
    assert state.current.kind is SlideKind.TIMELINE


def test_an_empty_deck_still_has_a_slide() -> None:
    state = DeckState([])
    assert state.count == 1
    press(state, K.Key_Right, K.Key_End)
    assert state.index == 0


def test_slide_is_a_plain_value() -> None:
    assert Slide(SlideKind.TITLE) == Slide(SlideKind.TITLE)
