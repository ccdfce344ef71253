"""Walks the visual item tree (delegates are not QObject children, so ``findChild`` misses them)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtQuick import QQuickItem, QQuickWindow


def walk(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item under ``root``, root first, in painting order.

    PySide can hand back a stale wrapper of another type (a QMetaObject) for an item created at
    the address of a deleted one (slides and pages come and go); such a child is skipped rather
    than crash whoever walks the tree."""
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(
            child for child in reversed(item.childItems()) if isinstance(child, QQuickItem)
        )


def find_item(window: QQuickWindow | QQuickItem, name: str) -> QQuickItem | None:
    """The first item whose ``objectName`` is ``name``."""
    root = window.contentItem() if isinstance(window, QQuickWindow) else window
    return next((item for item in walk(root) if item.objectName() == name), None)


def is_shown(item: QQuickItem) -> bool:
    """Visible, not fully transparent, and so are all its ancestors (``isVisible`` covers those)."""
    node: QQuickItem | None = item
    while node is not None:
        if node.opacity() <= 0:
            return False
        node = node.parentItem()
    return item.isVisible()
