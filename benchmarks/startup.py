"""Start-up: process start to the first frame of the home view, whole process, from source and
(when built) from the executables, each against the bare window started the same way."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZE = "1920x1080"

# The baseline: PySide6 alone (nothing of the kiosk), one Text, the same software renderer;
# it prints the time of its first frame as the kiosk's --first-frame-benchmark does.
BARE_CODE = """
import os, sys, time
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
app = QGuiApplication(sys.argv[:1])
engine = QQmlApplicationEngine()
engine.loadData(b"import QtQuick\\nWindow { width: 1920; height: 1080; Text { text: 'Hello' } }\\n")
window = engine.rootObjects()[0]

def first_frame():
    print(f"FIRST_FRAME {time.time():.6f}", flush=True)
    os._exit(0)

window.frameSwapped.connect(first_frame)
window.show()
app.exec()
"""


def child_env(home: Path | None = None) -> dict[str, str]:
    """Offscreen, software-rendered, and (with ``home``) the kiosk's settings, statistics and
    caches kept out of the user's own folders."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_QUICK_BACKEND"] = "software"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    if home is not None:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(home / name.lower())
    return env


def one_run(command: Sequence[str], home: Path) -> float:
    """Seconds from just before the spawn to the first frame the child reports."""
    env = child_env(home)
    began = time.time()
    done = subprocess.run(
        list(command), env=env, cwd=home, capture_output=True, text=True, timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith("FIRST_FRAME "):
            return float(line.split()[1]) - began
    raise RuntimeError(
        f"{command[0]}: no first frame (exit {done.returncode}): {done.stderr[-2000:]}"
    )


def kiosk_from_source() -> list[str]:
    return [sys.executable, "-m", "kiosk", "--first-frame-benchmark", SIZE]


def bare_from_source() -> list[str]:
    return [sys.executable, "-c", BARE_CODE]


def compare(kiosk: Sequence[str], bare: Sequence[str], runs: int) -> dict[str, object]:
    """Median start-up of ``kiosk`` and ``bare``, interleaved, after one warm-up each (the
    warm-up fills the OS file cache, the QML disk cache and, from source, the resources)."""
    with tempfile.TemporaryDirectory(prefix="innokiosk-bench-") as folder:
        home = Path(folder)
        one_run(kiosk, home)
        one_run(bare, home)
        kiosk_s: list[float] = []
        bare_s: list[float] = []
        for _ in range(runs):
            kiosk_s.append(one_run(kiosk, home))
            bare_s.append(one_run(bare, home))
    kiosk_median = statistics.median(kiosk_s)
    bare_median = statistics.median(bare_s)
    return {
        "kiosk_s": kiosk_s,
        "bare_s": bare_s,
        "kiosk_median_s": kiosk_median,
        "bare_median_s": bare_median,
        "ratio": kiosk_median / bare_median,
    }


def measure(runs: int) -> dict[str, object]:
    """Start-up from source: ``python -m kiosk`` against ``python -c`` with the bare window."""
    return compare(kiosk_from_source(), bare_from_source(), runs)
