"""Every word of every slide is on screen whole: at 1920x1080 and 1280x720, in three languages,
for the default pack and for a pack whose text cannot fit at the reading size (it must scale
or split). The check the views share (``kiosk.tools.inspect.text_problems``: nothing elided,
sliced, overflowing its box or covered by an overlay), and on a slide stricter: nothing hidden
by a clip or the edge at all, nothing under the progress bar, no text over another."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.content import Language
from kiosk.presentation.engine import PresentationEngine, PresentOptions
from kiosk.presentation.points import slide_points
from kiosk.tools.inspect import is_text, text_problems
from kiosk.tools.itemtree import find_item, is_shown, walk
from kiosk.tools.screenshot import settle

LONG_POINTS = str(Path(__file__).parent.parent / "packs" / "long-points")
SIZES = [(1920, 1080), (1280, 720)]
LANGUAGES = ["zh-Hant", "zh-Hans", "en"]
TOLERANCE = 1.0  # pixels: layouts round to device pixels


def _rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _name(item: QQuickItem) -> str:
    text = str(item.property("text") or "")
    return f"{item.objectName() or 'item'} {text[:40]!r}"


def slide_problems(slide: QQuickItem, width: float, height: float, bar: float) -> list[str]:
    """What is wrong on a slide beyond the shared check (``inspect.text_problems``): on a slide
    no text may be hidden at all, even wholly, by a clip or the edge; none may lie under the
    progress bar; no two texts may overlap."""
    area = QRectF(0, 0, width, height - bar).adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, 0)
    texts = [
        item
        for item in walk(slide)
        if is_text(item) and is_shown(item) and str(item.property("text") or "").strip()
    ]
    problems = []
    for item in texts:
        rect = _rect(item)
        if not area.contains(rect):
            problems.append(f"off the slide or under the bar: {_name(item)} at {rect.getRect()}")
        node = item.parentItem()
        while node is not None:
            grown = _rect(node).adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
            if node.clip() and not grown.contains(rect):
                problems.append(f"clipped: {_name(item)} by {_name(node)}")
            node = node.parentItem()
    for at, item in enumerate(texts):
        for other in texts[at + 1 :]:
            overlap = _rect(item).intersected(_rect(other))
            if overlap.width() > TOLERANCE and overlap.height() > TOLERANCE:
                problems.append(f"overlap: {_name(item)} and {_name(other)}")
    return problems


@pytest.fixture
def open_deck(qtbot: QtBot, qapp: object) -> Iterator[object]:
    opened: list[PresentationEngine] = []

    def start(language: str, size: tuple[int, int], content: str | None) -> PresentationEngine:
        engine = PresentationEngine(
            PresentOptions(
                content=content,
                language=language,
                dwell=3600,
                reduce_motion=True,
                auto_advance=False,
                windowed=True,
            )
        )
        opened.append(engine)
        engine.window.resize(*size)
        engine.window.show()
        qtbot.waitExposed(engine.window)
        settle(engine.window)
        return engine

    yield start
    warnings = [w for engine in opened for w in engine.warnings]
    for engine in opened:
        engine.close()
    assert not warnings, "QML warnings:\n" + "\n".join(warnings)


def figure_problems(slide: QQuickItem) -> list[str]:
    """A slide's key figures read at a glance: each value on one line, all at one size, their
    labels starting on one line."""
    values = [item for item in walk(slide) if item.objectName() == "slideFigure"]
    labels = [item for item in walk(slide) if item.objectName() == "slideFigureLabel"]
    problems = [
        f"wraps to {item.property('lineCount')} lines: {_name(item)}"
        for item in values
        if int(item.property("lineCount")) != 1
    ]
    sizes = {item.property("font").pixelSize() for item in values}
    if len(sizes) > 1:
        problems.append(f"figures at {sorted(sizes)} px, not one size")
    tops = {round(_rect(item).y()) for item in labels}
    if len(tops) > 1:
        problems.append(f"figure labels not aligned: at y {sorted(tops)}")
    return problems


def check_every_slide(engine: PresentationEngine) -> list[str]:
    deck = engine.deck
    window = engine.window
    bar = float(find_item(window, "progressBar").height())  # type: ignore[union-attr]
    problems = []
    for index in range(deck.state.count):
        deck.goTo(index)
        settle(window)
        slide = find_item(window, f"slide-{index + 1}")
        assert slide is not None and is_shown(slide)
        found = text_problems(window)
        found += slide_problems(slide, window.width(), window.height(), bar)
        found += figure_problems(slide)
        problems += [f"slide {index + 1}: {problem}" for problem in found]
    return problems


def every_point_once(engine: PresentationEngine, language: str) -> None:
    """Each achievement's points, in order, over its slide and continuation slides; each
    milestone, in order, over the timeline's slides."""
    achievements = sorted(engine.exhibition.pack.achievements, key=lambda a: a.number)
    shown: dict[int, list[str]] = {}
    for slide in engine.deck.state.slides:
        if slide.kind.value == "achievement":
            shown.setdefault(slide.row, []).extend(slide.points)
    for row, achievement in enumerate(achievements):
        assert shown[row] == slide_points(achievement, Language(language))
    milestones = [m for s in engine.deck.state.slides for m in s.milestones]
    assert milestones == list(range(len(engine.exhibition.pack.milestones))), "each milestone once"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_default_slide_shows_every_word(
    open_deck: object, language: str, size: tuple[int, int]
) -> None:
    engine = open_deck(language, size, None)  # type: ignore[operator]
    assert check_every_slide(engine) == []
    every_point_once(engine, language)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", LANGUAGES)
def test_long_points_scale_or_split_but_are_never_cut(
    open_deck: object, language: str, size: tuple[int, int]
) -> None:
    engine = open_deck(language, size, LONG_POINTS)  # type: ignore[operator]
    assert check_every_slide(engine) == []
    every_point_once(engine, language)
    parts = [s.part for s in engine.deck.state.slides if s.kind.value == "achievement"]
    assert max(parts) >= 1, "the five long points need a continuation slide"
    timeline = [s for s in engine.deck.state.slides if s.kind.value == "timeline"]
    assert len(timeline) > 2, "eight long milestones do not fit on one slide"
    fitted = [  # every achievement and timeline slide: (its type scale, its floor)
        (float(item.property("fit")), float(item.property("floorFit")))
        for item in walk(engine.window.contentItem())
        if item.property("floorFit") is not None
    ]
    assert any(fit < 1 for fit, _ in fitted), "some slide scaled its type down"
    assert all(fit >= floor - 1e-6 for fit, floor in fitted), "never below the floor"
