"""``innokiosk export --handout``: a printable handout on portrait pages for a visitor to take
away — the ten achievements (number, headline, picture, key figures, a short text, the QR code),
the timeline as a list by date, and the source credit; page numbers and print margins.

By default a mixed edition, Traditional Chinese and English side by side (as Hong Kong prints
bilingual leaflets); ``language`` gives a single-language edition. Text flows from page to page
line by line; a block that must stay together (headline, picture, figures) starts a new page
when it does not fit in what is left of one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPageSize, QPainter

from kiosk.content import Achievement, Language, Milestone, Pack, PackSource
from kiosk.content.locate import ChosenPack
from kiosk.presentation.pdf_layout import (
    Bookmark,
    Document,
    Text,
    author,
    colour_for,
    draw_badge,
    draw_dot,
    draw_picture,
    draw_qr,
    font,
    interface,
    lay_out,
    pack_to_print,
    picture_size,
    source_credit,
)
from kiosk.ui.models import milestone_text

log = logging.getLogger(__name__)

UNITS_PER_POINT = 10  # the writer at 720 dpi: sizes below are in points
RESOLUTION = 72 * UNITS_PER_POINT
PAPERS = {"A4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MIXED = (Language.ZH_HANT, Language.EN)
MM = 72 / 25.4  # points in a millimetre

# Print colours: dark ink on white paper (the screen's accents darkened to read on paper).
INK = "#141B2B"
MUTED = "#4A5568"
RULE = "#C9D1DE"
DONE = "#0B6E7A"
PLANNED = "#8A5A00"
FIGURE = "#0B6E7A"
ON_BADGE = "#04212A"

MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 16 * MM, 15 * MM, 18 * MM
TITLE, SUBTITLE, HEAD, FIGURE_SIZE, BODY, SMALL, FOOT = 22, 13, 14, 13, 9.5, 8, 7.5
BADGE, QR_SIDE, PICTURE_HEIGHT = 22, 24 * MM, 58 * MM
GAP, COLUMN_GAP = 8, 12
PICTURE_SHARE = 0.42  # of the text frame's width

# Words only the handout says (the slides' words come from the interface translations).
WORDS: dict[str, dict[Language, str]] = {
    "page": {Language.ZH_HANT: "第 %1 頁，共 %2 頁", Language.ZH_HANS: "第 %1 页，共 %2 页",
             Language.EN: "Page %1 of %2"},
    "scan": {Language.ZH_HANT: "了解更多：用手機掃描二維碼",
             Language.ZH_HANS: "了解更多：用手机扫描二维码",
             Language.EN: "Learn more: scan the code with your phone"},
    "credits": {Language.ZH_HANT: "資料來源", Language.ZH_HANS: "资料来源",
                Language.EN: "Source"},
}  # fmt: skip


def word(key: str, language: Language) -> str:
    return WORDS[key][language]


def pt(value: float) -> float:
    return value * UNITS_PER_POINT


Paint = Callable[[QPainter, float], None]  # draws with its top at y


@dataclass
class Block:
    """Something placed on the page: a height and how to draw it at a given top."""

    height: float
    paint: Paint


@dataclass
class Flow:
    """Places blocks down the page, starting a new page where one does not fit. Without a
    document it only counts pages (the first pass, for "page n of N")."""

    frame: QRectF
    document: Document | None
    footer: Callable[[QPainter, int], None]
    page: int = 0
    y: float = 0.0
    bookmarks: list[tuple[str, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.y = self.frame.top()
        self._start_page()

    def _start_page(self) -> None:
        if self.document is not None:
            self.footer(self.document.painter, self.page)

    @property
    def at_top(self) -> bool:
        return self.y <= self.frame.top()

    def new_page(self) -> None:
        self.page += 1
        self.y = self.frame.top()
        if self.document is not None:
            self.document.new_page()
        self._start_page()

    def ensure(self, height: float) -> None:
        """A new page unless ``height`` fits in what is left of this one."""
        if not self.at_top and self.y + height > self.frame.bottom():
            self.new_page()

    def place(self, block: Block) -> None:
        self.ensure(block.height)
        if self.document is not None:
            block.paint(self.document.painter, self.y)
        self.y += block.height

    def gap(self, height: float) -> None:
        if not self.at_top:
            self.y += height

    def bookmark(self, title: str) -> None:
        self.bookmarks.append((" ".join(title.split()), self.page))


def line_rows(columns: list[tuple[float, Text]]) -> list[Block]:
    """Texts side by side (x and text), as one block per line: the columns' lines stay level
    and a page can break between any two of them."""
    count = max((text.line_count for _, text in columns), default=0)
    blocks = []
    for index in range(count):
        height = max(
            (text.line_heights[index] for _, text in columns if index < text.line_count),
            default=0.0,
        )

        def paint(painter: QPainter, y: float, row: int = index) -> None:
            for x, text in columns:
                if row < text.line_count:
                    text.draw(painter, x, y, row, row + 1)

        blocks.append(Block(height, paint))
    return blocks


class HandoutLayout:
    """The handout's blocks for one or two languages on one paper size."""

    def __init__(
        self, pack: Pack, source: PackSource, languages: tuple[Language, ...], frame: QRectF
    ) -> None:
        self.pack, self.source, self.languages, self.frame = pack, source, languages, frame
        count = len(languages)
        self.column = (frame.width() - pt(COLUMN_GAP) * (count - 1)) / count

    def column_x(self, index: int, left: float | None = None, width: float | None = None) -> float:
        start = self.frame.left() if left is None else left
        span = self.column if width is None else width
        return start + index * (span + pt(COLUMN_GAP))

    def text(
        self, language: Language, text: str, size: float, width: float, colour: str,
        bold: bool = False,
    ) -> Text:  # fmt: skip
        return lay_out(text, font(language, pt(size), bold), width, colour, spacing=1.3)

    def side_by_side(
        self, texts: Callable[[Language], str], size: float, colour: str, bold: bool = False,
        left: float | None = None, width: float | None = None,
    ) -> list[Block]:  # fmt: skip
        """The same text in each language, a column each, line by line."""
        count = len(self.languages)
        total = self.frame.width() if width is None else width
        span = (total - pt(COLUMN_GAP) * (count - 1)) / count
        columns = [
            (self.column_x(i, left, span), self.text(lang, texts(lang), size, span, colour, bold))
            for i, lang in enumerate(self.languages)
        ]
        return line_rows(columns)

    # -- the parts --

    def write(self, flow: Flow) -> None:
        self.cover(flow)
        for achievement in sorted(self.pack.achievements, key=lambda a: a.number):
            self.achievement(flow, achievement)
        self.timeline(flow)
        self.credits(flow)

    def cover(self, flow: Flow) -> None:
        flow.bookmark(" · ".join(self.pack.pack.title.get(lang) for lang in self.languages))
        for lang in self.languages:
            for block in line_rows(
                [
                    (
                        self.frame.left(),
                        self.text(
                            lang,
                            self.pack.pack.title.get(lang),
                            TITLE,
                            self.frame.width(),
                            INK,
                            True,
                        ),
                    )
                ]
            ):
                flow.place(block)
            for block in line_rows(
                [
                    (
                        self.frame.left(),
                        self.text(
                            lang,
                            self.pack.pack.subtitle.get(lang),
                            SUBTITLE,
                            self.frame.width(),
                            DONE,
                        ),
                    )
                ]
            ):
                flow.place(block)
        flow.gap(pt(4))
        for block in self.side_by_side(lambda lang: source_credit(self.pack, lang), SMALL, MUTED):
            flow.place(block)
        flow.gap(pt(GAP))
        flow.place(self.rule())

    def rule(self) -> Block:
        def paint(painter: QPainter, y: float) -> None:
            painter.fillRect(
                QRectF(self.frame.left(), y + pt(GAP), self.frame.width(), pt(0.6)), QColor(RULE)
            )

        return Block(pt(2 * GAP), paint)

    def achievement(self, flow: Flow, achievement: Achievement) -> None:
        header = self.header(achievement)
        picture = self.picture_row(achievement)
        # One language: the text in the column beside the picture, at a readable measure;
        # two: each language a half of the page.
        left, width = (None, None) if len(self.languages) > 1 else self.beside_picture()
        short = [
            *self.side_by_side(
                lambda lang: achievement.summary.get(lang), BODY, INK, True, left, width
            ),
            *self.side_by_side(
                lambda lang: achievement.body.get(lang)[0], BODY, INK, False, left, width
            ),
        ]
        # Headline, picture and figures together, with the first lines of the text.
        lead = sum(b.height for b in short[:3])
        beside = left is not None  # the text goes on under the figures, beside the picture
        picture_block, picture_height = picture
        row = picture_block.height + pt(GAP) + lead
        flow.ensure(header.height + pt(GAP) + max(row, picture_height + pt(GAP)))
        flow.bookmark(
            f"{achievement.number}. "
            + " · ".join(achievement.headline.get(lang) for lang in self.languages)
        )
        flow.place(header)
        flow.gap(pt(GAP))
        page, picture_bottom = flow.page, flow.y + picture_height
        flow.place(picture_block if beside else Block(max(picture_height, picture_block.height),
                                                      picture_block.paint))  # fmt: skip
        flow.gap(pt(GAP))
        for block in short:
            flow.place(block)
        if flow.page == page:  # never the rule across the picture
            flow.y = max(flow.y, picture_bottom)
        flow.place(self.rule())

    def header(self, achievement: Achievement) -> Block:
        left = self.frame.left() + pt(BADGE) + pt(GAP)
        width = self.frame.right() - left
        count = len(self.languages)
        span = (width - pt(COLUMN_GAP) * (count - 1)) / count
        texts = [
            (left + i * (span + pt(COLUMN_GAP)),
             self.text(lang, achievement.headline.get(lang), HEAD, span, INK, True))
            for i, lang in enumerate(self.languages)
        ]  # fmt: skip
        height = max([pt(BADGE), *(t.height for _, t in texts)])

        def paint(painter: QPainter, y: float) -> None:
            draw_badge(painter, QPointF(self.frame.left() + pt(BADGE) / 2, y + pt(BADGE) / 2),
                       pt(BADGE), achievement.number, colour_for(achievement.number),
                       ON_BADGE)  # fmt: skip
            for x, text in texts:
                text.draw(painter, x, y + max(0.0, (pt(BADGE) - text.height) / 2))

        return Block(height, paint)

    def beside_picture(self) -> tuple[float, float]:
        """The column right of the picture: its left edge and width."""
        left = self.frame.left() + self.frame.width() * PICTURE_SHARE + pt(COLUMN_GAP)
        return left, self.frame.right() - left

    def picture_row(self, achievement: Achievement) -> tuple[Block, float]:
        """The picture on the left; the key figures and the QR code beside it. The block is as
        tall as the column beside the picture; the picture's own height comes with it."""
        image = achievement.images[0]
        size = picture_size(self.source, image)
        picture_width = self.frame.width() * PICTURE_SHARE
        picture_height = min(pt(PICTURE_HEIGHT), picture_width * size.height() / size.width())
        right, width = self.beside_picture()
        count = len(self.languages)
        span = (width - pt(COLUMN_GAP) * (count - 1)) / count
        figures: list[tuple[float, float, Text]] = []  # x, y offset, text
        y = 0.0
        for figure in achievement.figures:
            row = 0.0
            for i, lang in enumerate(self.languages):
                x = right + i * (span + pt(COLUMN_GAP))
                number = self.text(lang, figure.display(lang), FIGURE_SIZE, span, FIGURE, True)
                label = self.text(lang, figure.label.get(lang), SMALL, span, MUTED)
                figures.append((x, y, number))
                figures.append((x, y + number.height, label))
                row = max(row, number.height + label.height)
            y += row + pt(4)
        qr_caption = [
            (right + pt(QR_SIDE) + pt(GAP), self.text(lang, word("scan", lang), SMALL,
             width - pt(QR_SIDE) - pt(GAP), MUTED))
            for lang in self.languages
        ]  # fmt: skip
        qr_height = pt(QR_SIDE) if achievement.learn_more else 0.0
        if qr_height:
            y += pt(2)
        qr_top = y
        height = y + qr_height

        def paint(painter: QPainter, top: float) -> None:
            box = QRectF(self.frame.left(), top, picture_width, picture_height)
            draw_picture(painter, self.source, image, box, units_per_inch=RESOLUTION)
            for x, offset, text in figures:
                text.draw(painter, x, top + offset)
            if achievement.learn_more:
                qr = QRectF(right, top + qr_top, pt(QR_SIDE), pt(QR_SIDE))
                draw_qr(painter, achievement.learn_more, qr)
                caption_y = top + qr_top + pt(2)
                for x, text in qr_caption:
                    text.draw(painter, x, caption_y)
                    caption_y += text.height
                link = self.text(Language.EN, achievement.learn_more, SMALL,
                                 width - pt(QR_SIDE) - pt(GAP), DONE)  # fmt: skip
                link.draw(painter, right + pt(QR_SIDE) + pt(GAP), caption_y + pt(2))

        return Block(height, paint), picture_height

    def timeline(self, flow: Flow) -> None:
        milestones = sorted(self.pack.milestones, key=lambda m: m.start_date.first_day())
        if not milestones:
            return
        heading = [interface(lang, "TimelineSlide", "Milestones") for lang in self.languages]
        header = self.side_by_side(
            lambda lang: interface(lang, "TimelineSlide", "Milestones"), HEAD, INK, True
        )
        flow.ensure(sum(b.height for b in header) + pt(40))
        flow.bookmark(" · ".join(heading))
        for block in header:
            flow.place(block)
        flow.place(self.legend())
        flow.gap(pt(4))
        numbers = {a.id: a.number for a in self.pack.achievements}
        for milestone in milestones:
            flow.place(self.milestone_row(milestone, numbers[milestone.achievements[0]]))
        flow.place(self.rule())

    def legend(self) -> Block:
        lang = self.languages[0]
        texts = [
            (planned, self.text(lang, " / ".join(interface(language, "TimelineSlide", word)
             for language in self.languages), SMALL, self.frame.width() / 2,
             PLANNED if planned else DONE))
            for planned, word in ((False, "Done"), (True, "Planned"))
        ]  # fmt: skip
        height = max(t.height for _, t in texts) + pt(4)

        def paint(painter: QPainter, y: float) -> None:
            x = self.frame.left()
            for planned, text in texts:
                colour = PLANNED if planned else DONE
                draw_dot(painter, QPointF(x + pt(3), y + text.height / 2), pt(6), colour, planned)
                text.draw(painter, x + pt(10), y)
                x += pt(10) + text.natural_width() + pt(16)

        return Block(height, paint)

    def milestone_row(self, milestone: Milestone, number: int) -> Block:
        planned = milestone.status.value == "planned"
        colour = PLANNED if planned else DONE
        left = self.frame.left() + pt(10) + pt(16) + pt(6)
        count = len(self.languages)
        span = (self.frame.right() - left - pt(COLUMN_GAP) * (count - 1)) / count
        date_width = pt(70) if count == 1 else span
        columns: list[tuple[float, float, Text]] = []
        height = 0.0
        for i, lang in enumerate(self.languages):
            x = left + i * (span + pt(COLUMN_GAP))
            date = self.text(lang, milestone_text(milestone, lang), SMALL, date_width, colour, True)
            if count == 1:
                label = self.text(lang, milestone.label.get(lang), SMALL,
                                  span - date_width - pt(6), INK)  # fmt: skip
                columns += [(x, 0.0, date), (x + date_width + pt(6), 0.0, label)]
                height = max(height, date.height, label.height)
            else:
                label = self.text(lang, milestone.label.get(lang), SMALL, span, INK)
                columns += [(x, 0.0, date), (x, date.height, label)]
                height = max(height, date.height + label.height)
        height += pt(3)

        def paint(painter: QPainter, y: float) -> None:
            first = columns[0][2].line_heights[0] if columns[0][2].line_heights else pt(SMALL)
            mid = y + first / 2
            draw_dot(painter, QPointF(self.frame.left() + pt(3), mid), pt(6), colour, planned)
            draw_badge(painter, QPointF(self.frame.left() + pt(10) + pt(8), mid), pt(13), number,
                       colour_for(number), ON_BADGE)  # fmt: skip
            for x, offset, text in columns:
                text.draw(painter, x, y + offset)

        return Block(height, paint)

    def credits(self, flow: Flow) -> None:
        note = "All pictures are original illustrations made for this exhibition."
        blocks = [
            *self.side_by_side(lambda lang: word("credits", lang), BODY, INK, True),
            *self.side_by_side(lambda lang: source_credit(self.pack, lang), BODY, INK),
            *self.side_by_side(lambda lang: interface(lang, "ClosingSlide", note), BODY, MUTED),
        ]
        flow.ensure(sum(b.height for b in blocks))
        flow.bookmark(" · ".join(word("credits", lang) for lang in self.languages))
        for block in blocks:
            flow.place(block)

    def footer(self, painter: QPainter, page: int, total: int, page_height: float) -> None:
        """The page number (and the title) under the frame."""
        y = page_height - MARGIN_BOTTOM * UNITS_PER_POINT + pt(8)
        number = "  ·  ".join(
            word("page", lang).replace("%1", str(page + 1)).replace("%2", str(total))
            for lang in self.languages
        )
        lang = self.languages[0]
        text = self.text(lang, number, FOOT, self.frame.width(), MUTED)
        painter.fillRect(QRectF(self.frame.left(), y - pt(4), self.frame.width(), pt(0.4)),
                         QColor(RULE))  # fmt: skip
        text.draw(painter, self.frame.right() - text.natural_width(), y)
        title = self.text(lang, self.pack.pack.title.get(lang), FOOT, self.frame.width() / 2, MUTED)
        title.draw(painter, self.frame.left(), y)


def write_handout(
    path: str | Path,
    language: str | None = None,
    paper: str = "A4",
    content: str | None = None,
    chosen: ChosenPack | None = None,
) -> int:
    """Writes the handout (``language`` None: zh-Hant and English side by side); its pages."""
    chosen = pack_to_print(content, chosen)
    pack = chosen.pack
    languages = (Language(language),) if language else MIXED
    page_size = QPageSize(PAPERS[paper])
    points = page_size.size(QPageSize.Unit.Point)
    frame = QRectF(
        pt(MARGIN_SIDE),
        pt(MARGIN_TOP),
        pt(points.width() - 2 * MARGIN_SIDE),
        pt(points.height() - MARGIN_TOP - MARGIN_BOTTOM),
    )
    layout = HandoutLayout(pack, chosen.source, languages, frame)
    page_height = pt(points.height())
    counting = Flow(frame, None, lambda painter, page: None)
    layout.write(counting)
    total = counting.page + 1
    document = Document(
        Path(path),
        page_size,
        RESOLUTION,
        title=" · ".join(pack.pack.title.get(lang) for lang in languages),
        author=" · ".join(author(pack, lang) for lang in languages),
        subject=" · ".join(pack.pack.subtitle.get(lang) for lang in languages),
        language=languages[0].value,
    )
    try:
        flow = Flow(
            frame,
            document,
            lambda painter, page: layout.footer(painter, page, total, page_height),
        )
        layout.write(flow)
        document.bookmarks = [Bookmark(title, page) for title, page in flow.bookmarks]
    except BaseException:
        document.abandon()
        raise
    return document.finish()
