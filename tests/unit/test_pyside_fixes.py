"""The PySide6 6.12 work-around: Qt calls must not use up ``None``, ``True`` or ``False``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from kiosk.app.pyside_fixes import keep_singletons_alive


def test_void_qt_calls_cannot_free_none() -> None:
    keep_singletons_alive()
    holder = QObject()
    for _ in range(10_000):
        holder.setObjectName("x")
    assert sys.getrefcount(None) > 1 << 30, "None can be used up by Qt calls"


class Ticker(QObject):
    ticked = Signal()


def test_signal_emits_cannot_free_true_or_false() -> None:
    keep_singletons_alive()
    ticker = Ticker()
    for _ in range(10_000):  # without the work-around True loses one reference per emit
        ticker.ticked.emit()
    assert sys.getrefcount(True) > 1 << 30, "True can be used up by signal emits"
    assert sys.getrefcount(False) > 1 << 30, "False can be used up"


def test_the_models_role_numbers_are_qts() -> None:
    from PySide6.QtCore import Qt

    from kiosk.ui.models import DISPLAY_ROLE, FIRST_ROLE

    assert Qt.ItemDataRole.DisplayRole.value == DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole.value + 1 == FIRST_ROLE
