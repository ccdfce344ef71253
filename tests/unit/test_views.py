"""The start-view syntax, parsed in one place: what it accepts, what it refuses, and how the
command line reports both."""

from __future__ import annotations

import pytest

from kiosk.cli import build_parser
from kiosk.ui.views import View, ViewError, parse_view

NUMBERS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
MILESTONES = ("policy-address", "innoex")


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("home", View("home")),
        ("cards", View("cards")),
        ("timeline", View("timeline")),
        ("attract", View("attract")),
        ("cards:7", View("cards", number=7)),
        ("card:3", View("cards", number=3, detail=True)),
        ("card:10", View("cards", number=10, detail=True)),
        ("timeline:policy-address", View("timeline", milestone="policy-address")),
        (" cards ", View("cards")),
    ],
)
def test_every_view_parses_and_reads_back(text: str, view: View) -> None:
    assert parse_view(text) == view
    assert parse_view(str(view)) == view, "the text a view prints parses to the same view"


@pytest.mark.parametrize(
    "text",
    ["", "detail", "Home", "card", "card:", "cards:x", "card:-1", "card:3.5", "card:٣",
     "timeline:", "timeline: innoex", "attract:1", "home:1", "card:3:4"],
)  # fmt: skip
def test_anything_else_is_refused_with_what_is_accepted(text: str) -> None:
    with pytest.raises(ViewError, match=r"unknown view .*\(use home, cards, cards:N"):
        parse_view(text)


def test_a_view_names_what_the_pack_lacks() -> None:
    assert parse_view("card:3").problem(NUMBERS, MILESTONES) is None
    assert parse_view("timeline:innoex").problem(NUMBERS, MILESTONES) is None
    assert parse_view("home").problem((), ()) is None
    assert parse_view("card:11").problem(NUMBERS, MILESTONES) == (
        "view card:11: the pack has no achievement 11 (it has 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)"
    )
    assert parse_view("timeline:moon-landing").problem(NUMBERS, MILESTONES) == (
        "view timeline:moon-landing: the pack has no milestone 'moon-landing' "
        "(it has policy-address, innoex)"
    )


def test_the_command_line_takes_views_through_the_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = build_parser()
    args = parser.parse_args(["screenshot", "shot.png", "--view", " card:3"])
    assert args.view == "card:3"
    args = parser.parse_args(["screenshot", "shot.png", "--view", "timeline:innoex"])
    assert args.view == "timeline:innoex"
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["screenshot", "shot.png", "--view", "card:three"])
    assert exit_.value.code == 2
    assert "argument --view: unknown view 'card:three'" in capsys.readouterr().err
