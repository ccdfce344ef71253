"""Walks the visual item tree (delegates are not QObject children, so ``findChild`` misses them)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtQuick import QQuickItem, QQuickWindow


def walk(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item under ``root``, root first, in painting order."""
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(item.childItems()))


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
