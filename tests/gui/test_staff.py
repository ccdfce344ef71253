"""Staff get in with a three-second press on the top-left corner and their PIN, and only so."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from kiosk.settings.pin import hash_pin
from tests.gui.conftest import Kiosk
from tests.unit.test_broken_packs import MINIMAL

PIN = "2468"
CORNER = QPoint(20, 20)


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin(PIN)


def enter(kiosk: Kiosk, pin: str) -> None:
    for digit in pin:
        kiosk.touch_tap(f"pinKey-{digit}")
    kiosk.touch_tap("pinKey-OK")


def test_a_short_press_on_the_corner_does_nothing(
    open_kiosk: Callable[..., Kiosk], pin_hash: str
) -> None:
    kiosk = open_kiosk(kiosk_mode=True, pin_hash=pin_hash)
    kiosk.touch_hold(CORNER, 800)
    assert not kiosk.has("pinPad")


def test_the_right_pin_opens_the_staff_panel_and_exit_works(
    open_kiosk: Callable[..., Kiosk], pin_hash: str
) -> None:
    kiosk = open_kiosk(kiosk_mode=True, pin_hash=pin_hash)
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("pinPad"))
    enter(kiosk, PIN)
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    assert "embedded" in str(kiosk.item("contentStatus").property("text"))
    assert kiosk.window.close() is False, "no close before the staff exit"
    kiosk.touch_tap("staffExit")
    kiosk.wait_until(lambda: not kiosk.window.isVisible())


def test_wrong_pins_are_refused_and_five_lock_the_pad(
    open_kiosk: Callable[..., Kiosk], pin_hash: str
) -> None:
    kiosk = open_kiosk(kiosk_mode=True, pin_hash=pin_hash)
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("pinPad"))
    for attempt in range(5):
        enter(kiosk, "1111")
        assert not kiosk.has("staffPanel"), f"wrong PIN {attempt + 1} let staff in"
    enter(kiosk, PIN)
    assert not kiosk.has("staffPanel"), "the right PIN during the lockout is refused too"
    assert "60" in str(kiosk.item("pinMessage").property("text")) or "5" in str(
        kiosk.item("pinMessage").property("text")
    )


def test_without_a_pin_kiosk_mode_lets_nobody_in(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(kiosk_mode=True, pin_hash=None)
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("pinPad"))
    enter(kiosk, "0000")
    assert not kiosk.has("staffPanel")
    assert "set-pin" in str(kiosk.item("pinMessage").property("text"))


def test_the_panel_shows_a_rejected_pack_and_reloads_a_fixed_one(
    open_kiosk: Callable[..., Kiosk], tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(MINIMAL, pack)
    (pack / "pictures" / "first.svg").unlink()
    kiosk = open_kiosk(content=str(pack))
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    assert "pictures/first.svg" in str(kiosk.item("contentProblems").property("text"))
    shutil.copy(MINIMAL / "pictures" / "first.svg", pack / "pictures" / "first.svg")
    kiosk.touch_tap("staffReload")
    kiosk.wait_until(lambda: kiosk.engine.exhibition.packLabel == str(pack))
    assert not kiosk.has("contentProblems")
