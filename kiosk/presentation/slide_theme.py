"""Theme.qml's values that the PDF deck draws its slides with, in one place.

The PDF is drawn without QML, so these are copies: each field is the Theme.qml property of
the same name in snake case (``present_headline`` is ``Theme.presentHeadline``), sizes in
design pixels at a 1080-pixel short side. ``tests/gui/test_pdf_export.py`` reads every one
from the live Theme singleton and fails when they differ."""

from __future__ import annotations

from dataclasses import dataclass, fields
from math import floor


@dataclass(frozen=True)
class SlideTheme:
    # Colours
    background_deep: str = "#060D1A"  # the presentation window's colour
    text: str = "#F2F5FA"
    text_muted: str = "#B4BFD0"
    accent: str = "#2EC4D6"
    gold: str = "#F5B841"
    done: str = "#2EC4D6"
    planned: str = "#F5B841"
    text_on_accent: str = "#04212A"
    scrim: str = "#E0060D1A"
    # Type (design pixels)
    present_display: int = 112
    present_headline: int = 68
    present_numeral: int = 100
    present_body: int = 42
    present_small: int = 40
    present_floor: int = 34
    font_caption: int = 20
    # Spacing and shapes (design pixels)
    spacing_xs: int = 4
    spacing_s: int = 8
    spacing_m: int = 16
    spacing_l: int = 24
    spacing_xl: int = 40
    radius_s: int = 8
    focus_width: int = 4
    present_margin: int = 80
    present_gap: int = 48
    present_row_gap: int = 10
    present_badge: int = 104
    present_row_badge: int = 52
    present_dot: int = 20
    present_progress_height: int = 8
    present_timeline_date_width: int = 320
    # Ratios (not scaled)
    present_fit_step: float = 0.04
    present_figure_share: float = 0.55
    present_dot_offset: float = 1.45
    present_image_share: float = 0.44
    present_image_share_max: float = 0.56
    present_hero_dim: float = 0.3


THEME = SlideTheme()


def qml_name(field: str) -> str:
    """``present_image_share`` as Theme.qml names it: ``presentImageShare``."""
    head, *rest = field.split("_")
    return head + "".join(word.capitalize() for word in rest)


def theme_fields() -> list[str]:
    return [item.name for item in fields(SlideTheme)]


def qml_round(value: float) -> int:
    """JavaScript's ``Math.round``: halves round up (Python's ``round`` rounds them to even)."""
    return floor(value + 0.5)


@dataclass(frozen=True)
class Scale:
    """Theme.qml's ``px``/``fontPx`` for a slide of ``width`` x ``height`` pixels
    (``Theme.scale`` is the short side over 1080, as Presentation.qml binds it)."""

    width: int
    height: int

    @property
    def factor(self) -> float:
        return min(self.width, self.height) / 1080

    def px(self, value: float) -> int:
        """A Theme size (design pixels) at this scale, rounded as Theme.qml rounds it."""
        return qml_round(value * self.factor)

    def thin(self, value: float) -> int:
        """A line that stays visible on a small screen: ``Math.max(2, px(value))``
        (``presentProgressHeight``, ``focusWidth``)."""
        return max(2, self.px(value))
