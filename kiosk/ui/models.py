"""List models for QML: the achievements and the timeline's milestones, in one language."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.content import Achievement, Language, Milestone, Pack, PackSource
from kiosk.content.dates import format_span
from kiosk.content.schema import join_figure
from kiosk.content.typeset import Role, typeset
from kiosk.ui.qr import qr_data_url

# Qt.ItemDataRole.DisplayRole and UserRole + 1 as plain numbers (Qt's values, checked by a test):
# touching the ``Qt`` namespace builds its hundred enums, 15 ms on the start-up path.
DISPLAY_ROLE = 0
FIRST_ROLE = 0x0100 + 1

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

TIMELINE_START = date(2022, 1, 1)
TIMELINE_END = date(2025, 12, 31)

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def figure_rows(achievement: Achievement, language: Language) -> list[dict[str, Any]]:
    """Each key figure as QML shows it: the number apart, so it can count up."""
    rows = []
    for figure in achievement.figures:
        value = figure.value.get(language)
        prefix = figure.prefix.get(language) if figure.prefix else ""
        unit = figure.unit.get(language)
        rows.append(
            {
                "prefix": prefix,
                "lead": join_figure([prefix, "0"], language)[:-1],
                "trail": join_figure(["0", unit], language)[1:],
                "value": value,
                "numeric": float(value.replace(",", "")),
                "decimals": _decimals(value),
                "grouped": "," in value,
                "unit": unit,
                "label": typeset(figure.label.get(language)),
                "display": figure.display(language),
            }
        )
    return rows


def milestone_text(milestone: Milestone, language: Language) -> str:
    return format_span(
        milestone.start_date, milestone.end_date if milestone.end else None, language
    )


class _LanguageModel(QAbstractListModel):
    """A list model whose every row is shown again in the new language when it changes."""

    languageChanged = Signal()
    countChanged = Signal()

    @Property(int, notify=countChanged)
    def count(self) -> int:
        return self.rowCount()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = Language.ZH_HANT

    def set_language(self, language: Language) -> None:
        if language == self._language:
            return
        self._language = language
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))
        self.languageChanged.emit()


@QmlElement
@QmlUncreatable("made by the application from the content pack")
class AchievementModel(_LanguageModel):  # type: ignore[operator]
    """The achievements in the source's numbering."""

    ROLES = (
        "achievementId", "number", "headline", "summary", "body", "figures", "organisations",
        "tags", "imageUrl", "imageKind", "imageCaption", "imageAlt", "imageCredit",
        "imageWidth", "imageHeight", "learnMore", "qrSource", "milestones",
    )  # fmt: skip

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._achievements: tuple[Achievement, ...] = ()
        self._milestones: tuple[Milestone, ...] = ()
        self._source: PackSource | None = None

    def set_pack(self, pack: Pack, source: PackSource) -> None:
        self.beginResetModel()
        self._achievements = tuple(sorted(pack.achievements, key=lambda a: a.number))
        self._milestones = pack.milestones
        self._source = source
        self.endResetModel()
        self.countChanged.emit()

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._achievements)

    def roleNames(self) -> dict[int, QByteArray]:
        base = FIRST_ROLE
        return {base + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLES)}

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._achievements):
            return None
        name_index = role - FIRST_ROLE
        if not 0 <= name_index < len(self.ROLES):
            return None
        return self._role(self._achievements[index.row()], self.ROLES[name_index])

    def _role(self, item: Achievement, role: str) -> Any:
        lang = self._language
        image = item.images[0]
        match role:
            case "achievementId":
                return item.id
            case "number":
                return item.number
            case "headline":
                return typeset(item.headline.get(lang), Role.HEADLINE)
            case "summary":
                return typeset(item.summary.get(lang))
            case "body":
                return [typeset(paragraph) for paragraph in item.body.get(lang)]
            case "figures":
                return figure_rows(item, lang)
            case "organisations":
                return [typeset(name.get(lang), Role.HEADLINE) for name in item.organisations]
            case "tags":
                return [tag.get(lang) for tag in item.tags]
            case "imageUrl":
                return self._source.url(image.file) if self._source else ""
            case "imageKind":
                return image.kind.value
            case "imageCaption":
                return typeset(image.caption.get(lang))
            case "imageAlt":
                return image.alt.get(lang)
            case "imageCredit":
                return image.credit.get(lang)
            case "imageWidth":
                return image.width
            case "imageHeight":
                return image.height
            case "learnMore":
                return item.learn_more or ""
            case "qrSource":
                return qr_data_url(item.learn_more) if item.learn_more else ""
            case "milestones":
                return [
                    {
                        "dateText": milestone_text(m, lang),
                        "label": typeset(m.label.get(lang)),
                        "planned": m.status.value == "planned",
                    }
                    for m in sorted(self._milestones, key=lambda m: m.start_date.first_day())
                    if item.id in m.achievements
                ]
        return None


@QmlElement
@QmlUncreatable("made by the application from the content pack")
class MilestoneModel(_LanguageModel):  # type: ignore[operator]
    """Milestones in date order, placed in days from the start of the timeline."""

    ROLES = (
        "milestoneId", "dateText", "label", "planned", "precision", "startDay", "endDay",
        "achievementNumbers", "achievementIndex", "year",
    )  # fmt: skip

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._milestones: tuple[Milestone, ...] = ()
        self._numbers: dict[str, int] = {}
        self._rows: dict[str, int] = {}

    def set_pack(self, pack: Pack) -> None:
        self.beginResetModel()
        self._milestones = tuple(sorted(pack.milestones, key=lambda m: m.start_date.first_day()))
        ordered = sorted(pack.achievements, key=lambda a: a.number)
        self._numbers = {a.id: a.number for a in ordered}
        self._rows = {a.id: row for row, a in enumerate(ordered)}
        self.endResetModel()
        self.countChanged.emit()

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._milestones)

    @Slot(float, result=list)
    def lanes(self, card_days: float) -> list[int]:
        """A lane for each row, so that cards ``card_days`` wide at their start never overlap."""
        return assign_lanes(
            [(m.start_date.first_day() - TIMELINE_START).days for m in self._milestones], card_days
        )

    def roleNames(self) -> dict[int, QByteArray]:
        base = FIRST_ROLE
        return {base + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLES)}

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._milestones):
            return None
        name_index = role - FIRST_ROLE
        if not 0 <= name_index < len(self.ROLES):
            return None
        milestone = self._milestones[index.row()]
        match self.ROLES[name_index]:
            case "milestoneId":
                return milestone.id
            case "dateText":
                return milestone_text(milestone, self._language)
            case "label":
                return typeset(milestone.label.get(self._language))
            case "planned":
                return milestone.status.value == "planned"
            case "precision":
                return milestone.precision.value
            case "startDay":
                return (milestone.start_date.first_day() - TIMELINE_START).days
            case "endDay":
                return (milestone.end_date.last_day() - TIMELINE_START).days + 1
            case "achievementNumbers":
                return [self._numbers[ident] for ident in milestone.achievements]
            case "achievementIndex":
                return self._rows[milestone.achievements[0]]
            case "year":
                return milestone.start_date.year
        return None


def timeline_years() -> list[int]:
    return list(range(TIMELINE_START.year, TIMELINE_END.year + 1))


def timeline_days() -> int:
    return (TIMELINE_END - TIMELINE_START).days + 1


def assign_lanes(starts: list[int], card_days: float) -> list[int]:
    """Greedy interval packing: each card goes into the lowest lane where it fits after the last."""
    lane_ends: list[float] = []
    lanes: list[int] = []
    for start in starts:
        for lane, end in enumerate(lane_ends):
            if end <= start:
                lane_ends[lane] = start + card_days
                lanes.append(lane)
                break
        else:
            lane_ends.append(start + card_days)
            lanes.append(len(lane_ends) - 1)
    return lanes
