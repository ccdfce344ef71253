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
from kiosk.content.dates import PartialDate, format_span
from kiosk.content.schema import join_figure
from kiosk.content.typeset import Role, typeset
from kiosk.ui.qr import qr_data_url
from kiosk.ui.timeline import (
    Marker,
    Scale,
    Span,
    Step,
    in_date_order,
    main_year,
    opening_index,
    place_markers,
    timeline_span,
    year_counts,
)

# Qt.ItemDataRole.DisplayRole and UserRole + 1 as plain numbers (Qt's values, checked by a test):
# touching the ``Qt`` namespace builds its hundred enums, 15 ms on the start-up path.
DISPLAY_ROLE = 0
FIRST_ROLE = 0x0100 + 1

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

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
    """The milestones in date order, the timeline's span (from the pack), where each one
    lies on a strip of a given length, and which one is selected."""

    ROLES = (
        "milestoneId", "dateText", "label", "planned", "precision", "achievementNumbers",
        "achievementIndex", "year",
    )  # fmt: skip

    currentChanged = Signal()
    spanChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._milestones: tuple[Milestone, ...] = ()
        self._achievements: dict[str, Achievement] = {}
        self._rows: dict[str, int] = {}
        self._source: PackSource | None = None
        self._span = Span(date.today().year, date.today().year)
        self._counts: dict[int, int] = {}
        self._current = -1
        self.languageChanged.connect(self.currentChanged)

    def set_pack(self, pack: Pack, source: PackSource | None = None) -> None:
        self.beginResetModel()
        self._milestones = in_date_order(pack.milestones)
        ordered = sorted(pack.achievements, key=lambda a: a.number)
        self._achievements = {a.id: a for a in ordered}
        self._rows = {a.id: row for row, a in enumerate(ordered)}
        self._source = source
        fallback = PartialDate.parse(pack.pack.source.date).year
        self._span = timeline_span(self._milestones, fallback)
        self._counts = year_counts(self._milestones, self._span)
        self._current = opening_index(self._milestones, self._span)
        self.endResetModel()
        self.countChanged.emit()
        self.spanChanged.emit()
        self.currentChanged.emit()

    @property
    def time_span(self) -> Span:
        """The years the timeline shows (not ``span``: Qt's models have a ``span`` already)."""
        return self._span

    @property
    def ordered(self) -> tuple[Milestone, ...]:
        return self._milestones

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._milestones)

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
            case "achievementNumbers":
                return [self._achievements[ident].number for ident in milestone.achievements]
            case "achievementIndex":
                return self._rows[milestone.achievements[0]]
            case "year":
                return milestone.start_date.year
        return None

    # -- the span ------------------------------------------------------------------------------

    @Property(list, notify=spanChanged)
    def years(self) -> list[int]:
        return self._span.years

    @Property(int, notify=spanChanged)
    def mainYear(self) -> int:
        return main_year(self._milestones, self._span)

    @Slot(float, float, float, float, int, str, int, result="QVariantMap")
    def layout(
        self,
        length: float,
        zoom: float,
        min_year: float,
        marker: float,
        rows: int,
        *_depends: object,
    ) -> dict[str, Any]:
        """Everything the strip draws ``length`` pixels long, zoomed ``zoom`` times (so
        ``length * zoom`` long in all): year bands, months, each
        milestone's true span, and the markers (``marker`` pixels apart at least, in ``rows``
        rows, clusters where they would still overlap). QML passes the language and the
        number of years too, only so that its binding lays the strip out again when they
        change."""
        scale = Scale(self._span, self._counts, length, min_year, zoom)
        spans = []
        centres = []
        for index, milestone in enumerate(self._milestones):
            start = scale.at(milestone.start_date.first_day())
            end = scale.after(milestone.end_date.last_day())
            spans.append(
                {
                    "index": index,
                    "start": start,
                    "end": end,
                    "day": milestone.precision.value == "day" and not milestone.end,
                    "planned": milestone.status.value == "planned",
                }
            )
            centres.append((start + end) / 2)
        order = sorted(range(len(centres)), key=lambda i: (centres[i], i))
        markers = []
        for placed in place_markers([centres[i] for i in order], marker, rows):
            members = [order[i] for i in placed.rows]
            markers.append(self._marker_row(members, placed, spans))
        return {
            "length": scale.length,
            "years": [
                {"year": band.year, "start": band.start, "size": band.length}
                for band in scale.bands
            ],
            "months": scale.months(),
            "spans": spans,
            "markers": markers,
        }

    def _marker_row(
        self, members: list[int], placed: Marker, spans: list[dict[str, Any]]
    ) -> dict[str, Any]:
        members = sorted(members)
        first = self._milestones[members[0]]
        lang = self._language
        cluster = len(members) > 1
        comma = ", " if lang is Language.EN else "，"
        name = (
            self._cluster_text(members)
            if cluster
            else f"{milestone_text(first, lang)}{comma}{first.label.get(lang)}"
        )
        return {
            "key": ("cluster:" if cluster else "milestone:") + first.id,
            "indices": members,
            "count": len(members),
            "position": placed.position,
            "row": placed.row,
            "number": self._achievements[first.achievements[0]].number,
            "planned": first.status.value == "planned",
            "spanStart": min(spans[i]["start"] for i in members),
            "spanEnd": max(spans[i]["end"] for i in members),
            "name": name,
        }

    def _cluster_text(self, members: list[int]) -> str:
        first = self._milestones[members[0]]
        last = self._milestones[members[-1]]
        lang = self._language
        dates = milestone_text(first, lang) + " – " + milestone_text(last, lang)
        count = len(members)
        match lang:
            case Language.EN:
                return f"{count} milestones, {dates}"
            case Language.ZH_HANS:
                return f"{count}个里程碑，{dates}"
        return f"{count}個里程碑，{dates}"

    # -- selection -----------------------------------------------------------------------------

    def _set_current(self, index: int) -> None:
        if not self._milestones:
            index = -1
        if index != self._current:
            self._current = index
            self.currentChanged.emit()

    @Property(int, notify=currentChanged)
    def current(self) -> int:
        return self._current

    @Property(str, notify=currentChanged)
    def currentId(self) -> str:
        return self._milestones[self._current].id if self._current >= 0 else ""

    @Property(dict, notify=currentChanged)
    def currentMilestone(self) -> dict[str, Any]:
        """The selected milestone as the detail panel shows it."""
        if self._current < 0:
            return {}
        milestone = self._milestones[self._current]
        achievement = self._achievements[milestone.achievements[0]]
        lang = self._language
        image = achievement.images[0]
        return {
            "milestoneId": milestone.id,
            "dateText": milestone_text(milestone, lang),
            "label": milestone.label.get(lang),
            "planned": milestone.status.value == "planned",
            "numbers": [self._achievements[ident].number for ident in milestone.achievements],
            "number": achievement.number,
            "headline": achievement.headline.get(lang),
            "achievementIndex": self._rows[achievement.id],
            "imageUrl": self._source.url(image.file) if self._source else "",
            "imageAlt": image.alt.get(lang),
            "position": self._current + 1,
        }

    @Property(int, notify=currentChanged)
    def currentAchievement(self) -> int:
        """The row of the selected milestone's (first) achievement, -1 with none selected."""
        if self._current < 0:
            return -1
        return self._rows[self._milestones[self._current].achievements[0]]

    @Slot(str, result=bool)
    def select(self, milestone_id: str) -> bool:
        """Selects the milestone with this id; False (and no change) if there is none."""
        for index, milestone in enumerate(self._milestones):
            if milestone.id == milestone_id:
                self._set_current(index)
                return True
        return False

    @Slot(int)
    def selectIndex(self, index: int) -> None:
        if 0 <= index < len(self._milestones):
            self._set_current(index)

    @Slot(int)
    def step(self, delta: int) -> None:
        """Previous (-1) or next (+1) in date order, stopping at the first and the last."""
        self._set_current(Step(len(self._milestones)).move(self._current, delta))

    @Slot()
    def advance(self) -> None:
        """The next one, from the last back to the first (autoplay)."""
        self._set_current(Step(len(self._milestones)).cycle(self._current))

    @Slot(str, result=bool)
    def selectForAchievement(self, achievement_id: str) -> bool:
        """Selects the first milestone of the main year linked to this achievement (else its
        first milestone of all), for a visitor arriving from the achievement's page."""
        linked = [i for i, m in enumerate(self._milestones) if achievement_id in m.achievements]
        if not linked:
            return False
        year = main_year(self._milestones, self._span)
        in_year = [i for i in linked if self._milestones[i].start_date.first_day().year == year]
        self._set_current((in_year or linked)[0])
        return True

    @Slot(int, result=bool)
    def selectForAchievementRow(self, row: int) -> bool:
        """The same, for the achievement in ``row`` (QML's pages know their row)."""
        ident = next((ident for ident, at in self._rows.items() if at == row), None)
        return ident is not None and self.selectForAchievement(ident)

    @Slot()
    def reset(self) -> None:
        """Back to the opening milestone (a new visitor)."""
        self._set_current(opening_index(self._milestones, self._span))
