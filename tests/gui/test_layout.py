"""Every view, on every screen shape a stand may have, in every language, with and without
larger text: every text a visitor should read is whole (``innokiosk inspect``'s check: no text
sliced by a clip or the window unless its view shows the overflow cue, none elided, none
covered by an overlay or pushed under the navigation bar)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import ROOT
from tests.gui.conftest import Kiosk

# The shapes of screens kiosks use: 4:3, 5:4, 16:9 small and large, ultrawide, 4K, portrait.
SHAPES = [
    (1920, 1080),
    (1366, 768),
    (1080, 1920),
    (3840, 2160),
    (1024, 768),
    (1280, 1024),
    (2560, 1080),
]
# Odd shapes between and beyond those: the layout adapts rather than fitting a list.
ODD_SHAPES = [(1440, 900), (1200, 1920), (3440, 1440), (800, 1280)]
LANGUAGES = ["zh-Hant", "zh-Hans", "en"]
VIEWS = ["home", "cards", *(f"card:{n}" for n in range(1, 11))]
LONG_PACK = ROOT / "tests" / "packs" / "long"


def show(kiosk: Kiosk, view: str) -> None:
    assert kiosk.navigation.applyView(view), view
    kiosk.settle()


def sweep(kiosk: Kiosk, views: list[str], languages: list[str], large: list[bool]) -> list[str]:
    """Every view in every language and text size; the problems found, each with where."""
    problems = []
    for large_text in large:
        kiosk.navigation.largeText = large_text
        for language in languages:
            kiosk.engine.exhibition.setLanguage(language)
            for view in views:
                show(kiosk, view)
                where = f"{language}{' larger text' if large_text else ''} {view}"
                problems += [f"{where}: {problem}" for problem in kiosk.text_problems()]
    return problems


def attract_problems(kiosk: Kiosk) -> list[str]:
    """The attract loop (three languages at once; a session's end turns larger text off)."""
    kiosk.engine.idle.endSession()
    kiosk.wait_until(lambda: kiosk.has("attractLoop"))
    kiosk.settle()
    problems = [f"attract: {problem}" for problem in kiosk.text_problems()]
    kiosk.engine.idle.keepAlive()
    kiosk.wait_until(lambda: not kiosk.has("attractLoop"))
    return problems


@pytest.mark.parametrize("size", SHAPES, ids=[f"{w}x{h}" for w, h in SHAPES])
def test_every_text_is_whole_on_every_screen(
    open_kiosk: Callable[..., Kiosk], size: tuple[int, int]
) -> None:
    kiosk = open_kiosk(size=size)
    problems = attract_problems(kiosk)
    problems += sweep(kiosk, VIEWS, LANGUAGES, [False, True])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", ODD_SHAPES, ids=[f"{w}x{h}" for w, h in ODD_SHAPES])
def test_odd_shapes_adapt_too(open_kiosk: Callable[..., Kiosk], size: tuple[int, int]) -> None:
    kiosk = open_kiosk(size=size)
    problems = sweep(kiosk, ["home", "cards", "card:1", "card:5", "card:9"], ["en"], [True])
    problems += sweep(kiosk, ["home", "cards", "card:1", "card:6"], ["zh-Hant"], [False])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1080, 1920)], ids=str)
def test_a_pack_of_long_texts_scrolls_with_the_cue(
    open_kiosk: Callable[..., Kiosk], size: tuple[int, int]
) -> None:
    kiosk = open_kiosk(size=size, content=str(LONG_PACK))
    assert kiosk.engine.exhibition.achievements.count == 2, "the long pack is on show"
    problems = sweep(kiosk, ["home", "cards", "card:1", "card:2"], LANGUAGES, [False, True])
    assert not problems, "\n".join(problems)
    show(kiosk, "card:1")
    assert kiosk.has("moreCue"), "a page longer than the screen shows that it goes on"


def test_the_check_catches_a_text_under_the_navigation_bar(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    """The check is not blind: a headline pushed under the navigation bar is reported."""
    kiosk = open_kiosk(size=(1366, 768), lang="en")
    show(kiosk, "card:1")
    headline = kiosk.item("detailHeadline")
    bar = kiosk.item("navigationBar")
    headline.setParentItem(kiosk.root())
    headline.setY(bar.y() - headline.height() / 2)  # half under the bar
    headline.setZ(-1)  # painted before the bar, as what lies under it is
    problems = "\n".join(kiosk.text_problems())
    assert "covered by navigationBar" in problems and "detailHeadline" in problems
