"""Kiosk mode on a real X11 display (Xvfb, no window manager): it fills the screen, and neither a
window manager's close request (what Alt+F4 sends) nor real key presses (Ctrl+Q, Ctrl+W, F11,
Alt+F4, F5, through XTest) end it or change it; switched to a window at run time, the same
Ctrl+W closes it. Each probe runs the kiosk in its own process on the X server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.x11.conftest import SCREEN

PROBE = """
import sys
from pathlib import Path

import pytest
from pathlib import Path
from PySide6.QtTest import QTest
from kiosk.app.application import application
from kiosk.app.engine import AppOptions, KioskEngine
from tests.x11.xlib import X11

folder = Path(sys.argv[1])
start_in_kiosk_mode = sys.argv[2] == "kiosk"
app = application()
options = AppOptions(
    kiosk=start_in_kiosk_mode, start_view="cards",
    config=folder / "innokiosk.toml", stats_path=folder / "stats.sqlite3",
)
presented = []  # what F5 would hand the presenter
kiosk = KioskEngine(options, present=presented.append)
kiosk.show(options)
QTest.qWait(1000)
x = X11()
window = kiosk.window
if not start_in_kiosk_mode:  # staff switch at run time, choosing a PIN first
    assert kiosk.mode.enterKioskMode() == "pin-needed"
    assert kiosk.staff.setPin("2468") == "saved"
    assert kiosk.mode.enterKioskMode() == "kiosk"
    QTest.qWait(1000)
g = window.geometry()
print("geometry", g.x(), g.y(), g.width(), g.height(), flush=True)
visibility = window.visibility()
x.close_request(int(window.winId()))
QTest.qWait(500)
print("visible-after-close-request", window.isVisible(), flush=True)
window.requestActivate()
QTest.qWait(200)
for keys in [("Control_L", "q"), ("Control_L", "w"), ("F11",), ("Alt_L", "F4"), ("F5",)]:
    x.press(*keys)
    QTest.qWait(300)
print("visible-after-keys", window.isVisible(), flush=True)
print("same-visibility", window.visibility() == visibility, flush=True)
print("presentation", bool(presented), flush=True)
kiosk.mode.leaveKioskMode()
QTest.qWait(800)
window.requestActivate()
QTest.qWait(200)
x.press("Control_L", "w")
QTest.qWait(800)
print("visible-after-ctrl-w-in-a-window", window.isVisible(), flush=True)
print("warnings", len(kiosk.warnings), flush=True)
kiosk.close()
"""


@pytest.mark.parametrize("start", ["kiosk", "window"])
def test_kiosk_mode_fills_a_bare_x_screen_and_refuses_to_close(
    x_display: str, tmp_path: Path, start: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
    env |= {"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", "QT_QUICK_BACKEND": "software"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path), start], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["geometry"] == f"0 0 {SCREEN[0]} {SCREEN[1]}", result.stdout
    assert lines["visible-after-close-request"] == "True", "the close request was obeyed"
    assert lines["visible-after-keys"] == "True", "a key closed the kiosk"
    assert lines["same-visibility"] == "True", "F11 left full screen"
    assert lines["presentation"] == "False", "F5 started the presentation"
    assert lines["visible-after-ctrl-w-in-a-window"] == "False", "the keys were never seen"
    assert lines["warnings"] == "0", result.stderr[-3000:]
