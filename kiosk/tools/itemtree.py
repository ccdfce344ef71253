"""Walks the visual item tree (delegates are not QObject children, so ``findChild`` misses them)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtQuick import QQuickItem, QQuickWindow
from shiboken6 import Shiboken


def child_items(item: QQuickItem) -> list[QQuickItem]:
    """``item.childItems()``, each child truly wrapped as an item.

    Qt for Python keeps a wrapper for every ``QMetaObject`` it has handed out (each
    ``item.metaObject()`` of a QML item is one, on the heap) and never learns when one is freed;
    a new item that later lands on the same address comes back as that stale ``QMetaObject``.
    Such a wrapper is dropped and the children asked for again, which wraps the item afresh."""
    children = item.childItems()
    stale = [child for child in children if not isinstance(child, QQuickItem)]
    if not stale:
        return children
    for wrapper in stale:
        Shiboken.invalidate(wrapper)
    return [child for child in item.childItems() if isinstance(child, QQuickItem)]


def walk(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item under ``root``, root first, in painting order."""
    stack = [root]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(reversed(child_items(item)))


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
