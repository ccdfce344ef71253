"""The navigation and session rules, driven without a window: what a visitor's taps, the back
key, the staff corner, the end of a session and the start view do to where the visitor is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.ui.navigation import Navigation

# Numbers out of step with the rows, as a pack may number its achievements.
NUMBERS = (2, 3, 5, 7, 11)
MILESTONES = ("policy-address", "innoex")


class Heard:
    """What the navigation told the statistics and the session, in order."""

    def __init__(self, navigation: Navigation) -> None:
        self.events: list[str] = []
        navigation.pageShown.connect(lambda number: self.events.append(f"page {number}"))
        navigation.pageClosed.connect(lambda: self.events.append("closed"))
        navigation.timelineEntered.connect(lambda: self.events.append("timeline"))
        navigation.sessionReset.connect(lambda: self.events.append("reset"))
        navigation.attractRequested.connect(lambda: self.events.append("attract"))

    def take(self) -> list[str]:
        events, self.events = self.events, []
        return events


def place(navigation: Navigation) -> tuple[str, int, bool, str, bool, str]:
    return (
        navigation.section,
        navigation.currentIndex,
        navigation.detailOpen,
        navigation.staffStage,
        navigation.largeText,
        navigation.startMilestone,
    )


START = ("home", 0, False, "", False, "")


@pytest.fixture
def make() -> Callable[..., tuple[Navigation, Heard]]:
    def make(pin_needed: bool = True) -> tuple[Navigation, Heard]:
        navigation = Navigation(NUMBERS, MILESTONES, pin_needed=lambda: pin_needed)
        return navigation, Heard(navigation)

    return make


def test_a_visit_starts_at_home(make: Callable[..., tuple[Navigation, Heard]]) -> None:
    navigation, _heard = make()
    assert place(navigation) == START
    assert navigation.achievementCount == navigation.achievement_count == len(NUMBERS)


def test_pages_open_over_the_section_and_report_the_achievement_number(
    make: Callable[..., tuple[Navigation, Heard]],
) -> None:
    navigation, heard = make()
    navigation.showSection("cards")
    navigation.currentIndex = 1  # swiping the deck opens nothing
    assert heard.take() == []
    navigation.openDetail(3)
    assert place(navigation) == ("cards", 3, True, "", False, "")
    navigation.currentIndex = 4  # swiped to the next page
    navigation.openDetail(99)  # kept within the achievements: already on the last one
    navigation.closeDetail()
    navigation.closeDetail()
    assert heard.take() == ["page 7", "page 11", "closed"]
    assert place(navigation) == ("cards", 4, False, "", False, "")


def test_the_index_stays_within_the_achievements(
    make: Callable[..., tuple[Navigation, Heard]],
) -> None:
    navigation, _heard = make()
    navigation.currentIndex = 50
    assert navigation.currentIndex == len(NUMBERS) - 1
    navigation.currentIndex = -3
    assert navigation.currentIndex == 0
    navigation.openDetail(-1)
    assert navigation.currentIndex == 0 and navigation.detailOpen
    navigation.set_contents((2, 3), ())  # a smaller pack is loaded
    navigation.currentIndex = 4
    assert navigation.currentIndex == 1 and navigation.achievementCount == 2


def test_a_section_closes_the_page_and_the_timeline_is_counted_on_entering(
    make: Callable[..., tuple[Navigation, Heard]],
) -> None:
    navigation, heard = make()
    navigation.openDetail(2)
    navigation.showSection("timeline")
    navigation.showSection("timeline")
    navigation.showSection("nowhere")  # ignored (and logged)
    assert place(navigation) == ("timeline", 2, False, "", False, "")
    assert heard.take() == ["page 5", "closed", "timeline"]


def test_back_goes_from_a_page_to_its_section_then_home(
    make: Callable[..., tuple[Navigation, Heard]],
) -> None:
    navigation, _heard = make()
    navigation.showSection("timeline")
    navigation.openDetail(1)
    navigation.goBack()
    assert (navigation.section, navigation.detailOpen) == ("timeline", False)
    navigation.goBack()
    assert navigation.section == "home"
    navigation.goBack()
    assert place(navigation) == ("home", 1, False, "", False, "")


def test_the_staff_corner_asks_for_the_pin_when_one_is_needed(
    make: Callable[..., tuple[Navigation, Heard]],
) -> None:
    navigation, _heard = make(pin_needed=True)
    navigation.pinAccepted()  # no pad open: nothing to accept
    assert navigation.staffStage == ""
    navigation.openStaff()
    assert navigation.staffStage == "pin"
    navigation.openStaff()  # held again while the pad is open: still the pad
    assert navigation.staffStage == "pin"
    navigation.pinAccepted()
    assert navigation.staffStage == "panel"
    navigation.closeStaff()
    assert navigation.staffStage == ""
    free, _ = make(pin_needed=False)
    free.openStaff()
    assert free.staffStage == "panel"


def test_the_end_of_a_session_puts_everything_back(
    make: Callable[..., tuple[Navigation, Heard]],
) -> None:
    navigation, heard = make()
    navigation.applyView("timeline:innoex")
    navigation.openDetail(3)
    navigation.toggleLargeText()
    navigation.openStaff()
    assert place(navigation) == ("timeline", 3, True, "pin", True, "innoex")
    heard.take()
    navigation.resetSession()
    assert place(navigation) == START
    # The page closes before the index goes back: no view of the first achievement is counted.
    assert heard.take() == ["closed", "reset"]


@pytest.mark.parametrize(
    ("view", "expected", "events"),
    [
        ("home", START, []),
        ("cards", ("cards", 0, False, "", False, ""), []),
        ("cards:5", ("cards", 2, False, "", False, ""), []),
        ("card:7", ("cards", 3, True, "", False, ""), ["page 7"]),
        ("timeline", ("timeline", 0, False, "", False, ""), ["timeline"]),
        ("timeline:innoex", ("timeline", 0, False, "", False, "innoex"), ["timeline"]),
        ("attract", START, ["attract"]),
    ],
)
def test_start_views(
    make: Callable[..., tuple[Navigation, Heard]],
    view: str,
    expected: tuple[str, int, bool, str, bool, str],
    events: list[str],
) -> None:
    navigation, heard = make()
    assert navigation.applyView(view) is True
    assert place(navigation) == expected
    assert heard.take() == events


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ("card:4", ("cards", 0, True, "", False, "")),  # no achievement 4: the first one
        ("cards:12", ("cards", 0, False, "", False, "")),
        ("timeline:moon-landing", ("timeline", 0, False, "", False, "")),
        ("nowhere", START),
    ],
)
def test_a_view_the_pack_cannot_show_is_refused_but_shows_its_section(
    make: Callable[..., tuple[Navigation, Heard]],
    view: str,
    expected: tuple[str, int, bool, str, bool, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    navigation, _heard = make()
    assert navigation.applyView(view) is False
    assert place(navigation) == expected
    assert view in caplog.text


def test_the_start_milestone_lasts_while_the_timeline_is_shown(
    make: Callable[..., tuple[Navigation, Heard]],
) -> None:
    navigation, _heard = make()
    navigation.applyView("timeline:policy-address")
    navigation.openDetail(1)  # a milestone's achievement, over the timeline
    navigation.goBack()
    assert navigation.startMilestone == "policy-address"
    navigation.showSection("cards")
    assert navigation.startMilestone == ""
    navigation.applyView("timeline:innoex")
    navigation.set_contents(NUMBERS, ("policy-address",))  # a pack without it is loaded
    assert navigation.startMilestone == ""
