"""Where the visitor is: the section on screen, the achievement shown, whether its page is open,
the staff pad or panel, larger text; and the rules that move between them, the end of a session
among them. QML draws this state and asks for changes through the slots; Python (the start view,
the idle monitor, the self-test, tests) drives the same object, with no window needed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.ui.views import SECTIONS, View, ViewError, parse_view

if TYPE_CHECKING:
    from kiosk.ui.exhibition import Exhibition
    from kiosk.ui.idle import IdleMonitor
    from kiosk.ui.stats import StatsRecorder

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

HOME = "home"
TIMELINE = "timeline"
STAFF_CLOSED = ""
STAFF_PIN = "pin"
STAFF_PANEL = "panel"


def _ask_for_pin() -> bool:
    return True


@QmlElement
@QmlUncreatable("made by the application")
class Navigation(QObject):  # type: ignore[operator]
    """The visitor's place in the kiosk and the rules for moving.

    ``section`` is ``"home"``, ``"cards"`` or ``"timeline"``; ``currentIndex`` the row of the
    achievement shown in the deck or on its page (rows follow the achievements' numbers);
    ``detailOpen`` whether its page covers the section; ``staffStage`` ``""``, ``"pin"`` or
    ``"panel"``; ``startMilestone`` the milestone the timeline should show (``timeline:<id>``).
    """

    sectionChanged = Signal()
    currentIndexChanged = Signal()
    detailOpenChanged = Signal()
    staffStageChanged = Signal()
    largeTextChanged = Signal()
    startMilestoneChanged = Signal()
    achievementCountChanged = Signal()
    # What visitors look at, for the statistics: the number of the achievement whose page is
    # now shown (opened, or swiped to), the page closed, the timeline entered.
    pageShown = Signal(int)
    pageClosed = Signal()
    timelineEntered = Signal()
    # The timeline was opened from the page of the achievement in this row (it shows that
    # achievement's milestone; see ``follow``).
    timelineFromPage = Signal(int)
    # The session was reset; the exhibition's language follows (see ``follow``).
    sessionReset = Signal()
    # The start view ``attract``: the idle monitor ends the session (see ``follow``).
    attractRequested = Signal()

    def __init__(
        self,
        numbers: Sequence[int] = (),
        milestone_ids: Sequence[str] = (),
        pin_needed: Callable[[], bool] = _ask_for_pin,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._numbers: tuple[int, ...] = tuple(numbers)
        self._milestone_ids: tuple[str, ...] = tuple(milestone_ids)
        self._pin_needed = pin_needed
        self._section = HOME
        self._index = 0
        self._detail = False
        self._staff = STAFF_CLOSED
        self._large_text = False
        self._milestone = ""

    # -- what is shown ------------------------------------------------------------------------

    def set_contents(self, numbers: Sequence[int], milestone_ids: Sequence[str]) -> None:
        """The pack on show: its achievements' numbers in row order and its milestones' ids."""
        count = len(self._numbers)
        self._numbers = tuple(numbers)
        self._milestone_ids = tuple(milestone_ids)
        if len(self._numbers) != count:
            self.achievementCountChanged.emit()
        self._set_index(self._index)
        if self._milestone and self._milestone not in self._milestone_ids:
            self._set_milestone("")

    @Property(int, notify=achievementCountChanged)
    def achievementCount(self) -> int:
        return len(self._numbers)

    @property
    def achievement_count(self) -> int:
        """The achievements on show (for Python; QML reads ``achievementCount``)."""
        return len(self._numbers)

    @Property(str, notify=sectionChanged)
    def section(self) -> str:
        return self._section

    def _get_index(self) -> int:
        return self._index

    def _set_index(self, row: int) -> None:
        row = max(0, min(int(row), len(self._numbers) - 1))
        if row == self._index:
            return
        self._index = row
        self.currentIndexChanged.emit()
        if self._detail:
            self.pageShown.emit(self._number(row))

    # The deck and the pages set it as they are swiped; kept within the achievements.
    currentIndex = Property(int, _get_index, _set_index, notify=currentIndexChanged)

    @Property(bool, notify=detailOpenChanged)
    def detailOpen(self) -> bool:
        return self._detail

    @Property(str, notify=staffStageChanged)
    def staffStage(self) -> str:
        return self._staff

    def _get_large_text(self) -> bool:
        return self._large_text

    def _set_large_text(self, on: bool) -> None:
        if bool(on) != self._large_text:
            self._large_text = bool(on)
            self.largeTextChanged.emit()

    largeText = Property(bool, _get_large_text, _set_large_text, notify=largeTextChanged)

    @Property(str, notify=startMilestoneChanged)
    def startMilestone(self) -> str:
        return self._milestone

    def _number(self, row: int) -> int:
        return self._numbers[row] if 0 <= row < len(self._numbers) else row + 1

    def row_of(self, number: int) -> int:
        """The row of achievement ``number``, or -1 when the pack has none."""
        return self._numbers.index(number) if number in self._numbers else -1

    # -- moving ---------------------------------------------------------------------------------

    @Slot(str)
    def showSection(self, name: str) -> None:
        """Shows ``name`` (home, cards or timeline), closing an open page."""
        if name not in SECTIONS:
            log.warning("no section %r", name)
            return
        from_page = self._index if name == TIMELINE and self._detail else None
        self.closeDetail()
        if from_page is not None:
            self.timelineFromPage.emit(from_page)
        if name == self._section:
            return
        self._section = name
        if name != TIMELINE:
            self._set_milestone("")
        self.sectionChanged.emit()
        if name == TIMELINE:
            self.timelineEntered.emit()

    @Slot(int)
    def openDetail(self, row: int) -> None:
        """Opens the page of the achievement in ``row`` (kept within the achievements) over the
        section on show."""
        if not self._numbers:
            return
        row = max(0, min(int(row), len(self._numbers) - 1))
        if self._detail:
            self._set_index(row)
            return
        if row != self._index:
            self._index = row
            self.currentIndexChanged.emit()
        self._detail = True
        self.detailOpenChanged.emit()
        self.pageShown.emit(self._number(row))

    @Slot()
    def closeDetail(self) -> None:
        if not self._detail:
            return
        self._detail = False
        self.detailOpenChanged.emit()
        self.pageClosed.emit()

    @Slot()
    def goBack(self) -> None:
        """Back (Esc, the back key): from a page to its section, from a section to home."""
        if self._detail:
            self.closeDetail()
        elif self._section != HOME:
            self.showSection(HOME)

    @Slot()
    def toggleLargeText(self) -> None:
        self._set_large_text(not self._large_text)

    # -- staff ----------------------------------------------------------------------------------

    @Slot()
    def openStaff(self) -> None:
        """The staff corner was held: the PIN pad, or the panel where no PIN is needed."""
        if self._staff == STAFF_CLOSED:
            self._set_staff(STAFF_PIN if self._pin_needed() else STAFF_PANEL)

    @Slot()
    def pinAccepted(self) -> None:
        if self._staff == STAFF_PIN:
            self._set_staff(STAFF_PANEL)

    @Slot()
    def closeStaff(self) -> None:
        self._set_staff(STAFF_CLOSED)

    def _set_staff(self, stage: str) -> None:
        if stage != self._staff:
            self._staff = stage
            self.staffStageChanged.emit()

    def _set_milestone(self, ident: str) -> None:
        if ident != self._milestone:
            self._milestone = ident
            self.startMilestoneChanged.emit()

    # -- sessions and start views ---------------------------------------------------------------

    @Slot()
    def resetSession(self) -> None:
        """The visitor's session ended: everything back as the next visitor should find it
        (home, the first achievement, no page, normal text, staff closed); ``sessionReset``
        then takes the language back to the default."""
        self.closeStaff()
        self.closeDetail()
        self._set_large_text(False)
        self._set_index(0)
        self._set_milestone("")
        self.showSection(HOME)
        self.sessionReset.emit()

    @Slot(str, result=bool)
    def applyView(self, text: str) -> bool:
        """Shows the view ``text`` names (see :mod:`kiosk.ui.views`); ``False`` (and logged)
        when it names none, or an achievement or milestone the pack lacks (then the section is
        shown from its start)."""
        try:
            view = parse_view(text)
        except ViewError as error:
            log.warning("%s", error)
            return False
        return self.apply_view(view)

    def problem_with(self, view: View) -> str | None:
        """Why ``view`` cannot be shown with the pack on show, or ``None``."""
        return view.problem(self._numbers, self._milestone_ids)

    def apply_view(self, view: View) -> bool:
        if view.section == "attract":
            self.attractRequested.emit()
            return True
        problem = self.problem_with(view)
        if problem:
            log.warning("%s", problem)
        self.showSection(view.section)
        if view.number is not None:
            row = max(0, self.row_of(view.number))
            if view.detail:
                self.openDetail(row)
            else:
                self._set_index(row)
        if view.milestone and view.milestone in self._milestone_ids:
            self._set_milestone(view.milestone)
        return problem is None

    # -- wiring -----------------------------------------------------------------------------------

    def follow(self, exhibition: Exhibition, idle: IdleMonitor, stats: StatsRecorder) -> None:
        """Follows the pack on show, ends with the idle monitor's sessions (the language goes
        back to the default), and reports pages and timeline visits to the statistics."""

        def take_pack() -> None:
            pack = exhibition.pack
            ordered = sorted(pack.achievements, key=lambda achievement: achievement.number)
            self.set_contents(
                [achievement.number for achievement in ordered],
                [milestone.id for milestone in pack.milestones],
            )

        take_pack()
        exhibition.packChanged.connect(take_pack)
        idle.sessionEnded.connect(self.resetSession)
        self.attractRequested.connect(idle.endSession)
        self.sessionReset.connect(
            lambda: exhibition.setLanguage(str(exhibition.property("defaultLanguage")))
        )
        self.pageShown.connect(stats.viewStarted)
        self.pageClosed.connect(stats.viewEnded)
        self.timelineEntered.connect(lambda: stats.recordEvent(TIMELINE, ""))
        # The timeline's selection is its model's: a page's milestone, a start view's.
        milestones = exhibition.milestone_model()
        self.timelineFromPage.connect(milestones.selectForAchievementRow)
        self.startMilestoneChanged.connect(
            lambda: bool(self._milestone) and milestones.select(self._milestone)
        )
