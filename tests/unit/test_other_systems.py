"""Where the kiosk keeps its settings, statistics and logs on Windows and macOS (platformdirs'
own code for each, with the system's folders faked), and the icons the Windows executable and
the macOS bundle carry. (Keep-awake: test_keepawake.py; autostart: test_autostart.py; the
version resource and Info.plist: tests/build/test_build_rules.py.)"""

from __future__ import annotations

import struct
from pathlib import Path, PurePosixPath, PureWindowsPath

import platformdirs
import platformdirs.macos
import platformdirs.windows
import pytest

from kiosk.settings.config import user_config_path
from kiosk.stand.logsetup import log_dir
from kiosk.stats.store import default_path
from tests.conftest import ROOT

LOCAL_APPDATA = r"C:\Users\stand\AppData\Local"
XDG_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", {"CSIDL_LOCAL_APPDATA": LOCAL_APPDATA}.__getitem__
    )


@pytest.fixture
def macos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable in XDG_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return tmp_path


@pytest.mark.usefixtures("windows")
def test_windows_keeps_everything_in_the_users_local_appdata() -> None:
    folder = PureWindowsPath(LOCAL_APPDATA, "InnoKiosk")
    assert PureWindowsPath(user_config_path()) == folder / "innokiosk.toml"
    assert PureWindowsPath(default_path()) == folder / "stats.sqlite3"
    assert PureWindowsPath(log_dir()) == folder / "Logs"


def test_macos_keeps_settings_and_statistics_in_application_support(macos: Path) -> None:
    support = PurePosixPath(macos, "Library", "Application Support", "InnoKiosk")
    assert PurePosixPath(user_config_path()) == support / "innokiosk.toml"
    assert PurePosixPath(default_path()) == support / "stats.sqlite3"
    assert PurePosixPath(log_dir()) == PurePosixPath(macos, "Library", "Logs", "InnoKiosk")


def test_the_windows_icon_holds_every_size_the_shell_shows() -> None:
    data = (ROOT / "assets" / "icons" / "innokiosk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    sizes = {(data[6 + 16 * i] or 256) for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes, sizes


def test_the_macos_icon_is_a_complete_icns_with_retina_sizes() -> None:
    data = (ROOT / "assets" / "icons" / "innokiosk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = set(), 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert length >= 8, "a broken icns entry"
        kinds.add(kind.decode("ascii"))
        offset += length
    assert offset == len(data)
    assert {"ic10", "ic07"} <= kinds, kinds  # 1024 (512@2x) and 128 pixels
