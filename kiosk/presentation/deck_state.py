"""The deck's state and rules, in plain Python: which slides there are, which one shows, the
clock, pause, blackout and whiteout, a typed slide number, and what each clicker key means.

:class:`kiosk.presentation.deck.Deck` puts this in front of QML; tests drive it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum, StrEnum
from math import ceil

from PySide6.QtCore import Qt

MAX_SLIDE_DIGITS = 3  # a typed slide number has at most this many digits
TIMELINE_ROWS_PER_SLIDE = 8  # milestones on one timeline slide


class SlideKind(StrEnum):
    TITLE = "title"
    ACHIEVEMENT = "achievement"
    TIMELINE = "timeline"
    CLOSING = "closing"


class Blank(StrEnum):
    NONE = ""
    BLACK = "black"
    WHITE = "white"


class Outcome(Enum):
    """What a key did: nothing, changed the deck, or asks the deck's owner for something."""

    IGNORED = "ignored"
    HANDLED = "handled"
    NEXT_LANGUAGE = "next language"
    EXIT = "exit"


@dataclass(frozen=True)
class Slide:
    """One slide: its kind, the achievement row or timeline page it shows (``row``), for an
    achievement the points on it, for the timeline the milestones (rows in date order).
    ``part`` counts continuation slides of one achievement or page (0 for the first);
    ``first_point`` is the number of points or milestones on the slides before it."""

    kind: SlideKind
    row: int = 0
    points: tuple[str, ...] = ()
    part: int = 0
    first_point: int = 0
    milestones: tuple[int, ...] = ()

    @property
    def items(self) -> int:
        """How many things the slide lists that a split can share out: points or milestones."""
        return len(self.points) if self.kind is SlideKind.ACHIEVEMENT else len(self.milestones)

    @property
    def key(self) -> tuple[SlideKind, int]:
        """What stays the same when the slides are split differently: kind and row."""
        return (self.kind, self.row)


def plan_slides(points: list[list[str]], milestones: int) -> list[Slide]:
    """The deck before any split: title, one slide per achievement (with all of its
    ``points``), the timeline in pages, closing."""
    slides = [Slide(SlideKind.TITLE)]
    slides += [Slide(SlideKind.ACHIEVEMENT, row, tuple(texts)) for row, texts in enumerate(points)]
    rows = TIMELINE_ROWS_PER_SLIDE
    slides += [
        Slide(
            SlideKind.TIMELINE,
            page,
            milestones=tuple(range(page * rows, min(milestones, (page + 1) * rows))),
        )
        for page in range(ceil(milestones / rows))
    ]
    slides.append(Slide(SlideKind.CLOSING))
    return slides


def split_slide(slides: list[Slide], index: int, keep: int) -> list[Slide] | None:
    """The slides with slide ``index`` split after its first ``keep`` points or milestones (at
    least one, and no more than half, rounded up: two even slides rather than a full one and a
    nearly empty one); the rest go on a continuation slide right after it. None when it cannot
    be split (a title or closing slide, or one item or fewer)."""
    if not 0 <= index < len(slides):
        return None
    slide = slides[index]
    if slide.items < 2:
        return None
    keep = max(1, min(keep, ceil(slide.items / 2)))
    first = replace(slide, points=slide.points[:keep], milestones=slide.milestones[:keep])
    rest = replace(
        slide,
        points=slide.points[keep:],
        milestones=slide.milestones[keep:],
        part=slide.part + 1,
        first_point=slide.first_point + keep,
    )
    # Later parts of the same achievement move one part on.
    after = [
        replace(other, part=other.part + 1) if other.key == slide.key else other
        for other in slides[index + 1 :]
    ]
    return [*slides[:index], first, rest, *after]


_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_DIGITS = {int(Qt.Key.Key_0) + digit: digit for digit in range(10)}


class DeckState:
    """The slides and where the presenter is in them; every rule of the clicker keys."""

    def __init__(self, slides: list[Slide], loop: bool = False, auto_advance: bool = True) -> None:
        self.slides = slides or [Slide(SlideKind.TITLE)]
        self.loop = loop
        self.auto_advance = auto_advance
        self.index = 0
        self.paused = False
        self.blank = Blank.NONE
        self.typed = ""

    @property
    def count(self) -> int:
        return len(self.slides)

    @property
    def last(self) -> int:
        return self.count - 1

    @property
    def current(self) -> Slide:
        return self.slides[self.index]

    @property
    def running(self) -> bool:
        """Whether the clock advances: on, not paused, not blanked, and somewhere to go."""
        return (
            self.auto_advance
            and not self.paused
            and self.blank is Blank.NONE
            and (self.loop or self.index < self.last)
        )

    def go_to(self, index: int) -> None:
        self.index = max(0, min(index, self.last))

    def next(self) -> None:
        """One slide on; after the last, the first again when looping, else stay."""
        if self.index < self.last:
            self.index += 1
        elif self.loop:
            self.index = 0

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def restart(self) -> None:
        """F5: from the top, nothing blanked, paused or typed."""
        self.blank = Blank.NONE
        self.paused = False
        self.typed = ""
        self.index = 0

    def tap(self) -> None:
        """A tap brings the slides back if blanked, else moves on."""
        if self.blank is not Blank.NONE:
            self.blank = Blank.NONE
        else:
            self.next()

    def replace_slides(self, slides: list[Slide]) -> None:
        """New slides (split differently, another language, another pack), staying on the
        same achievement or page; a continuation slide maps back to its first part."""
        here = self.current.key
        self.slides = slides or [Slide(SlideKind.TITLE)]
        found = next((i for i, slide in enumerate(self.slides) if slide.key == here), None)
        self.index = found if found is not None else min(self.index, self.last)

    def split(self, index: int, keep: int) -> bool:
        """Splits slide ``index`` after ``keep`` points; the presenter stays where they were
        (on the first part if they were on the split slide)."""
        slides = split_slide(self.slides, index, keep)
        if slides is None:
            return False
        self.slides = slides
        if self.index > index:
            self.index += 1
        return True

    def key(self, key: int) -> Outcome:
        """What a key does (the README's table)."""
        if self.blank is not Blank.NONE:  # any key brings the slides back
            self.blank = Blank.NONE
            return Outcome.HANDLED
        if key in _DIGITS:
            if len(self.typed) < MAX_SLIDE_DIGITS:
                self.typed += str(_DIGITS[key])
            return Outcome.HANDLED
        if key in _ENTER:
            if self.typed:
                self.go_to(int(self.typed) - 1)
            else:
                self.next()
            self.typed = ""
            return Outcome.HANDLED
        if key == Qt.Key.Key_Backspace and self.typed:
            self.typed = self.typed[:-1]
            return Outcome.HANDLED
        self.typed = ""
        return self._command(key)

    def _command(self, key: int) -> Outcome:
        if key in _NEXT:
            self.next()
        elif key in _PREVIOUS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.last)
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.blank = Blank.BLACK
        elif key == Qt.Key.Key_W:
            self.blank = Blank.WHITE
        elif key == Qt.Key.Key_P:
            self.paused = not self.paused
        elif key == Qt.Key.Key_F5:
            self.restart()
        elif key == Qt.Key.Key_L:
            return Outcome.NEXT_LANGUAGE
        elif key == Qt.Key.Key_Escape:
            return Outcome.EXIT
        else:
            return Outcome.IGNORED
        return Outcome.HANDLED
