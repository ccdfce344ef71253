"""``innokiosk export``: the presentation's slides rendered offscreen, as PNG files or one PDF."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

log = logging.getLogger(__name__)

NEVER_MS_S = 24 * 3600.0  # a dwell no export ever reaches


def _slides(
    language: str | None, size: tuple[int, int], content: str | None = None
) -> Iterator[QImage]:
    """Every slide in turn, rendered at ``size`` once its pictures have loaded."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app.application import application
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
    """Writes the deck as a vector PDF with real text, a page per slide
    (:mod:`kiosk.presentation.pdf_deck`); 0 when it was written."""
    from kiosk.presentation.pdf_deck import write_deck

    try:
        count = write_deck(path, language, size, content)
    except (OSError, ValueError) as error:
        log.error("could not write %s: %s", path, error)
        return 1
    print(f"wrote {path} ({count} pages)")
    return 0
