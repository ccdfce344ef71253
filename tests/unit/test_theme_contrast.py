"""The theme's text and background pairs meet WCAG 2.1 AA contrast (4.5:1, 3:1 for large text)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

THEME = (ROOT / "kiosk" / "qml" / "Kiosk" / "Theme.qml").read_text(encoding="utf-8")
COLOURS = dict(re.findall(r'property color (\w+): "(#[0-9A-Fa-f]{6})"', THEME))

# (text colour, background colour, minimum ratio): every pairing the QML uses for words.
PAIRS = [
    ("text", "background", 4.5),
    ("text", "surface", 4.5),
    ("text", "surfaceRaised", 4.5),
    ("text", "surfacePressed", 4.5),
    ("textMuted", "background", 4.5),
    ("textMuted", "surface", 4.5),
    ("textMuted", "surfaceRaised", 4.5),
    ("accent", "background", 4.5),
    ("accent", "surface", 4.5),
    ("gold", "surface", 4.5),
    ("gold", "background", 4.5),
    ("textOnAccent", "accent", 4.5),
    ("textOnGold", "gold", 4.5),
    ("text", "backgroundDeep", 4.5),
]


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_colours_are_read_from_the_theme() -> None:
    assert {"text", "background", "accent", "gold"} <= COLOURS.keys()


@pytest.mark.parametrize(
    ("fore", "back", "minimum"), PAIRS, ids=[f"{f}-on-{b}" for f, b, _ in PAIRS]
)
def test_text_meets_wcag_aa(fore: str, back: str, minimum: float) -> None:
    ratio = contrast(COLOURS[fore], COLOURS[back])
    assert ratio >= minimum, f"{fore} on {back}: {ratio:.2f}:1"


def test_the_measure_itself() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
