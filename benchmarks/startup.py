"""Start-up: process start to the first frame of the home view, whole process, from source and
(when built) from the executables, each against the bare window started the same way."""

from __future__ import annotations

import os
import resource
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
    return timed_run(command, home)[0]


def timed_run(command: Sequence[str], home: Path) -> tuple[float, float]:
    """Wall seconds from just before the spawn to the first frame the child reports, and the
    CPU seconds (user + system, every thread) the child used to get there and exit. The CPU
    time hardly depends on what else the machine runs; the wall time does."""
    env = child_env(home)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.time()
    done = subprocess.run(
        list(command), env=env, cwd=home, capture_output=True, text=True, timeout=120
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    for line in done.stdout.splitlines():
        if line.startswith("FIRST_FRAME "):
            return float(line.split()[1]) - began, cpu
    raise RuntimeError(
        f"{command[0]}: no first frame (exit {done.returncode}): {done.stderr[-2000:]}"
    )


def kiosk_from_source() -> list[str]:
    return [sys.executable, "-m", "kiosk", "--first-frame-benchmark", SIZE]


def bare_from_source() -> list[str]:
    return [sys.executable, "-c", BARE_CODE]


def compare(kiosk: Sequence[str], bare: Sequence[str], runs: int) -> dict[str, object]:
    """Median start-up of ``kiosk`` and ``bare``, interleaved, after one warm-up each (the
    warm-up fills the OS file cache, the QML disk cache and, from source, the resources):
    wall time and CPU time."""
    with tempfile.TemporaryDirectory(prefix="innokiosk-bench-") as folder:
        home = Path(folder)
        one_run(kiosk, home)
        one_run(bare, home)
        kiosk_runs: list[tuple[float, float]] = []
        bare_runs: list[tuple[float, float]] = []
        for _ in range(runs):
            kiosk_runs.append(timed_run(kiosk, home))
            bare_runs.append(timed_run(bare, home))
    kiosk_median = statistics.median(wall for wall, _ in kiosk_runs)
    bare_median = statistics.median(wall for wall, _ in bare_runs)
    kiosk_cpu = statistics.median(cpu for _, cpu in kiosk_runs)
    bare_cpu = statistics.median(cpu for _, cpu in bare_runs)
    return {
        "kiosk_s": [wall for wall, _ in kiosk_runs],
        "bare_s": [wall for wall, _ in bare_runs],
        "kiosk_median_s": kiosk_median,
        "bare_median_s": bare_median,
        "ratio": kiosk_median / bare_median,
        "kiosk_cpu_s": [cpu for _, cpu in kiosk_runs],
        "bare_cpu_s": [cpu for _, cpu in bare_runs],
        "kiosk_cpu_median_s": kiosk_cpu,
        "bare_cpu_median_s": bare_cpu,
        "cpu_ratio": kiosk_cpu / bare_cpu,
    }


def measure(runs: int) -> dict[str, object]:
    """Start-up from source: ``python -m kiosk`` against ``python -c`` with the bare window."""
    return compare(kiosk_from_source(), bare_from_source(), runs)
