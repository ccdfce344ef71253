"""The timeline's logic without a GUI: its span from the pack, the focus-and-context scale,
markers in rows and clusters at each zoom, date order, selection and stepping."""

from __future__ import annotations

import itertools
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.content import FolderSource, Language, Pack, load_pack
from kiosk.ui.models import MilestoneModel
from kiosk.ui.timeline import Scale, Span, Step, in_date_order, place_markers, year_counts
from tests.conftest import DEFAULT_PACK

LENGTH, MIN_YEAR, PITCH, ROWS = 1800.0, 140.0, 72.0, 3


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(FolderSource(DEFAULT_PACK))


@pytest.fixture
def model(pack: Pack) -> Iterator[MilestoneModel]:
    _app = QCoreApplication.instance() or QCoreApplication([])
    model = MilestoneModel()
    model.set_pack(pack, FolderSource(DEFAULT_PACK))
    yield model


def pack_with_milestones_in(tmp_path: Path, year_shift: int) -> Pack:
    """The default pack with every milestone moved ``year_shift`` years (a later exhibition)."""
    text = (DEFAULT_PACK / "content.toml").read_text("utf-8")
    head, milestones = text.split("[[milestones]]", 1)

    def shift(match: re.Match[str]) -> str:
        return f'{match[1]}"{int(match[2]) + year_shift}'

    milestones = re.sub(r'^((?:date|end) = )"(\d{4})', shift, milestones, flags=re.MULTILINE)
    folder = tmp_path / "pack"
    shutil.copytree(DEFAULT_PACK, folder)
    (folder / "content.toml").write_text(head + "[[milestones]]" + milestones, "utf-8")
    return load_pack(FolderSource(folder))


# -- the span -----------------------------------------------------------------------------


def test_the_span_runs_from_the_first_milestones_year_to_the_last(model: MilestoneModel) -> None:
    assert model.years == [2022, 2023, 2024, 2025]
    assert model.mainYear == 2023


def test_the_span_comes_from_the_pack_a_2030_pack_shows_2030(tmp_path: Path) -> None:
    _app = QCoreApplication.instance() or QCoreApplication([])
    model = MilestoneModel()
    model.set_pack(pack_with_milestones_in(tmp_path, 7))
    assert model.years == [2029, 2030, 2031, 2032]
    assert model.mainYear == 2030
    assert model.currentMilestone["dateText"].startswith("2030年")
    layout = model.layout(LENGTH, 1, MIN_YEAR, PITCH, ROWS, "en", 0)
    assert [band["year"] for band in layout["years"]] == [2029, 2030, 2031, 2032]


# -- the scale ----------------------------------------------------------------------------


def test_the_busy_year_gets_the_room_and_quiet_years_are_stubs(model: MilestoneModel) -> None:
    layout = model.layout(LENGTH, 1, MIN_YEAR, PITCH, ROWS, "en", 0)
    sizes = {band["year"]: band["size"] for band in layout["years"]}
    assert sum(sizes.values()) == pytest.approx(LENGTH)
    assert sizes[2023] > 0.55 * LENGTH
    for year in (2022, 2024, 2025):
        assert MIN_YEAR <= sizes[year] < sizes[2023] / 3
    assert sizes[2022] == pytest.approx(sizes[2025])  # one milestone each


def test_every_year_keeps_its_minimum_and_years_follow_one_another() -> None:
    span = Span(2020, 2024)
    scale = Scale(span, {2022: 30}, 1000, 100)
    starts = [band.start for band in scale.bands]
    assert starts == sorted(starts) and starts[0] == 0
    assert [band.length for band in scale.bands if band.year != 2022] == [100] * 4
    assert scale.bands[-1].start + scale.bands[-1].length == pytest.approx(1000)
    # A strip too short for the minimum shares it out evenly.
    assert [band.length for band in Scale(span, {2022: 30}, 250, 100).bands] == [50] * 5


def test_dates_are_truthful_a_month_spans_its_month_and_a_quarter_its_quarter() -> None:
    scale = Scale(Span(2023, 2024), {2023: 1, 2024: 1}, 1000, 0)
    year = scale.bands[0]
    assert scale.at(date(2023, 1, 1)) == 0
    assert scale.after(date(2023, 12, 31)) == pytest.approx(year.length)
    march = scale.after(date(2023, 3, 31)) - scale.at(date(2023, 3, 1))
    assert march == pytest.approx(year.length * 31 / 365)
    q1 = scale.after(date(2024, 3, 31)) - scale.at(date(2024, 1, 1))
    assert q1 == pytest.approx(scale.bands[1].length * 91 / 366)
    months = scale.months()
    assert len(months) == 24
    assert sum(m["size"] for m in months) == pytest.approx(1000)


def test_each_milestone_spans_the_time_it_is_known_to(model: MilestoneModel) -> None:
    layout = model.layout(LENGTH, 1, MIN_YEAR, PITCH, ROWS, "en", 0)
    ordered = model.ordered
    widths = {ordered[s["index"]].id: s["end"] - s["start"] for s in layout["spans"]}
    years = {band["year"]: band["size"] for band in layout["years"]}
    assert widths["smart-city-cluster"] == pytest.approx(years[2023] * 31 / 365)
    assert widths["arrangement-signed"] == pytest.approx(years[2023] / 365)
    assert widths["innoex"] == pytest.approx(years[2023] * 4 / 365)
    assert widths["raise-plus-first-results"] == pytest.approx(years[2024] * 91 / 366)
    assert widths["one-portal-2025"] == pytest.approx(years[2025])


# -- markers and clusters -----------------------------------------------------------------


def test_markers_never_overlap_and_extra_ones_join_a_cluster() -> None:
    centres = [0, 10, 20, 30, 40, 200, 500, 505]
    markers = place_markers(centres, 72, 3)
    assert sorted(i for m in markers for i in m.rows) == list(range(len(centres)))
    for row in range(3):
        in_row = sorted(m.position for m in markers if m.row == row)
        assert all(b - a >= 72 for a, b in itertools.pairwise(in_row))
    assert [m.rows for m in markers if m.is_cluster] == [[2, 3, 4]]
    assert len(place_markers(centres, 72, 1)) == 3  # one row: 0-40, 200, 500-505


@pytest.mark.parametrize("zoom", [1, 1.6, 2.56, 4.1, 8])
def test_at_each_zoom_every_milestone_has_one_marker_and_none_overlap(
    model: MilestoneModel, zoom: float
) -> None:
    layout = model.layout(LENGTH, zoom, MIN_YEAR, PITCH, ROWS, "en", 0)
    members = sorted(i for marker in layout["markers"] for i in marker["indices"])
    assert members == list(range(model.count))
    for row in range(ROWS):
        positions = sorted(m["position"] for m in layout["markers"] if m["row"] == row)
        assert all(b - a >= PITCH - 1e-6 for a, b in itertools.pairwise(positions))
    for marker in layout["markers"]:
        assert (marker["count"] > 1) == marker["key"].startswith("cluster:")


def test_zooming_in_splits_clusters(model: MilestoneModel) -> None:
    def clusters(zoom: float) -> int:
        layout = model.layout(LENGTH, zoom, MIN_YEAR, PITCH, ROWS, "en", 0)
        return sum(1 for m in layout["markers"] if m["count"] > 1)

    counts = [clusters(zoom) for zoom in (1, 2, 4, 8)]
    assert counts[0] > 0
    assert counts == sorted(counts, reverse=True)
    assert counts[-1] == 0


def test_a_marker_is_named_by_date_and_label_a_cluster_by_its_count(
    model: MilestoneModel,
) -> None:
    model.set_language(Language.EN)
    layout = model.layout(LENGTH, 1, MIN_YEAR, PITCH, ROWS, "en", 0)
    single = next(m for m in layout["markers"] if m["key"] == "milestone:arrangement-signed")
    assert single["name"].startswith("15 Mar 2023, ")
    cluster = next(m for m in layout["markers"] if m["count"] > 1)
    assert cluster["name"].startswith(f"{cluster['count']} milestones, ")
    model.set_language(Language.ZH_HANT)
    layout = model.layout(LENGTH, 1, MIN_YEAR, PITCH, ROWS, "zh-Hant", 0)
    single = next(m for m in layout["markers"] if m["key"] == "milestone:arrangement-signed")
    assert single["name"].startswith("2023年3月15日，")


# -- order and selection ------------------------------------------------------------------


def test_milestones_are_in_date_order_days_before_their_month(pack: Pack) -> None:
    ordered = in_date_order(pack.milestones)
    starts = [(m.start_date.first_day().year, m.start_date.first_day().month) for m in ordered]
    assert starts == sorted(starts)
    ids = [m.id for m in ordered]
    assert ids.index("arrangement-signed") < ids.index("smart-city-cluster")
    assert ids.index("policy-address") < ids.index("raise-plus-first-call")
    assert ids.index("raise-plus-first-results") < ids.index("ai-supercomputing-centre")
    assert year_counts(ordered, Span(2022, 2025)) == {2022: 1, 2023: 19, 2024: 3, 2025: 1}


def test_it_opens_on_the_first_milestone_of_the_main_year(model: MilestoneModel) -> None:
    assert model.currentId == "arrangement-signed"
    assert model.currentMilestone["position"] == 2


def test_stepping_visits_every_milestone_in_date_order_and_stops_at_the_ends(
    model: MilestoneModel,
) -> None:
    model.selectIndex(0)
    seen = [model.currentId]
    for _ in range(model.count + 2):
        model.step(1)
        if model.currentId != seen[-1]:
            seen.append(model.currentId)
    assert seen == [m.id for m in model.ordered]
    model.step(-100)
    assert model.current == 0
    assert Step(3).move(2, 1) == 2 and Step(0).move(0, 1) == -1


def test_autoplay_goes_round_from_the_last_to_the_first(model: MilestoneModel) -> None:
    model.selectIndex(model.count - 1)
    model.advance()
    assert model.current == 0


def test_select_by_id_by_achievement_and_reset(model: MilestoneModel) -> None:
    assert model.select("one-portal-2025") and model.currentId == "one-portal-2025"
    assert not model.select("no-such-milestone") and model.currentId == "one-portal-2025"
    detail = model.currentMilestone
    assert detail["planned"] and detail["number"] == 3 and detail["dateText"] == "2025年"
    assert model.currentAchievement == detail["achievementIndex"]
    # From an achievement's page: its first milestone in the main year.
    assert model.selectForAchievement("digital-government")
    assert model.currentId == "policy-address"
    assert model.selectForAchievement("innohk") and model.currentId == "innohk-summit"
    assert not model.selectForAchievement("nothing")
    assert model.selectForAchievementRow(8) and model.currentId == "payload-finalists"
    assert not model.selectForAchievementRow(99) and model.currentId == "payload-finalists"
    model.reset()
    assert model.currentId == "arrangement-signed"


def test_a_pack_without_milestones_shows_its_own_year_and_selects_nothing(pack: Pack) -> None:
    _app = QCoreApplication.instance() or QCoreApplication([])
    model = MilestoneModel()
    model.set_pack(pack.model_copy(update={"milestones": ()}))
    assert model.count == 0 and model.current == -1 and model.currentMilestone == {}
    assert model.years == [2023]  # the year of the source the pack cites
    model.step(1)
    model.advance()
    model.reset()
    assert model.current == -1 and model.currentAchievement == -1
    layout = model.layout(LENGTH, 1, MIN_YEAR, PITCH, ROWS, "en", 0)
    assert layout["markers"] == [] and len(layout["months"]) == 12
