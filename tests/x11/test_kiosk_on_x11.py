"""The kiosk on a real X11 display (Xvfb, no window manager): it fills the screen and a close
request does not end it."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT
from tests.x11.conftest import SCREEN

PROBE = """
import sys
from PySide6.QtTest import QTest
from kiosk.app.engine import AppOptions, KioskEngine, application
app = application()
options = AppOptions(kiosk=True, start_view="cards")
kiosk = KioskEngine(options)
kiosk.show(options)
QTest.qWait(1500)
g = kiosk.window.geometry()
print("geometry", g.x(), g.y(), g.width(), g.height(), flush=True)
kiosk.window.close()
QTest.qWait(300)
print("visible-after-close", kiosk.window.isVisible(), flush=True)
print("warnings", len(kiosk.warnings), flush=True)
kiosk.close()
"""


def test_kiosk_mode_fills_a_bare_x_screen_and_refuses_to_close(x_display: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
    env |= {"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "QT_QUICK_BACKEND": "software"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["geometry"] == f"0 0 {SCREEN[0]} {SCREEN[1]}", result.stdout
    assert lines["visible-after-close"] == "True"
    assert lines["warnings"] == "0", result.stderr[-3000:]
