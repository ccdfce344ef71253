"""``innokiosk export``: the presentation's slides rendered offscreen, as PNG files or one PDF."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

log = logging.getLogger(__name__)

NEVER_MS_S = 24 * 3600.0  # a dwell no export ever reaches
PDF_RESOLUTION = 96  # dots per inch: one slide pixel is one PDF pixel at 1920x1080


def _slides(
    language: str | None, size: tuple[int, int], content: str | None = None
) -> Iterator[QImage]:
    """Every slide in turn, rendered at ``size`` once its pictures have loaded."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app.engine import application
    from kiosk.presentation.engine import PresentationEngine, PresentOptions
    from kiosk.tools.screenshot import settle, use_software_renderer

    # Once a scene graph exists (a second export in one process) the renderer is already chosen.
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and QGuiApplication.instance() is None:
        use_software_renderer()
    application()
    options = PresentOptions(
        content=content,
        language=language,
        dwell=NEVER_MS_S,
        reduce_motion=True,
        auto_advance=False,
        windowed=True,
    )
    presentation = PresentationEngine(options)
    try:
        window = presentation.window
        window.resize(*size)
        window.show()
        settle(window)
        deck = presentation.deck
        slide = 0
        while slide < presentation.slide_count:  # a slide split while fitting adds one
            deck.goTo(slide)
            settle(window)
            yield window.grabWindow()
            slide += 1
        if presentation.warnings:
            log.warning("QML warnings while exporting: %d", len(presentation.warnings))
    finally:
        presentation.close()


def export_png(
    directory: str | Path,
    language: str | None,
    size: tuple[int, int],
    content: str | None = None,
) -> int:
    """Writes ``slide-01.png``, ``slide-02.png``… into ``directory``; 0 when all were written."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for number, image in enumerate(_slides(language, size, content), start=1):
        file = target / f"slide-{number:02d}.png"
        if image.isNull() or not image.save(str(file)):
            log.error("could not write %s", file)
            return 1
        count += 1
    print(f"wrote {count} slides to {target} ({size[0]}x{size[1]})")
    return 0


def export_pdf(
    path: str | Path,
    language: str | None,
    size: tuple[int, int],
    content: str | None = None,
) -> int:
    """Writes one PDF page per slide, each page the slide's shape; 0 when it was written."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("InnoKiosk")
    writer.setTitle("InnoKiosk")
    points = QSizeF(size[0] * 72 / PDF_RESOLUTION, size[1] * 72 / PDF_RESOLUTION)
    page = QPageSize(points, QPageSize.Unit.Point, "Slide", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    count = 0
    try:
        for image in _slides(language, size, content):
            if image.isNull():
                log.error("slide %d could not be rendered", count + 1)
                return 1
            if count == 0:
                if not painter.begin(writer):
                    log.error("could not write %s", target)
                    return 1
            elif not writer.newPage():
                log.error("could not add a page to %s", target)
                return 1
            page_rect = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()))
            painter.drawImage(page_rect, image)
            count += 1
    finally:
        if painter.isActive():
            painter.end()
    if count == 0:
        log.error("no slides to write")
        return 1
    print(f"wrote {target} ({count} pages)")
    return 0
