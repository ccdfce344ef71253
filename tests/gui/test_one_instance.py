"""One kiosk at a time, inside the running kiosk: a second launch's request brings a hidden
kiosk window back on screen, and a second claim on the same name fails while the first holds it.
(Real processes: tests/unit/test_single_instance.py.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.stand.single_instance import (
    SingleInstance,
    allow_foreground,
    instance_name,
    tell_running,
)
from tests.gui.conftest import Kiosk

# The offscreen platform cannot raise a window, and says so; a real one raises it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.mark.parametrize("kiosk_mode", [False, True], ids=["window", "kiosk mode"])
def test_a_second_launch_brings_the_hidden_kiosk_back(
    open_kiosk: Callable[..., Kiosk], qtbot: QtBot, tmp_path: Path, kiosk_mode: bool
) -> None:
    kiosk = open_kiosk(kiosk_mode=kiosk_mode)
    name = instance_name(tmp_path)
    instance = SingleInstance(name, kiosk.engine.bring_to_front)
    try:
        assert instance.claim()
        assert not SingleInstance(name, lambda: None).claim(), "a second kiosk got the claim"
        kiosk.window.hide()
        assert tell_running(name)
        qtbot.waitUntil(kiosk.window.isVisible, timeout=5000)
        minimized = kiosk.window.Visibility.Minimized
        kiosk.window.showMinimized()
        qtbot.waitUntil(lambda: kiosk.window.visibility() == minimized, timeout=5000)
        assert tell_running(name)
        qtbot.waitUntil(lambda: kiosk.window.visibility() != minimized, timeout=5000)
        if kiosk_mode:
            assert kiosk.window.visibility() == kiosk.window.Visibility.FullScreen
    finally:
        instance.release()
    assert SingleInstance(name, lambda: None).claim(), "the claim was not released"


def test_names_differ_by_statistics_folder(tmp_path: Path) -> None:
    assert instance_name(tmp_path / "a") != instance_name(tmp_path / "b")
    assert instance_name(tmp_path / "a") == instance_name(tmp_path / "a")


def test_on_windows_a_second_launch_lets_the_kiosk_take_the_foreground() -> None:
    calls: list[int] = []

    class User32:
        def AllowSetForegroundWindow(self, pid: int) -> int:
            calls.append(pid)
            return 1

    class Windll:
        user32 = User32()

    allow_foreground(Windll())
    assert calls == [-1]  # ASFW_ANY
