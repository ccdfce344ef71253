"""A clean stop when the system asks: SIGTERM (systemd, a logout, ``kill``), SIGHUP and Ctrl-C,
and the end of the desktop session (Windows' shutdown or sign-out, an X11 session manager's
logout: ``QGuiApplication.commitDataRequest``).

Each ends the event loop with exit code 0, so the kiosk closes as a staff exit does: the
visitor's session is ended and the statistics are written. Python runs a signal handler only
when it gets control, which Qt's event loop does not give it; a light timer does, every 200 ms.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")
WAKE_MS = 200


class CleanStop:
    """Quits ``app`` (exit code 0) on SIGTERM, SIGHUP, SIGINT or the session's end, calling
    ``before_quit`` first at the session's end (the system may end the process soon after).
    :meth:`restore` puts the previous signal handlers back."""

    def __init__(self, app: QGuiApplication, before_quit: Callable[[], None]) -> None:
        self.app = app
        self.before_quit = before_quit
        self.reason: str | None = None
        self._previous: dict[int, Any] = {}
        for name in SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, self._on_signal)
        self._wake = QTimer(app)
        self._wake.setObjectName("signalWake")
        self._wake.setInterval(WAKE_MS)
        self._wake.timeout.connect(lambda: None)  # lets Python run a pending signal handler
        self._wake.start()
        app.commitDataRequest.connect(self._on_session_end)

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        self.stop(signal.Signals(number).name)

    def _on_session_end(self, *manager: object) -> None:
        self.stop("the desktop session is ending")
        try:
            self.before_quit()
        except Exception:
            log.exception("clean stop: could not save before the session's end")

    def stop(self, reason: str) -> None:
        """Ends the event loop with exit code 0 (``reason`` is logged)."""
        if self.reason is None:
            log.info("%s: the kiosk closes", reason)
            self.reason = reason
        self.app.exit(0)

    def restore(self) -> None:
        self._wake.stop()
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous.clear()
