"""The end of the desktop session (Windows' shutdown or sign-out, an X11 session manager's
logout) saves the statistics before anything else, then quits with exit code 0; the signal
handlers are put back afterwards. (A real SIGTERM: tests/unit/test_single_instance.py.)"""

from __future__ import annotations

import signal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.stand.shutdown import CleanStop


def test_the_session_end_saves_first_then_quits_with_code_0(qapp: QGuiApplication) -> None:
    saved: list[str] = []
    stop = CleanStop(qapp, lambda: saved.append("statistics"))
    try:
        QTimer.singleShot(0, lambda: stop._on_session_end(object()))
        assert qapp.exec() == 0
    finally:
        stop.restore()
    assert saved == ["statistics"]
    assert stop.reason == "the desktop session is ending"


def test_a_failing_save_still_quits(
    qapp: QGuiApplication, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise OSError("disk full")

    stop = CleanStop(qapp, broken)
    try:
        QTimer.singleShot(0, lambda: stop._on_session_end(object()))
        assert qapp.exec() == 0
    finally:
        stop.restore()
    assert "could not save before the session's end" in caplog.text


def test_sigterm_is_handled_while_running_and_restored_after(qapp: QGuiApplication) -> None:
    before = signal.getsignal(signal.SIGTERM)
    stop = CleanStop(qapp, lambda: None)
    try:
        assert signal.getsignal(signal.SIGTERM) == stop._on_signal
        QTimer.singleShot(0, lambda: signal.raise_signal(signal.SIGTERM))
        assert qapp.exec() == 0
        assert stop.reason == "SIGTERM"
    finally:
        stop.restore()
    assert signal.getsignal(signal.SIGTERM) == before
