"""``innokiosk inspect``: what a visitor sees of every item, and the check built on it.

Each shown item is reported with its rectangle in window coordinates and the part of it left
visible after every clipping ancestor and the window. ``text_problems`` is the check that tests
share: at rest, every shown text is whole or wholly hidden by each clip (no sliced line), is not
elided, does not overflow its own box, and is not covered by an overlay (a button, a badge, the
navigation bar, a legend).

A scrolling view may slice the text at its fold when it shows that more follows: it (or an item
between it and the text) says so with a boolean property ``overflowCue`` that is true. A deck's
neighbouring card that peeks in from the edge is such a cue as well (the card sets it).
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QTextLayout, QTextOption
from PySide6.QtQml import QJSValue, QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.tools.itemtree import is_shown

log = logging.getLogger(__name__)

TOLERANCE = 1.5  # pixels: layouts round to device pixels
# Items larger than the window by design: the attract loop's hero drifts and zooms behind it.
BLEEDS = {"attractHero"}
# Overlays by object name (besides buttons and number badges, which have a ``diameter``).
OVERLAY_NAMES = {"navigationBar", "idleCountdown", "timelineLegend", "moreCue"}
CUE_PROPERTY = "overflowCue"

Rect = tuple[float, float, float, float]  # x, y, width, height


@dataclass
class ItemInfo:
    """One shown item as a visitor sees it (rectangles in window coordinates)."""

    name: str
    type: str
    rect: Rect
    visible: Rect | None  # None: wholly hidden by a clipping ancestor or the window
    scrollable: bool
    text: str | None = None
    truncated: bool | None = None
    text_rect: Rect | None = None  # where the text's lines are (texts only)
    clips: list[Rect] = field(default_factory=list)  # each clipping ancestor, innermost first
    cue: bool = False  # inside a view whose overflow cue is showing
    overlay: bool = False
    item: QQuickItem | None = field(default=None, repr=False, compare=False)

    def label(self) -> str:
        what = repr(self.text[:40]) if self.text else ""
        return f"{self.name or self.type} {what}".strip()

    def as_json(self) -> dict[str, Any]:
        data = {key: getattr(self, key) for key in self.__dataclass_fields__ if key != "item"}
        return {key: value for key, value in data.items() if value is not None}


def _rect(rect: QRectF) -> Rect:
    return (round(rect.x(), 1), round(rect.y(), 1), round(rect.width(), 1), round(rect.height(), 1))


def type_name(item: QQuickItem) -> str:
    """The QML type's name (``Label``, ``NumberBadge``) rather than Qt's class name."""
    name = item.metaObject().className()
    for marker in ("_QMLTYPE_", "_QML_"):
        name = name.split(marker)[0]
    return name.removeprefix("QQuick")


# Properties and ``inherits`` tell what an item is without ``metaObject()``: PySide keeps the
# wrappers of QML types' dynamic meta-objects, and after a page's types are released an item
# allocated at the same address could come back as a stale QMetaObject wrapper.


def is_text(item: QQuickItem) -> bool:
    return item.inherits("QQuickText")


def is_scrolling(item: QQuickItem) -> bool:
    """A view that scrolls or swipes: a Flickable, or a SwipeDeck with its pages."""
    return item.inherits("QQuickFlickable") or item.property("stride") is not None


def in_scrolling_view(item: QQuickItem) -> bool:
    """Inside a view that scrolls or swipes, where an item may lie outside the window until it
    is scrolled in."""
    node = item.parentItem()
    while node is not None:
        if is_scrolling(node):
            return True
        node = node.parentItem()
    return False


def shows_cue(item: QQuickItem) -> bool:
    """The item or an ancestor says its overflow cue is showing (``overflowCue`` true)."""
    node: QQuickItem | None = item
    while node is not None:
        if node.property(CUE_PROPERTY) is True:
            return True
        node = node.parentItem()
    return False


def is_overlay(item: QQuickItem) -> bool:
    """A button, a number badge, the navigation bar, a legend: drawn over what lies beneath
    (a deck's card is a button too, but the page it stands on)."""
    if item.objectName() in OVERLAY_NAMES or item.property("diameter") is not None:
        return True
    return item.inherits("QQuickAbstractButton") and item.property(CUE_PROPERTY) is None


def painting_order(root: QQuickItem) -> list[QQuickItem]:
    """Every item under ``root`` in the order it is painted (children by z, then in order)."""
    order: list[QQuickItem] = []

    def visit(item: QQuickItem) -> None:
        order.append(item)
        children = item.childItems()
        for child in sorted(children, key=lambda child: child.z()):  # a stable sort
            visit(child)

    visit(root)
    return order


def _enum(item: QQuickItem, name: str, default: int) -> int:
    """An enum property's value (PySide cannot convert Qt Quick's enums; QML can)."""
    context = QQmlEngine.contextForObject(item)
    if context is None:
        return default
    try:
        value = QQmlExpression(context, item, name).evaluate()[0]
    except TypeError:  # an item PySide does not see as a QObject of its own type
        return default
    return int(value) if isinstance(value, int | float) else default


def text_rect(item: QQuickItem) -> QRectF:
    """Where a text's lines lie inside its item (a tall Label with few lines is not sliced by
    a clip that cuts only its empty part)."""
    width, height = item.width(), item.height()
    content_w = min(float(item.property("contentWidth")), width) if width > 0 else 0.0
    content_h = min(float(item.property("contentHeight")), height) if height > 0 else 0.0
    h_align = _enum(item, "effectiveHorizontalAlignment", 1)
    v_align = _enum(item, "verticalAlignment", 32)
    x = {2: width - content_w, 4: (width - content_w) / 2}.get(h_align, 0.0)
    y = {64: height - content_h, 128: (height - content_h) / 2}.get(v_align, 0.0)
    return QRectF(x, y, content_w, content_h)


def describe(item: QQuickItem, window: QRectF, with_type: bool = False) -> ItemInfo:
    local = QRectF(0, 0, item.width(), item.height())
    scene = item.mapRectToScene(local)
    clips: list[QRectF] = []
    node = item.parentItem()
    while node is not None:
        if node.clip():
            clips.append(node.mapRectToScene(QRectF(0, 0, node.width(), node.height())))
        node = node.parentItem()
    visible = scene.intersected(window)
    for clip in clips:
        visible = visible.intersected(clip)
    info = ItemInfo(
        name=item.objectName(),
        type=type_name(item) if with_type else ("Text" if is_text(item) else "Item"),
        rect=_rect(scene),
        visible=_rect(visible) if not visible.isEmpty() else None,
        scrollable=in_scrolling_view(item),
        clips=[_rect(clip) for clip in clips],
        cue=shows_cue(item),
        overlay=is_overlay(item),
        item=item,
    )
    if is_text(item):
        info.text = str(item.property("text") or "")
        info.truncated = bool(item.property("truncated"))
        info.text_rect = _rect(item.mapRectToScene(text_rect(item)))
    return info


def is_opaque(info: ItemInfo) -> bool:
    """A shown Rectangle of one solid colour, fully opaque: nothing under it is seen."""
    item = info.item
    if item is None or info.visible is None or not item.inherits("QQuickRectangle"):
        return False
    gradient = item.property("gradient")
    if isinstance(gradient, QJSValue) and not gradient.isUndefined() and not gradient.isNull():
        return False
    if item.property("radius"):
        return False
    colour = item.property("color")
    node: QQuickItem | None = item
    while node is not None:
        if node.opacity() < 1:
            return False
        node = node.parentItem()
    return isinstance(colour, QColor) and colour.alpha() == 255


def visible_items(window: QQuickWindow, with_types: bool = False) -> list[ItemInfo]:
    """Every shown item (visible, not transparent, not empty), in painting order; with each
    one's QML type's name if ``with_types`` (what ``innokiosk inspect`` prints)."""
    frame = QRectF(0, 0, window.width(), window.height())
    items = []
    for item in painting_order(window.contentItem()):
        if item.width() <= 0 or item.height() <= 0 or not is_shown(item):
            continue
        if is_text(item) and not str(item.property("text") or "").strip():
            continue
        items.append(describe(item, frame, with_types))
    return items


def _q(rect: Rect) -> QRectF:
    return QRectF(*rect)


def sliced_by(inner: QRectF, clip: QRectF) -> bool:
    """``clip`` cuts through ``inner``: it hides part of it, but not all."""
    overlap = inner.intersected(clip)
    if overlap.isEmpty():
        return False
    grown = clip.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    return not grown.contains(inner)


def _is_within(item: QQuickItem | None, other: QQuickItem | None) -> bool:
    node = item
    while node is not None:
        if node is other:
            return True
        node = node.parentItem()
    return False


# Text.Wrap and Text.WrapAnywhere: the wrap modes that break inside a word that does not fit.
_BREAKS_WORDS = (3, 4)


def broken_word(item: QQuickItem) -> str | None:
    """The English word ``item`` breaks across two lines with no hyphen, if any (the text laid
    out again as Qt Quick lays it out: its font, its width, its wrap mode)."""
    text = str(item.property("text") or "")
    if _enum(item, "wrapMode", 0) not in _BREAKS_WORDS or int(item.property("lineCount")) < 2:
        return None
    if not any(char.isascii() and char.isalpha() for char in text) or "<" in text:
        return None
    padding = float(item.property("leftPadding") or 0) + float(item.property("rightPadding") or 0)
    width = item.width() - padding
    layout = QTextLayout(text, item.property("font"))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    ends = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        ends.append(line.textStart() + line.textLength())
    layout.endLayout()
    for end in ends[:-1]:
        before, after = text[end - 1 : end], text[end : end + 1]
        if all(char.isascii() and char.isalpha() for char in before + after) and before + after:
            start = end
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            stop = end
            while stop < len(text) and text[stop].isalpha():
                stop += 1
            return f"{text[start:end]}|{text[end:stop]}"
    return None


def text_problems(window: QQuickWindow) -> list[str]:
    """What a visitor would see wrong with the texts on screen now (empty: nothing)."""
    frame = QRectF(0, 0, window.width(), window.height())
    items = visible_items(window)
    overlays = [(n, info) for n, info in enumerate(items) if info.overlay and info.visible]
    occluders = [
        (n, _q(info.visible))
        for n, info in enumerate(items)
        if info.visible and is_opaque(info) and not info.overlay  # an overlay covers, not hides
    ]
    problems = []
    for order, info in enumerate(items):
        if info.text is None or info.text_rect is None or info.item is None:
            continue
        if info.visible and any(
            n > order and cover.contains(_q(info.visible)) for n, cover in occluders
        ):
            continue  # under something opaque painted later (the attract loop over home)
        item, label = info.item, info.label()
        if info.truncated:
            problems.append(f"elided: {label}")
            continue
        content_w, content_h = (float(item.property(p)) for p in ("contentWidth", "contentHeight"))
        if content_w > item.width() + TOLERANCE:
            problems.append(f"too wide ({content_w:.0f} > {item.width():.0f}): {label}")
        if content_h > item.height() + TOLERANCE:
            problems.append(f"too tall ({content_h:.0f} > {item.height():.0f}): {label}")
        broken = broken_word(item)
        if broken:
            problems.append(f"a word broken without a hyphen ({broken!r}): {label}")
        lines = _q(info.text_rect)
        if lines.isEmpty():
            continue
        sliced = [clip for clip in map(_q, info.clips) if sliced_by(lines, clip)]
        if sliced_by(lines, frame):
            sliced.append(frame)
        if sliced and not info.cue and info.visible is not None:
            problems.append(f"sliced at {_rect(sliced[0])}: {label} at {info.text_rect}")
        if info.visible is None and not info.scrollable and not frame.intersects(lines):
            problems.append(f"off screen: {label} at {info.text_rect}")
        if info.visible is None:
            continue
        seen = _q(info.visible).intersected(lines)
        for overlay_order, overlay in overlays:  # what is painted later covers the text
            if overlay_order < order or _is_within(item, overlay.item):
                continue
            if info.cue and overlay.name == "moreCue":  # the cue sits on the fold by design
                continue
            assert overlay.visible is not None
            cover = seen.intersected(_q(overlay.visible))
            if cover.width() > TOLERANCE and cover.height() > TOLERANCE:
                problems.append(f"covered by {overlay.label()}: {label}")
    return problems


def run_inspect(
    *,
    view: str,
    language: str | None,
    size: tuple[int, int],
    large_text: bool,
    content: str | None,
) -> int:
    """Opens ``view`` offscreen and prints every shown item as JSON (and the problems found)."""
    from kiosk.tools.screenshot import NotShown, open_view

    try:
        kiosk = open_view(
            view=view, language=language, size=size, content=content, large_text=large_text
        )
    except NotShown as error:
        return error.code
    window = kiosk.window
    report = {
        "view": view,
        "language": kiosk.exhibition.current_language.value,
        "size": list(size),
        "largeText": large_text,
        "items": [info.as_json() for info in visible_items(window, with_types=True)],
        "problems": text_problems(window),
    }
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    kiosk.close()
    return 0
