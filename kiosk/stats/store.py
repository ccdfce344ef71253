"""The statistics database: an SQLite event log, safe against a power cut.

File: ``platformdirs.user_data_dir("InnoKiosk")/stats.sqlite3`` (``~/.local/share/InnoKiosk`` on
Linux, moved by ``XDG_DATA_HOME``). WAL journal with ``synchronous=NORMAL``: a crash or a power
cut loses at most the last transactions, never the database.

Tables (``PRAGMA user_version`` holds :data:`SCHEMA_VERSION`):

- ``sessions(id, started, ended, language, end_reason)`` — one visitor session; ``end_reason``
  is ``"idle"``, ``"staff"`` or ``"exit"``, and ``NULL`` while the session is open (or when the
  kiosk died during it). ``language`` is the language the session was last shown in.
- ``views(session_id, number, started, dwell_seconds)`` — an achievement's page was open
  ``dwell_seconds`` long.
- ``events(session_id, kind, detail, at)`` — ``kind`` is ``"timeline"``, ``"qr_shown"``,
  ``"presentation_run"`` or ``"language"``; ``detail`` is the kiosk's own text (an achievement
  number, a language code), never anything a visitor typed.

Times are **unix seconds (UTC, REAL)**; reports turn them into the kiosk's local time.
No personal data: nothing identifies a visitor, a device or a person.

Retention: rows older than ``retention_days`` (365) are deleted, and when the data grows beyond
``max_bytes`` (50 MB) the oldest sessions go first; both at start-up and once a day.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from kiosk.constants import APP_NAME

log = logging.getLogger(__name__)

FILE_NAME = "stats.sqlite3"
SCHEMA_VERSION = 1
RETENTION_DAYS = 365
MAX_BYTES = 50 * 1024 * 1024
DAY_S = 86_400.0

END_REASONS = ("idle", "staff", "exit")
EVENT_KINDS = ("timeline", "qr_shown", "presentation_run", "language")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    started REAL NOT NULL,
    ended REAL,
    language TEXT,
    end_reason TEXT CHECK (end_reason IN ('idle', 'staff', 'exit'))
);
CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started);
CREATE TABLE IF NOT EXISTS views (
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    started REAL NOT NULL,
    dwell_seconds REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS views_session ON views(session_id);
CREATE INDEX IF NOT EXISTS views_started ON views(started);
CREATE TABLE IF NOT EXISTS events (
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind IN ('timeline', 'qr_shown', 'presentation_run', 'language')),
    detail TEXT NOT NULL DEFAULT '',
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_session ON events(session_id);
CREATE INDEX IF NOT EXISTS events_at ON events(at);
"""


def default_path() -> Path:
    """Where the kiosk keeps its statistics (``~/.local/share/InnoKiosk/stats.sqlite3``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """Opens (and if need be creates and migrates) the database for writing."""
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=5.0, isolation_level=None, check_same_thread=False)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == 0:
            # Must precede the first table: lets pruning give pages back to the file system.
            conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(
                f"{path}: schema version {version} is newer than this kiosk's {SCHEMA_VERSION}"
            )
        if version < SCHEMA_VERSION:
            conn.executescript(
                f"BEGIN IMMEDIATE;{_SCHEMA}PRAGMA user_version={SCHEMA_VERSION};COMMIT;"
            )
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: committed at the end, rolled back on an error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Opens the database for reading only (reports; the kiosk may be writing meanwhile)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)


def used_bytes(conn: sqlite3.Connection) -> int:
    """The bytes the data takes (pages in use, not free ones)."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    return (pages - free) * size


def prune(
    conn: sqlite3.Connection,
    now: float,
    *,
    retention_days: float = RETENTION_DAYS,
    max_bytes: int = MAX_BYTES,
) -> int:
    """Deletes rows older than ``retention_days``, then the oldest sessions while the data is
    larger than ``max_bytes``. Returns how many sessions were deleted."""
    cutoff = now - retention_days * DAY_S
    deleted = 0
    with transaction(conn):
        deleted += conn.execute("DELETE FROM sessions WHERE started < ?", (cutoff,)).rowcount
        conn.execute("DELETE FROM views WHERE started < ?", (cutoff,))
        conn.execute("DELETE FROM events WHERE at < ?", (cutoff,))
    while used_bytes(conn) > max_bytes:
        count = int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
        if count == 0:
            break
        batch = max(1, count // 10)
        with transaction(conn):
            row = conn.execute(
                "SELECT started FROM sessions ORDER BY started LIMIT 1 OFFSET ?",
                (min(batch, count - 1),),
            ).fetchone()
            keep_from = float(row[0]) if count > batch else now
            deleted += conn.execute(
                "DELETE FROM sessions WHERE id IN "
                "(SELECT id FROM sessions ORDER BY started LIMIT ?)",
                (batch,),
            ).rowcount
            conn.execute("DELETE FROM views WHERE session_id IS NULL AND started < ?", (keep_from,))
            conn.execute("DELETE FROM events WHERE session_id IS NULL AND at < ?", (keep_from,))
        conn.execute("PRAGMA incremental_vacuum")
    if deleted:
        conn.execute("PRAGMA incremental_vacuum")
        log.info("statistics: deleted %d old session(s)", deleted)
    return deleted
