"""The rules of kiosk mode, without a window: what follows from the mode, the keys each mode
refuses or acts on, and that kiosk mode is entered only with a staff PIN."""

from __future__ import annotations

import pytest

from kiosk.settings.pin import PinGuard, hash_pin
from kiosk.ui.idle import IdleMonitor
from kiosk.ui.kiosk_mode import KIOSK_SWALLOWED, KeyAction, KioskMode, key_action
from kiosk.ui.staff import StaffAccess

PIN = "2468"


def mode_for(kiosk: bool, pin_hash: str | None) -> tuple[KioskMode, StaffAccess, IdleMonitor]:
    staff = StaffAccess(PinGuard(pin_hash))
    idle = IdleMonitor()
    return KioskMode(kiosk, staff, idle), staff, idle


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin(PIN)


def test_a_window_without_a_pin_opens_the_staff_panel_directly() -> None:
    mode, _staff, idle = mode_for(False, None)
    assert mode.property("kiosk") is False
    assert mode.property("staffNeedsPin") is False
    assert mode.closes and not idle.hides_cursor


def test_a_window_with_a_pin_asks_for_it(stored: str) -> None:
    mode, _staff, _idle = mode_for(False, stored)
    assert mode.property("staffNeedsPin") is True
    assert mode.closes


def test_kiosk_mode_needs_the_pin_hides_the_cursor_and_refuses_to_close() -> None:
    mode, _staff, idle = mode_for(True, None)
    assert mode.property("staffNeedsPin") is True, "even with no PIN set: nobody gets in"
    assert idle.hides_cursor
    assert not mode.closes
    mode.allow_close()
    assert mode.closes, "a staff exit closes it"


def test_entering_kiosk_mode_without_a_pin_changes_nothing() -> None:
    mode, _staff, idle = mode_for(False, None)
    changes: list[None] = []
    mode.changed.connect(lambda: changes.append(None))
    assert mode.enterKioskMode() == "pin-needed"
    assert mode.property("kiosk") is False and mode.closes and not idle.hides_cursor
    assert changes == []


def test_setting_a_pin_then_entering_and_leaving_switches_every_consequence() -> None:
    mode, staff, idle = mode_for(False, None)
    changes: list[None] = []
    mode.changed.connect(lambda: changes.append(None))
    assert staff.setPin(PIN) == "saved"
    assert changes, "staffNeedsPin is re-read when a PIN is set"
    assert mode.enterKioskMode() == "kiosk"
    assert (mode.property("kiosk"), mode.property("staffNeedsPin")) == (True, True)
    assert idle.hides_cursor and not mode.closes
    mode.leaveKioskMode()
    assert mode.property("kiosk") is False
    assert not idle.hides_cursor and mode.closes
    assert mode.property("staffNeedsPin") is True, "the PIN set stays set"


@pytest.mark.parametrize("keys", sorted(KIOSK_SWALLOWED))
def test_kiosk_mode_swallows_the_keys_that_leave_or_change_the_window(keys: str) -> None:
    assert key_action(True, keys) is KeyAction.SWALLOW


@pytest.mark.parametrize(
    ("keys", "action"),
    [
        ("F11", KeyAction.FULL_SCREEN),
        ("F5", KeyAction.PRESENT),
        ("Ctrl+Q", KeyAction.CLOSE),
        ("Ctrl+W", KeyAction.CLOSE),
        ("Alt+F4", KeyAction.NONE),  # the window manager's, not the kiosk's
    ],
)
def test_in_a_window_the_same_keys_act(keys: str, action: KeyAction) -> None:
    assert key_action(False, keys) is action


@pytest.mark.parametrize("keys", ["Esc", "Backspace", "Left", "Right", "Return", "Tab", "1"])
def test_the_visitors_keys_pass_in_both_modes(keys: str) -> None:
    assert key_action(True, keys) is KeyAction.NONE
    assert key_action(False, keys) is KeyAction.NONE
