"""Dates are shown exactly as precisely as they are known."""

from __future__ import annotations

import pytest

from kiosk.content.dates import PartialDate, Precision, format_span


@pytest.mark.parametrize(
    ("text", "precision", "zh_hant", "zh_hans", "en"),
    [
        ("2023-10-25", Precision.DAY, "2023年10月25日", "2023年10月25日", "25 Oct 2023"),
        ("2023-03", Precision.MONTH, "2023年3月", "2023年3月", "Mar 2023"),
        ("2024-Q1", Precision.QUARTER, "2024年第一季", "2024年第一季度", "Q1 2024"),
        ("2025", Precision.YEAR, "2025年", "2025年", "2025"),
    ],
)
def test_each_precision_shows_no_more_than_it_knows(
    text: str, precision: Precision, zh_hant: str, zh_hans: str, en: str
) -> None:
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert date.iso() == text
    assert (date.format("zh-Hant"), date.format("zh-Hans"), date.format("en")) == (
        zh_hant,
        zh_hans,
        en,
    )


def test_a_month_spans_the_whole_month_and_a_quarter_three() -> None:
    month = PartialDate.parse("2023-02")
    assert (month.first_day().isoformat(), month.last_day().isoformat()) == (
        "2023-02-01",
        "2023-02-28",
    )
    quarter = PartialDate.parse("2024-Q1")
    assert (quarter.first_day().isoformat(), quarter.last_day().isoformat()) == (
        "2024-01-01",
        "2024-03-31",
    )


def test_ranges_share_year_and_month() -> None:
    start, end = PartialDate.parse("2023-04-12"), PartialDate.parse("2023-04-15")
    assert format_span(start, end, "en") == "12–15 Apr 2023"
    assert format_span(start, end, "zh-Hant") == "2023年4月12日至15日"
    later = PartialDate.parse("2023-11-05")
    assert (
        format_span(PartialDate.parse("2023-10-28"), later, "zh-Hant") == "2023年10月28日至11月5日"
    )


@pytest.mark.parametrize("text", ["2023-13", "2023-02-30", "23-01-01", "2023-Q5", "soon", ""])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a date|no such|out of range"):
        PartialDate.parse(text)
