"""Render the InnoKiosk app icon master SVG to PNG, ICO and ICNS files.

Usage (from the repository root)::

    python build_spec/make_icons.py

The master is ``assets/icons/innokiosk.svg``. Each PNG size is rendered
directly from the vector master with Qt's SVG renderer (so small sizes stay
crisp instead of being scaled down from a large bitmap); Pillow then packs the
PNGs into ``innokiosk.ico`` (Windows, 16-256 px) and ``innokiosk.icns``
(macOS). Runs headless: ``QT_QPA_PLATFORM`` defaults to ``offscreen``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "assets" / "icons"
MASTER = ICON_DIR / "innokiosk.svg"
STEM = "innokiosk"

PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES: tuple[int, ...] = (32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    """Return the output path of the PNG rendered at ``size`` pixels."""
    return ICON_DIR / f"{STEM}-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Render the SVG into a transparent square image of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, on=True)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return image


def write_pngs(renderer: QSvgRenderer) -> dict[int, Path]:
    """Render every PNG size and return the written paths by size."""
    written: dict[int, Path] = {}
    for size in PNG_SIZES:
        path = png_path(size)
        if not render(renderer, size).save(str(path)):
            msg = f"could not write {path}"
            raise OSError(msg)
        written[size] = path
    return written


def load_rgba(paths: dict[int, Path], sizes: tuple[int, ...]) -> list[Image.Image]:
    """Open the rendered PNGs of ``sizes`` as RGBA Pillow images."""
    images: list[Image.Image] = []
    for size in sizes:
        with Image.open(paths[size]) as image:
            images.append(image.convert("RGBA"))
    return images


def write_ico(paths: dict[int, Path], target: Path) -> None:
    """Pack the Qt-rendered PNGs into a multi-size Windows icon."""
    images = load_rgba(paths, ICO_SIZES)
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )


def write_icns(paths: dict[int, Path], target: Path) -> None:
    """Pack the Qt-rendered PNGs into a macOS icon (32-1024 px entries)."""
    images = load_rgba(paths, ICNS_SIZES)
    largest = images[-1]
    largest.save(target, format="ICNS", append_images=images)


def main() -> int:
    """Render all icon files; return the process exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        sys.stderr.write(f"error: {MASTER} is not a valid SVG for Qt\n")
        return 1
    paths = write_pngs(renderer)
    ico = ICON_DIR / f"{STEM}.ico"
    icns = ICON_DIR / f"{STEM}.icns"
    write_ico(paths, ico)
    write_icns(paths, icns)
    for path in [*paths.values(), ico, icns]:
        sys.stdout.write(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)\n")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
