"""CPU with nobody touching the kiosk, on a real X display (a private Xvfb, no window manager):
the home view at rest and the attract loop, with each renderer, against the bare window at rest.

Read from outside as a stand's owner would: the process's CPU time (all its threads, llvmpipe's
included) from /proc over a window that starts after the kiosk has settled, as a percentage of
one core. Skipped (``None``) where there is no Xvfb. On a loaded machine the OpenGL figures come
out low rather than high: a starved process draws fewer frames."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.startup import child_env

SCREEN = (1920, 1080)
# The "after 10 s": the kiosk has started, its entrance and first pulse are over.
SETTLE_S = 12.0
WINDOW_S = 15.0
QUICK_WINDOW_S = 8.0
# The attract loop starts after the shortest idle timeout (10 s) without a touch.
ATTRACT_TIMEOUT_S = 10
RENDERERS = ("auto", "software", "opengl")

# The bare window on the display, at rest: one Text; argv[1] names the renderer.
BARE_AT_REST = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow, QSGRendererInterface
api = QSGRendererInterface.GraphicsApi
QQuickWindow.setGraphicsApi(api.Software if sys.argv[1] == "software" else api.OpenGL)
app = QGuiApplication(sys.argv[:1])
engine = QQmlApplicationEngine()
engine.loadData(b"import QtQuick\\nWindow { visibility: Window.FullScreen; "
                b"Text { text: 'Hello'; font.pixelSize: 48 } }\\n")
sys.exit(app.exec())
"""


@contextlib.contextmanager
def xvfb(size: tuple[int, int] = SCREEN) -> Iterator[str | None]:
    """A private X server's display name, or ``None`` when Xvfb is not installed."""
    program = shutil.which("Xvfb")
    if program is None:
        yield None
        return
    display = f":{200 + os.getpid() % 50}"
    server = subprocess.Popen(
        [program, display, "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    for _ in range(200):
        if socket.exists():
            break
        time.sleep(0.05)
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` (every thread), in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def display_env(display: str, home: Path) -> dict[str, str]:
    env = child_env(home)
    for name in ("QT_QUICK_BACKEND", "QSG_RHI_BACKEND"):
        env.pop(name, None)
    env.pop("WAYLAND_DISPLAY", None)
    env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    return env


def percent_of_a_core(
    command: list[str], env: dict[str, str], home: Path, window_s: float
) -> tuple[float, str]:
    """CPU of ``command`` over ``window_s`` after SETTLE_S, and what it logged."""
    log = home / "stderr.txt"
    with log.open("w") as stderr:
        child = subprocess.Popen(
            command, env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=stderr
        )
        try:
            time.sleep(SETTLE_S)
            if child.poll() is not None:
                raise RuntimeError(f"{command[:3]} ended early: {log.read_text()[-2000:]}")
            before, began = cpu_seconds(child.pid), time.monotonic()
            time.sleep(window_s)
            used, elapsed = cpu_seconds(child.pid) - before, time.monotonic() - began
        finally:
            child.terminate()
            child.wait(timeout=30)
    return 100 * used / elapsed, log.read_text()


def chosen_renderer(logged: str) -> str:
    """The kiosk's own log line naming its renderer and why."""
    for line in logged.splitlines():
        if "kiosk.app.renderer: renderer: " in line:
            return line.split("renderer: ", 2)[-1]
    return "?"


def measure_kiosk(display: str, renderer: str, scenario: str, window_s: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="innokiosk-cpu-") as folder:
        home = Path(folder)
        config = home / "innokiosk.toml"
        config.write_text(f'renderer = "{renderer}"\n', encoding="utf-8")
        command = [sys.executable, "-m", "kiosk", "--fullscreen", "--config", str(config)]
        if scenario == "attract":
            command += ["--idle-timeout", str(ATTRACT_TIMEOUT_S)]
        percent, logged = percent_of_a_core(command, display_env(display, home), home, window_s)
    return {"percent": percent, "renderer": chosen_renderer(logged)}


def measure_bare(display: str, renderer: str, window_s: float) -> float:
    with tempfile.TemporaryDirectory(prefix="innokiosk-cpu-") as folder:
        home = Path(folder)
        command = [sys.executable, "-c", BARE_AT_REST, renderer]
        return percent_of_a_core(command, display_env(display, home), home, window_s)[0]


def measure(quick: bool) -> dict[str, Any] | None:
    """CPU at rest and in the attract loop per renderer setting, and the bare window at rest;
    ``None`` without Xvfb."""
    window_s = QUICK_WINDOW_S if quick else WINDOW_S
    with xvfb() as display:
        if display is None:
            return None
        results: dict[str, Any] = {"window_s": window_s, "settle_s": SETTLE_S, "kiosk": {}}
        for renderer in RENDERERS:
            results["kiosk"][renderer] = {
                scenario: measure_kiosk(display, renderer, scenario, window_s)
                for scenario in ("rest", "attract")
            }
        results["bare"] = {
            renderer: measure_bare(display, renderer, window_s)
            for renderer in ("software", "opengl")
        }
    return results


def report_lines(results: dict[str, Any] | None) -> list[str]:
    if results is None:
        return ["  not measured: no Xvfb (apt-get install xvfb)"]
    lines = [
        f"  % of one core over {results['window_s']:.0f} s, after {results['settle_s']:.0f} s"
        " (home at rest; the attract loop after a 10 s idle timeout)"
    ]
    for renderer, scenarios in results["kiosk"].items():
        rest, attract = scenarios["rest"], scenarios["attract"]
        lines.append(
            f"  kiosk, renderer = {renderer:<9} at rest {rest['percent']:5.1f} %"
            f" | attract loop {attract['percent']:5.1f} %   [{rest['renderer']}]"
        )
    for renderer, percent in results["bare"].items():
        lines.append(f"  bare window, {renderer:<8} at rest {percent:5.1f} %")
    return lines


if __name__ == "__main__":
    print("\n".join(report_lines(measure(quick="--quick" in sys.argv))))
