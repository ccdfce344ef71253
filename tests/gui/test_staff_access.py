"""StaffAccess, the PIN pad's back end, from QML: answers, attempts left, the lockout countdown."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from pytestqt.qtbot import QtBot

from kiosk.settings.config import ConfigWriteError
from kiosk.settings.pin import LOCKOUT_SECONDS, MAX_ATTEMPTS, PinGuard, hash_pin, verify_pin
from kiosk.ui.staff import StaffAccess

PIN = "2468"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin(PIN)


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def staff_for(pin_hash: str | None, clock: FakeClock, **kwargs: object) -> StaffAccess:
    return StaffAccess(PinGuard(pin_hash, clock), **kwargs)  # type: ignore[arg-type]


QML = b"""
import QtQml
import Kiosk.Backend

QtObject {
    required property StaffAccess staff
    property int left: staff.attemptsLeft
    property int wait: staff.lockedSeconds
    property bool configured: staff.pinConfigured
    property int longest: staff.pinMaxLength
    function enter(pin: string): string { return staff.tryPin(pin) }
}
"""


def test_qml_sees_the_answers_and_the_counts(qtbot: QtBot, stored: str) -> None:
    clock = FakeClock()
    staff = staff_for(stored, clock)
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(QML, QUrl("inline.qml"))
    root = component.createWithInitialProperties({"staff": staff})
    assert root is not None, component.errorString()
    assert (root.property("left"), root.property("configured")) == (MAX_ATTEMPTS, True)
    assert root.property("longest") == 12

    def enter(pin: str) -> str:
        result = QMetaObject.invokeMethod(
            root, "enter", Q_RETURN_ARG("QString"), Q_ARG("QString", pin)
        )
        return str(result)

    assert enter("1111") == "rejected"
    assert root.property("left") == MAX_ATTEMPTS - 1
    assert enter(PIN) == "accepted"
    assert root.property("left") == MAX_ATTEMPTS
    for _ in range(MAX_ATTEMPTS - 1):
        assert enter("1111") == "rejected"
    assert enter("1111") == "locked"
    assert (root.property("left"), root.property("wait")) == (0, LOCKOUT_SECONDS)
    assert enter(PIN) == "locked"
    shiboken6.delete(root)  # before the StaffAccess it binds to goes
    shiboken6.delete(engine)


def test_locked_seconds_counts_down_then_the_pad_opens(qtbot: QtBot, stored: str) -> None:
    clock = FakeClock()
    staff = staff_for(stored, clock, tick_ms=10)
    for _ in range(MAX_ATTEMPTS):
        staff.tryPin("0000")
    assert staff.property("lockedSeconds") == 60
    seen: list[int] = []
    staff.stateChanged.connect(lambda: seen.append(staff.property("lockedSeconds")))
    clock.now += 30
    qtbot.waitUntil(lambda: 30 in seen, timeout=2000)
    clock.now += 30
    qtbot.waitUntil(lambda: seen[-1] == 0, timeout=2000)
    qtbot.waitUntil(lambda: not staff._timer.isActive(), timeout=2000)
    assert staff.property("attemptsLeft") == MAX_ATTEMPTS
    assert staff.tryPin(PIN) == "accepted"


def test_no_pin_set_refuses_everything(qtbot: QtBot) -> None:
    staff = staff_for(None, FakeClock())
    assert staff.property("pinConfigured") is False
    assert [staff.tryPin(pin) for pin in ("", "1234", PIN)] == ["unset"] * 3
    assert staff.property("lockedSeconds") == 0


def test_a_new_pin_is_saved_then_opens_the_pad(qtbot: QtBot) -> None:
    saved: list[str] = []
    staff = StaffAccess(PinGuard(None, FakeClock()), saved.append)
    with qtbot.waitSignal(staff.stateChanged):
        assert staff.setPin(PIN) == "saved"
    assert staff.property("pinConfigured") is True
    assert len(saved) == 1 and verify_pin(PIN, saved[0])
    assert staff.tryPin("1111") == "rejected"
    assert staff.tryPin(PIN) == "accepted"


def test_a_bad_new_pin_changes_nothing(qtbot: QtBot, stored: str) -> None:
    saved: list[str] = []
    staff = StaffAccess(PinGuard(stored, FakeClock()), saved.append)
    assert [staff.setPin(pin) for pin in ("123", "12345678901234", "12a4")] == ["invalid"] * 3
    assert saved == [] and staff.tryPin(PIN) == "accepted"


def test_a_pin_that_cannot_be_saved_is_not_taken(qtbot: QtBot, stored: str) -> None:
    def refuse(pin_hash: str) -> None:
        raise ConfigWriteError("innokiosk.toml: cannot write: Read-only file system")

    staff = StaffAccess(PinGuard(stored, FakeClock()), refuse)
    assert staff.setPin("1357") == "not-saved"
    assert staff.tryPin("1357") == "rejected", "the old PIN stays"
    assert staff.tryPin(PIN) == "accepted"


def test_a_new_pin_ends_a_lockout(qtbot: QtBot, stored: str) -> None:
    staff = staff_for(stored, FakeClock())
    for _ in range(MAX_ATTEMPTS):
        staff.tryPin("0000")
    assert staff.tryPin(PIN) == "locked"
    assert staff.setPin("1357") == "saved"
    assert staff.tryPin("1357") == "accepted"


def test_the_pin_is_never_logged(
    qtbot: QtBot, stored: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    staff = staff_for(stored, FakeClock())
    staff.tryPin("13579")
    staff.tryPin(PIN)
    assert "staff PIN rejected (4 attempts left)" in caplog.text
    assert "staff PIN accepted" in caplog.text
    assert "13579" not in caplog.text
    assert PIN not in caplog.text
