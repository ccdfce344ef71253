"""The slides' own layout rules in Python, for the PDF deck: where AchievementSlide.qml and
TimelineSlide.qml put things, and their ``refit()``: the picture's share of the width, one
type scale for the whole slide down to ``Theme.presentFloor``, and how many points or
milestones fit when a continuation slide is needed. Text is measured with ``QTextLayout`` as
Qt Quick's ``Text`` measures it (the font's own line height, wrapping at words or anywhere), so
a page is fitted and split as its slide is. A test compares the outcome with the slides."""

from __future__ import annotations

from dataclasses import dataclass
from math import floor

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QFontMetricsF

from kiosk.content import Language
from kiosk.presentation.pdf_layout import Text, font, lay_out
from kiosk.presentation.slide_theme import THEME, Scale, qml_round

QUICK_LINES = 0.0  # lay_out's minimum line height: none, as Qt Quick's Text


@dataclass(frozen=True)
class SlideFigure:
    """A key figure as a slide shows it: the number, and what it counts."""

    display: str
    label: str


def text(words: str, language: Language, size: int, width: float, colour: str,
         bold: bool = False) -> Text:  # fmt: skip
    return lay_out(words, font(language, size, bold), width, colour, spacing=QUICK_LINES)


class _ScaledSlide:
    """What both slide layouts share: design pixels at the slide's size, and a Theme type size
    at the slide's type scale (``fit``), rounded as QML rounds."""

    scale: Scale
    fit: float

    def px(self, value: float) -> int:
        return self.scale.px(value)

    def type_size(self, value: int) -> int:
        """``typeSize``: a Theme type size (design pixels) at the slide's type scale."""
        return max(1, qml_round(self.px(value) * self.fit))


class AchievementSlideLayout(_ScaledSlide):
    """An achievement's slide at one size: on the left the picture with the figures under it,
    on the right the number, the headline, "continued" on a continuation slide, the points.
    ``share`` (the picture's part of the width), ``fit`` (the type scale) and ``below`` (the
    figures across the slide beneath both columns, where the widest value does not fit on one
    line under the picture) are AchievementSlide.qml's ``imageShare``, ``fit`` and
    ``figuresBelow``, chosen by :meth:`refit`."""

    def __init__(
        self,
        scale: Scale,
        language: Language,
        number: int,
        headline: str,
        points: list[str],
        figures: list[SlideFigure],
        picture: QSizeF,
        continued: str = "",
    ) -> None:
        self.scale, self.language, self.number = scale, language, number
        self.headline, self.points, self.figures = headline, points, figures
        self.picture, self.continued = picture, continued
        self.share = THEME.present_image_share
        self.fit = 1.0
        self.numeral_share = 1.0
        self.below = False

    # -- sizes, as AchievementSlide.qml's properties ---------------------------------------

    @property
    def floor_fit(self) -> float:
        return self.px(THEME.present_floor) / self.px(THEME.present_body)

    @property
    def area(self) -> QRectF:
        margin = self.px(THEME.present_margin)
        bottom = margin + self.scale.thin(THEME.present_progress_height)
        return QRectF(margin, margin, self.scale.width - 2 * margin,
                      self.scale.height - margin - bottom)  # fmt: skip

    @property
    def gap(self) -> int:
        return self.px(THEME.present_gap)

    @property
    def left_width(self) -> float:
        return self.area.width() * self.share

    @property
    def text_width(self) -> float:
        return self.area.width() - self.left_width - self.gap

    @property
    def badge(self) -> int:
        return self.type_size(THEME.present_badge)

    @property
    def spacing(self) -> int:
        """Between the headline, "continued" and the points."""
        return self.type_size(THEME.spacing_xl)

    @property
    def point_indent(self) -> int:
        return self.px(THEME.present_dot) + self.px(THEME.spacing_l)

    # -- the right column ------------------------------------------------------------------

    def headline_text(self) -> Text:
        width = self.text_width - self.badge - self.px(THEME.spacing_l)
        return text(self.headline, self.language, self.type_size(THEME.present_headline), width,
                    THEME.text, bold=True)  # fmt: skip

    def continued_text(self) -> Text | None:
        if not self.continued:
            return None
        return text(self.continued, self.language, self.type_size(THEME.present_small),
                    self.text_width, THEME.text_muted)  # fmt: skip

    def point_texts(self) -> list[Text]:
        size = self.type_size(THEME.present_body)
        width = self.text_width - self.point_indent
        return [text(point, self.language, size, width, THEME.text) for point in self.points]

    def head_height(self) -> float:
        """The number and headline, and "continued" under them on a continuation slide."""
        height = max(self.badge, self.headline_text().height)
        continued = self.continued_text()
        if continued is not None:
            height += self.spacing + continued.height
        return height

    def right_height(self, count: int) -> float:
        """``rightHeight``: the column with its first ``count`` points."""
        points = self.point_texts()[:count]
        return self.head_height() + sum(self.spacing + point.height for point in points)

    # -- the left column's figures ---------------------------------------------------------

    def column_figure_width(self, width: float) -> float:
        count = max(1, len(self.figures))
        return (width - (count - 1) * self.gap) / count

    def figure_width(self) -> float:
        return self.column_figure_width(self.area.width() if self.below else self.left_width)

    def measure_numerals(self) -> None:
        """``measureNumerals``: where the figures go (under the picture if the widest value fits
        there on one line at the figures' smallest size, else beneath both columns), and how
        much of the numbers' full size lets the widest fit."""
        numeral = self.px(THEME.present_numeral)
        metrics = QFontMetricsF(font(self.language, numeral, True))
        widest = max((metrics.horizontalAdvance(f.display) for f in self.figures), default=0.0)
        smallest = widest * self.type_size(THEME.present_headline) / numeral
        self.below = smallest > self.column_figure_width(self.left_width)
        self.numeral_share = min(1.0, self.figure_width() / widest) if widest > 0 else 1.0

    def numeral_size(self) -> int:
        full = self.px(THEME.present_numeral) * self.numeral_share
        largest = min(self.type_size(THEME.present_numeral), floor(full))
        return max(self.type_size(THEME.present_headline), largest)

    def figure_texts(self) -> list[tuple[Text, Text]]:
        """Each figure's number and label, at one size (SlideFigure.qml)."""
        width, size = self.figure_width(), self.numeral_size()
        label_size = self.type_size(THEME.present_small)
        return [
            (text(f.display, self.language, size, width, THEME.gold, bold=True),
             text(f.label, self.language, label_size, width, THEME.text_muted))
            for f in self.figures
        ]  # fmt: skip

    def figures_height(self) -> float:
        cells = self.figure_texts()
        if not cells:
            return 0.0
        numerals = max(number.height for number, _ in cells)
        return numerals + self.px(THEME.spacing_xs) + max(label.height for _, label in cells)

    def columns_height(self, figures: float) -> float:
        """``columnsHeight``: the area's, less the figures' where they go beneath both."""
        area = self.area.height()
        return area - figures - self.gap if self.below and self.figures else area

    def room(self) -> float:
        """The columns' height at the slide's present sizes."""
        return self.columns_height(self.figures_height())

    def figures_top(self) -> float:
        """Where the figures start: under the picture, or at the foot of the area."""
        if self.below:
            return self.area.bottom() - self.figures_height()
        return self.picture_box().bottom() + self.gap

    def figures_left(self, index: int) -> float:
        return self.area.x() + index * (self.figure_width() + self.gap)

    def picture_box(self) -> QRectF:
        """Where the picture may go (it is fitted into it, centred), with the figures under it
        (or not, where they go beneath both columns): the left column is centred in the
        columns' height."""
        area = self.area
        figures = self.figures_height()
        columns = self.columns_height(figures)
        slot = figures if self.figures and not self.below else 0.0
        spacing = self.gap if slot else 0
        aspect = self.picture.height() / max(1.0, self.picture.width())
        height = min(columns - slot - spacing, self.left_width * aspect)
        top = area.y() + (columns - (height + spacing + slot)) / 2
        return QRectF(area.x(), top, self.left_width, max(0.0, height))

    # -- refit() ---------------------------------------------------------------------------

    def fits(self) -> bool:
        figures = self.figures_height()
        return (
            self.right_height(len(self.points)) <= self.columns_height(figures)
            and figures <= self.area.height() * THEME.present_figure_share
        )

    def refit(self) -> int | None:
        """The widest picture at which the text fits at the reading size; else the narrowest
        and the largest type at which it fits; else the smallest type. None when it fits,
        else how many points do (the slide asks the deck for a continuation slide)."""
        self.fit = 1.0
        self.share = THEME.present_image_share
        headline_lines = self.headline_text().line_count  # a wider picture must not add one
        share = THEME.present_image_share_max
        while True:
            self.share = share
            self.measure_numerals()
            if self.headline_text().line_count <= headline_lines and self.fits():
                return None
            if share <= THEME.present_image_share:
                break
            share = max(THEME.present_image_share, share - THEME.present_fit_step)
        scale = 1 - THEME.present_fit_step
        while True:
            self.fit = scale
            if self.fits():
                return None
            if scale <= self.floor_fit:
                break
            scale = max(self.floor_fit, scale - THEME.present_fit_step)
        keep = 0
        room = self.room()
        while keep < len(self.points) and self.right_height(keep + 1) <= room:
            keep += 1
        return keep if keep < len(self.points) else None


@dataclass(frozen=True)
class TimelineRow:
    """A milestone as a timeline slide shows it."""

    date: str
    label: str
    planned: bool
    number: int


class TimelineSlideLayout(_ScaledSlide):
    """A page of milestones at one size, as TimelineSlide.qml lays it out: the heading with
    its legend at the top, then a row per milestone; ``fit`` scales the rows' type."""

    def __init__(
        self,
        scale: Scale,
        language: Language,
        heading: str,
        legend: tuple[str, str],
        rows: list[TimelineRow],
    ) -> None:
        self.scale, self.language, self.heading, self.legend = scale, language, heading, legend
        self.rows = rows
        self.fit = 1.0

    @property
    def floor_fit(self) -> float:
        return self.px(THEME.present_floor) / self.px(THEME.present_small)

    @property
    def margin(self) -> int:
        return self.px(THEME.present_margin)

    def heading_text(self) -> Text:
        return text(self.heading, self.language, self.px(THEME.present_headline),
                    self.scale.width, THEME.text, bold=True)  # fmt: skip

    def legend_texts(self) -> list[Text]:
        return [
            text(word, self.language, self.px(THEME.present_small), self.scale.width, colour)
            for word, colour in zip(self.legend, (THEME.done, THEME.planned), strict=True)
        ]

    def heading_height(self) -> float:
        legend = max(label.height for label in self.legend_texts())
        return max(self.heading_text().height, self.px(THEME.present_dot), legend)

    @property
    def rows_top(self) -> float:
        return self.px(THEME.present_gap) * 2 + self.heading_height()

    @property
    def available(self) -> float:
        bottom = self.px(THEME.present_gap) + self.scale.thin(THEME.present_progress_height)
        return self.scale.height - self.rows_top - bottom

    @property
    def row_gap(self) -> int:
        return self.type_size(THEME.present_row_gap)

    def date_width(self) -> int:
        return self.type_size(THEME.present_timeline_date_width)

    def badge(self) -> int:
        return self.type_size(THEME.present_row_badge)

    def label_x(self) -> float:
        """Where a row's label starts, from the rows' left edge."""
        spacing = self.px(THEME.spacing_m)
        return self.px(THEME.present_dot) + self.date_width() + self.badge() + 3 * spacing

    def row_texts(self, row: TimelineRow) -> tuple[Text, Text]:
        size = self.type_size(THEME.present_small)
        colour = THEME.planned if row.planned else THEME.done
        date = text(row.date, self.language, size, self.date_width(), colour, bold=True)
        width = self.scale.width - 2 * self.margin - self.label_x()
        return date, text(row.label, self.language, size, width, THEME.text)

    def row_height(self, row: TimelineRow) -> float:
        date, label = self.row_texts(row)
        return max(date.height, self.badge(), label.height)

    def rows_height(self, count: int) -> float:
        rows = self.rows[:count]
        return sum(self.row_height(row) for row in rows) + self.row_gap * max(0, len(rows) - 1)

    def refit(self) -> int | None:
        """The largest type at which the rows fit; else the smallest, and how many rows fit
        (None when all do)."""
        scale = 1.0
        while True:
            self.fit = scale
            if self.rows_height(len(self.rows)) <= self.available:
                return None
            if scale <= self.floor_fit:
                break
            scale = max(self.floor_fit, scale - THEME.present_fit_step)
        keep = 0
        while keep < len(self.rows) and self.rows_height(keep + 1) <= self.available:
            keep += 1
        return keep if keep < len(self.rows) else None
