"""``innokiosk autostart``: on Linux for real (the entry written, then the command in it run up
to the kiosk's first frame); Windows' Run key with a fake registry; macOS' LaunchAgent in a
temporary home folder."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.stand import autostart
from kiosk.stand.autostart import (
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    exec_line,
    exec_split,
    program_command,
    windows_split,
)

AWKWARD_ARGUMENTS = [
    "/opt/Inno Kiosk/bin/python3",
    'say "hi"',
    "$HOME",
    "100%",
    "back\\slash",
    "C:\\Program Files\\InnoKiosk\\innokiosk.exe",
    "ends in a backslash\\",
    "`tick`",
    "plain",
]


def innokiosk(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_linux_autostart_entry_runs_the_kiosk_it_names(tmp_path: Path) -> None:
    """Enabled from another folder; the ``Exec`` line, run as a desktop session would run it,
    starts this program in kiosk mode under the supervisor, up to its first frame."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = innokiosk("autostart", "enable", "--kiosk", "--supervise", env=env, cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "config" / "autostart" / "innokiosk.desktop"
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    exec_value = next(line for line in text.splitlines() if line.startswith("Exec="))
    command = exec_split(exec_value.removeprefix("Exec="))
    assert command == [os.path.abspath(sys.executable), "-m", "kiosk", "--kiosk", "--supervise"]
    assert f"autostart enabled: {entry}" in result.stdout

    status = innokiosk("autostart", "status", env=env, cwd=elsewhere)
    assert status.returncode == 0 and str(entry) in status.stdout, status.stdout

    started = subprocess.run(
        [*command, "--first-frame-benchmark", "640x400"],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert started.returncode == 0, started.stderr[-3000:]
    assert "FIRST_FRAME " in started.stdout, started.stderr[-3000:]

    disabled = innokiosk("autostart", "disable", env=env, cwd=elsewhere)
    assert disabled.returncode == 0 and not entry.exists(), disabled.stdout
    status = innokiosk("autostart", "status", env=env, cwd=elsewhere)
    assert status.returncode == 1 and "not enabled" in status.stdout


def test_a_frozen_program_starts_itself_and_source_starts_python_m_kiosk() -> None:
    frozen = program_command(["--kiosk"], frozen=True, executable="/opt/InnoKiosk/innokiosk")
    assert frozen == ["/opt/InnoKiosk/innokiosk", "--kiosk"]
    source = program_command([], frozen=False, executable="/srv/venv/bin/python")
    assert source == ["/srv/venv/bin/python", "-m", "kiosk"]


def test_from_source_on_windows_no_console_window_opens(tmp_path: Path) -> None:
    python = tmp_path / "Scripts" / "python.exe"
    python.parent.mkdir()
    python.touch()
    assert program_command([], frozen=False, executable=str(python))[0] == str(python)
    python.with_name("pythonw.exe").touch()
    command = program_command(["--kiosk"], frozen=False, executable=str(python))
    assert command == [str(python.with_name("pythonw.exe")), "-m", "kiosk", "--kiosk"]


def test_options_carry_the_settings_file_and_pack_as_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    options = autostart.kiosk_options(True, False, Path("innokiosk.toml"), "pack")
    assert options == [
        "--kiosk",
        "--config",
        str(tmp_path / "innokiosk.toml"),
        "--content",
        str(tmp_path / "pack"),
    ]


def test_exec_lines_quote_and_read_back_awkward_arguments() -> None:
    line = exec_line(AWKWARD_ARGUMENTS)
    assert '"/opt/Inno Kiosk/bin/python3"' in line and "100%%" in line and '"\\$HOME"' in line
    assert exec_split(line) == AWKWARD_ARGUMENTS


def test_xdg_entry_is_replaced_not_duplicated(tmp_path: Path) -> None:
    entries = XdgAutostart(tmp_path)
    entries.enable(["/a/innokiosk"])
    entries.enable(["/b/innokiosk", "--kiosk"])
    assert [path.name for path in (tmp_path / "autostart").iterdir()] == ["innokiosk.desktop"]
    status = entries.status()
    assert status is not None and status.command == ["/b/innokiosk", "--kiosk"]
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        checked = subprocess.run(
            [validator, str(entries.path)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


# -- Windows: the Run key, with a fake winreg ---------------------------------------------------


class FakeKey:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinreg:
    """The part of ``winreg`` the Run key uses, over a dictionary of keys."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    KEY_QUERY_VALUE = 1
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, str]] = {}

    def CreateKeyEx(self, root: str, path: str, reserved: int, access: int) -> FakeKey:
        return FakeKey(self.keys.setdefault((root, path), {}))

    def OpenKey(self, root: str, path: str, reserved: int, access: int) -> FakeKey:
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return FakeKey(self.keys[(root, path)])

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, value: str) -> None:
        assert kind == self.REG_SZ
        key.values[name] = value

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[str, int]:
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name], self.REG_SZ

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        del key.values[name]


def test_windows_writes_the_command_line_to_the_users_run_key() -> None:
    registry = FakeWinreg()
    run_key = WindowsRunKey(registry)
    assert run_key.status() is None
    command = [r"C:\Program Files\InnoKiosk\innokiosk.exe", "--kiosk", "--supervise"]
    run_key.enable(command)
    value = registry.keys[("HKCU", autostart.RUN_KEY)]["InnoKiosk"]
    assert value == r'"C:\Program Files\InnoKiosk\innokiosk.exe" --kiosk --supervise'
    status = run_key.status()
    assert status is not None and status.command == command
    assert status.location.endswith(r"CurrentVersion\Run\InnoKiosk")
    assert run_key.disable() is not None
    assert run_key.status() is None and run_key.disable() is None


def test_windows_command_lines_read_back_as_written() -> None:
    assert windows_split(subprocess.list2cmdline(AWKWARD_ARGUMENTS)) == AWKWARD_ARGUMENTS


def test_run_autostart_reports_each_action(capsys: pytest.CaptureFixture[str]) -> None:
    run_key = WindowsRunKey(FakeWinreg())
    assert autostart.run_autostart("status", [], run_key) == autostart.EXIT_NOT_ENABLED
    assert autostart.run_autostart("enable", ["--kiosk"], run_key) == 0
    assert autostart.run_autostart("status", [], run_key) == 0
    assert autostart.run_autostart("disable", [], run_key) == 0
    out = capsys.readouterr().out
    assert out.count("autostart enabled:") == 2 and "autostart disabled:" in out


# -- macOS: a LaunchAgent -----------------------------------------------------------------------


def test_macos_launch_agent_starts_the_program_once_at_login(tmp_path: Path) -> None:
    agent = LaunchAgent(tmp_path)
    command = ["/Applications/InnoKiosk.app/Contents/MacOS/innokiosk", "--kiosk"]
    entry = agent.enable(command)
    path = tmp_path / "Library" / "LaunchAgents" / "hk.innokiosk.kiosk.plist"
    assert entry.location == str(path)
    with path.open("rb") as file:
        plist: dict[str, Any] = plistlib.load(file)
    assert plist["Label"] == "hk.innokiosk.kiosk"
    assert plist["ProgramArguments"] == command
    assert plist["RunAtLoad"] is True and plist["KeepAlive"] is False
    status = agent.status()
    assert status is not None and status.command == command
    assert agent.disable() is not None and not path.exists() and agent.status() is None


@pytest.mark.parametrize(
    ("platform", "kind"),
    [("win32", WindowsRunKey), ("darwin", LaunchAgent), ("linux", XdgAutostart)],
)
def test_each_system_has_its_autostart(
    platform: str, kind: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "winreg", FakeWinreg())
    assert isinstance(autostart.backend_for(platform), kind)
