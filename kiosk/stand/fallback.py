"""``innokiosk fallback``: the static screen shown when the kiosk keeps crashing.

Painted with QPainter on a raster window: no QML, nothing that could be what broke the kiosk
but the embedded content pack's title (in Traditional Chinese and English), read in a ``try``:
if even that pack cannot load, the application's name stands in. Uses the bundled fonts when the
resources load, the system's otherwise.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QRasterWindow,
)

from kiosk.app.fonts import family_for
from kiosk.app.pyside_fixes import keep_singletons_alive
from kiosk.app.screens import place_on_screen
from kiosk.constants import APP_NAME
from kiosk.stand.heartbeat import start_heartbeat

log = logging.getLogger(__name__)

TITLE_LANGUAGES = ("zh-Hant", "en")
# If even the embedded pack cannot load: the application's name, which claims nothing.
BUILT_IN_TITLES: tuple[tuple[str, str], ...] = (("en", APP_NAME),)
MESSAGES: tuple[tuple[str, str], ...] = (
    ("zh-Hant", "本機正在休息，請向工作人員查詢。"),
    ("zh-Hans", "本机正在休息，请向工作人员查询。"),
    ("en", "This kiosk is resting. Please ask a member of staff."),
)
BACKGROUND = QColor("#0B1426")
TITLE_COLOUR = QColor("#F2F5FA")
TEXT_COLOUR = QColor("#B4BFD0")
ACCENT = QColor("#2EC4D6")


def _font(family: str, pixels: int, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, pixels))
    font.setBold(bold)
    return font


def pack_titles() -> tuple[tuple[str, str], ...]:
    """The embedded pack's title in each of :data:`TITLE_LANGUAGES` as ``(language, title)``,
    or :data:`BUILT_IN_TITLES` when the pack cannot be read."""
    try:
        from kiosk.app import resources
        from kiosk.content import ResourceSource, load_pack

        resources.register()
        title = load_pack(ResourceSource()).pack.title
        return tuple((code, title.get(code)) for code in TITLE_LANGUAGES)
    except Exception:
        log.exception("fallback screen: the embedded pack did not load; showing the app's name")
        return BUILT_IN_TITLES


def paint_fallback(
    painter: QPainter, width: int, height: int, titles: Sequence[tuple[str, str]] = BUILT_IN_TITLES
) -> None:
    """Paints the whole screen: the titles (the first one largest), an accent line, then the
    message in three languages, centred as one block."""
    painter.fillRect(0, 0, width, height, BACKGROUND)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    unit = min(width, height)
    column = QRectF(width * 0.08, 0, width * 0.84, height)
    flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
    blocks: list[tuple[QFont, QColor, str]] = [
        (_font(family_for(code), round(unit * (0.09 if n == 0 else 0.05)), True), TITLE_COLOUR, t)
        for n, (code, t) in enumerate(titles)
    ]
    text_size = round(unit * 0.04)
    blocks += [(_font(family_for(code), text_size), TEXT_COLOUR, m) for code, m in MESSAGES]
    gap = unit * 0.035
    sizes: list[QRectF] = []
    for font, _colour, text in blocks:
        painter.setFont(font)
        sizes.append(painter.boundingRect(column, flags, text))
    total = sum(size.height() for size in sizes) + gap * (len(blocks) - 0.5)
    top = (height - total) / 2
    for index, ((font, colour, text), size) in enumerate(zip(blocks, sizes, strict=True)):
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(column.x(), top, column.width(), size.height()), flags, text)
        top += size.height() + gap
        if index == len(titles) - 1:
            rule = QRectF(0, 0, unit * 0.12, unit * 0.006)
            rule.moveCenter(QPointF(width / 2, top - gap * 0.6))
            painter.fillRect(rule, ACCENT)
            top += gap * 0.5


class FallbackWindow(QRasterWindow):
    """A window that shows only :func:`paint_fallback`."""

    def __init__(self, titles: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.titles = tuple(titles)
        self.setTitle(APP_NAME)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_fallback(painter, self.width(), self.height(), self.titles)
        finally:
            painter.end()


def _load_bundled_fonts() -> None:
    try:
        from kiosk.app import resources
        from kiosk.app.fonts import load_fonts

        resources.register()
        load_fonts()
    except Exception:
        log.exception("fallback screen: the bundled fonts did not load; using the system's")


def show_fallback(
    screen: int | None = None,
    fullscreen: bool = True,
    titles: Sequence[tuple[str, str]] | None = None,
) -> FallbackWindow:
    """Creates and shows the fallback window (a ``QGuiApplication`` must exist); ``titles``
    default to :func:`pack_titles`."""
    window = FallbackWindow(pack_titles() if titles is None else titles)
    place_on_screen(window, screen)
    if fullscreen:
        window.setCursor(Qt.CursorShape.BlankCursor)
        window.showFullScreen()
    else:
        window.resize(1280, 720)
        window.show()
    return window


def run_fallback(screen: int | None = None, fullscreen: bool = True) -> int:
    """Shows the fallback screen until the window is closed; returns the event loop's code."""
    keep_singletons_alive()
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        QGuiApplication.setApplicationName(APP_NAME)
        QGuiApplication.setOrganizationName(APP_NAME)
        app = QGuiApplication(sys.argv[:1])
    _load_bundled_fonts()
    window = show_fallback(screen, fullscreen)
    start_heartbeat(app)
    log.warning("showing the fallback screen")
    code = app.exec()
    window.destroy()
    return code
