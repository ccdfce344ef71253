"""What the PDF deck and the handout share: the bundled fonts, text laid out and flowed with
``QTextLayout`` (never cut), pictures drawn as vectors from SVG, QR codes as vector modules,
interface words in each language, and a ``QPdfWriter`` set up with the document's metadata."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from kiosk.app.fonts import family_for
from kiosk.content import Image, Language, Pack, PackSource
from kiosk.content.dates import PartialDate
from kiosk.content.locate import ChosenPack, choose_pack
from kiosk.content.media import max_bytes
from kiosk.content.source import PackPathError

log = logging.getLogger(__name__)

RASTER_DPI = 200  # a photo is stored no sharper than this at its printed size


def ensure_app() -> None:
    """The application, the resources and the bundled fonts, as the kiosk sets them up."""
    from kiosk.app import resources
    from kiosk.app.application import application
    from kiosk.app.fonts import load_fonts

    application()
    resources.register()
    load_fonts()


def pack_to_print(content: str | None, chosen: ChosenPack | None) -> ChosenPack:
    """The pack a PDF is made from: the one the running kiosk shows (``chosen``), else, from
    the command line, the one the kiosk would show, with the app and fonts set up."""
    if chosen is not None:
        return chosen
    ensure_app()
    return choose_pack(content)


def font(language: Language | str, size: float, bold: bool = False) -> QFont:
    """The bundled family for ``language`` at ``size`` device units."""
    chosen = QFont(family_for(str(language)))
    chosen.setFamilies([family_for(str(language))])
    chosen.setPixelSize(max(1, round(size)))
    chosen.setBold(bold)
    chosen.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    chosen.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    # Qt maps a glyph that shaping substituted to no characters in the PDF: with ligatures
    # "firms" was found (and copied) as "rms", and in English the CJK font's localised digits
    # ("locl") left "Dec 2023" as "Dec". Neither changes how the text looks (the Chinese text of
    # the pack draws the same pixels with and without "locl").
    for tag in ("liga", "clig", "locl"):
        chosen.setFeature(QFont.Tag(tag), 0)
    return chosen


@dataclass
class Text:
    """A paragraph laid out to a width: every line, none elided."""

    layout: QTextLayout
    width: float
    colour: QColor
    line_heights: list[float] = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(self.line_heights)

    @property
    def line_count(self) -> int:
        return len(self.line_heights)

    def span(self, first: int, last: int) -> float:
        """The height of lines ``first`` to ``last`` (not included)."""
        return sum(self.line_heights[first:last])

    def natural_width(self) -> float:
        return max(
            (self.layout.lineAt(i).naturalTextWidth() for i in range(self.line_count)),
            default=0.0,
        )

    def draw(self, painter: QPainter, x: float, y: float, first: int = 0, last: int = -1) -> None:
        """Lines ``first`` to ``last`` (all by default) with the first one's top at ``y``."""
        end = self.line_count if last < 0 else last
        painter.setPen(self.colour)
        origin = QPointF(x, y - sum(self.line_heights[:first]))
        for index in range(first, end):
            self.layout.lineAt(index).draw(painter, origin)


def lay_out(
    text: str,
    chosen: QFont,
    width: float,
    colour: QColor | str,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    spacing: float = 1.25,
) -> Text:
    """``text`` broken into lines no wider than ``width`` (at words, or anywhere in a long word),
    each line at least ``spacing`` times the type size high (0: the font's own line height, as
    Qt Quick's ``Text`` has it)."""
    layout = QTextLayout(text, chosen)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(align)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    heights: list[float] = []
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        step = max(line.height(), chosen.pixelSize() * spacing)
        line.setPosition(QPointF(0, y + (step - line.height()) / 2))
        heights.append(step)
        y += step
    layout.endLayout()
    return Text(layout, width, QColor(colour), heights)


# --- pictures -----------------------------------------------------------------------------


def picture_bytes(source: PackSource, image: Image) -> bytes | None:
    try:
        return source.read(image.file, max_bytes(image.file))
    except PackPathError as problem:
        log.error("picture %s: %s", image.file, problem)
        return None


def picture_size(source: PackSource, image: Image) -> QSizeF:
    """The picture's own proportions (1:1 when unknown)."""
    if image.width > 0 and image.height > 0:
        return QSizeF(image.width, image.height)
    data = picture_bytes(source, image)
    if data is not None and image.file.lower().endswith(".svg"):
        size = QSvgRenderer(QByteArray(data)).defaultSize()
        if not size.isEmpty():
            return QSizeF(size)
    return QSizeF(1, 1)


def placed(size: QSizeF, box: QRectF, crop: bool) -> QRectF:
    """``size`` scaled to fit inside ``box`` (or to cover it when ``crop``), centred."""
    if size.isEmpty():
        return QRectF(box)
    scale_x = box.width() / size.width()
    scale_y = box.height() / size.height()
    scale = max(scale_x, scale_y) if crop else min(scale_x, scale_y)
    width, height = size.width() * scale, size.height() * scale
    return QRectF(box.center().x() - width / 2, box.center().y() - height / 2, width, height)


def draw_picture(
    painter: QPainter,
    source: PackSource,
    image: Image,
    box: QRectF,
    crop: bool = False,
    units_per_inch: float = 72.0,
) -> QRectF:
    """The picture fitted into ``box`` (SVG as vector paths, a photo scaled to print size);
    returns where it landed, an empty rectangle when it could not be read."""
    data = picture_bytes(source, image)
    if data is None:
        return QRectF()
    target = placed(picture_size(source, image), box, crop)
    painter.save()
    if crop:
        painter.setClipRect(box)
    try:
        if image.file.lower().endswith(".svg"):
            renderer = QSvgRenderer(QByteArray(data))
            if not renderer.isValid():
                log.error("picture %s: not a drawable SVG", image.file)
                return QRectF()
            renderer.setAspectRatioMode(Qt.AspectRatioMode.IgnoreAspectRatio)
            renderer.render(painter, target)
        else:
            raster = QImage.fromData(data)
            if raster.isNull():
                log.error("picture %s: cannot be decoded", image.file)
                return QRectF()
            pixels = target.size() * (RASTER_DPI / units_per_inch)
            if raster.width() > pixels.width() * 1.05:
                raster = raster.scaled(
                    pixels.toSize(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            painter.drawImage(target, raster)
    finally:
        painter.restore()
    return target.intersected(box) if crop else target


# --- QR codes, badges ---------------------------------------------------------------------


@cache
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``text`` (error correction M, as on screen), dark modules ``True``."""
    import segno

    code = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def draw_qr(painter: QPainter, text: str, box: QRectF, quiet: int = 2) -> None:
    """A QR code of ``text`` as vector squares, square in ``box`` with a white quiet zone."""
    rows = qr_modules(text)
    count = len(rows) + 2 * quiet
    side = min(box.width(), box.height())
    module = side / count
    left = box.x() + (box.width() - side) / 2
    top = box.y() + (box.height() - side) / 2
    painter.fillRect(QRectF(left, top, side, side), QColor("#FFFFFF"))
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for row_index, row in enumerate(rows):
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            path.addRect(
                QRectF(
                    left + (quiet + start) * module,
                    top + (quiet + row_index) * module,
                    (column - start) * module,
                    module,
                )
            )
    painter.fillPath(path, QColor("#000000"))


def draw_badge(
    painter: QPainter, centre: QPointF, diameter: float, number: int, colour: str, ink: str
) -> None:
    """An achievement's number in a coloured disc, as on screen."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(centre, diameter / 2, diameter / 2)
    painter.setPen(QColor(ink))
    painter.setFont(font(Language.EN, diameter * 0.46, bold=True))
    box = QRectF(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.restore()


def draw_dot(painter: QPainter, centre: QPointF, diameter: float, colour: str, ring: bool) -> None:
    """A filled dot (done) or a ring (planned)."""
    painter.save()
    if ring:
        pen_width = max(1.0, diameter * 0.2)
        painter.setPen(QPen(QColor(colour), pen_width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = (diameter - pen_width) / 2
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        radius = diameter / 2
    painter.drawEllipse(centre, radius, radius)
    painter.restore()


# --- words --------------------------------------------------------------------------------

ACHIEVEMENT_COLOURS = ("#2EC4D6", "#F5B841", "#4CC38A", "#8B7CF6", "#E8505B")


def colour_for(number: int) -> str:
    """The achievement's colour, as ``Theme.colourFor``."""
    return ACHIEVEMENT_COLOURS[(number - 1) % len(ACHIEVEMENT_COLOURS)]


@cache
def _translator(language: Language) -> object | None:
    from PySide6.QtCore import QTranslator

    from kiosk.ui.translator import CATALOGUES, RESOURCE_DIR

    name = CATALOGUES.get(language)
    if name is None:
        return None
    translator = QTranslator()
    return translator if translator.load(name, RESOURCE_DIR) else None


def interface(language: Language | str, context: str, source: str) -> str:
    """An interface string of the QML (``qsTr`` in component ``context``) in ``language``."""
    from PySide6.QtCore import QTranslator

    translator = _translator(Language(language))
    if isinstance(translator, QTranslator):
        text = translator.translate(context, source)
        if text:
            return text
    return source


def source_credit(pack: Pack, language: Language | str) -> str:
    """ "Source: Ta Kung Pao, Dec 2023 · Reporter: Wei Rong", as the title slide says it."""
    credit = pack.pack.source
    return (
        interface(language, "TitleSlide", "Source: %1, %2 · Reporter: %3")
        .replace("%1", credit.newspaper.get(language))
        .replace("%2", PartialDate.parse(credit.date).format(language))
        .replace("%3", credit.reporter.get(language))
    )


def author(pack: Pack, language: Language | str) -> str:
    """The document's author: the report it is drawn from, "Ta Kung Pao, Wei Rong"."""
    credit = pack.pack.source
    return f"{credit.newspaper.get(language)}, {credit.reporter.get(language)}"


# --- the writer ---------------------------------------------------------------------------


@dataclass
class Bookmark:
    title: str
    page: int  # 0-based


@dataclass
class Document:
    """A ``QPdfWriter`` and its painter, page after page, remembering the bookmarks."""

    path: Path
    page_size: QPageSize
    resolution: int
    title: str
    author: str
    subject: str
    language: str
    writer: QPdfWriter = field(init=False)
    painter: QPainter = field(init=False)
    page: int = 0
    bookmarks: list[Bookmark] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = QPdfWriter(str(self.path))
        self.writer.setResolution(self.resolution)
        self.writer.setCreator("InnoKiosk")
        self.writer.setTitle(self.title)
        self.writer.setAuthor(self.author)
        self.writer.setPageLayout(
            QPageLayout(self.page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError(f"cannot write {self.path}")
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    @property
    def size(self) -> QSizeF:
        """The page in device units."""
        return QSizeF(self.writer.width(), self.writer.height())

    def new_page(self) -> None:
        if not self.writer.newPage():
            raise OSError(f"cannot add a page to {self.path}")
        self.page += 1

    def bookmark(self, title: str) -> None:
        """An outline entry for the current page."""
        self.bookmarks.append(Bookmark(" ".join(title.split()), self.page))

    def abandon(self) -> None:
        """Ends the painter after a failure, leaving the file as Qt wrote it."""
        if self.painter.isActive():
            self.painter.end()

    def finish(self) -> int:
        """Ends the file and adds the outline, subject and language; the page count."""
        self.painter.end()
        from kiosk.presentation.pdf_outline import finish_pdf

        finish_pdf(
            self.path,
            [(b.title, b.page) for b in self.bookmarks],
            subject=self.subject,
            language=self.language,
            page_scale=72 / self.resolution,
            page_height=self.page_size.size(QPageSize.Unit.Point).height(),
        )
        return self.page + 1


def slide_page(width_px: int, height_px: int, resolution: int) -> QPageSize:
    points = QSizeF(width_px * 72 / resolution, height_px * 72 / resolution)
    return QPageSize(points, QPageSize.Unit.Point, "Slide", QPageSize.SizeMatchPolicy.ExactMatch)
