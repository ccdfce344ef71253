"""The kiosk's side of the supervisor's hang check: a GUI-thread timer that writes the file named
in ``INNOKIOSK_HEARTBEAT`` every 5 s. A frozen event loop stops the beats, and the supervisor
restarts the kiosk."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.stand.supervisor import HEARTBEAT_ENV, HEARTBEAT_MS_ENV

log = logging.getLogger(__name__)

INTERVAL_MS = 5000


class _Beat:
    """Writes a counter and the time into the file; a write error is logged once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._warned = False

    def __call__(self) -> None:
        self.count += 1
        try:
            self.path.write_text(f"{self.count} {time.time():.3f}\n", encoding="ascii")
        except OSError as error:
            if not self._warned:
                log.warning("cannot write the heartbeat file %s: %s", self.path, error)
                self._warned = True


def _interval_ms() -> int:
    value = os.environ.get(HEARTBEAT_MS_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else INTERVAL_MS


def start_heartbeat(app: QObject, interval_ms: int | None = None) -> QTimer | None:
    """Starts beating (once now, then every ``interval_ms``, default 5 s or
    ``INNOKIOSK_HEARTBEAT_MS``) when ``INNOKIOSK_HEARTBEAT`` is set; the timer is a child of
    ``app``. Returns the timer, or ``None`` when not supervised."""
    path = os.environ.get(HEARTBEAT_ENV)
    if not path:
        return None
    beat = _Beat(Path(path))
    timer = QTimer(app)
    timer.setObjectName("heartbeat")
    timer.setInterval(interval_ms if interval_ms is not None else _interval_ms())
    timer.timeout.connect(beat)
    beat()
    timer.start()
    log.debug("heartbeat every %d ms to %s", timer.interval(), path)
    return timer
