"""Start-up: process start to the first frame of the home view, in ``python -c`` children."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_FIRST_FRAME = """
def _first_frame() -> None:
    print(f"ELAPSED {time.time() - float(os.environ['BENCH_T0']):.6f}", flush=True)
    os._exit(0)

window.frameSwapped.connect(_first_frame)
window.resize(1920, 1080)
window.show()
app.exec()
"""

KIOSK_CODE = (
    """
import os, time
from kiosk.screenshot import use_software_renderer
from kiosk.app import AppOptions, KioskEngine, application
use_software_renderer()
app = application()
kiosk = KioskEngine(AppOptions(start_view="home", windowed=True))
window = kiosk.window
"""
    + _FIRST_FRAME
)

BARE_CODE = (
    """
import os, time
from kiosk.screenshot import use_software_renderer
from kiosk.app import application
from PySide6.QtQml import QQmlApplicationEngine
use_software_renderer()
app = application()
engine = QQmlApplicationEngine()
engine.loadData(b"import QtQuick\\nWindow { width: 1920; height: 1080; Text { text: 'Hello' } }\\n")
window = engine.rootObjects()[0]
"""
    + _FIRST_FRAME
)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_QUICK_BACKEND"] = "software"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def one_run(code: str) -> float:
    """Seconds from just before the spawn to the first frame, as the child measured it."""
    env = child_env()
    env["BENCH_T0"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("ELAPSED "):
            return float(line.split()[1])
    raise RuntimeError(f"no first frame (exit {done.returncode}): {done.stderr[-2000:]}")


def measure(runs: int) -> dict[str, object]:
    """Median start-up of the kiosk and of the bare window, interleaved, after one warm-up each
    (the warm-up fills the OS file cache and builds the kiosk's resources if they changed)."""
    one_run(KIOSK_CODE)
    one_run(BARE_CODE)
    kiosk: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        kiosk.append(one_run(KIOSK_CODE))
        bare.append(one_run(BARE_CODE))
    kiosk_median = statistics.median(kiosk)
    bare_median = statistics.median(bare)
    return {
        "kiosk_s": kiosk,
        "bare_s": bare,
        "kiosk_median_s": kiosk_median,
        "bare_median_s": bare_median,
        "ratio": kiosk_median / bare_median,
    }
