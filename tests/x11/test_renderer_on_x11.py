"""On an X display whose OpenGL is a software rasteriser (Xvfb: Mesa's llvmpipe) the kiosk draws
with Qt Quick's software renderer and says so in its log; the setting and the environment
override that."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.app.renderer import is_software_rasteriser
from tests.conftest import ROOT

PROBE = """
import sys
from PySide6.QtGui import QGuiApplication
from kiosk.app.renderer import probe_gl_renderer
app = QGuiApplication(sys.argv[:1])
print("GL_RENDERER", probe_gl_renderer(), flush=True)
"""

# The kiosk's window on the display, with the setting given; prints the graphics API its
# first frame was drawn with.
WINDOW = """
import os, sys
from kiosk.app.application import application
from kiosk.app.engine import AppOptions, KioskEngine
app = application(renderer=sys.argv[1])
kiosk = KioskEngine(AppOptions(windowed=True))

def first_frame():
    print("API", kiosk.window.rendererInterface().graphicsApi().name, flush=True)
    os._exit(0)

kiosk.window.frameSwapped.connect(first_frame)
kiosk.window.resize(640, 480)
kiosk.window.show()
app.exec()
"""


def run_on(display: str, home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "QT_QUICK", "QSG_"))}
    env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", **extra}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=ROOT,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_probe_reads_xvfb_opengl_as_a_software_rasteriser(
    x_display: str, tmp_path: Path
) -> None:
    result = run_on(x_display, tmp_path, "-c", PROBE)
    assert result.returncode == 0, result.stderr[-3000:]
    name = result.stdout.split("GL_RENDERER ", 1)[1].strip()
    if name == "None":
        pytest.skip("this Xvfb offers no OpenGL (GLX) at all")
    assert is_software_rasteriser(name), name


def test_the_kiosk_on_xvfb_draws_in_software_and_logs_why(x_display: str, tmp_path: Path) -> None:
    result = run_on(x_display, tmp_path, "-m", "kiosk", "--first-frame-benchmark", "640x480")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "FIRST_FRAME" in result.stdout
    assert "renderer: Qt Quick's software renderer: " in result.stderr, result.stderr[-3000:]


@pytest.mark.parametrize(
    ("setting", "environment", "api"),
    [
        ("auto", {}, "Software"),
        ("opengl", {}, "OpenGL"),
        ("opengl", {"QT_QUICK_BACKEND": "software"}, "Software"),
    ],
)
def test_the_window_draws_with_the_renderer_chosen(
    x_display: str, tmp_path: Path, setting: str, environment: dict[str, str], api: str
) -> None:
    result = run_on(x_display, tmp_path, "-c", WINDOW, setting, **environment)
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"API {api}\n" in result.stdout, result.stdout + result.stderr[-3000:]
