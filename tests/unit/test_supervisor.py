"""The supervisor: restarts after crashes, signals and hangs, backs off, falls back after a crash
loop, ends on a clean exit, and never imports Qt. Children are tiny Python scripts that follow a
plan (one behaviour per launch); timings are a few hundredths of a second."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.stand.supervisor import (
    HANG_SECONDS_ENV,
    HEARTBEAT_ENV,
    ChildEnd,
    Decision,
    RestartPolicy,
    Supervisor,
    Timings,
    child_command,
)

POSIX = sys.platform != "win32"
FAST = Timings(
    backoff_first=0.01,
    backoff_max=0.04,
    healthy_after=120,
    hang_after=0.4,
    startup_grace=5,
    kill_grace=0.3,
    crash_window=120,
    crash_limit=5,
    poll=0.02,
)

# Launch n (counted in the state file) does plan[n]; each launch appends a line to the file.
CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    state, plan = sys.argv[1], sys.argv[2:]
    with open(state, "a") as f:
        f.write(f"{os.getpid()}\\n")
    with open(state) as f:
        launch = len(f.read().splitlines()) - 1
    what = plan[min(launch, len(plan) - 1)]
    beat = os.environ.get("INNOKIOSK_HEARTBEAT")

    def beat_for(seconds):
        end = time.monotonic() + seconds
        n = 0
        while time.monotonic() < end:
            n += 1
            with open(beat, "w") as f:
                f.write(str(n))
            time.sleep(0.03)

    if what == "exit0":
        sys.exit(0)
    if what == "crash":
        sys.exit(3)
    if what == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    if what == "beat-then-exit0":
        beat_for(1.0)
        sys.exit(0)
    if what == "beat":
        beat_for(3600)
    if what == "silent":
        time.sleep(3600)
    if what == "hang-stubborn":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    beat_for(0.1)
    time.sleep(3600)  # hang: no more beats
    """
)


def fake(state: Path, *plan: str) -> list[str]:
    return [sys.executable, "-I", "-S", "-c", CHILD, str(state), *plan]


def launches(state: Path) -> int:
    return len(state.read_text().splitlines()) if state.exists() else 0


def run_timed(sup: Supervisor) -> tuple[int, float]:
    started = time.monotonic()
    code = sup.run()
    return code, time.monotonic() - started


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    caplog.set_level(logging.INFO, "kiosk.stand.supervisor")
    return lambda: [r.getMessage() for r in caplog.records if r.name == "kiosk.stand.supervisor"]


# -- the policy, on paper -----------------------------------------------------------------------


def test_backoff_doubles_up_to_30_seconds() -> None:
    policy = RestartPolicy(Timings(crash_limit=1000))
    delays = [policy.crashed(now=1000.0 + 200 * n, ran_for=1).delay for n in range(8)]
    assert delays == [1, 2, 4, 8, 16, 30, 30, 30]


def test_backoff_starts_again_after_two_healthy_minutes() -> None:
    policy = RestartPolicy(Timings())
    assert [policy.crashed(float(n), 1).delay for n in range(3)] == [1, 2, 4]
    assert policy.crashed(200.0, ran_for=119.9).delay == 8
    assert policy.crashed(400.0, ran_for=120).delay == 1
    assert policy.crashed(401.0, ran_for=1).delay == 2


def test_five_crashes_within_two_minutes_give_up() -> None:
    policy = RestartPolicy(Timings())
    decisions = [policy.crashed(now, 1) for now in (0.0, 10.0, 20.0, 30.0, 119.0)]
    assert [d.give_up for d in decisions] == [False, False, False, False, True]


def test_crashes_spread_wider_than_two_minutes_do_not() -> None:
    policy = RestartPolicy(Timings())
    decisions = [policy.crashed(float(now), 1) for now in (0, 40, 80, 120, 160, 200, 240)]
    assert not any(d.give_up for d in decisions)
    assert decisions[-1] == Decision(30, give_up=False)


def test_hang_seconds_from_the_environment() -> None:
    assert Timings.from_env({}).hang_after == 30
    timings = Timings.from_env({HANG_SECONDS_ENV: "2"})
    assert (timings.hang_after, timings.poll) == (2, 0.5)
    assert Timings.from_env({HANG_SECONDS_ENV: "0.4"}).poll == pytest.approx(0.1)
    for bad in ("0", "-1", "soon", "inf"):
        assert Timings.from_env({HANG_SECONDS_ENV: bad}) == Timings()


@pytest.mark.parametrize(
    ("end", "text"),
    [
        (ChildEnd(3), "crashed with exit code 3"),
        (ChildEnd(-9), "was killed by SIGKILL"),
        (ChildEnd(-15, hung=True), "hung (no heartbeat for 30 s)"),
    ],
)
def test_reasons(end: ChildEnd, text: str) -> None:
    assert end.describe(30) == text
    assert not end.clean
    assert ChildEnd(0).clean


def test_the_child_is_the_same_command_without_supervise(monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["--supervise", "--kiosk", "--lang", "en"]
    assert child_command(argv) == [sys.executable, "-m", "kiosk", "--kiosk", "--lang", "en"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert child_command(argv) == [sys.executable, "--kiosk", "--lang", "en"]


# -- real children ------------------------------------------------------------------------------


def test_a_clean_exit_ends_the_supervisor(tmp_path: Path, logs: Callable[[], list[str]]) -> None:
    state = tmp_path / "state"
    sup = Supervisor(fake(state, "exit0"), fake(tmp_path / "fb", "exit0"), FAST)
    code, seconds = run_timed(sup)
    assert (code, sup.starts, launches(state)) == (0, ["kiosk"], 1)
    assert "kiosk exited normally; the supervisor ends" in logs()
    assert seconds < 5


@pytest.mark.skipif(not POSIX, reason="signals are POSIX")
def test_restart_after_sigkill(tmp_path: Path, logs: Callable[[], list[str]]) -> None:
    state = tmp_path / "state"
    sup = Supervisor(fake(state, "sigkill", "exit0"), None, FAST)
    assert run_timed(sup)[0] == 0
    assert (sup.starts, launches(state)) == (["kiosk", "kiosk"], 2)
    assert any(m.startswith("kiosk was killed by SIGKILL after ") for m in logs())


def test_restart_after_crashes_with_backoff(tmp_path: Path, logs: Callable[[], list[str]]) -> None:
    state = tmp_path / "state"
    sup = Supervisor(fake(state, "crash", "crash", "crash", "crash", "exit0"), None, FAST)
    assert run_timed(sup)[0] == 0
    assert launches(state) == 5
    restarts = [m for m in logs() if m.startswith("kiosk crashed with exit code 3")]
    assert [m.rsplit("restarting in ", 1)[1] for m in restarts] == [
        "0.01 s",
        "0.02 s",
        "0.04 s",
        "0.04 s",
    ]


def test_restart_after_a_hang(tmp_path: Path, logs: Callable[[], list[str]]) -> None:
    state = tmp_path / "state"
    sup = Supervisor(fake(state, "hang", "exit0"), None, FAST)
    code, seconds = run_timed(sup)
    assert (code, launches(state)) == (0, 2)
    messages = logs()
    assert any("sent no heartbeat for 0.4" in m for m in messages), messages
    assert any(m.startswith("kiosk hung (no heartbeat for 0.4 s)") for m in messages)
    assert seconds < 5


def test_before_the_first_beat_the_child_has_the_startup_grace(
    tmp_path: Path, logs: Callable[[], list[str]]
) -> None:
    state = tmp_path / "state"
    timings = Timings(**{**FAST.__dict__, "hang_after": 0.1, "startup_grace": 0.6})
    sup = Supervisor(fake(state, "silent", "exit0"), None, timings)
    code, seconds = run_timed(sup)
    assert (code, launches(state)) == (0, 2)
    assert seconds >= 0.6
    assert any("sent no heartbeat for 0.6" in m for m in logs()), logs()


@pytest.mark.skipif(not POSIX, reason="ignoring SIGTERM is POSIX")
def test_a_hung_child_that_ignores_terminate_is_killed(
    tmp_path: Path, logs: Callable[[], list[str]]
) -> None:
    state = tmp_path / "state"
    sup = Supervisor(fake(state, "hang-stubborn", "exit0"), None, FAST)
    assert run_timed(sup)[0] == 0
    assert launches(state) == 2
    assert any("ignored the request to end; killing it" in m for m in logs())


def test_a_beating_child_is_not_taken_for_hung(
    tmp_path: Path, logs: Callable[[], list[str]]
) -> None:
    """Runs for 1 s, more than twice the hang limit, beating all the while."""
    state = tmp_path / "state"
    sup = Supervisor(fake(state, "beat-then-exit0", "exit0"), None, FAST)
    code, seconds = run_timed(sup)
    assert (code, launches(state)) == (0, 1)
    assert seconds >= 1
    assert not any("heartbeat" in m for m in logs())


def test_fallback_after_five_quick_crashes(tmp_path: Path, logs: Callable[[], list[str]]) -> None:
    state, fallback_state = tmp_path / "state", tmp_path / "fallback"
    sup = Supervisor(fake(state, "crash"), fake(fallback_state, "exit0"), FAST)
    code, seconds = run_timed(sup)
    assert code == 0
    assert sup.starts == ["kiosk"] * 5 + ["fallback"]
    assert (launches(state), launches(fallback_state)) == (5, 1)
    assert any("5 crashes within 120 s; showing the fallback screen" in m for m in logs())
    assert "fallback exited normally; the supervisor ends" in logs()
    assert seconds < 5


def test_a_crashing_fallback_is_restarted(tmp_path: Path) -> None:
    state, fallback_state = tmp_path / "state", tmp_path / "fallback"
    sup = Supervisor(fake(state, "crash"), fake(fallback_state, "crash", "exit0"), FAST)
    assert run_timed(sup)[0] == 0
    assert sup.starts == ["kiosk"] * 5 + ["fallback"] * 2


def test_a_command_that_cannot_start_counts_as_a_crash(
    tmp_path: Path, logs: Callable[[], list[str]]
) -> None:
    sup = Supervisor([str(tmp_path / "missing")], fake(tmp_path / "fb", "exit0"), FAST)
    assert run_timed(sup)[0] == 0
    assert sup.starts == ["kiosk"] * 5 + ["fallback"]
    assert any(m.startswith("cannot start the kiosk: ") for m in logs())


def test_stop_ends_the_child_and_the_supervisor(tmp_path: Path) -> None:
    state = tmp_path / "state"
    sup = Supervisor(fake(state, "beat"), None, FAST)
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(sup.run()))
    thread.start()
    deadline = time.monotonic() + 10
    while launches(state) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    sup.stop()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert (result, launches(state)) == ([0], 1)


def test_the_child_gets_the_heartbeat_path(tmp_path: Path) -> None:
    out = tmp_path / "env.json"
    script = (
        "import json, os, sys; json.dump({k: os.environ.get(k) for k in "
        "('INNOKIOSK_HEARTBEAT', 'INNOKIOSK_SUPERVISED', 'KEEP')}, open(sys.argv[1], 'w'))"
    )
    sup = Supervisor([sys.executable, "-c", script, str(out)], None, FAST, env={"KEEP": "1"})
    assert sup.run() == 0
    seen = json.loads(out.read_text())
    assert seen["INNOKIOSK_SUPERVISED"] == "1"
    assert seen["KEEP"] == "1"
    assert Path(seen[HEARTBEAT_ENV]).name == "heartbeat"
    assert not Path(seen[HEARTBEAT_ENV]).exists(), "the heartbeat folder is cleaned up"


# -- with the real heartbeat and no Qt in the parent ------------------------------------------

QT_CHILD = textwrap.dedent(
    """
    import sys, time
    from kiosk.app.pyside_fixes import keep_singletons_alive
    keep_singletons_alive()
    from PySide6.QtCore import QCoreApplication, QTimer
    from kiosk.stand.heartbeat import start_heartbeat
    app = QCoreApplication([])
    start_heartbeat(app, interval_ms=50)
    if sys.argv[1] == "freeze":
        QTimer.singleShot(100, lambda: time.sleep(3600))  # the GUI thread stops
    else:
        QTimer.singleShot(1200, app.quit)
    sys.exit(app.exec())
    """
)


def test_the_kiosk_heartbeat_keeps_a_busy_child_alive(tmp_path: Path) -> None:
    sup = Supervisor([sys.executable, "-c", QT_CHILD, "run"], None, FAST)
    code, seconds = run_timed(sup)
    assert (code, sup.starts) == (0, ["kiosk"])
    assert seconds > 1.2


def test_a_frozen_gui_thread_is_a_hang(tmp_path: Path, logs: Callable[[], list[str]]) -> None:
    state = tmp_path / "state"
    timings = Timings(**{**FAST.__dict__, "crash_limit": 1})
    sup = Supervisor([sys.executable, "-c", QT_CHILD, "freeze"], fake(state, "exit0"), timings)
    assert sup.run() == 0
    assert sup.starts == ["kiosk", "fallback"]
    assert any(m.startswith("kiosk hung (no heartbeat") for m in logs())


NO_QT = textwrap.dedent(
    """
    import json, sys
    import kiosk.cli, kiosk.stand.logsetup, kiosk.stand.supervisor
    from kiosk.stand.supervisor import Supervisor, Timings
    code = Supervisor([sys.executable, "-c", "pass"], None, Timings(poll=0.01)).run()
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    loaded = "kiosk.stand.supervisor" in sys.modules
    print(json.dumps({"code": code, "qt": qt, "supervisor": loaded}))
    """
)


def test_the_supervisor_imports_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_QT], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"code": 0, "qt": [], "supervisor": True}


@pytest.mark.skipif(not POSIX, reason="SIGTERM is POSIX")
def test_sigterm_ends_the_child_then_the_supervisor(tmp_path: Path) -> None:
    state = tmp_path / "state"
    script = textwrap.dedent(
        f"""
        import logging, sys
        logging.basicConfig(level=logging.INFO)
        from kiosk.stand import supervisor
        supervisor.child_command = lambda argv: {fake(state, "beat")!r}
        sys.exit(supervisor.supervise(sys.argv[1:]))
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, "--supervise"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, HANG_SECONDS_ENV: "5"},
    )
    deadline = time.monotonic() + 10
    while launches(state) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    child_pid = int(state.read_text().split()[0])
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "SIGTERM received; ending the kiosk" in err
    with pytest.raises(ProcessLookupError):
        os.kill(child_pid, 0)
