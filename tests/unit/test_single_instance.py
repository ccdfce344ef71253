"""One kiosk at a time, and a clean stop: real kiosk processes (offscreen).

A second launch (plain, or under ``--supervise``) brings the running kiosk to the front and ends
with exit code 0, leaving one kiosk; SIGTERM closes the kiosk with exit code 0 and the visit
recorded; a kiosk killed outright leaves a stale lock that the next start takes over."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from kiosk.stand.supervisor import HEARTBEAT_ENV

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM and SIGKILL are POSIX")

START_TIMEOUT_S = 120.0


class Stand:
    """Kiosks started as ``python -m kiosk`` with their own data, state and temporary folders."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(root / "data"),
            "XDG_STATE_HOME": str(root / "state"),
            "XDG_CONFIG_HOME": str(root / "config"),
        }
        self.processes: list[subprocess.Popen[str]] = []

    def launch(self, name: str, *args: str, prefix: Sequence[str] = ()) -> subprocess.Popen[str]:
        env = {**self.env, HEARTBEAT_ENV: str(self.root / f"{name}.beat")}
        log = (self.root / f"{name}.log").open("w", encoding="utf-8")
        process = subprocess.Popen(
            [*prefix, sys.executable, "-m", "kiosk", "--windowed", "-v", *args],
            env=env,
            cwd=self.root,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        log.close()
        self.processes.append(process)
        return process

    def log(self, name: str) -> str:
        return (self.root / f"{name}.log").read_text(encoding="utf-8", errors="replace")

    def wait_until(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not condition():
            assert time.monotonic() < deadline, f"timed out waiting for {what}"
            time.sleep(0.1)

    def wait_shown(self, name: str, process: subprocess.Popen[str]) -> None:
        """Until the kiosk's heartbeat starts (once its window is shown; a supervised kiosk
        beats into its supervisor's file, and logs it too)."""
        self.wait_until(
            lambda: "heartbeat every" in self.log(name) or process.poll() is not None,
            f"{name} to start",
        )
        assert process.poll() is None, self.log(name)

    def sessions(self) -> list[tuple[str | None, str | None]]:
        database = self.root / "data" / "InnoKiosk" / "stats.sqlite3"
        with sqlite3.connect(database) as conn:
            rows = conn.execute("SELECT ended, end_reason FROM sessions ORDER BY id").fetchall()
        return [(row[0], row[1]) for row in rows]


@pytest.fixture
def stand(tmp_path: Path) -> Iterator[Stand]:
    stand = Stand(tmp_path)
    yield stand
    for process in stand.processes:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_second_launch_leaves_one_kiosk_and_sigterm_closes_it_cleanly(stand: Stand) -> None:
    first = stand.launch("first")
    stand.wait_shown("first", first)

    # Traced where strace is installed: the hand-over is a local socket, never the network.
    trace = stand.root / "second.trace"
    strace = shutil.which("strace")
    prefix = [strace, "-f", "-e", "trace=connect", "-o", str(trace)] if strace else []
    second = stand.launch("second", prefix=prefix)
    assert second.wait(timeout=START_TIMEOUT_S) == 0, stand.log("second")
    assert "already running: brought it to the front" in stand.log("second")
    if strace:
        connects = trace.read_text(encoding="utf-8", errors="replace").splitlines()
        assert any("AF_UNIX" in line and "innokiosk-" in line for line in connects), connects
        internet = [line for line in connects if re.search(r"AF_INET6?\b", line)]
        assert not internet, internet
    assert not (stand.root / "second.beat").exists(), "the second launch showed a kiosk"
    stand.wait_until(
        lambda: "asked for the kiosk: bringing it to the front" in stand.log("first"),
        "the running kiosk to be asked to the front",
    )

    # A second launch under the supervisor: its kiosk ends at once, and the supervisor with it.
    supervised = stand.launch("supervised", "--supervise")
    assert supervised.wait(timeout=START_TIMEOUT_S) == 0, stand.log("supervised")
    assert "already running" in stand.log("supervised")
    assert first.poll() is None, "the first kiosk went away"

    first.send_signal(signal.SIGTERM)
    assert first.wait(timeout=START_TIMEOUT_S) == 0, stand.log("first")
    assert "SIGTERM: the kiosk closes" in stand.log("first")
    sessions = stand.sessions()
    assert sessions, "no visit recorded"
    ended, reason = sessions[-1]
    assert ended is not None and reason == "exit", sessions


def test_a_kiosk_killed_outright_does_not_block_the_next_start(stand: Stand) -> None:
    first = stand.launch("first")
    stand.wait_shown("first", first)
    first.kill()  # a crash: the lock file and the socket are left behind
    first.wait()

    after = stand.launch("after")
    stand.wait_shown("after", after)
    after.send_signal(signal.SIGTERM)
    assert after.wait(timeout=START_TIMEOUT_S) == 0, stand.log("after")
    assert "already running" not in stand.log("after")


def test_sigterm_to_a_supervised_kiosk_closes_both_cleanly(stand: Stand) -> None:
    """What ``systemctl --user stop`` and a logout do to ``innokiosk --kiosk --supervise``."""
    supervisor = stand.launch("supervised", "--supervise", "--kiosk")
    stand.wait_shown("supervised", supervisor)  # the child's heartbeat
    supervisor.send_signal(signal.SIGTERM)
    assert supervisor.wait(timeout=START_TIMEOUT_S) == 0, stand.log("supervised")
    assert "SIGTERM: the kiosk closes" in stand.log("supervised")
    ended, reason = stand.sessions()[-1]
    assert ended is not None and reason == "exit"
