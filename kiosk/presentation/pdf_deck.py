"""``innokiosk export --pdf``: the presentation as a vector PDF, a page per slide laid out as
the slide is (``*Slide.qml``), drawn from the pack with real text, vector pictures and a bookmark
per slide.

The slides are the presentation's own: planned and split by the deck's rules
(:mod:`kiosk.presentation.deck_state`), fitted by the slides' rules
(:mod:`kiosk.presentation.slide_fit`: the picture's share, one type scale down to
``Theme.presentFloor``, a continuation slide for what still does not fit), with the slide's
points (:mod:`kiosk.presentation.points`) and its figures (the deck's first two). Sizes and
colours are Theme.qml's (:mod:`kiosk.presentation.slide_theme`). Where a slide could not show
its text (one point taller than the slide), the page goes on to another page: never cut."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from kiosk.content import Achievement, Language, Pack, PackSource
from kiosk.content.locate import ChosenPack
from kiosk.content.typeset import Role, typeset
from kiosk.presentation.deck import FIGURES_PER_SLIDE
from kiosk.presentation.deck_state import Slide, SlideKind, plan_slides, split_slide
from kiosk.presentation.pdf_layout import (
    Document,
    Text,
    author,
    colour_for,
    draw_badge,
    draw_dot,
    draw_picture,
    font,
    interface,
    lay_out,
    pack_to_print,
    picture_size,
    slide_page,
    source_credit,
)
from kiosk.presentation.points import slide_points
from kiosk.presentation.slide_fit import (
    AchievementSlideLayout,
    SlideFigure,
    TimelineRow,
    TimelineSlideLayout,
    text,
)
from kiosk.presentation.slide_theme import THEME, Scale
from kiosk.ui.models import milestone_text
from kiosk.ui.timeline import in_date_order

log = logging.getLogger(__name__)

RESOLUTION = 96  # one design pixel a PDF pixel: a 1920x1080 slide is 20 x 11.25 inches

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

    @classmethod
    def whole(cls, point: Text) -> Piece:
        return cls(point, 0, point.line_count)


@dataclass
class Page:
    bookmark: str
    paint: Paint


class DeckLayout:
    """The deck's pages for one language at one size."""

    def __init__(self, pack: Pack, source: PackSource, language: Language, size: tuple[int, int]):
        self.pack, self.source, self.language = pack, source, language
        self.width, self.height = size
        self.scale = Scale(*size)
        self.achievements = sorted(pack.achievements, key=lambda a: a.number)
        self.milestones = in_date_order(pack.milestones)

    def px(self, value: float) -> int:
        return self.scale.px(value)

    def slides(self) -> list[Slide]:
        """The slides as the presentation shows them at this size: the deck's plan, each slide
        split where its fitting asks for a continuation slide (as the Deck splits them)."""
        points = [slide_points(a, self.language) for a in self.achievements]
        slides = plan_slides(points, len(self.milestones))
        index = 0
        while index < len(slides):
            keep = self.overflow(slides[index])
            split = split_slide(slides, index, keep) if keep is not None else None
            if split is None:
                index += 1
            else:  # fit the first part afresh, then the continuation
                slides = split
        return slides

    def overflow(self, slide: Slide) -> int | None:
        """How many of the slide's points or milestones fit, when not all of them do."""
        if slide.kind is SlideKind.ACHIEVEMENT:
            return self.achievement_layout(slide).refit()
        if slide.kind is SlideKind.TIMELINE:
            return self.timeline_layout(slide).refit()
        return None

    def pages(self) -> list[Page]:
        pages: list[Page] = []
        parts: dict[int, int] = {}  # pages so far of each achievement
        for slide in self.slides():
            match slide.kind:
                case SlideKind.TITLE:
                    pages.append(Page(self.pack.pack.title.get(self.language), self.title_slide))
                case SlideKind.ACHIEVEMENT:
                    more = self.achievement_pages(slide, parts.get(slide.row, 0))
                    parts[slide.row] = parts.get(slide.row, 0) + len(more)
                    pages += more
                case SlideKind.TIMELINE:
                    pages.append(self.timeline_page(slide))
                case SlideKind.CLOSING:
                    thanks = interface(self.language, "ClosingSlide", "Thank you")
                    pages.append(Page(thanks, self.closing))
        return pages

    # -- the title and closing slides --

    def title_slide(self, painter: QPainter) -> None:
        hero = self.pack.pack.hero
        if hero is not None:
            page = QRectF(0, 0, self.width, self.height)
            draw_picture(painter, self.source, hero, page, crop=True, units_per_inch=RESOLUTION)
            # The hero at 30 % opacity over the background, drawn as the background at 70 % over
            # the hero: the same colours, and the SVG stays vector (Qt rasterises a translucent
            # painter's SVG groups).
            veil = QColor(THEME.background_deep)
            veil.setAlphaF(1 - THEME.present_hero_dim)
            painter.fillRect(page, veil)
        credit = self.pack.pack.credit
        rows = [
            (self.pack.pack.title.get(self.language), THEME.present_display, True, THEME.text),
            (self.pack.pack.subtitle.get(self.language), THEME.present_headline, False,
             THEME.accent),
            (credit.get(self.language) if credit else "", THEME.present_body, False, THEME.text),
            (source_credit(self.pack, self.language), THEME.present_small, False,
             THEME.text_muted),
        ]  # fmt: skip
        self.centred_column(painter, [row for row in rows if row[0]])

    def closing(self, painter: QPainter) -> None:
        note = "All pictures are original illustrations made for this exhibition."
        lang = self.language
        self.centred_column(
            painter,
            [
                (interface(lang, "ClosingSlide", "Thank you"), THEME.present_display, True,
                 THEME.text),
                (self.pack.pack.title.get(lang), THEME.present_headline, False, THEME.accent),
                (source_credit(self.pack, lang), THEME.present_small, False, THEME.text_muted),
                (interface(lang, "ClosingSlide", note), THEME.present_small, False,
                 THEME.text_muted),
            ],
        )  # fmt: skip

    def centred_column(self, painter: QPainter, rows: list[tuple[str, int, bool, str]]) -> None:
        """Centred lines of text in the middle of the slide (TitleSlide.qml, ClosingSlide.qml);
        all smaller together, to the slides' floor, if a long title would not fit the page."""
        width = self.width - 2 * self.px(THEME.present_margin)
        gap = self.px(THEME.present_gap)
        centre = Qt.AlignmentFlag.AlignHCenter
        factor, floor = 1.0, THEME.present_floor / THEME.present_body
        while True:
            texts = [
                lay_out(words, font(self.language, self.px(size) * factor, bold), width, colour,
                        centre, spacing=0)
                for words, size, bold, colour in rows
            ]  # fmt: skip
            total = sum(t.height for t in texts) + gap * (len(texts) - 1)
            if total <= self.height - 2 * gap or factor <= floor:
                break
            factor = max(floor, factor - THEME.present_fit_step)
        y = (self.height - total) / 2
        for laid in texts:
            laid.draw(painter, self.px(THEME.present_margin), y)
            y += laid.height + gap

    # -- an achievement's slide --

    def achievement_layout(self, slide: Slide) -> AchievementSlideLayout:
        """The slide's layout before fitting: its points, its figures (the deck's first two,
        on its first part only) and, on a continuation slide, "continued"."""
        achievement = self.achievements[slide.row]
        lang = self.language
        shown = achievement.figures[:FIGURES_PER_SLIDE] if slide.part == 0 else []
        continued = interface(lang, "AchievementSlide", "continued") if slide.part else ""
        return AchievementSlideLayout(
            self.scale,
            lang,
            achievement.number,
            # typeset as the screen's models set them (joiners, soft hyphens)
            typeset(achievement.headline.get(lang), Role.HEADLINE),
            [typeset(point) for point in slide.points],
            [SlideFigure(f.display(lang), typeset(f.label.get(lang))) for f in shown],
            picture_size(self.source, achievement.images[0]),
            continued,
        )

    def achievement_pages(self, slide: Slide, earlier: int) -> list[Page]:
        """The slide as fitted; where even so a point is taller than the slide (the slide
        would cut it), its lines go on to pages of their own, under the headline again."""
        achievement = self.achievements[slide.row]
        layout = self.achievement_layout(slide)
        layout.refit()
        points = layout.point_texts()
        groups = [[Piece.whole(point) for point in points]]
        if layout.right_height(len(points)) > layout.room():
            groups = self.flow(layout, points)
        pages = []
        headline = f"{achievement.number}. {achievement.headline.get(self.language)}"
        for index, group in enumerate(groups):
            page_layout = layout
            if index and not layout.continued:  # its own continuation pages
                page_layout = continuation_of(layout, self.language)
            part = earlier + index
            title = headline + (f" ({part + 1})" if part else "")
            pages.append(Page(title, self._achievement_painter(achievement, page_layout, group)))
        return pages

    def flow(self, layout: AchievementSlideLayout, points: list[Text]) -> list[list[Piece]]:
        """Points, line by line where one is too tall, to as many pages as they need."""
        later = continuation_of(layout, self.language)
        room = [layout.room() - layout.head_height(), later.room() - later.head_height()]
        spacing = layout.spacing
        groups: list[list[Piece]] = [[]]
        filled = 0.0
        for point in points:
            first = 0
            while first < point.line_count:
                space = room[min(1, len(groups) - 1)]
                last = first
                while last < point.line_count and (
                    filled + spacing + point.span(first, last + 1) <= space
                    or (last == first and not groups[-1])
                ):
                    last += 1
                if last == first:  # not one more line here: the next page
                    groups.append([])
                    filled = 0.0
                    continue
                groups[-1].append(Piece(point, first, last))
                filled += spacing + point.span(first, last)
                first = last
        return groups

    def _achievement_painter(
        self, achievement: Achievement, layout: AchievementSlideLayout, points: list[Piece]
    ) -> Paint:
        def paint(painter: QPainter) -> None:
            self.left_column(painter, achievement, layout)
            area, spacing = layout.area, layout.spacing
            x = area.x() + layout.left_width + layout.gap
            total = layout.head_height() + sum(spacing + piece.height for piece in points)
            y = area.y() + (layout.room() - total) / 2
            badge, headline = layout.badge, layout.headline_text()
            row = max(badge, headline.height)
            colour = colour_for(achievement.number)
            draw_badge(painter, QPointF(x + badge / 2, y + row / 2), badge, achievement.number,
                       colour, THEME.text_on_accent)  # fmt: skip
            headline.draw(painter, x + badge + self.px(THEME.spacing_l),
                          y + (row - headline.height) / 2)  # fmt: skip
            y += row
            continued = layout.continued_text()
            if continued is not None:
                y += spacing
                continued.draw(painter, x, y)
                y += continued.height
            dot = self.px(THEME.present_dot)
            line = layout.type_size(THEME.present_body) * THEME.present_dot_offset
            for piece in points:
                y += spacing
                if piece.first == 0:  # the dot on the point's first line, centred on it
                    draw_dot(painter, QPointF(x + dot / 2, y + line / 2), dot, colour, ring=False)
                piece.text.draw(painter, x + layout.point_indent, y, piece.first, piece.last)
                y += piece.height

        return paint

    def left_column(
        self, painter: QPainter, achievement: Achievement, layout: AchievementSlideLayout
    ) -> None:
        """The picture, and the figures under it (or beneath both columns) at one size with
        their labels aligned."""
        box = layout.picture_box()
        image = achievement.images[0]
        landed = draw_picture(painter, self.source, image, box, units_per_inch=RESOLUTION)
        if image.kind.value == "illustration" and not landed.isEmpty():
            self.illustration_tag(painter, landed)
        cells = layout.figure_texts()
        if not cells:
            return
        numerals = max(number.height for number, _ in cells)
        y = layout.figures_top()
        for index, (number, label) in enumerate(cells):
            x = layout.figures_left(index)
            number.draw(painter, x, y + numerals - number.height)  # on a common baseline
            label.draw(painter, x, y + numerals + self.px(THEME.spacing_xs))

    def illustration_tag(self, painter: QPainter, picture: QRectF) -> None:
        """The "Illustration" tag in the picture's lower right corner."""
        word = interface(self.language, "IllustrationLabel", "Illustration")
        label = text(word, self.language, self.px(THEME.font_caption), self.width, THEME.text)
        inset, pad = self.px(THEME.spacing_s), self.px(THEME.spacing_xs)
        width = label.natural_width() + 2 * inset
        height = label.height + pad
        box = QRectF(picture.right() - inset - width, picture.bottom() - inset - height, width,
                     height)  # fmt: skip
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(THEME.scrim))
        radius = self.px(THEME.radius_s)
        painter.drawRoundedRect(box, radius, radius)
        painter.restore()
        label.draw(painter, box.x() + inset, box.y() + pad / 2)

    # -- the milestones --

    def timeline_layout(self, slide: Slide) -> TimelineSlideLayout:
        lang = self.language
        numbers = {a.id: a.number for a in self.achievements}
        rows = [
            TimelineRow(milestone_text(m, lang), typeset(m.label.get(lang)),
                        m.status.value == "planned", numbers[m.achievements[0]])
            for m in (self.milestones[row] for row in slide.milestones)
        ]  # fmt: skip
        return TimelineSlideLayout(
            self.scale,
            lang,
            interface(lang, "TimelineSlide", "Milestones"),
            (interface(lang, "TimelineSlide", "Done"), interface(lang, "TimelineSlide", "Planned")),
            rows,
        )

    def timeline_page(self, slide: Slide) -> Page:
        layout = self.timeline_layout(slide)
        layout.refit()
        shown = [self.milestones[row] for row in slide.milestones]
        dates = f"{milestone_text(shown[0], self.language)} – "
        dates += milestone_text(shown[-1], self.language)
        return Page(f"{layout.heading}: {dates}", self._timeline_painter(layout))

    def _timeline_painter(self, layout: TimelineSlideLayout) -> Paint:
        def paint(painter: QPainter) -> None:
            margin, gap = self.px(THEME.present_margin), self.px(THEME.present_gap)
            dot, spacing = self.px(THEME.present_dot), self.px(THEME.spacing_m)
            heading = layout.heading_text()
            heading.draw(painter, margin, gap)
            x = margin + heading.natural_width() + gap
            centre_y = gap + layout.heading_height() / 2
            for planned, label in zip((False, True), layout.legend_texts(), strict=True):
                colour = THEME.planned if planned else THEME.done
                draw_dot(painter, QPointF(x + dot / 2, centre_y), dot, colour, ring=planned)
                x += dot + spacing
                label.draw(painter, x, centre_y - label.height / 2)
                x += label.natural_width() + gap
            y = layout.rows_top
            for row in layout.rows:
                date, label = layout.row_texts(row)
                height = max(date.height, layout.badge(), label.height)
                mid = y + height / 2
                colour = THEME.planned if row.planned else THEME.done
                draw_dot(painter, QPointF(margin + dot / 2, mid), dot, colour, ring=row.planned)
                date_x = margin + dot + spacing
                date.draw(painter, date_x, mid - date.height / 2)
                badge = layout.badge()
                centre = QPointF(date_x + layout.date_width() + spacing + badge / 2, mid)
                draw_badge(painter, centre, badge, row.number, colour_for(row.number),
                           THEME.text_on_accent)  # fmt: skip
                label.draw(painter, margin + layout.label_x(), mid - label.height / 2)
                y += height + layout.row_gap

        return paint


def continuation_of(layout: AchievementSlideLayout, language: Language) -> AchievementSlideLayout:
    """A continuation page of ``layout``'s slide: "continued", no figures, the same type."""
    later = AchievementSlideLayout(
        layout.scale,
        layout.language,
        layout.number,
        layout.headline,
        layout.points,
        [],
        layout.picture,
        layout.continued or interface(language, "AchievementSlide", "continued"),
    )
    later.share, later.fit = layout.share, layout.fit
    return later


def write_deck(
    path: str | Path,
    language: str | None,
    size: tuple[int, int] = (1920, 1080),
    content: str | None = None,
    chosen: ChosenPack | None = None,
) -> int:
    """Writes the deck; the number of pages."""
    chosen = pack_to_print(content, chosen)
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
    bar = layout.scale.thin(THEME.present_progress_height)
    try:
        for index, page in enumerate(pages):
            if index:
                document.new_page()
            document.bookmark(page.bookmark)
            painter.fillRect(QRectF(0, 0, layout.width, layout.height),
                             QColor(THEME.background_deep))  # fmt: skip
            page.paint(painter)
            progress = QRectF(0, layout.height - bar, layout.width * (index + 1) / len(pages), bar)
            painter.fillRect(progress, QColor(THEME.accent))
    except BaseException:
        document.abandon()
        raise
    return document.finish()
