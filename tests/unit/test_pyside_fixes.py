"""The PySide6 6.12 work-around: Qt calls must not use up ``None``, ``True`` or ``False``.

Each case runs in its own interpreter, as many calls as there were references to the singleton
and more: without the work-around the interpreter aborts ("bool_dealloc", "deallocating None"),
with it the process ends normally. The bare runs show the bug is there to be fixed (PySide6
6.12 on CPython 3.11); from CPython 3.12 on the singletons are immortal and the bare runs
survive too.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PROBE = """
import sys
from PySide6.QtCore import QObject, Signal

singleton = {"true": True, "none": None}[sys.argv[1]]
natural = sys.getrefcount(singleton)
if sys.argv[2] == "fixed":
    from kiosk.app.pyside_fixes import keep_singletons_alive
    keep_singletons_alive()

class Ticker(QObject):
    ticked = Signal()

ticker = Ticker()
for _ in range(natural * 2 + 10_000):
    if singleton is True:
        ticker.ticked.emit()  # a signal's emit drops a reference to True
    else:
        ticker.setObjectName("x")  # a Qt call returning nothing drops one to None
print("survived", flush=True)
"""

NEEDS_FIX = sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def run(singleton: str, variant: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", PROBE, singleton, variant],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("singleton", ["true", "none"])
def test_many_qt_calls_do_not_abort_with_the_work_around(singleton: str) -> None:
    fixed = run(singleton, "fixed")
    assert (fixed.returncode, fixed.stdout) == (0, "survived\n"), fixed.stderr[-2000:]


@pytest.mark.skipif(not NEEDS_FIX, reason="None, True and False are immortal from CPython 3.12")
@pytest.mark.parametrize(
    ("singleton", "message"),
    [("true", "bool_dealloc"), ("none", "deallocating None")],
)
def test_without_it_the_same_calls_abort(singleton: str, message: str) -> None:
    bare = run(singleton, "bare")
    assert bare.returncode != 0 and "survived" not in bare.stdout
    assert message in bare.stderr, bare.stderr[-2000:]


def test_the_models_role_numbers_are_qts() -> None:
    from PySide6.QtCore import Qt

    from kiosk.ui.models import DISPLAY_ROLE, FIRST_ROLE

    assert Qt.ItemDataRole.DisplayRole.value == DISPLAY_ROLE
    assert Qt.ItemDataRole.UserRole.value + 1 == FIRST_ROLE
