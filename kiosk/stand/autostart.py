"""``innokiosk autostart enable|disable|status``: start the kiosk when the stand's user logs in.

Linux and BSD: an XDG autostart entry, ``$XDG_CONFIG_HOME/autostart/innokiosk.desktop``, which
desktop sessions (GNOME, KDE, Xfce, LXQt…) start at login. Windows: the value ``InnoKiosk`` of
the user's ``Run`` key (``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``). macOS: a
LaunchAgent, ``~/Library/LaunchAgents/hk.innokiosk.kiosk.plist``, loaded at login.

Each holds the exact command of the program that wrote it: the executable when frozen, else this
Python interpreter with ``-m kiosk`` (a virtual environment's interpreter keeps its packages), and
``--kiosk``, ``--supervise``, ``--config`` and ``--content`` when asked for. A systemd user unit
for stands without a desktop session is in docs/DEPLOY.md.
"""

from __future__ import annotations

import logging
import os
import plistlib
import re
import shlex
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger(__name__)

APP_NAME = "InnoKiosk"
DESKTOP_FILE = "innokiosk.desktop"
LAUNCH_AGENT_LABEL = "hk.innokiosk.kiosk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
EXIT_ENABLED = 0
EXIT_NOT_ENABLED = 1


@dataclass(frozen=True)
class Entry:
    """An autostart entry: where it is and the command it starts."""

    location: str
    command: list[str]


class Backend(Protocol):
    def enable(self, command: Sequence[str]) -> Entry: ...

    def disable(self) -> Entry | None: ...

    def status(self) -> Entry | None: ...


def program_command(
    options: Sequence[str] = (), frozen: bool | None = None, executable: str | None = None
) -> list[str]:
    """The command that starts this program again: ``[executable]`` when frozen, else
    ``[python, "-m", "kiosk"]``, followed by ``options``."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    # Not resolved: a virtual environment's python is a link to the base interpreter, and only
    # through the link does it find the environment's packages.
    program = os.path.abspath(executable or sys.executable)
    if frozen:
        return [program, *options]
    return [windowless(program), "-m", "kiosk", *options]


def windowless(python: str) -> str:
    """On Windows ``pythonw.exe`` beside ``python.exe``: no console window at sign-in (the kiosk
    logs to its file)."""
    path = Path(python)
    if path.name.lower() == "python.exe" and path.with_name("pythonw.exe").is_file():
        return str(path.with_name("pythonw.exe"))
    return python


def kiosk_options(
    kiosk: bool, supervise: bool, config: Path | None = None, content: str | None = None
) -> list[str]:
    """The kiosk's options for an autostart command; paths made absolute."""
    options = []
    if kiosk:
        options.append("--kiosk")
    if supervise:
        options.append("--supervise")
    if config is not None:
        options += ["--config", os.path.abspath(config)]
    if content is not None:
        options += ["--content", os.path.abspath(content)]
    return options


# -- Linux and BSD: an XDG autostart entry ------------------------------------------------------

# Characters that make an argument need quoting in a desktop entry's Exec key (Desktop Entry
# Specification, "The Exec key"), and those escaped inside the quotes.
_EXEC_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")
_EXEC_ESCAPED = re.compile(r"""(["`$\\])""")


def exec_quote(argument: str) -> str:
    """One argument of an ``Exec`` key, quoted when it needs to be; ``%`` doubled."""
    argument = argument.replace("%", "%%")
    if argument and not _EXEC_RESERVED.search(argument):
        return argument
    return '"' + _EXEC_ESCAPED.sub(r"\\\1", argument) + '"'


def exec_line(command: Sequence[str]) -> str:
    return " ".join(exec_quote(argument) for argument in command)


def exec_split(line: str) -> list[str]:
    """The arguments of an ``Exec`` key (the reverse of :func:`exec_line`)."""
    arguments: list[str] = []
    current: list[str] = []
    in_word = quoted = False
    index = 0
    while index < len(line):
        char = line[index]
        if quoted:
            if char == "\\" and index + 1 < len(line):
                index += 1
                current.append(line[index])
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == '"':
            quoted = in_word = True
        elif char.isspace():
            if in_word:
                arguments.append("".join(current))
                current, in_word = [], False
        else:
            current.append(char)
            in_word = True
        index += 1
    if quoted:
        raise ValueError(f"unterminated quote in Exec={line}")
    if in_word:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def desktop_entry(command: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Hong Kong's ten I&T achievements of 2023, as a touch kiosk\n"
        f"Exec={exec_line(command)}\n"
        "Icon=innokiosk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        "X-GNOME-Autostart-Delay=2\n"
    )


class XdgAutostart:
    """``innokiosk.desktop`` in ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``)."""

    def __init__(self, config_home: Path | None = None) -> None:
        home = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = home / "autostart" / DESKTOP_FILE

    def enable(self, command: Sequence[str]) -> Entry:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(desktop_entry(command), encoding="utf-8")
        temporary.replace(self.path)
        return Entry(str(self.path), list(command))

    def disable(self) -> Entry | None:
        entry = self.status()
        self.path.unlink(missing_ok=True)
        return entry

    def status(self) -> Entry | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return None
        for line in text.splitlines():
            if line.startswith("Exec="):
                return Entry(str(self.path), exec_split(line.removeprefix("Exec=")))
        return Entry(str(self.path), [])


# -- Windows: the user's Run key ----------------------------------------------------------------


class WindowsRunKey:
    """The value ``InnoKiosk`` under ``HKEY_CURRENT_USER\\...\\Run`` (``winreg`` is passed in
    by tests; it exists only on Windows)."""

    def __init__(self, registry: Any = None) -> None:
        if registry is None:
            import winreg

            registry = winreg
        self.registry = registry

    @property
    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_NAME}"

    def enable(self, command: Sequence[str]) -> Entry:
        reg = self.registry
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, subprocess.list2cmdline(command))
        return Entry(self.location, list(command))

    def disable(self) -> Entry | None:
        entry = self.status()
        if entry is not None:
            reg = self.registry
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, APP_NAME)
        return entry

    def status(self) -> Entry | None:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_QUERY_VALUE) as key:
                value, _ = reg.QueryValueEx(key, APP_NAME)
        except OSError:
            return None
        return Entry(self.location, windows_split(str(value)))


def windows_split(line: str) -> list[str]:
    """The arguments of a Windows command line as ``list2cmdline`` writes it (quotes and
    backslashes before quotes, as the C runtime reads them)."""
    arguments: list[str] = []
    current: list[str] = []
    in_word = quoted = False
    backslashes = 0
    for char in line:
        if char == "\\":
            backslashes += 1
            in_word = True
            continue
        if char == '"':
            current.append("\\" * (backslashes // 2))
            if backslashes % 2:
                current.append('"')
            else:
                quoted = not quoted
            backslashes = 0
            in_word = True
            continue
        current.append("\\" * backslashes)
        backslashes = 0
        if char.isspace() and not quoted:
            if in_word:
                arguments.append("".join(current))
                current, in_word = [], False
        else:
            current.append(char)
            in_word = True
    current.append("\\" * backslashes)
    if in_word:
        arguments.append("".join(current))
    return arguments


# -- macOS: a LaunchAgent -----------------------------------------------------------------------


class LaunchAgent:
    """``~/Library/LaunchAgents/hk.innokiosk.kiosk.plist``: run once at login (``RunAtLoad``),
    not kept alive by launchd (``--supervise`` restarts the kiosk; a staff exit stays an exit)."""

    def __init__(self, home: Path | None = None) -> None:
        self.path = (
            (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        )

    def enable(self, command: Sequence[str]) -> Entry:
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("wb") as file:
            plistlib.dump(agent, file)
        return Entry(str(self.path), list(command))

    def disable(self) -> Entry | None:
        entry = self.status()
        self.path.unlink(missing_ok=True)
        return entry

    def status(self) -> Entry | None:
        try:
            with self.path.open("rb") as file:
                agent = plistlib.load(file)
        except (OSError, plistlib.InvalidFileException):
            return None
        arguments = agent.get("ProgramArguments", []) if isinstance(agent, dict) else []
        return Entry(str(self.path), [str(argument) for argument in arguments])


def shown(command: Sequence[str]) -> str:
    """A command as this system's shell would take it."""
    return subprocess.list2cmdline(command) if sys.platform == "win32" else shlex.join(command)


def backend_for(platform: str | None = None) -> Backend:
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return LaunchAgent()
    return XdgAutostart()


def run_autostart(action: str, options: Sequence[str], backend: Backend | None = None) -> int:
    """``enable`` (with the kiosk's ``options``), ``disable`` or ``status``; prints what it did.
    Exit 0, or 1 for ``status`` when nothing starts the kiosk."""
    backend = backend or backend_for()
    if action == "enable":
        written = backend.enable(program_command(options))
        print(f"autostart enabled: {written.location}\ncommand: {shown(written.command)}")
        return EXIT_ENABLED
    if action == "disable":
        removed = backend.disable()
        print(
            f"autostart disabled: {removed.location} removed"
            if removed
            else "autostart: not enabled"
        )
        return EXIT_ENABLED
    entry = backend.status()
    if entry is None:
        print("autostart: not enabled")
        return EXIT_NOT_ENABLED
    print(f"autostart enabled: {entry.location}\ncommand: {shown(entry.command)}")
    return EXIT_ENABLED
