"""The timeline's geometry and order, apart from any GUI: its span (from the pack's milestones),
a focus-and-context scale that gives busy years the room, markers packed into rows and merged
into clusters where they would overlap, and stepping through the milestones in date order.

Positions are pixels along the strip's length; QML only draws what these functions return."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kiosk.content import Milestone


@dataclass(frozen=True)
class Span:
    """The whole years the timeline shows: from the first milestone's year to the last's."""

    first_year: int
    last_year: int

    @property
    def years(self) -> list[int]:
        return list(range(self.first_year, self.last_year + 1))

    @property
    def start(self) -> date:
        return date(self.first_year, 1, 1)

    @property
    def end(self) -> date:
        return date(self.last_year, 12, 31)


def timeline_span(milestones: Sequence[Milestone], fallback_year: int) -> Span:
    """The years from the earliest milestone to the latest (ranges included); a pack with no
    milestones shows ``fallback_year`` alone."""
    if not milestones:
        return Span(fallback_year, fallback_year)
    first = min(m.start_date.first_day().year for m in milestones)
    last = max(m.end_date.last_day().year for m in milestones)
    return Span(first, last)


_COARSENESS = {"day": 0, "month": 1, "quarter": 2, "year": 3}


def in_date_order(milestones: Sequence[Milestone]) -> tuple[Milestone, ...]:
    """Earliest first, by the month each starts in; within a month those known to the day come
    first (by day), then the ones known only to the month, quarter or year. The id breaks the
    remaining ties, so the order never changes."""

    def key(m: Milestone) -> tuple[int, int, int, date, date, str]:
        first = m.start_date.first_day()
        coarse = _COARSENESS[m.start_date.precision.value]
        return (first.year, first.month, coarse, first, m.end_date.last_day(), m.id)

    return tuple(sorted(milestones, key=key))


def main_year(milestones: Sequence[Milestone], span: Span) -> int:
    """The year most milestones start in (the earlier on a tie)."""
    counts = year_counts(milestones, span)
    return max(span.years, key=lambda year: (counts[year], -year))


def opening_index(ordered: Sequence[Milestone], span: Span) -> int:
    """Where the timeline opens: the first milestone of the pack's main year."""
    if not ordered:
        return -1
    year = main_year(ordered, span)
    return next(i for i, m in enumerate(ordered) if m.start_date.first_day().year == year)


def year_counts(milestones: Sequence[Milestone], span: Span) -> dict[int, int]:
    counts = dict.fromkeys(span.years, 0)
    for milestone in milestones:
        year = milestone.start_date.first_day().year
        counts[year] = counts.get(year, 0) + 1
    return counts


@dataclass(frozen=True)
class YearBand:
    year: int
    start: float
    length: float


class Scale:
    """Days to pixels along a strip ``length`` long. Every year gets at least ``min_year``
    pixels (room for its label and a marker); the rest is shared out by how many milestones
    each year holds, so a busy year is wide and a quiet one a short stub. Within a year time
    runs evenly, so a month milestone still spans its month and a quarter its quarter.
    ``zoom`` then stretches all of it evenly (so a zoom keeps the moment under the fingers)."""

    def __init__(
        self,
        span: Span,
        counts: dict[int, int],
        length: float,
        min_year: float,
        zoom: float = 1.0,
    ) -> None:
        years = span.years
        length = max(length, 1.0)
        floor = min(min_year, length / len(years))
        spare = length - floor * len(years)
        total = sum(counts.get(year, 0) for year in years)
        self.bands: list[YearBand] = []
        at = 0.0
        for year in years:
            share = counts.get(year, 0) / total if total else 1 / len(years)
            size = (floor + spare * share) * zoom
            self.bands.append(YearBand(year, at, size))
            at += size
        self.length = length * zoom
        self._by_year = {band.year: band for band in self.bands}

    def at(self, day: date) -> float:
        """The position of the start of ``day`` (clamped to the span)."""
        band = self._by_year.get(day.year)
        if band is None:
            return 0.0 if day.year < self.bands[0].year else self.length
        days = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
        return band.start + band.length * (day - date(day.year, 1, 1)).days / days

    def after(self, day: date) -> float:
        """The position of the end of ``day`` (the start of the next)."""
        return self.at(date.fromordinal(day.toordinal() + 1))

    def months(self) -> list[dict[str, float]]:
        rows: list[dict[str, float]] = []
        for band in self.bands:
            for month in range(1, 13):
                start = self.at(date(band.year, month, 1))
                end = (
                    band.start + band.length
                    if month == 12
                    else self.at(date(band.year, month + 1, 1))
                )
                rows.append(
                    {"year": band.year, "month": month, "start": start, "size": end - start}
                )
        return rows


@dataclass
class Marker:
    """One marker on the strip: a milestone, or a cluster of those that would overlap."""

    rows: list[int]  # indices into the centres given (the milestones in strip order)
    position: float  # along the strip: the centre of the marker
    row: int  # 0 nearest the axis

    @property
    def is_cluster(self) -> bool:
        return len(self.rows) > 1


def place_markers(centres: Sequence[float], size: float, rows: int) -> list[Marker]:
    """Markers ``size`` across (gaps included) at ``centres`` (sorted) packed into ``rows``
    rows; one that fits in no row joins the nearest marker before it, which becomes a cluster.
    No two markers returned overlap: in any row their centres lie at least ``size`` apart."""
    rows = max(1, rows)
    ends = [float("-inf")] * rows  # the end of the last marker in each row
    last_in_row: list[Marker | None] = [None] * rows
    markers: list[Marker] = []
    for index, centre in enumerate(centres):
        free = next((r for r in range(rows) if ends[r] <= centre - size / 2), None)
        if free is not None:
            marker = Marker([index], centre, free)
            markers.append(marker)
            ends[free] = centre + size / 2
            last_in_row[free] = marker
            continue
        # No room: join the marker that ends closest to here (the latest placed in its row).
        row = max(range(rows), key=lambda r: ends[r])
        target = last_in_row[row]
        assert target is not None
        target.rows.append(index)
    return markers


@dataclass(frozen=True)
class Step:
    """Moving through ``count`` milestones: the next index, stopping at the ends."""

    count: int

    def move(self, current: int, delta: int) -> int:
        if self.count == 0:
            return -1
        return max(0, min(self.count - 1, current + delta))

    def cycle(self, current: int) -> int:
        """The next one for autoplay, from the last back to the first."""
        return (current + 1) % self.count if self.count else -1
