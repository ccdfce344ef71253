"""Check that the kiosk's SVG artwork stays within what Qt's SVG renderer draws safely.

Usage (from the repository root)::

    python build_spec/check_svgs.py [FILE_OR_FOLDER ...]

Without arguments every ``*.svg`` under ``assets/content/illustrations`` and ``assets/icons`` is
checked. Each file must:

* be at most 200 KB;
* parse as XML without a DOCTYPE or ENTITY declaration;
* contain no ``<text>``, ``<image>``, ``<script>``, ``<foreignObject>`` (nor the other
  elements Qt Svg skips or that pull in outside content: ``tspan``, ``textPath``,
  ``style``, ``filter``, ``fe*``, ``mask``, ``pattern``, ``marker``);
* reference nothing outside itself: every ``href``/``xlink:href`` and every ``url(...)``
  must point at a local ``#id`` that exists, and no ``id`` may be used twice;
* use no ``filter``/``mask`` attribute or style property;
* load with ``QSvgRenderer(path).isValid()`` and without warnings from Qt's SVG module.

Prints one line per problem and exits 1 if there is any, else 0.
"""

from __future__ import annotations

import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS: tuple[Path, ...] = (
    ROOT / "assets" / "content" / "illustrations",
    ROOT / "assets" / "icons",
)
MAX_BYTES = 200 * 1024

FORBIDDEN_ELEMENTS = frozenset(
    {
        "text",
        "tspan",
        "textPath",
        "image",
        "script",
        "foreignObject",
        "style",
        "filter",
        "mask",
        "pattern",
        "marker",
    }
)
FORBIDDEN_ATTRIBUTES = frozenset({"filter", "mask"})
DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
URL_REF = re.compile(r"url\(\s*['\"]?([^)'\"]*)['\"]?\s*\)")
STYLE_PROPERTY = re.compile(r"(?:^|;)\s*(filter|mask)\s*:", re.IGNORECASE)


def local_name(tag: str) -> str:
    """Strip an ElementTree ``{namespace}`` prefix from a tag or attribute name."""
    return tag.rsplit("}", 1)[-1]


def svg_files(targets: Iterable[Path]) -> list[Path]:
    """Expand folders to the SVG files beneath them, keeping explicit files as given."""
    found: set[Path] = set()
    for target in targets:
        if target.is_dir():
            found.update(target.rglob("*.svg"))
        else:
            found.add(target)
    return sorted(found)


def structure_problems(data: bytes) -> Iterator[str]:
    """Yield the problems found in the raw bytes and XML tree of one SVG file."""
    if DECLARATION.search(data):
        yield "has a DOCTYPE or ENTITY declaration"
        return
    try:
        root = ET.fromstring(data)  # safe: DOCTYPE/ENTITY were rejected above
    except ET.ParseError as error:
        yield f"is not well-formed XML: {error}"
        return
    if local_name(root.tag) != "svg":
        yield f"root element is <{local_name(root.tag)}>, not <svg>"
    ids: set[str] = set()
    for element in root.iter():
        if (element_id := element.get("id")) is not None:
            if element_id in ids:
                yield f"id {element_id!r} is used more than once"
            ids.add(element_id)
    for element in root.iter():
        name = local_name(element.tag)
        if name in FORBIDDEN_ELEMENTS or name.startswith("fe"):
            yield f"uses a <{name}> element"
        for raw_key, value in element.attrib.items():
            key = local_name(raw_key)
            if key == "href" and not value.startswith("#"):
                yield f"<{name}> has an external reference {key}={value!r}"
            elif key == "href" and value[1:] not in ids:
                yield f"<{name}> {key} points at a missing id {value!r}"
            if key in FORBIDDEN_ATTRIBUTES:
                yield f"<{name}> uses the {key!r} attribute"
            if key == "style" and (match := STYLE_PROPERTY.search(value)):
                yield f"<{name}> uses {match.group(1)!r} in its style attribute"
            for target in URL_REF.findall(value):
                if not target.startswith("#"):
                    yield f"<{name}> {key} references {target!r} outside the file"
                elif target[1:] not in ids:
                    yield f"<{name}> {key} references a missing id {target!r}"


class QtWarnings:
    """Collects the messages Qt logs while an SVG file is loaded."""

    def __init__(self) -> None:
        """Start with no messages."""
        self.messages: list[str] = []

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        """Record a warning or worse, whatever its category."""
        del context
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            self.messages.append(message.strip())


def renderer_problems(path: Path, warnings: QtWarnings) -> Iterator[str]:
    """Yield the problems Qt reports when it loads ``path``."""
    warnings.messages.clear()
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        yield "QSvgRenderer cannot load it (isValid() is false)"
    for message in warnings.messages:
        yield f"Qt warns: {message}"


def check(paths: list[Path]) -> list[str]:
    """Return one line per problem found in ``paths``."""
    warnings = QtWarnings()
    previous = qInstallMessageHandler(warnings)
    problems: list[str] = []
    try:
        for path in paths:
            try:
                shown = path.resolve().relative_to(ROOT)
            except ValueError:
                shown = path
            try:
                data = path.read_bytes()
            except OSError as error:
                problems.append(f"{shown}: cannot be read: {error}")
                continue
            found: list[str] = []
            if len(data) > MAX_BYTES:
                found.append(f"is {len(data) / 1024:.0f} KB, more than {MAX_BYTES // 1024} KB")
            found.extend(structure_problems(data))
            found.extend(renderer_problems(path, warnings))
            problems.extend(f"{shown}: {problem}" for problem in found)
    finally:
        qInstallMessageHandler(previous)
    return problems


def main(argv: list[str]) -> int:
    """Check the given files or folders (default: the artwork folders); return the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    targets = [Path(arg) for arg in argv] if argv else list(DEFAULT_DIRS)
    paths = svg_files(targets)
    if not paths:
        sys.stdout.write("no SVG files found\n")
        return 1
    problems = check(paths)
    for line in problems:
        sys.stdout.write(f"{line}\n")
    del app
    if problems:
        return 1
    sys.stdout.write(f"{len(paths)} SVG files checked, no problems\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
