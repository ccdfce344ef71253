"""Offline always: the kiosk opens no network connection, and loads no module that would."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Python with every network socket refused, then the real command line.
NO_NETWORK = """
import socket, sys
real_socket = socket.socket
class Refused(real_socket):
    def __init__(self, family=socket.AF_INET, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6):
            raise OSError("the kiosk must not open network sockets")
        super().__init__(family, *args, **kwargs)
socket.socket = Refused
socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("no network"))
from kiosk.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith(NETWORK_MODULES))
print("network-modules:", ",".join(loaded))
sys.exit(code)
"""
# Libraries whose job is talking to the network. (The standard library's http.client and ssl are
# imported by xml.sax.saxutils, which segno's writers import; they are never used: the socket
# refusal above and the system-call trace below are the proof.)
NETWORK_MODULES = (
    "requests", "urllib3", "httpx", "aiohttp", "websockets", "ftplib", "smtplib", "telnetlib",
    "xmlrpc", "PySide6.QtWebSockets", "PySide6.QtWebEngineCore", "PySide6.QtHttpServer",
)  # fmt: skip


def run_offline(
    tmp_path: Path, *args: str, strace: bool = False
) -> subprocess.CompletedProcess[str]:
    script = f"NETWORK_MODULES = {NETWORK_MODULES!r}\n{NO_NETWORK}"
    command = [sys.executable, "-c", script, *args]
    if strace:
        command = ["strace", "-f", "-e", "trace=connect", "-o", str(tmp_path / "trace"), *command]
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path),
    }
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False
    )


def test_every_view_renders_with_sockets_refused(tmp_path: Path) -> None:
    for view in ("home", "card:3", "timeline", "attract"):
        shot = tmp_path / f"{view.replace(':', '')}.png"
        result = run_offline(tmp_path, "screenshot", str(shot), "--view", view)
        assert result.returncode == 0, result.stderr[-2000:]
        assert shot.stat().st_size > 10_000
        loaded = result.stdout.split("network-modules:")[-1].strip()
        assert loaded == "", f"network modules loaded: {loaded}"


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_no_internet_connection_is_even_attempted(tmp_path: Path) -> None:
    """Below Python too: Qt's own code connects to nothing but local sockets (X11, D-Bus)."""
    result = run_offline(tmp_path, "self-test", strace=True)
    assert result.returncode == 0, result.stderr[-2000:]
    trace = (tmp_path / "trace").read_text(encoding="utf-8", errors="replace")
    internet = [line for line in trace.splitlines() if re.search(r"AF_INET6?\b", line)]
    assert not internet, "\n".join(internet[:5])
