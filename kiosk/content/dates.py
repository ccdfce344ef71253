"""Dates known to a day, a month, a quarter or a year, and how each is shown."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.content.localized import Language


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_PATTERN = re.compile(
    r"^(?P<year>\d{4})(?:-(?:Q(?P<quarter>[1-4])|(?P<month>\d{2})(?:-(?P<day>\d{2}))?))?$"
)

_EN_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_ZH_QUARTERS_HANT = ("第一季", "第二季", "第三季", "第四季")
_ZH_QUARTERS_HANS = ("第一季度", "第二季度", "第三季度", "第四季度")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a day, month, quarter or year: ``2023-10-25``, ``2023-10``, ``2024-Q1``."""

    year: int
    month: int | None = None
    day: int | None = None
    quarter: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)")
        year = int(match["year"])
        if not 1900 <= year <= 2100:
            raise ValueError(f"year out of range: {year}")
        if match["quarter"]:
            return cls(year, quarter=int(match["quarter"]))
        if match["month"] is None:
            return cls(year)
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise ValueError(f"no such month: {text!r}")
        if match["day"] is None:
            return cls(year, month)
        day = int(match["day"])
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise ValueError(f"no such day: {text!r}")
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.quarter is not None:
            return Precision.QUARTER
        return Precision.YEAR

    def first_day(self) -> date:
        if self.quarter is not None:
            return date(self.year, 3 * self.quarter - 2, 1)
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.day)
        month = 3 * self.quarter if self.quarter is not None else self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        if self.quarter is not None:
            return f"{self.year}-Q{self.quarter}"
        if self.month is None:
            return f"{self.year}"
        if self.day is None:
            return f"{self.year}-{self.month:02d}"
        return f"{self.year}-{self.month:02d}-{self.day:02d}"

    def format(self, language: Language | str) -> str:
        """The date in a visitor's language, no more precise than it is known."""
        code = Language(language)
        if code is Language.EN:
            if self.quarter is not None:
                return f"Q{self.quarter} {self.year}"
            if self.month is None:
                return f"{self.year}"
            if self.day is None:
                return f"{_EN_MONTHS[self.month - 1]} {self.year}"
            return f"{self.day} {_EN_MONTHS[self.month - 1]} {self.year}"
        if self.quarter is not None:
            quarters = _ZH_QUARTERS_HANT if code is Language.ZH_HANT else _ZH_QUARTERS_HANS
            return f"{self.year}年{quarters[self.quarter - 1]}"
        if self.month is None:
            return f"{self.year}年"
        if self.day is None:
            return f"{self.year}年{self.month}月"
        return f"{self.year}年{self.month}月{self.day}日"


def format_span(start: PartialDate, end: PartialDate | None, language: Language | str) -> str:
    """A date or a range of dates, sharing the year and month where they agree."""
    if end is None or end == start:
        return start.format(language)
    code = Language(language)
    same_month = start.year == end.year and start.month == end.month
    if code is Language.EN:
        if same_month and start.day is not None and end.day is not None and start.month is not None:
            return f"{start.day}–{end.day} {_EN_MONTHS[start.month - 1]} {start.year}"
        return f"{start.format(code)} – {end.format(code)}"
    if same_month and start.day is not None and end.day is not None:
        return f"{start.format(code)}至{end.day}日"
    if start.year == end.year and end.month is not None:
        tail = end.format(code).removeprefix(f"{end.year}年")
        return f"{start.format(code)}至{tail}"
    return f"{start.format(code)}至{end.format(code)}"
