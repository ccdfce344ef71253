"""Engagement statistics: recording, reports, retention, failures and crash safety."""

from __future__ import annotations

import csv
import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.stats import store
from kiosk.stats.recorder import Recorder
from kiosk.stats.report import local_midnight, read_summary, run_stats

T0 = datetime(2024, 3, 1, 10, 0).timestamp()  # local time: hours are checked in local time


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def test_sessions_and_views_with_dwell_times(tmp_path: Path) -> None:
    db = tmp_path / "stats.sqlite3"
    clock = FakeClock()
    recorder = Recorder(db, clock=clock, flush_interval=0.02)
    recorder.start_session("en")
    clock.advance(5)
    recorder.view_started(3)
    clock.advance(12.5)
    recorder.view_started(4)  # ends the view of 3
    clock.advance(3)
    recorder.view_ended()
    recorder.view_ended()  # nothing open: nothing recorded
    recorder.event("qr_shown", "4")
    recorder.event("language", "zh-Hant")
    clock.advance(10)
    recorder.view_started(7)
    clock.advance(2)
    recorder.end_session("idle")  # ends the open view too
    assert recorder.flush()
    clock.advance(60)
    recorder.start_session("zh-Hans")
    clock.advance(4)
    recorder.end_session("staff")
    recorder.event("presentation_run")  # outside a session
    recorder.close()

    sessions = rows(db, "SELECT id, started, ended, language, end_reason FROM sessions ORDER BY id")
    assert [s[1:] for s in sessions] == [
        (T0, T0 + 32.5, "zh-Hant", "idle"),
        (T0 + 92.5, T0 + 96.5, "zh-Hans", "staff"),
    ]
    first = sessions[0][0]
    assert rows(db, "SELECT session_id, number, started, dwell_seconds FROM views") == [
        (first, 3, T0 + 5, 12.5),
        (first, 4, T0 + 17.5, 3.0),
        (first, 7, T0 + 30.5, 2.0),
    ]
    assert rows(db, "SELECT session_id, kind, detail FROM events ORDER BY rowid") == [
        (first, "qr_shown", "4"),
        (first, "language", "zh-Hant"),
        (None, "presentation_run", ""),
    ]
    assert rows(db, "PRAGMA user_version") == [(store.SCHEMA_VERSION,)]
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]


def test_unknown_kinds_and_reasons_are_ignored(tmp_path: Path) -> None:
    db = tmp_path / "stats.sqlite3"
    recorder = Recorder(db, clock=FakeClock(), flush_interval=0.02)
    recorder.start_session("en")
    recorder.event("visitor_name", "Alice")
    recorder.end_session("crashed")
    recorder.close()
    assert rows(db, "SELECT count(*) FROM events") == [(0,)]
    assert rows(db, "SELECT end_reason FROM sessions") == [(None,)]


def build_known_log(db: Path) -> None:
    """Three sessions on 2024-03-01 (10:00, 10:30, 14:00) and one on 2024-02-01 (09:00)."""
    conn = store.connect(db)
    day = T0 - 10 * 3600
    feb = datetime(2024, 2, 1, 9, 0).timestamp()
    with store.transaction(conn):
        conn.executemany(
            "INSERT INTO sessions (id, started, ended, language, end_reason) VALUES (?,?,?,?,?)",
            [
                (1, day + 10 * 3600, day + 10 * 3600 + 60, "en", "idle"),
                (2, day + 10.5 * 3600, day + 10.5 * 3600 + 120, "zh-Hant", "idle"),
                (3, day + 14 * 3600, day + 14 * 3600 + 300, "zh-Hant", "staff"),
                (4, feb, feb + 30, "zh-Hans", "idle"),
            ],
        )
        conn.executemany(
            "INSERT INTO views (session_id, number, started, dwell_seconds) VALUES (?,?,?,?)",
            [
                (1, 1, day + 10 * 3600 + 5, 20.0),
                (2, 1, day + 10.5 * 3600 + 5, 10.0),
                (2, 10, day + 10.5 * 3600 + 50, 40.0),
                (3, 5, day + 14 * 3600 + 5, 100.0),
                (4, 5, feb + 1, 5.0),
            ],
        )
        conn.executemany(
            "INSERT INTO events (session_id, kind, detail, at) VALUES (?,?,?,?)",
            [(2, "qr_shown", "10", day + 10.5 * 3600 + 60), (3, "timeline", "", day + 14 * 3600)],
        )
    conn.close()


def test_stats_text_json_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "stats.sqlite3"
    build_known_log(db)

    assert run_stats(None, False, None, db) == 0
    text = capsys.readouterr().out
    assert "sessions: 4" in text
    assert "median session: 1 min 30 s" in text  # 30, 60, 120, 300 s
    assert "zh-Hant: 2" in text
    assert "10:00" in text and "14:00" in text

    assert run_stats("2024-03-01", True, None, db) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["since"] == "2024-03-01"
    assert report["sessions"] == 3
    assert report["median_session_seconds"] == 120.0
    assert report["views"] == [2, 0, 0, 0, 1, 0, 0, 0, 0, 1]
    assert report["dwell_seconds"][0] == 30.0
    assert report["languages"] == {"en": 1, "zh-Hant": 2}
    hours = [0] * 24
    hours[10], hours[14] = 2, 1
    assert report["hours"] == hours
    assert report["events"] == {"qr_shown": 1, "timeline": 1}

    out = tmp_path / "stats.csv"
    assert run_stats(None, False, out, db) == 0
    assert capsys.readouterr().out == ""
    with out.open(encoding="utf-8", newline="") as file:
        table = list(csv.reader(file))
    assert table[0] == ["section", "key", "value"]
    assert ["total", "sessions", "4"] in table
    assert ["total", "median_session_seconds", "90.0"] in table
    assert ["achievement_views", "5", "2"] in table
    assert ["achievement_views", "1", "2"] in table
    assert ["language", "zh-Hans", "1"] in table
    assert ["hour", "9", "1"] in table
    assert len([row for row in table if row[0] == "achievement_views"]) == 10
    assert len([row for row in table if row[0] == "hour"]) == 24


def test_stats_bad_date_and_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_stats("yesterday", False, None, tmp_path / "x.sqlite3") == 2
    assert "--since" in capsys.readouterr().err
    assert run_stats(None, True, None, tmp_path / "none.sqlite3") == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == 0
    assert not (tmp_path / "none.sqlite3").exists()


def test_retention_deletes_old_rows(tmp_path: Path) -> None:
    db = tmp_path / "stats.sqlite3"
    now = T0
    old, recent = now - 400 * store.DAY_S, now - 10 * store.DAY_S
    conn = store.connect(db)
    with store.transaction(conn):
        conn.execute("INSERT INTO sessions (id, started, ended) VALUES (1, ?, ?)", (old, old + 9))
        conn.execute("INSERT INTO sessions (id, started) VALUES (2, ?)", (recent,))
        conn.execute("INSERT INTO views VALUES (1, 3, ?, 4.0)", (old,))
        conn.execute("INSERT INTO views VALUES (2, 3, ?, 4.0)", (recent,))
        conn.execute("INSERT INTO events VALUES (NULL, 'presentation_run', '', ?)", (old,))
        conn.execute("INSERT INTO events VALUES (2, 'timeline', '', ?)", (recent,))
    conn.close()

    # The recorder prunes at start-up, with its clock's "now".
    Recorder(db, clock=FakeClock(now), flush_interval=0.02).close()
    assert rows(db, "SELECT id FROM sessions") == [(2,)]
    assert rows(db, "SELECT session_id FROM views") == [(2,)]
    assert rows(db, "SELECT kind FROM events") == [("timeline",)]


def test_size_bound_deletes_oldest_sessions(tmp_path: Path) -> None:
    db = tmp_path / "stats.sqlite3"
    conn = store.connect(db)
    with store.transaction(conn):
        for n in range(2000):
            conn.execute("INSERT INTO sessions (id, started) VALUES (?, ?)", (n + 1, T0 + n))
            conn.execute(
                "INSERT INTO events VALUES (?, 'timeline', ?, ?)", (n + 1, "x" * 200, T0 + n)
            )
    assert store.used_bytes(conn) > 400_000
    deleted = store.prune(conn, T0 + 3000, max_bytes=200_000)
    assert deleted > 0
    assert store.used_bytes(conn) <= 200_000
    ((oldest, newest),) = conn.execute("SELECT min(id), max(id) FROM sessions")
    assert newest == 2000 and oldest > 1
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


@pytest.mark.parametrize("broken", ["not_a_database", "parent_is_a_file"])
def test_broken_database_logs_and_does_not_raise(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, broken: str
) -> None:
    if broken == "not_a_database":
        db = tmp_path / "stats.sqlite3"
        db.write_bytes(b"this is not SQLite " * 100)
    else:
        (tmp_path / "file").write_text("x")
        db = tmp_path / "file" / "stats.sqlite3"
    caplog.set_level(logging.ERROR, logger="kiosk.stats")
    recorder = Recorder(db, clock=FakeClock(), flush_interval=0.02)
    recorder.start_session("en")
    recorder.view_started(1)
    recorder.event("timeline")
    recorder.end_session("exit")
    assert recorder.flush()
    recorder.close()
    assert any("statistics: cannot" in record.getMessage() for record in caplog.records)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder_logs_and_does_not_raise(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        caplog.set_level(logging.ERROR, logger="kiosk.stats")
        recorder = Recorder(folder / "stats.sqlite3", clock=FakeClock(), flush_interval=0.02)
        recorder.start_session("en")
        assert recorder.flush()
        recorder.close()
    finally:
        folder.chmod(0o700)
    assert any("statistics: cannot" in record.getMessage() for record in caplog.records)


WRITER = """
import sys
from pathlib import Path
from kiosk.stats.recorder import Recorder

recorder = Recorder(Path(sys.argv[1]), flush_interval=0.01)
while True:
    recorder.start_session("en")
    for number in range(1, 11):
        recorder.view_started(number)
        recorder.event("qr_shown", str(number))
    recorder.end_session("idle")
    recorder.flush()
"""


def test_killed_mid_write_leaves_a_sound_database(tmp_path: Path) -> None:
    db = tmp_path / "stats.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(db)])
    try:
        deadline = time.monotonic() + 10
        count = 0
        while time.monotonic() < deadline and count < 500:
            time.sleep(0.05)
            if db.exists():
                try:
                    count = rows(db, "SELECT count(*) FROM views")[0][0]  # type: ignore[assignment]
                except sqlite3.Error:
                    count = 0
        assert count >= 500, "the writer wrote too little"
        time.sleep(0.03)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(5)
    assert child.returncode == -signal.SIGKILL
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    views = rows(db, "SELECT count(*) FROM views")[0][0]
    assert isinstance(views, int) and views >= count
    # ...and the kiosk records on after the crash.
    recorder = Recorder(db, flush_interval=0.02)
    recorder.start_session("en")
    recorder.end_session("exit")
    recorder.close()
    assert rows(db, "SELECT count(*) FROM sessions WHERE end_reason = 'exit'") == [(1,)]


def test_summary_since_midnight(tmp_path: Path) -> None:
    db = tmp_path / "stats.sqlite3"
    build_known_log(db)
    summary = read_summary(db, local_midnight(datetime.fromtimestamp(T0).date()))
    assert summary.sessions == 3


def test_qml_recorder_follows_idle_sessions(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import Property, QObject, Signal

    from kiosk.ui.idle import IdleMonitor
    from kiosk.ui.stats import StatsRecorder

    class FakeExhibition(QObject):
        languageChanged = Signal()

        def __init__(self) -> None:
            super().__init__()
            self._language = "zh-Hant"

        def _get(self) -> str:
            return self._language

        def _set(self, value: str) -> None:
            self._language = value
            self.languageChanged.emit()

        language = Property(str, _get, _set, notify=languageChanged)

    db = tmp_path / "stats.sqlite3"
    clock = FakeClock(time.time())
    stats = StatsRecorder(Recorder(db, clock=clock, flush_interval=0.02))
    idle = IdleMonitor(90)
    exhibition = FakeExhibition()
    # Like the kiosk's QML: the language goes back to the default when a session ends.
    idle.sessionEnded.connect(lambda: exhibition.setProperty("language", "zh-Hant"))
    stats.connect_idle(idle, exhibition)  # type: ignore[arg-type]  # session 1 starts now
    stats.viewStarted(2)
    clock.advance(7)
    stats.viewEnded()
    stats.recordEvent("timeline", "")
    exhibition.setProperty("language", "en")
    idle.endSession()
    idle.keepAlive()  # session 2
    clock.advance(3)
    assert stats.recorder.flush()
    summary = stats.summary()
    for period in ("today", "allTime"):
        assert summary[period]["sessions"] == 2
        assert summary[period]["views"] == [0, 1, 0, 0, 0, 0, 0, 0, 0, 0]
        assert summary[period]["languages"] == {"en": 1, "zh-Hant": 1}
        assert len(summary[period]["hours"]) == 24
    stats.close()
    assert rows(db, "SELECT language, end_reason FROM sessions ORDER BY id") == [
        ("en", "idle"),
        ("zh-Hant", "exit"),
    ]
    assert rows(db, "SELECT kind, detail FROM events ORDER BY rowid") == [
        ("timeline", ""),
        ("language", "en"),
    ]
    assert rows(db, "SELECT dwell_seconds FROM views") == [(7.0,)]


def test_a_presentation_run_is_counted(tmp_path: Path) -> None:
    from kiosk.presentation.engine import PresentOptions, record_presentation_run
    from kiosk.stats.recorder import Recorder

    database = tmp_path / "stats.sqlite3"
    record_presentation_run(PresentOptions(loop=True), Recorder(database))
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT kind, detail FROM events").fetchall()
    assert rows == [("presentation_run", "loop")]
