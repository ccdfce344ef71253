"""Summaries of the statistics, for ``innokiosk stats`` and the staff page.

All figures are over sessions (or views, events) that *started* in the period. Hours and dates
are the kiosk's local time.

CSV (``--csv FILE``): one row per figure, columns ``section,key,value``:

- ``total,sessions,N`` and ``total,median_session_seconds,S`` (empty when no session ended),
  ``total,since,YYYY-MM-DD`` (empty for all time);
- ``achievement_views,1..10,N`` — how many times each achievement's page was opened;
- ``achievement_dwell_seconds,1..10,S`` — the total time spent on each page;
- ``language,CODE,N`` — sessions by the language they were last shown in;
- ``hour,0..23,N`` — sessions started in each local hour;
- ``event,KIND,N`` — events by kind (timeline, qr_shown, presentation_run, language).
"""

from __future__ import annotations

import csv
import json
import sqlite3
import statistics
import sys
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.constants import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from kiosk.stats import store

ACHIEVEMENTS = 10
HOURS = 24


@dataclass
class Summary:
    """The figures for one period."""

    sessions: int = 0
    median_session_seconds: float | None = None
    views: list[int] = field(default_factory=lambda: [0] * ACHIEVEMENTS)
    dwell_seconds: list[float] = field(default_factory=lambda: [0.0] * ACHIEVEMENTS)
    languages: dict[str, int] = field(default_factory=dict)
    hours: list[int] = field(default_factory=lambda: [0] * HOURS)
    events: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def local_midnight(day: date) -> float:
    """Unix seconds at the start of ``day`` in local time."""
    return datetime(day.year, day.month, day.day).timestamp()


def summarise(conn: sqlite3.Connection, since: float | None = None) -> Summary:
    """The figures for everything that started at or after ``since`` (unix seconds)."""
    start = since if since is not None else float("-inf")
    summary = Summary()
    lengths: list[float] = []
    for started, ended, language in conn.execute(
        "SELECT started, ended, language FROM sessions WHERE started >= ?", (start,)
    ):
        summary.sessions += 1
        if ended is not None:
            lengths.append(max(0.0, float(ended) - float(started)))
        key = language or "unknown"
        summary.languages[key] = summary.languages.get(key, 0) + 1
        summary.hours[datetime.fromtimestamp(float(started)).hour] += 1
    if lengths:
        summary.median_session_seconds = round(float(statistics.median(lengths)), 1)
    for number, count, dwell in conn.execute(
        "SELECT number, count(*), total(dwell_seconds) FROM views WHERE started >= ? "
        "GROUP BY number",
        (start,),
    ):
        if 1 <= int(number) <= ACHIEVEMENTS:
            summary.views[int(number) - 1] = int(count)
            summary.dwell_seconds[int(number) - 1] = round(float(dwell), 1)
    for kind, count in conn.execute(
        "SELECT kind, count(*) FROM events WHERE at >= ? GROUP BY kind ORDER BY kind", (start,)
    ):
        summary.events[str(kind)] = int(count)
    summary.languages = dict(sorted(summary.languages.items()))
    return summary


def read_summary(path: Path, since: float | None = None) -> Summary:
    """The figures from the database at ``path``; an absent database has none."""
    if not path.exists():
        return Summary()
    conn = store.connect_readonly(path)
    try:
        return summarise(conn, since)
    finally:
        conn.close()


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def text_report(summary: Summary, since: date | None = None) -> str:
    """Plain text for a person at a terminal."""
    period = f"since {since.isoformat()}" if since else "all time"
    lines = [
        f"InnoKiosk statistics ({period})",
        f"sessions: {summary.sessions}",
        f"median session: {_duration(summary.median_session_seconds)}",
        "",
        "achievement  views  total time",
    ]
    for number in range(1, ACHIEVEMENTS + 1):
        views = summary.views[number - 1]
        dwell = _duration(summary.dwell_seconds[number - 1]) if views else "-"
        lines.append(f"{number:>11}  {views:>5}  {dwell}")
    lines += ["", "languages:"]
    lines += [f"  {code}: {count}" for code, count in summary.languages.items()] or ["  -"]
    lines += ["", "sessions by hour:"]
    peak = max(summary.hours) or 1
    for hour, count in enumerate(summary.hours):
        if count:
            lines.append(f"  {hour:02d}:00  {count:>5}  {'#' * max(1, round(20 * count / peak))}")
    if not any(summary.hours):
        lines.append("  -")
    if summary.events:
        lines += ["", "events:"]
        lines += [f"  {kind}: {count}" for kind, count in summary.events.items()]
    return "\n".join(lines) + "\n"


def json_report(summary: Summary, since: date | None = None) -> dict[str, Any]:
    return {"since": since.isoformat() if since else None, **summary.as_dict()}


def csv_rows(summary: Summary, since: date | None = None) -> list[tuple[str, str, str]]:
    """The rows of the CSV file (see the module's documentation)."""
    median = summary.median_session_seconds
    rows: list[tuple[str, str, str]] = [
        ("total", "since", since.isoformat() if since else ""),
        ("total", "sessions", str(summary.sessions)),
        ("total", "median_session_seconds", "" if median is None else str(median)),
    ]
    rows += [("achievement_views", str(n + 1), str(v)) for n, v in enumerate(summary.views)]
    rows += [
        ("achievement_dwell_seconds", str(n + 1), str(s))
        for n, s in enumerate(summary.dwell_seconds)
    ]
    rows += [("language", code, str(count)) for code, count in summary.languages.items()]
    rows += [("hour", str(hour), str(count)) for hour, count in enumerate(summary.hours)]
    rows += [("event", kind, str(count)) for kind, count in summary.events.items()]
    return rows


def write_csv(path: Path, summary: Summary, since: date | None = None) -> None:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(("section", "key", "value"))
        writer.writerows(csv_rows(summary, since))


def run_stats(
    since: str | None, as_json: bool, csv_path: Path | None, db: Path | None = None
) -> int:
    """``innokiosk stats [--since YYYY-MM-DD] [--json] [--csv FILE]``."""
    day: date | None = None
    if since is not None:
        try:
            day = date.fromisoformat(since)
        except ValueError:
            print(f"--since: expected a date like 2024-01-31, got {since!r}", file=sys.stderr)
            return EXIT_BAD_INPUT
    path = db if db is not None else store.default_path()
    try:
        summary = read_summary(path, local_midnight(day) if day else None)
    except sqlite3.Error as error:
        print(f"cannot read the statistics in {path}: {error}", file=sys.stderr)
        return EXIT_FAILED
    if csv_path is not None:
        try:
            write_csv(csv_path, summary, day)
        except OSError as error:
            print(f"cannot write {csv_path}: {error.strerror or error}", file=sys.stderr)
            return EXIT_FAILED
    if as_json:
        json.dump(json_report(summary, day), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif csv_path is None:
        sys.stdout.write(text_report(summary, day))
    return EXIT_OK
