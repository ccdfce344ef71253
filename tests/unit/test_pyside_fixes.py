"""The PySide6 6.12 work-around: calling Qt's void methods must not use up ``None``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from kiosk.pyside_fixes import keep_none_alive


def test_void_qt_calls_cannot_free_none() -> None:
    keep_none_alive()
    holder = QObject()
    for _ in range(10_000):
        holder.setObjectName("x")
    assert sys.getrefcount(None) > 1 << 30, "None can be used up by Qt calls"
