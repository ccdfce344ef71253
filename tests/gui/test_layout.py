"""Every view, at every supported screen size, in every language: no text clipped or elided."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.gui.conftest import EDGE_TOLERANCE, Kiosk

SIZES = [(1920, 1080), (1366, 768), (1080, 1920), (3840, 2160)]
LANGUAGES = ["zh-Hant", "zh-Hans", "en"]


def clipped_texts(kiosk: Kiosk) -> list[str]:
    """Texts elided or larger than their box (``Kiosk.outside_window`` finds those off screen)."""
    problems = []
    for item in kiosk.shown_texts():
        text = str(item.property("text"))[:40]
        width, height = item.width(), item.height()
        if item.property("truncated"):
            problems.append(f"elided: {text!r}")
        elif float(item.property("contentWidth")) > width + EDGE_TOLERANCE:
            problems.append(
                f"too wide ({item.property('contentWidth'):.0f} > {width:.0f}): {text!r}"
            )
        elif float(item.property("contentHeight")) > height + EDGE_TOLERANCE:
            problems.append(
                f"too tall ({item.property('contentHeight'):.0f} > {height:.0f}): {text!r}"
            )
    return problems


def show(kiosk: Kiosk, view: str) -> None:
    assert kiosk.navigation.applyView(view), view
    kiosk.settle()


VIEWS = ["home", "cards", "timeline", *(f"card:{n}" for n in range(1, 11))]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_text_is_clipped_or_elided(
    open_kiosk: Callable[..., Kiosk], size: tuple[int, int]
) -> None:
    kiosk = open_kiosk(size=size)
    problems = []
    for language in LANGUAGES:
        kiosk.engine.exhibition.setLanguage(language)
        for view in VIEWS:
            show(kiosk, view)
            problems += [f"{language} {view}: {p}" for p in clipped_texts(kiosk)]
            problems += [f"{language} {view}: {p}" for p in kiosk.outside_window()]
    assert not problems, "\n".join(problems)


def test_larger_text_still_fits_on_the_smallest_screen(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(size=(1366, 768), lang="en")
    kiosk.touch_tap("navLargeText")
    kiosk.wait_until(lambda: kiosk.navigation.largeText is True)
    problems = []
    for view in VIEWS:
        show(kiosk, view)
        problems += [f"{view}: {p}" for p in clipped_texts(kiosk)]
        problems += [f"{view}: {p}" for p in kiosk.outside_window()]
    assert not problems, "\n".join(problems)
