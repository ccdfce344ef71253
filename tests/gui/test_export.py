"""``innokiosk export``: every slide, as PDF pages in each language or as PNG files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.presentation.export import export_png

SLIDES = 15  # title, ten achievements, three timeline pages, closing; more where text split
SMALL = (960, 540)


def test_png_export_writes_every_slide(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    assert export_png(tmp_path, "en", SMALL) == 0
    files = sorted(tmp_path.glob("slide-*.png"))
    assert len(files) >= SLIDES
    assert [f.name for f in files] == [f"slide-{n:02d}.png" for n in range(1, len(files) + 1)]
    for file in files:
        image = QImage(str(file))
        assert (image.width(), image.height()) == SMALL
        corner = image.pixelColor(0, 0)
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 37)
            for y in range(0, image.height(), 29)
        }
        assert len(colours) > 3, f"{file.name} is blank ({corner.name()})"
