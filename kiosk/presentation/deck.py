"""The deck as QML sees it: :class:`Deck` holds the state (``deck_state``) and the clock, and
:class:`SlideModel` lists the slides with what each one shows. QML only draws them, and tells
the deck when an achievement's text needs a continuation slide at this size."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any, cast

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import Language
from kiosk.content.typeset import typeset
from kiosk.presentation.deck_state import (
    DeckState,
    Outcome,
    Slide,
    SlideKind,
    plan_slides,
)
from kiosk.presentation.points import slide_points
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.models import FIRST_ROLE, AchievementModel

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

FIGURES_PER_SLIDE = 2  # the figures that matter most: the pack's first two

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_NOT_AN_ACHIEVEMENT: dict[str, Any] = {
    "number": 0,
    "figures": [],
    "imageWidth": 0,
    "imageHeight": 0,
}


@QmlElement
@QmlUncreatable("made by the deck")
class SlideModel(QAbstractListModel):  # type: ignore[operator]
    """The slides in order; an achievement's slide carries its points and pictures."""

    ROLES = (
        "kind", "row", "points", "milestones", "part", "firstPoint", "number", "headline",
        "figures", "imageUrl", "imageAlt", "imageKind", "imageWidth", "imageHeight",
    )  # fmt: skip

    def __init__(self, achievements: AchievementModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._achievements = achievements
        self._slides: list[Slide] = []

    def set_slides(self, slides: list[Slide]) -> None:
        """Shows ``slides``. Slides that stay (same kind, row and part) keep their delegates
        and get their new data (a language); the others are removed or inserted (a split)."""
        ids = [(slide.kind, slide.row, slide.part) for slide in slides]
        matcher = SequenceMatcher(a=[(s.kind, s.row, s.part) for s in self._slides], b=ids)
        current = self._slides = list(self._slides)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):  # from the end: i1 holds
            if tag == "equal":
                continue
            if i2 > i1:
                self.beginRemoveRows(_ROOT, i1, i2 - 1)
                del current[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(_ROOT, i1, i1 + j2 - j1 - 1)
                current[i1:i1] = slides[j1:j2]
                self.endInsertRows()
        self._slides = list(slides)
        if slides:
            self.dataChanged.emit(self.index(0), self.index(len(slides) - 1))

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._slides)

    def roleNames(self) -> dict[int, QByteArray]:
        return {FIRST_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLES)}

    def data(self, index: ModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._slides):
            return None
        if not 0 <= role - FIRST_ROLE < len(self.ROLES):
            return None
        slide = self._slides[index.row()]
        name = self.ROLES[role - FIRST_ROLE]
        match name:
            case "kind":
                return slide.kind.value
            case "row":
                return slide.row
            case "points":
                return [typeset(point) for point in slide.points]
            case "milestones":
                return list(slide.milestones)
            case "part":
                return slide.part
            case "firstPoint":
                return slide.first_point
        if slide.kind is not SlideKind.ACHIEVEMENT:
            return _NOT_AN_ACHIEVEMENT.get(name, "")
        value = self._achievement(slide.row, name)
        if name == "figures":
            return list(value or [])[:FIGURES_PER_SLIDE] if slide.part == 0 else []
        return value

    def _achievement(self, row: int, name: str) -> Any:
        model = self._achievements
        return model.data(model.index(row, 0), FIRST_ROLE + model.ROLES.index(name))


@QmlElement
@QmlUncreatable("made by the presentation")
class Deck(QObject):  # type: ignore[operator]
    """The presentation's slides and where the presenter is: keys, taps, the clock."""

    changed = Signal()
    slidesChanged = Signal()
    exitRequested = Signal()

    def __init__(
        self,
        exhibition: Exhibition,
        dwell_s: float,
        loop: bool = False,
        auto_advance: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._exhibition = exhibition
        self._model = SlideModel(cast(AchievementModel, exhibition.achievements), self)
        self._state = DeckState(self._plan(), loop=loop, auto_advance=auto_advance)
        self._model.set_slides(self._state.slides)
        self._clock = QTimer(self)
        self._clock.setInterval(max(1, round(dwell_s * 1000)))
        self._clock.timeout.connect(self._tick)
        exhibition.languageChanged.connect(self.relayout)
        exhibition.packChanged.connect(self.relayout)
        self._follow()

    def _plan(self) -> list[Slide]:
        language = self._exhibition.current_language
        achievements = sorted(self._exhibition.pack.achievements, key=lambda a: a.number)
        points = [slide_points(achievement, language) for achievement in achievements]
        return plan_slides(points, len(self._exhibition.pack.milestones))

    @property
    def state(self) -> DeckState:
        return self._state

    # -- what QML reads --------------------------------------------------------------------

    @Property(SlideModel, constant=True)
    def slides(self) -> SlideModel:
        return self._model

    @Property(int, notify=slidesChanged)
    def count(self) -> int:
        return self._state.count

    def _get_current(self) -> int:
        return self._state.index

    def _set_current(self, index: int) -> None:
        self._state.go_to(index)
        self._follow(restart_clock=True)

    currentSlide = Property(int, _get_current, _set_current, notify=changed)

    @Property(bool, notify=changed)
    def paused(self) -> bool:
        return self._state.paused

    @Property(str, notify=changed)
    def blank(self) -> str:
        return self._state.blank.value

    @Property(str, notify=changed)
    def typedNumber(self) -> str:
        return self._state.typed

    @Property(bool, notify=changed)
    def running(self) -> bool:
        return self._state.running

    @Property(int, constant=True)
    def dwell(self) -> int:
        return self._clock.interval()

    # -- what QML does ---------------------------------------------------------------------

    @Slot(int, result=bool)
    def key(self, key: int) -> bool:
        """A key from the keyboard or a clicker; whether it meant something here."""
        outcome = self._state.key(key)
        if outcome is Outcome.NEXT_LANGUAGE:
            self._next_language()
        elif outcome is Outcome.EXIT:
            self.exitRequested.emit()
        self._follow(restart_clock=outcome is Outcome.HANDLED)
        return outcome is not Outcome.IGNORED

    @Slot()
    def tap(self) -> None:
        self._state.tap()
        self._follow(restart_clock=True)

    @Slot(int)
    def goTo(self, index: int) -> None:
        """Shows slide ``index`` (0 is the title), within the deck."""
        self._set_current(index)

    @Slot()
    def next(self) -> None:
        self._state.next()
        self._follow(restart_clock=True)

    @Slot()
    def previous(self) -> None:
        self._state.previous()
        self._follow(restart_clock=True)

    @Slot(int, int, int, result=bool)
    def split(self, index: int, keep: int, count: int) -> bool:
        """Slide ``index``, showing ``count`` points or milestones, does not fit at the smallest
        type: those after the first ``keep`` move to a continuation slide. A request about
        items the slide no longer has (it was split meanwhile) is ignored."""
        slides = self._state.slides
        if not 0 <= index < len(slides) or slides[index].items != count:
            return False
        if not self._state.split(index, keep):
            return False
        self._model.set_slides(self._state.slides)
        self.slidesChanged.emit()
        self._follow()
        return True

    @Slot()
    def relayout(self) -> None:
        """The slides afresh, unsplit (a new size, language or pack): QML fits them again."""
        self._state.replace_slides(self._plan())
        self._model.set_slides(self._state.slides)
        self.slidesChanged.emit()
        self._follow()

    # -- inside ----------------------------------------------------------------------------

    def _next_language(self) -> None:
        order = [language.value for language in Language]
        at = order.index(self._exhibition.current_language.value)
        self._exhibition.setLanguage(order[(at + 1) % len(order)])

    def _tick(self) -> None:
        self._state.next()
        self._follow()

    def _follow(self, restart_clock: bool = False) -> None:
        """The clock runs exactly when the state says so; QML hears of every change."""
        if not self._state.running:
            self._clock.stop()
        elif restart_clock or not self._clock.isActive():
            self._clock.start()
        self.changed.emit()
