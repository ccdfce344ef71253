"""``innokiosk export --pdf``: the presentation as a vector PDF, a page per slide laid out as the
slide is (``*Slide.qml``), drawn from the pack with real text, vector pictures and a bookmark
per slide. Type scales down to a floor to fit; what still does not fit goes on to a
continuation page, never cut."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from kiosk.content import Achievement, Language, Milestone, Pack, PackSource
from kiosk.content.locate import ChosenPack, choose_pack
from kiosk.presentation.pdf_layout import (
    Document,
    Text,
    author,
    colour_for,
    draw_badge,
    draw_dot,
    draw_picture,
    ensure_app,
    fit,
    fit_one_line,
    font,
    interface,
    lay_out,
    slide_page,
    source_credit,
)
from kiosk.presentation.points import slide_points
from kiosk.ui.models import milestone_text

log = logging.getLogger(__name__)

RESOLUTION = 96  # one design pixel a PDF pixel: a 1920x1080 slide is 20 x 11.25 inches
TIMELINE_ROWS = 8  # as Theme.presentTimelineRows
TYPE_FLOOR = 0.7  # type and gaps shrink to 70 % at most before text goes on to another page
# (a PDF is read close up: 70 % of the 8 m type is 29 px body text on a 1080-pixel page)

# Theme.qml's colours and presentation sizes (design pixels at a 1080-pixel short side).
BACKGROUND = "#060D1A"  # Theme.backgroundDeep, the presentation window's colour
TEXT = "#F2F5FA"
MUTED = "#B4BFD0"
ACCENT = "#2EC4D6"
GOLD = "#F5B841"
ON_ACCENT = "#04212A"
SCRIM = "#CC060D1A"
DISPLAY, HEADLINE, NUMERAL, BODY, SMALL, CAPTION = 112, 68, 100, 42, 40, 20
MARGIN, GAP, ROW_GAP, BADGE, ROW_BADGE, DOT = 80, 48, 10, 104, 52, 20
SPACING_XS, SPACING_S, SPACING_M, SPACING_L = 4, 8, 16, 24
PROGRESS, IMAGE_SHARE, HERO_DIM, DATE_WIDTH = 8, 0.46, 0.3, 320

Paint = Callable[[QPainter], None]


@dataclass
class Piece:
    """Lines ``first`` to ``last`` of a point (its dot with its first line)."""

    text: Text
    first: int
    last: int

    @property
    def height(self) -> float:
        return self.text.span(self.first, self.last)


@dataclass
class Page:
    bookmark: str
    paint: Paint


class DeckLayout:
    """The deck's pages for one language at one size."""

    def __init__(self, pack: Pack, source: PackSource, language: Language, size: tuple[int, int]):
        self.pack, self.source, self.language = pack, source, language
        self.width, self.height = size
        self.scale = min(size) / 1080

    def px(self, value: float) -> float:
        return value * self.scale

    def pages(self) -> list[Page]:
        pages = [Page(self.pack.pack.title.get(self.language), self.title_slide)]
        for achievement in sorted(self.pack.achievements, key=lambda a: a.number):
            pages += self.achievement_pages(achievement)
        pages += self.timeline_pages()
        pages.append(Page(interface(self.language, "ClosingSlide", "Thank you"), self.closing))
        return pages

    # -- the slides --

    def title_slide(self, painter: QPainter) -> None:
        hero = self.pack.pack.hero
        if hero is not None:
            page = QRectF(0, 0, self.width, self.height)
            draw_picture(painter, self.source, hero, page, crop=True, units_per_inch=RESOLUTION)
            # The hero at 30 % opacity over the background, drawn as the background at 70 % over
            # the hero: the same colours, and the SVG stays vector (Qt rasterises a translucent
            # painter's SVG groups).
            veil = QColor(BACKGROUND)
            veil.setAlphaF(1 - HERO_DIM)
            painter.fillRect(page, veil)
        self.centred_column(
            painter,
            [
                (self.pack.pack.title.get(self.language), DISPLAY, True, TEXT),
                (self.pack.pack.subtitle.get(self.language), HEADLINE, False, ACCENT),
                (source_credit(self.pack, self.language), SMALL, False, MUTED),
            ],
        )

    def closing(self, painter: QPainter) -> None:
        note = "All pictures are original illustrations made for this exhibition."
        self.centred_column(
            painter,
            [
                (interface(self.language, "ClosingSlide", "Thank you"), DISPLAY, True, TEXT),
                (self.pack.pack.title.get(self.language), HEADLINE, False, ACCENT),
                (source_credit(self.pack, self.language), SMALL, False, MUTED),
                (interface(self.language, "ClosingSlide", note), SMALL, False, MUTED),
            ],
        )

    def centred_column(self, painter: QPainter, rows: list[tuple[str, int, bool, str]]) -> None:
        width = self.width - 2 * self.px(MARGIN)
        centre = Qt.AlignmentFlag.AlignHCenter
        texts = [
            fit(text, self.language, self.px(size), self.px(size) * TYPE_FLOOR, width, 2, colour,
                bold, centre)
            for text, size, bold, colour in rows
        ]  # fmt: skip
        total = sum(t.height for t in texts) + self.px(GAP) * (len(texts) - 1)
        y = (self.height - total) / 2
        for text in texts:
            text.draw(painter, self.px(MARGIN), y)
            y += text.height + self.px(GAP)

    def achievement_pages(self, achievement: Achievement) -> list[Page]:
        """The slide, and continuation slides if its points do not fit at the type floor."""
        lang = self.language
        inner_height = self.height - 2 * self.px(MARGIN) - self.px(PROGRESS)
        row_width = self.width - 2 * self.px(MARGIN)
        column = row_width - row_width * IMAGE_SHARE - self.px(GAP)
        points = slide_points(achievement, Language(lang))
        factor = 1.0
        while True:
            head = self.headline_block(achievement, column, factor)
            figures = self.figure_block(achievement, column, factor)
            texts = [
                lay_out(point, font(lang, self.px(BODY) * factor),
                        column - self.point_indent(factor), TEXT)
                for point in points
            ]  # fmt: skip
            gap = self.px(GAP) * factor
            used = head[1] + (figures[1] + gap if figures[0] else 0)
            room = inner_height - used - gap
            spacing = self.px(SPACING_L) * factor
            needed = sum(t.height for t in texts) + spacing * (len(texts) - 1)
            if needed <= room or factor <= TYPE_FLOOR:
                break
            factor = max(TYPE_FLOOR, factor - 0.05)
        # Points, or their lines (a point taller than a slide), to as many slides as they need.
        groups: list[list[Piece]] = [[]]
        filled = 0.0
        for text in texts:
            first = 0
            while first < text.line_count:
                lead = spacing if groups[-1] else 0.0
                last = first
                while last < text.line_count and (
                    filled + lead + text.span(first, last + 1) <= room
                    or (last == first and not groups[-1])
                ):
                    last += 1
                if last == first:  # not one more line here: the next slide
                    groups.append([])
                    filled = 0.0
                    continue
                groups[-1].append(Piece(text, first, last))
                filled += lead + text.span(first, last)
                first = last
        pages = []
        headline = achievement.headline.get(lang)
        for index, group in enumerate(groups):
            title = f"{achievement.number}. {headline}" + (f" ({index + 1})" if index else "")
            pages.append(
                Page(
                    title,
                    self._achievement_painter(
                        achievement, head, figures, group, index == 0, factor
                    ),
                )
            )
        return pages

    def point_indent(self, factor: float) -> float:
        return (self.px(DOT) + self.px(SPACING_L)) * factor

    def headline_block(
        self, achievement: Achievement, column: float, factor: float
    ) -> tuple[Text, float]:
        width = column - (self.px(BADGE) + self.px(SPACING_L)) * factor
        size = self.px(HEADLINE) * factor
        text = lay_out(achievement.headline.get(self.language), font(self.language, size, True),
                       width, TEXT)  # fmt: skip
        return text, max(self.px(BADGE) * factor, text.height)

    def figure_block(
        self, achievement: Achievement, column: float, factor: float
    ) -> tuple[list[tuple[Text, Text]], float]:
        """Every key figure, two to a row as on the slide (a third row when there are more)."""
        lang = self.language
        per_row = min(2, max(1, len(achievement.figures)))
        cell = (column - self.px(GAP) * factor * (per_row - 1)) / per_row
        # One size for every figure of the slide: the largest at which each takes one line.
        size = self.px(NUMERAL) * factor
        for figure in achievement.figures:
            fitted = fit_one_line(figure.display(lang), lang, size, self.px(BODY) * factor, cell,
                                  GOLD)  # fmt: skip
            size = min(size, fitted.layout.font().pixelSize())
        cells = []
        for figure in achievement.figures:
            number = lay_out(figure.display(lang), font(lang, size, True), cell, GOLD)
            label = lay_out(figure.label.get(lang), font(lang, self.px(SMALL) * factor), cell,
                            MUTED)  # fmt: skip
            cells.append((number, label))
        height = 0.0
        for start in range(0, len(cells), per_row):
            row = cells[start : start + per_row]
            height += max(n.height + self.px(SPACING_XS) + lab.height for n, lab in row)
            if start > 0:
                height += self.px(SPACING_L) * factor
        return cells, height

    def _achievement_painter(
        self,
        achievement: Achievement,
        head: tuple[Text, float],
        figures: tuple[list[tuple[Text, Text]], float],
        points: list[Piece],
        first: bool,
        factor: float,
    ) -> Paint:
        def paint(painter: QPainter) -> None:
            margin = self.px(MARGIN)
            inner = QRectF(margin, margin, self.width - 2 * margin,
                           self.height - 2 * margin - self.px(PROGRESS))  # fmt: skip
            image_box = QRectF(inner.x(), inner.y(), inner.width() * IMAGE_SHARE, inner.height())
            image = achievement.images[0]
            landed = draw_picture(painter, self.source, image, image_box, units_per_inch=RESOLUTION)
            if image.kind.value == "illustration" and not landed.isEmpty():
                self.illustration_tag(painter, landed)
            column_x = image_box.right() + self.px(GAP)
            column = inner.right() - column_x
            cells, figures_height = figures if first else ([], 0.0)
            gap, spacing = self.px(GAP) * factor, self.px(SPACING_L) * factor
            total = head[1]
            if cells:
                total += gap + figures_height
            if points:
                total += gap + sum(t.height for t in points) + spacing * (len(points) - 1)
            y = inner.y() + max(0.0, (inner.height() - total) / 2)
            badge = self.px(BADGE) * factor
            draw_badge(painter, QPointF(column_x + badge / 2, y + badge / 2), badge,
                       achievement.number, colour_for(achievement.number), ON_ACCENT)  # fmt: skip
            headline = head[0]
            headline.draw(painter, column_x + badge + spacing, y + (head[1] - headline.height) / 2)
            y += head[1]
            if cells:
                y += gap
                per_row = min(2, len(cells))
                cell = (column - gap * (per_row - 1)) / per_row
                for start in range(0, len(cells), per_row):
                    row = cells[start : start + per_row]
                    for offset, (number, label) in enumerate(row):
                        x = column_x + offset * (cell + gap)
                        number.draw(painter, x, y)
                        label.draw(painter, x, y + number.height + self.px(SPACING_XS))
                    y += max(n.height + self.px(SPACING_XS) + lab.height for n, lab in row)
                    y += spacing
                y -= spacing
            if points:
                y += gap
            colour = colour_for(achievement.number)
            dot = self.px(DOT) * factor
            for piece in points:
                if piece.first == 0:
                    first_line = piece.text.line_heights[0]
                    draw_dot(painter, QPointF(column_x + dot / 2, y + first_line / 2), dot,
                             colour, ring=False)  # fmt: skip
                piece.text.draw(
                    painter, column_x + self.point_indent(factor), y, piece.first, piece.last
                )
                y += piece.height + spacing

        return paint

    def illustration_tag(self, painter: QPainter, picture: QRectF) -> None:
        """The "Illustration" tag in the picture's lower right corner."""
        label = lay_out(interface(self.language, "IllustrationLabel", "Illustration"),
                        font(self.language, self.px(CAPTION)), self.width, TEXT)  # fmt: skip
        width = label.natural_width() + 2 * self.px(SPACING_S)
        height = label.height + self.px(SPACING_XS)
        box = QRectF(picture.right() - self.px(SPACING_S) - width,
                     picture.bottom() - self.px(SPACING_S) - height, width, height)  # fmt: skip
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SCRIM))
        painter.drawRoundedRect(box, self.px(SPACING_S), self.px(SPACING_S))
        painter.restore()
        label.draw(painter, box.x() + self.px(SPACING_S), box.y() + self.px(SPACING_XS) / 2)

    def timeline_pages(self) -> list[Page]:
        milestones = sorted(self.pack.milestones, key=lambda m: m.start_date.first_day())
        heading = interface(self.language, "TimelineSlide", "Milestones")
        pages = []
        for start in range(0, len(milestones), TIMELINE_ROWS):
            chunk = milestones[start : start + TIMELINE_ROWS]
            dates = f"{milestone_text(chunk[0], self.language)} – "
            dates += milestone_text(chunk[-1], self.language)
            pages.append(Page(f"{heading}: {dates}", self._timeline_painter(chunk, heading)))
        return pages

    def _timeline_painter(self, chunk: list[Milestone], heading: str) -> Paint:
        numbers = {a.id: a.number for a in self.pack.achievements}
        lang = self.language

        def paint(painter: QPainter) -> None:
            margin = self.px(MARGIN)
            title = lay_out(heading, font(lang, self.px(HEADLINE), True), self.width, TEXT)
            top = self.px(GAP)
            title.draw(painter, margin, top)
            x = margin + title.natural_width() + self.px(GAP)
            centre_y = top + title.height / 2
            for planned in (False, True):
                colour = GOLD if planned else ACCENT
                draw_dot(painter, QPointF(x + self.px(DOT) / 2, centre_y), self.px(DOT), colour,
                         ring=planned)  # fmt: skip
                x += self.px(DOT) + self.px(SPACING_M)
                word = "Planned" if planned else "Done"
                label = lay_out(interface(lang, "TimelineSlide", word),
                                font(lang, self.px(SMALL)), self.width, colour)  # fmt: skip
                label.draw(painter, x, centre_y - label.height / 2)
                x += label.natural_width() + self.px(GAP)
            y = top + title.height + self.px(GAP)
            date_width = self.px(DATE_WIDTH)
            for milestone in chunk:
                planned = milestone.status.value == "planned"
                colour = GOLD if planned else ACCENT
                date = lay_out(milestone_text(milestone, lang), font(lang, self.px(SMALL), True),
                               date_width, colour)  # fmt: skip
                label_x = margin + self.px(DOT) + date_width + self.px(ROW_BADGE)
                label_x += 3 * self.px(SPACING_M)
                label = lay_out(milestone.label.get(lang), font(lang, self.px(SMALL)),
                                self.width - margin - label_x, TEXT)  # fmt: skip
                row = max(date.height, label.height, self.px(ROW_BADGE))
                mid = y + row / 2
                draw_dot(painter, QPointF(margin + self.px(DOT) / 2, mid), self.px(DOT), colour,
                         ring=planned)  # fmt: skip
                date_x = margin + self.px(DOT) + self.px(SPACING_M)
                date.draw(painter, date_x, mid - date.height / 2)
                number = numbers[milestone.achievements[0]]
                badge_x = date_x + date_width + self.px(SPACING_M) + self.px(ROW_BADGE) / 2
                draw_badge(painter, QPointF(badge_x, mid), self.px(ROW_BADGE), number,
                           colour_for(number), ON_ACCENT)  # fmt: skip
                label.draw(painter, label_x, mid - label.height / 2)
                y += row + self.px(ROW_GAP)

        return paint


def write_deck(
    path: str | Path,
    language: str | None,
    size: tuple[int, int] = (1920, 1080),
    content: str | None = None,
    chosen: ChosenPack | None = None,
) -> int:
    """Writes the deck; the number of pages."""
    if chosen is None:  # from the command line; the running kiosk passes the pack it shows
        ensure_app()
        chosen = choose_pack(content)
    pack = chosen.pack
    lang = Language(language) if language else pack.pack.default_language
    layout = DeckLayout(pack, chosen.source, lang, size)
    pages = layout.pages()
    document = Document(
        Path(path),
        slide_page(size[0], size[1], RESOLUTION),
        RESOLUTION,
        title=pack.pack.title.get(lang),
        author=author(pack, lang),
        subject=pack.pack.subtitle.get(lang),
        language=lang.value,
    )
    painter = document.painter
    try:
        for index, page in enumerate(pages):
            if index:
                document.new_page()
            document.bookmark(page.bookmark)
            painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(BACKGROUND))
            page.paint(painter)
            bar = QRectF(0, layout.height - layout.px(PROGRESS),
                         layout.width * (index + 1) / len(pages), layout.px(PROGRESS))  # fmt: skip
            painter.fillRect(bar, QColor(ACCENT))
    except BaseException:
        document.abandon()
        raise
    return document.finish()
