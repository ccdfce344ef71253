"""Work-arounds for bugs in the Qt for Python release the kiosk ships with.

PySide6 6.12 on CPython 3.11 and older drops references it does not own: one to ``None`` every
time Python calls a Qt method that returns nothing (``QTimer.stop()``, ``processEvents()``, a
signal's ``emit`` …), and one to ``True`` on every ``Signal.emit()`` (the idle monitor's
once-a-second tick alone used it up in about an hour of visits). After enough of them the
object is freed and the interpreter aborts ("deallocating None", "bool_dealloc: deallocating
True or False"). From CPython 3.12 on these three are immortal and the bug is harmless. On older
interpreters we give them the same immortality by raising their reference counts far beyond
reach once at start-up.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 60  # references; a kiosk would need centuries of calls to spend them
_SINGLETONS = (None, True, False)


def keep_singletons_alive() -> bool:
    """Makes ``None``, ``True`` and ``False`` effectively immortal on CPython < 3.12; returns
    whether it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in _SINGLETONS:
        # ob_refcnt is a PyObject's first field.
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _HEADROOM:
            refcount.value += _HEADROOM
    return True
