"""Keeping the screen on: Windows and macOS with their OS calls faked, Linux over a real private
D-Bus session bus (with a fake screen-saver service) and with no bus at all."""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.stand import keepawake
from kiosk.stand.keepawake import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    DBusBackend,
    KeepAwake,
    MacBackend,
    WindowsBackend,
)

# -- platform dispatch ------------------------------------------------------------------------


class FakeBackend:
    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.calls: list[str] = []

    def start(self) -> bool:
        self.calls.append("start")
        return self.works

    def stop(self) -> None:
        self.calls.append("stop")


@pytest.mark.parametrize(
    ("platform", "backend"),
    [
        ("win32", WindowsBackend),
        ("darwin", MacBackend),
        ("linux", DBusBackend),
        ("freebsd14", DBusBackend),
    ],
)
def test_each_platform_has_its_way(platform: str, backend: type) -> None:
    assert isinstance(keepawake.backend_for(platform), backend)


def test_start_dispatches_on_sys_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    chosen: list[str] = []
    fake = FakeBackend()

    def backend_for(platform: str) -> FakeBackend:
        chosen.append(platform)
        return fake

    monkeypatch.setattr(keepawake, "backend_for", backend_for)
    monkeypatch.setattr(sys, "platform", "darwin")
    with KeepAwake() as awake:
        assert awake.active
        assert awake.start() is True  # already on: not started twice
    assert (chosen, fake.calls) == (["darwin"], ["start", "stop"])
    assert not awake.active


def test_an_unknown_platform_is_not_an_error(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "platform", "sunos5")
    caplog.set_level(logging.INFO, "kiosk.stand.keepawake")
    awake = KeepAwake()
    assert awake.start() is False
    awake.stop()
    assert "keep-awake: not supported on sunos5" in caplog.text


def test_a_backend_that_fails_or_raises_leaves_it_inactive(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    failing = FakeBackend(works=False)
    monkeypatch.setattr(keepawake, "backend_for", lambda platform: failing)
    awake = KeepAwake()
    assert awake.start() is False
    awake.stop()
    assert failing.calls == ["start"]

    class Raising(FakeBackend):
        def start(self) -> bool:
            raise RuntimeError("boom")

    monkeypatch.setattr(keepawake, "backend_for", lambda platform: Raising())
    assert KeepAwake().start() is False
    assert "keep-awake: failed" in caplog.text


# -- Windows ----------------------------------------------------------------------------------


class FakeSetThreadExecutionState:
    def __init__(self, result: int) -> None:
        self.result = result
        self.calls: list[int] = []
        self.argtypes: Any = None
        self.restype: Any = None

    def __call__(self, flags: int) -> int:
        self.calls.append(flags)
        return self.result


def fake_windll(monkeypatch: pytest.MonkeyPatch, result: int) -> FakeSetThreadExecutionState:
    function = FakeSetThreadExecutionState(result)
    kernel32 = type("Kernel32", (), {"SetThreadExecutionState": function})()
    windll = type("WinDLL", (), {"kernel32": kernel32})()
    monkeypatch.setattr(ctypes, "windll", windll, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    return function


def test_windows_keeps_display_and_system_on_then_resets(monkeypatch: pytest.MonkeyPatch) -> None:
    function = fake_windll(monkeypatch, result=ES_CONTINUOUS)
    awake = KeepAwake()
    assert awake.start() is True
    assert function.calls == [0x80000003]
    assert function.calls[0] == ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
    assert (function.argtypes, function.restype) == ([ctypes.c_uint32], ctypes.c_uint32)
    awake.stop()
    awake.stop()
    assert function.calls == [0x80000003, ES_CONTINUOUS]


def test_windows_failure_is_logged(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    function = fake_windll(monkeypatch, result=0)
    awake = KeepAwake()
    assert awake.start() is False
    awake.stop()
    assert function.calls == [0x80000003]
    assert "SetThreadExecutionState failed" in caplog.text


def test_windows_without_windll(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(ctypes, "windll", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    assert KeepAwake().start() is False


# -- macOS ------------------------------------------------------------------------------------


class FakeProcess:
    def __init__(self, command: list[str], **kwargs: object) -> None:
        self.command = command
        self.kwargs = kwargs
        self.pid = 4242
        self.events: list[str] = []
        self.stubborn = False

    def terminate(self) -> None:
        self.events.append("terminate")

    def kill(self) -> None:
        self.events.append("kill")

    def wait(self, timeout: float | None = None) -> int:
        self.events.append(f"wait {timeout}")
        if self.stubborn and timeout is not None:
            raise subprocess.TimeoutExpired("caffeinate", timeout)
        return 0


@pytest.fixture
def mac(monkeypatch: pytest.MonkeyPatch) -> list[FakeProcess]:
    started: list[FakeProcess] = []

    def popen(command: list[str], **kwargs: object) -> FakeProcess:
        started.append(FakeProcess(command, **kwargs))
        return started[-1]

    monkeypatch.setattr(subprocess, "Popen", popen)
    monkeypatch.setattr(sys, "platform", "darwin")
    return started


def test_macos_runs_caffeinate_for_this_process(mac: list[FakeProcess]) -> None:
    awake = KeepAwake()
    assert awake.start() is True
    [process] = mac
    assert process.command == ["caffeinate", "-d", "-i", "-w", str(os.getpid())]
    assert process.kwargs["stdin"] is subprocess.DEVNULL
    awake.stop()
    assert process.events == ["terminate", "wait 2"]


def test_macos_kills_a_caffeinate_that_does_not_end(mac: list[FakeProcess]) -> None:
    awake = KeepAwake()
    awake.start()
    mac[0].stubborn = True
    awake.stop()
    assert mac[0].events == ["terminate", "wait 2", "kill", "wait None"]


def test_macos_without_caffeinate(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def popen(command: list[str], **kwargs: object) -> None:
        raise FileNotFoundError(2, "No such file or directory", "caffeinate")

    monkeypatch.setattr(subprocess, "Popen", popen)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert KeepAwake().start() is False
    assert "cannot run caffeinate" in caplog.text


# -- Linux: D-Bus, for real, in child processes (libdbus reads the bus address once) ------------

CLIENT = textwrap.dedent(
    """
    import logging, sys
    from kiosk.app.pyside_fixes import keep_singletons_alive
    keep_singletons_alive()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stdout)
    from PySide6.QtCore import QCoreApplication
    from kiosk.stand.keepawake import KeepAwake
    app = QCoreApplication([])
    awake = KeepAwake()
    print("started", awake.start(), flush=True)
    if awake.active:
        input()  # the test checks the service, then says go on
        awake.stop()
        print("stopped", flush=True)
        input()  # still alive: the release must not wait for the process to exit
    """
)

SERVICE = textwrap.dedent(
    """
    import sys
    from kiosk.app.pyside_fixes import keep_singletons_alive
    keep_singletons_alive()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher, QDBusVirtualObject

    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    watcher = QDBusServiceWatcher()
    watcher.setConnection(bus)
    watcher.setWatchMode(QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
    watcher.serviceUnregistered.connect(lambda name: print("released", name, flush=True))

    class ScreenSaver(QDBusVirtualObject):
        def introspect(self, path):
            return ""

        def handleMessage(self, message, connection):
            if message.member() == "Inhibit":
                watcher.addWatchedService(message.service())
                print("inhibit", message.service(), *message.arguments(), sep="|", flush=True)
                connection.send(message.createReply(7))
                return True
            return False

    service = ScreenSaver()
    bus.registerVirtualObject("/org/freedesktop/ScreenSaver", service)
    print("ready", bus.registerService("org.freedesktop.ScreenSaver"), flush=True)
    app.exec()
    """
)


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")
    }
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def spawn(script: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def read_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, f"the process ended: {process.communicate()[1]}"
    return line.rstrip("\n")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the D-Bus way is Linux's")
def test_linux_without_a_session_bus_logs_and_returns_false(tmp_path: Path) -> None:
    env = clean_env(XDG_RUNTIME_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", CLIENT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "started False"
    assert lines[0].startswith("INFO keep-awake: no D-Bus session bus (")


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """A private D-Bus session bus for the test; its address."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None or not sys.platform.startswith("linux"):
        pytest.skip("needs dbus-daemon")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_linux_without_a_screen_saver_service_warns(session_bus: str) -> None:
    env = clean_env(DBUS_SESSION_BUS_ADDRESS=session_bus)
    result = subprocess.run(
        [sys.executable, "-c", CLIENT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "WARNING keep-awake: org.freedesktop.ScreenSaver did not answer Inhibit "
        "(org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.ScreenSaver "
        "was not provided by any .service files); the screen may sleep",
        "started False",
    ]


def test_linux_inhibits_and_releases_over_dbus(session_bus: str) -> None:
    env = clean_env(DBUS_SESSION_BUS_ADDRESS=session_bus)
    service = spawn(SERVICE, env)
    client: subprocess.Popen[str] | None = None
    try:
        assert read_line(service) == "ready True"
        client = spawn(CLIENT, env)
        assert (
            read_line(client) == "INFO keep-awake: org.freedesktop.ScreenSaver inhibited (cookie 7)"
        )
        assert read_line(client) == "started True"
        kind, caller, app_name, reason = read_line(service).split("|")
        assert (kind, app_name, reason) == ("inhibit", "InnoKiosk", keepawake.REASON)
        assert client.stdin is not None
        client.stdin.write("\n")
        client.stdin.flush()
        assert read_line(client) == "stopped"
        started = time.monotonic()
        assert read_line(service) == f"released {caller}"
        assert time.monotonic() - started < 5
        assert client.poll() is None, "released only because the client exited"
        client.stdin.write("\n")
        client.stdin.flush()
        assert client.wait(timeout=10) == 0
    finally:
        for process in (client, service):
            if process is not None and process.poll() is None:
                process.kill()
            if process is not None:
                process.communicate(timeout=10)
