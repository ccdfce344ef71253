"""Checks on a pack's pictures before anything decodes them: format, size, and safe SVG."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import PurePosixPath

RASTER_FORMATS: dict[str, str] = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp"}
VECTOR_SUFFIX = ".svg"
SUPPORTED = (*RASTER_FORMATS, VECTOR_SUFFIX)
MAX_RASTER_BYTES = 25_000_000
MAX_SVG_BYTES = 2_000_000
MAX_SIDE_PIXELS = 10_000
MAX_PIXELS = 40_000_000

_MAGIC: dict[str, tuple[bytes, ...]] = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "webp": (b"RIFF",),
}
_PNG_SIZE_START, _PNG_SIZE_END = 16, 24  # IHDR width and height, big-endian
_SVG_FORBIDDEN = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_SVG_NS = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


class ImageProblem(ValueError):
    """Why a picture cannot be shown."""


@dataclass(frozen=True)
class ImageInfo:
    format: str
    width: int
    height: int


def max_bytes(name: str) -> int:
    return MAX_SVG_BYTES if name.lower().endswith(VECTOR_SUFFIX) else MAX_RASTER_BYTES


def check_suffix(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise ImageProblem(
            f"unsupported image format: {name} (use {', '.join(s.lstrip('.') for s in SUPPORTED)})"
        )
    return suffix


def inspect_image(name: str, data: bytes) -> ImageInfo:
    """Format and size of a picture, or :class:`ImageProblem`; raster data is checked in full."""
    suffix = check_suffix(name)
    if not data:
        raise ImageProblem(f"empty file: {name}")
    if suffix == VECTOR_SUFFIX:
        return _inspect_svg(name, data)
    return _inspect_raster(name, data, RASTER_FORMATS[suffix])


def _inspect_svg(name: str, data: bytes) -> ImageInfo:
    head = data[:4096]
    if _SVG_FORBIDDEN.search(data):
        raise ImageProblem(f"SVG with a DOCTYPE or entities is not allowed: {name}")
    if b"<svg" not in head and b":svg" not in head:
        raise ImageProblem(f"not an SVG image: {name}")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise ImageProblem(f"not a well-formed SVG: {name}: {error}") from None
    if root.tag not in (f"{_SVG_NS}svg", "svg"):
        raise ImageProblem(f"not an SVG image: {name}")
    for element in root.iter():
        tag = element.tag.removeprefix(_SVG_NS)
        if tag in ("script", "foreignObject"):
            raise ImageProblem(f"SVG with a <{tag}> element is not allowed: {name}")
        for attribute in ("href", _XLINK_HREF):
            href = element.get(attribute)
            if href is not None and not href.startswith("#"):
                raise ImageProblem(f"SVG links outside itself ({href[:60]}): {name}")
    width, height = _svg_size(root)
    return ImageInfo("svg", width, height)


def _svg_size(root: ET.Element) -> tuple[int, int]:
    view_box = root.get("viewBox")
    if view_box:
        parts = view_box.replace(",", " ").split()
        if len(parts) == 4:
            try:
                return max(1, round(float(parts[2]))), max(1, round(float(parts[3])))
            except ValueError:
                pass
    try:
        return (
            max(1, round(float(re.sub(r"[a-z%]+$", "", root.get("width", "0"))))),
            max(1, round(float(re.sub(r"[a-z%]+$", "", root.get("height", "0"))))),
        )
    except ValueError:
        return 1, 1


def _inspect_raster(name: str, data: bytes, expected: str) -> ImageInfo:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    if not any(data.startswith(magic) for magic in _MAGIC[expected]) or (
        expected == "webp" and data[8:12] != b"WEBP"
    ):
        raise ImageProblem(f"not a {expected.upper()} image: {name}")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, expected.encode())
    size = reader.size()
    if size.isValid() and not size.isEmpty():
        width, height = size.width(), size.height()
    elif expected == "png" and len(data) >= _PNG_SIZE_END:
        # Qt refuses to report sizes past its allocation limit; the header still tells.
        width, height = struct.unpack(">II", data[_PNG_SIZE_START:_PNG_SIZE_END])
    else:
        raise ImageProblem(f"not a readable {expected.upper()} image: {name}")
    if width > MAX_SIDE_PIXELS or height > MAX_SIDE_PIXELS or width * height > MAX_PIXELS:
        raise ImageProblem(
            f"image too large: {name} ({width}x{height} pixels, at most "
            f"{MAX_SIDE_PIXELS} a side and {MAX_PIXELS // 1_000_000} megapixels)"
        )
    # The size is checked above; QImageReader.setAllocationLimit() would be global (static).
    image = reader.read()
    if image.isNull():
        raise ImageProblem(f"image cannot be decoded (truncated or damaged?): {name}")
    return ImageInfo(expected, width, height)
