"""The start-view syntax (``--view``): parsed here and nowhere else.

``home``, ``cards`` (the deck at its first card), ``cards:N`` (the deck at achievement N),
``card:N`` (the page of achievement N), ``timeline``, ``timeline:<milestone-id>`` (the timeline
at that milestone) and ``attract`` (the loop between visitors). ``N`` is the achievement's
``number`` in the content pack, not its position.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

Section = Literal["home", "cards", "timeline"]
SECTIONS: tuple[Section, ...] = ("home", "cards", "timeline")
ATTRACT: Literal["attract"] = "attract"

VIEWS_HELP = (
    "home, cards, cards:N (the deck at card N), card:N (the page of achievement N), timeline, "
    "timeline:ID (the timeline at milestone ID), attract (the loop between visitors)"
)


class ViewError(ValueError):
    """Text that is not a view; the message says what is accepted."""


@dataclass(frozen=True)
class View:
    """Where the kiosk starts: a section, optionally an achievement (its number) shown in the
    deck or on its page, or a milestone of the timeline; or the attract loop."""

    section: Section | Literal["attract"] = "home"
    number: int | None = None  # the achievement's number, for cards:N and card:N
    detail: bool = False  # card:N: the achievement's page is open
    milestone: str = ""  # timeline:<id>

    def __str__(self) -> str:
        if self.milestone:
            return f"timeline:{self.milestone}"
        if self.number is not None:
            return f"{'card' if self.detail else 'cards'}:{self.number}"
        return self.section

    def problem(self, numbers: Collection[int], milestone_ids: Collection[str]) -> str | None:
        """Why this view cannot be shown with a pack of these achievement numbers and
        milestone ids, or ``None`` when it can."""
        if self.number is not None and self.number not in numbers:
            known = ", ".join(str(number) for number in sorted(numbers))
            return f"view {self}: the pack has no achievement {self.number} (it has {known})"
        if self.milestone and self.milestone not in milestone_ids:
            known = ", ".join(milestone_ids) or "none"
            return f"view {self}: the pack has no milestone {self.milestone!r} (it has {known})"
        return None


def parse_view(text: str) -> View:
    """The view ``text`` names; :class:`ViewError` when it names none."""
    name, colon, argument = text.strip().partition(":")
    if not colon:
        for section in (*SECTIONS, ATTRACT):
            if name == section:
                return View(section)
    elif name in ("cards", "card") and argument.isascii() and argument.isdigit():
        return View("cards", number=int(argument), detail=name == "card")
    elif name == "timeline" and argument and argument.strip() == argument:
        return View("timeline", milestone=argument)
    raise ViewError(f"unknown view {text!r} (use {VIEWS_HELP})")
