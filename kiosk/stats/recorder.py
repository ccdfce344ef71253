"""The recorder the interface calls: cheap, never blocking, never raising.

Each call only puts a small record on a queue; a background thread writes the queue to the
database every :data:`FLUSH_INTERVAL_S` seconds in one transaction, so a power cut loses at most
the last second. A database that cannot be opened or written (read-only folder, full disk,
corrupt file) is logged and the records are dropped: the kiosk carries on.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.stats import store

log = logging.getLogger(__name__)

FLUSH_INTERVAL_S = 0.5
QUEUE_LIMIT = 10_000
RETRY_OPEN_S = 60.0

Clock = Callable[[], float]


@dataclass(frozen=True)
class _Start:
    at: float
    language: str


@dataclass(frozen=True)
class _End:
    at: float
    reason: str


@dataclass(frozen=True)
class _View:
    number: int
    started: float
    dwell: float


@dataclass(frozen=True)
class _Event:
    kind: str
    detail: str
    at: float


@dataclass(frozen=True)
class _Flushed:
    done: threading.Event


_Record = _Start | _End | _View | _Event | _Flushed


class Recorder:
    """Records sessions, achievement views and events; see :mod:`kiosk.stats.store`.

    ``clock`` gives unix seconds (tests pass a fake one). Call :meth:`close` at exit.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        clock: Clock = time.time,
        flush_interval: float = FLUSH_INTERVAL_S,
        retention_days: float = store.RETENTION_DAYS,
        max_bytes: int = store.MAX_BYTES,
    ) -> None:
        self.path = path if path is not None else store.default_path()
        self._clock = clock
        self._interval = flush_interval
        self._retention_days = retention_days
        self._max_bytes = max_bytes
        self._queue: queue.Queue[_Record] = queue.Queue(QUEUE_LIMIT)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._session_open = False
        self._view: tuple[int, float] | None = None
        self._dropped = 0
        # Writer-thread state.
        self._conn: sqlite3.Connection | None = None
        self._session_id: int | None = None
        self._next_open = 0.0
        self._next_prune = 0.0
        self._failing = False
        self._thread = threading.Thread(target=self._run, name="stats-writer", daemon=True)
        self._thread.start()

    # -- the interface's calls (UI thread) ---------------------------------------------------

    @property
    def session_open(self) -> bool:
        return self._session_open

    def start_session(self, language: str) -> None:
        """A visitor's session begins (a session still open is ended first, as ``"idle"``)."""
        if self._session_open:
            self.end_session("idle")
        self._session_open = True
        self._put(_Start(self._now(), str(language)))

    def end_session(self, reason: str) -> None:
        """The session ends: ``"idle"``, ``"staff"`` or ``"exit"``; an open view ends first."""
        if reason not in store.END_REASONS:
            log.warning("statistics: unknown session end reason %r", reason)
            return
        self.view_ended()
        if not self._session_open:
            return
        self._session_open = False
        self._put(_End(self._now(), reason))

    def view_started(self, number: int) -> None:
        """Achievement ``number``'s page opened (a view still open ends first)."""
        self.view_ended()
        self._view = (int(number), self._now())

    def view_ended(self) -> None:
        """The open achievement page closed; its dwell time is recorded."""
        if self._view is None:
            return
        number, started = self._view
        self._view = None
        self._put(_View(number, started, max(0.0, self._now() - started)))

    def event(self, kind: str, detail: str = "") -> None:
        """Something happened: ``"timeline"``, ``"qr_shown"``, ``"presentation_run"`` or
        ``"language"`` (``detail``: the new language, which also becomes the session's)."""
        if kind not in store.EVENT_KINDS:
            log.warning("statistics: unknown event kind %r", kind)
            return
        self._put(_Event(kind, str(detail)[:100], self._now()))

    def flush(self, timeout: float = 5.0) -> bool:
        """Waits until everything recorded so far is written (or dropped); tests use it."""
        if not self._thread.is_alive():
            return False
        done = threading.Event()
        self._put(_Flushed(done))
        self._wake.set()
        return done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Writes what is left and stops the writer. Open views/sessions stay as they are: end
        the session first (reason ``"exit"``) to record its end."""
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("statistics: the writer did not finish within %.1f s", timeout)

    def _now(self) -> float:
        try:
            return float(self._clock())
        except Exception:
            log.exception("statistics: the clock failed")
            return time.time()

    def _put(self, record: _Record) -> None:
        try:
            self._queue.put_nowait(record)
        except queue.Full:
            self._dropped += 1
            if self._dropped in (1, 100) or self._dropped % 10_000 == 0:
                log.warning("statistics: queue full, %d record(s) dropped", self._dropped)

    # -- the writer thread --------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                self._wake.wait(self._interval)
                self._wake.clear()
                self._write_pending()
            self._write_pending()
        except Exception:  # never let the thread die silently
            log.exception("statistics: the writer stopped")
        finally:
            self._close_connection()

    def _drain(self) -> list[_Record]:
        records: list[_Record] = []
        while True:
            try:
                records.append(self._queue.get_nowait())
            except queue.Empty:
                return records

    def _write_pending(self) -> None:
        records = self._drain()
        data = [record for record in records if not isinstance(record, _Flushed)]
        if data:
            conn = self._connection()
            if conn is None:
                self._session_id = None
            else:
                self._write(conn, data)
        for record in records:
            if isinstance(record, _Flushed):
                record.done.set()
        self._maybe_prune()

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is not None:
            return self._conn
        now = time.monotonic()
        if now < self._next_open:
            return None
        try:
            self._conn = store.connect(self.path)
        except (sqlite3.Error, OSError) as error:
            self._next_open = now + RETRY_OPEN_S
            if not self._failing:
                log.error("statistics: cannot open %s (%s); not recording", self.path, error)
            self._failing = True
            return None
        if self._failing:
            log.info("statistics: recording to %s again", self.path)
        self._failing = False
        return self._conn

    def _write(self, conn: sqlite3.Connection, records: Sequence[_Record]) -> None:
        session = self._session_id
        try:
            with store.transaction(conn):
                for record in records:
                    session = self._apply(conn, record, session)
        except (sqlite3.Error, OSError) as error:
            self._session_id = None
            if not self._failing:
                log.error("statistics: cannot write to %s (%s); dropped", self.path, error)
            self._failing = True
            if isinstance(error, sqlite3.DatabaseError) and not isinstance(
                error, sqlite3.OperationalError
            ):  # a corrupt or foreign file: stop using it
                self._close_connection()
            return
        if self._failing:
            log.info("statistics: writing to %s again", self.path)
        self._failing = False
        self._session_id = session

    @staticmethod
    def _apply(conn: sqlite3.Connection, record: _Record, session: int | None) -> int | None:
        if isinstance(record, _Start):
            cursor = conn.execute(
                "INSERT INTO sessions (started, language) VALUES (?, ?)",
                (record.at, record.language),
            )
            return cursor.lastrowid
        if isinstance(record, _End):
            if session is not None:
                conn.execute(
                    "UPDATE sessions SET ended = ?, end_reason = ? WHERE id = ?",
                    (record.at, record.reason, session),
                )
            return None
        if isinstance(record, _View):
            conn.execute(
                "INSERT INTO views (session_id, number, started, dwell_seconds) "
                "VALUES (?, ?, ?, ?)",
                (session, record.number, record.started, record.dwell),
            )
        elif isinstance(record, _Event):
            conn.execute(
                "INSERT INTO events (session_id, kind, detail, at) VALUES (?, ?, ?, ?)",
                (session, record.kind, record.detail, record.at),
            )
            if record.kind == "language" and session is not None and record.detail:
                conn.execute(
                    "UPDATE sessions SET language = ? WHERE id = ?", (record.detail, session)
                )
        return session

    def _close_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None
            self._next_open = time.monotonic() + RETRY_OPEN_S

    def _maybe_prune(self) -> None:
        now = time.monotonic()
        if now < self._next_prune:
            return
        conn = self._connection()
        if conn is None:
            return
        self._next_prune = now + store.DAY_S
        try:
            store.prune(
                conn,
                self._now(),
                retention_days=self._retention_days,
                max_bytes=self._max_bytes,
            )
        except (sqlite3.Error, OSError) as error:
            log.error("statistics: cannot prune %s (%s)", self.path, error)
