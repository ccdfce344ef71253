"""Work-arounds for bugs in the Qt for Python release the kiosk ships with.

PySide6 6.12 on CPython 3.11 and older drops a reference to ``None`` every time Python calls a
Qt method that returns nothing (``QTimer.stop()``, ``processEvents()``, a signal's ``emit`` …);
after enough calls ``None`` is freed and the interpreter aborts ("deallocating None"). From
CPython 3.12 on ``None`` is immortal and the bug is harmless. On older interpreters we give
``None`` the same immortality by raising its reference count far beyond reach once at start-up.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 60  # references; a kiosk would need centuries of calls to spend them


def keep_none_alive() -> bool:
    """Makes ``None`` effectively immortal on CPython < 3.12; returns whether it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
    return True
