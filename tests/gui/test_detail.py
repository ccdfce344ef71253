"""An achievement's page: zoomable picture, figures that count up, QR code only with a link."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content.typeset import typeset
from kiosk.tools.itemtree import is_shown, walk
from tests.gui.conftest import FRAME_MS, Kiosk


def page_item(kiosk: Kiosk, page: str, name: str) -> object:
    root = kiosk.item(f"page-{page}")
    return next(item for item in walk(root) if item.objectName() == name)


def test_a_double_tap_zooms_the_picture_and_another_resets_it(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="card:9")
    image = page_item(kiosk, "payload-specialist", "detailImage")
    centre = kiosk.centre(image)  # type: ignore[arg-type]
    kiosk.touch_tap(centre)
    QTest.qWait(FRAME_MS * 4)
    kiosk.touch_tap(centre)
    kiosk.wait_until(lambda: image.property("zoom") > 1)  # type: ignore[attr-defined]
    assert kiosk.item("detailPages").property("interactive") is False, "no page swipe while zoomed"
    QTest.qWait(600)
    kiosk.touch_tap(centre)
    QTest.qWait(FRAME_MS * 4)
    kiosk.touch_tap(centre)
    kiosk.wait_until(lambda: image.property("zoom") == 1)  # type: ignore[attr-defined]


def test_a_pinch_zooms_the_picture(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="card:9")
    image = page_item(kiosk, "payload-specialist", "detailImage")
    kiosk.touch_pinch(kiosk.centre(image), 100, 400)  # type: ignore[arg-type]
    kiosk.wait_until(lambda: image.property("zoom") > 1.5)  # type: ignore[attr-defined]


def test_figures_count_up_to_the_source_value(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="card:2", lang="en", reduce_motion=False)
    kiosk.touch_tap("previousPage")
    numerals = [
        item for item in walk(kiosk.item("page-new-industrialisation"))
        if item.objectName() == "figureNumeral"
    ]  # fmt: skip
    assert len(numerals) == 4
    final = ["HK$10 billion", "nearly HK$30 billion", "over 7,000 jobs", "over HK$1.2 billion"]
    assert [n.property("text") for n in numerals] != final, "the numbers start below the target"
    kiosk.wait_until(lambda: [n.property("text") for n in numerals] == final, timeout=5000)


def test_a_qr_code_is_shown_only_where_there_is_a_link(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="card:3")
    qr = page_item(kiosk, "digital-government", "qrCode")
    assert qr.property("visible") is not False  # type: ignore[attr-defined]
    assert qr.property("paintedWidth") > 0  # type: ignore[attr-defined]
    kiosk.touch_tap("nextPage")
    kiosk.touch_tap("nextPage")
    kiosk.touch_tap("nextPage")
    kiosk.touch_tap("nextPage")
    kiosk.touch_tap("nextPage")
    kiosk.touch_tap("nextPage")
    kiosk.wait_until(lambda: kiosk.item("detailPages").property("currentIndex") == 8)
    kiosk.settle()
    qr = page_item(kiosk, "payload-specialist", "qrCode")
    assert not qr.parentItem().isVisible()  # type: ignore[attr-defined]


def built_pages(kiosk: Kiosk) -> list[str]:
    """The pages whose body (picture, story, figures) exists, in order."""
    return [
        item.parentItem().objectName()
        for item in walk(kiosk.item("detailPages"))
        if item.objectName() == "pageBody" and item.property("item") is not None
    ]


def test_only_the_page_shown_and_its_neighbours_are_built(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="card:5", lang="en")
    ids = [page.objectName() for page in walk(kiosk.item("detailPages"))
           if page.objectName().startswith("page-")]  # fmt: skip
    assert len(ids) == 10
    kiosk.wait_until(lambda: built_pages(kiosk) == ids[3:6])
    kiosk.touch_swipe(kiosk.centre("detailPages"), kiosk.centre("detailPages") - QPoint(600, 0))
    kiosk.wait_until(lambda: kiosk.item("pagePosition").property("text") == "6 of 10")
    kiosk.wait_until(lambda: built_pages(kiosk) == ids[4:7])
    headline = page_item(kiosk, ids[5].removeprefix("page-"), "detailHeadline")
    assert headline.property("text"), "the page swiped to shows its story"  # type: ignore[attr-defined]


def test_closing_while_a_neighbour_is_being_built_is_clean(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    """Pages beside the current one are built asynchronously; closing the pages in the middle
    must not leave QML building into a deleted view ("Object or context destroyed during
    incubation", "Cannot create delegate": pytest-qt fails the test on such a warning)."""
    kiosk = open_kiosk(view="card:5", lang="en", reduce_motion=False)
    for step in range(6):
        # On to another page and back to the cards in the same instant, then in again.
        kiosk.navigation.currentIndex = 5 + step % 2
        kiosk.navigation.closeDetail()
        QTest.qWait(1)
        kiosk.navigation.openDetail(kiosk.navigation.currentIndex)
        QTest.qWait(3)
    kiosk.settle()
    assert kiosk.has("detailView")
    assert not kiosk.engine.warnings


def test_a_page_opens_at_once_without_gliding_through_the_others(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="card:1", lang="en", reduce_motion=False)
    kiosk.touch_tap("backButton")
    kiosk.wait_until(lambda: not kiosk.has("detailView"))
    ids = [page.objectName() for page in walk(kiosk.item("detailPages"))
           if page.objectName().startswith("page-")]  # fmt: skip
    kiosk.navigation.openDetail(8)  # as tapping card 9 does
    assert kiosk.item("detailPages").property("position") == 8, "page 9 is shown at once"
    built: set[str] = set()
    for _ in range(20):
        QTest.qWait(FRAME_MS)
        built.update(built_pages(kiosk))
    assert built <= set(ids[7:10]), f"pages built on the way: {sorted(built)}"


# -- the first screen: the page's substance without scrolling -------------------------------

FIRST_SCREEN_SIZES = [(1920, 1080), (1366, 768), (1080, 1920), (3840, 2160), (1024, 768)]


def scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def current_page(kiosk: Kiosk) -> QQuickItem:
    page = kiosk.item("detailPages").property("currentItem")
    assert isinstance(page, QQuickItem)
    return page


def named(root: QQuickItem, name: str) -> list[QQuickItem]:
    return [item for item in walk(root) if item.objectName() == name and is_shown(item)]


def first_screen_problems(kiosk: Kiosk) -> list[str]:
    """Number, headline, summary, every key figure with its whole label and the first two
    lines of the body: all on screen, above the fold's cue, without scrolling."""
    page = current_page(kiosk)
    scroller = named(page, "detailScroller")[0]
    view = scene_rect(scroller)
    fold = named(page, "foldFade")
    # The fade is still nearly clear over its top quarter: a line there reads well.
    fold_top = scene_rect(fold[0]).top() + fold[0].height() / 4 if fold else view.bottom()
    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    whole = [*named(page, "detailHeadline"), *named(page, "detailSummary")]
    whole += named(page, "figureNumeral") + named(page, "figureLabel")
    problems = []
    for qr in named(page, "qrCode"):  # beside the picture, whole, never scrolled away
        if (
            not window.contains(scene_rect(qr))
            or qr.width() < 100 * min(kiosk.window.width(), kiosk.window.height()) / 1080
        ):
            problems.append("the QR code is cut or shrunk")
    for item in whole:
        rect = scene_rect(item)
        if not (window.contains(rect) and view.contains(rect) and rect.bottom() <= fold_top + 1):
            problems.append(f"not whole on the first screen: {str(item.property('text'))[:30]!r}")
    body = named(page, "detailBody0")[0]
    advance = float(body.property("contentHeight")) / int(body.property("lineCount"))
    # The second line's own height ends where its extra line spacing (below it) begins.
    two_lines = scene_rect(body).top() + advance * (1 + 1 / float(body.property("lineHeight")))
    if two_lines > fold_top + 1:
        problems.append("the body's first two lines are below the fold")
    return problems


@pytest.mark.parametrize(
    "size", FIRST_SCREEN_SIZES, ids=[f"{w}x{h}" for w, h in FIRST_SCREEN_SIZES]
)
def test_every_page_shows_its_substance_on_the_first_screen(
    open_kiosk: Callable[..., Kiosk], size: tuple[int, int]
) -> None:
    kiosk = open_kiosk(view="card:1", size=size)
    problems = []
    for large_text in (False, True):
        kiosk.navigation.largeText = large_text
        for language in ("zh-Hant", "zh-Hans", "en"):
            kiosk.engine.exhibition.setLanguage(language)
            for row in range(10):
                kiosk.navigation.currentIndex = row
                kiosk.settle()
                where = f"{language}{' larger text' if large_text else ''} card {row + 1}"
                problems += [f"{where}: {problem}" for problem in first_screen_problems(kiosk)]
    assert not problems, "\n".join(problems)


def test_a_long_page_shows_that_it_goes_on_and_a_tap_on_the_cue_scrolls(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="card:1", lang="en", size=(1366, 768))
    page = current_page(kiosk)
    scroller = named(page, "detailScroller")[0]
    indicator = named(page, "detailScrollIndicator")[0]
    assert kiosk.has("moreCue") and named(page, "foldFade"), "the fold shows that more follows"
    assert indicator.property("active") is True and indicator.width() >= 4, "a visible indicator"
    kiosk.touch_tap("moreCue")
    kiosk.wait_until(lambda: scroller.property("contentY") > scroller.height() / 2)
    kiosk.wait_until(lambda: not scroller.property("moving"))
    for _ in range(6):  # on to the end: the cue goes when nothing more follows
        if not kiosk.has("moreCue"):
            break
        kiosk.touch_tap("moreCue")
        kiosk.wait_until(
            lambda: not scroller.property("moving") and not scroller.property("flicking")
        )
        kiosk.settle()
    assert not kiosk.has("moreCue")


def test_a_flick_scrolls_the_story(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="card:5", lang="zh-Hant", size=(1366, 768))
    scroller = named(current_page(kiosk), "detailScroller")[0]
    start = kiosk.centre(scroller)
    kiosk.touch_swipe(start, start - QPoint(0, 250), steps=6)
    kiosk.wait_until(lambda: scroller.property("contentY") > 100)


def test_a_milestone_on_a_page_shows_its_whole_label(open_kiosk: Callable[..., Kiosk]) -> None:
    """The page's milestones are styled text (the date in bold): an "&" in a label ("I&T")
    must reach the screen as itself, not start an entity that swallows the rest."""
    kiosk = open_kiosk(view="card:8", lang="en")
    pack = kiosk.engine.exhibition.pack
    labels = [m.label.get("en") for m in pack.milestones if "loop-park" in m.achievements]
    assert any("&" in label for label in labels), "the default pack's Loop milestone has I&T"
    shown = [str(item.property("text")) for item in kiosk.shown_texts()
             if item.objectName() == "detailMilestone"]  # fmt: skip
    assert len(shown) == len(labels)
    for text in shown:
        assert not re.search(r"&(?!amp;|lt;|gt;)", text), f"a bare & in styled text: {text!r}"
    plain = " ".join(html.unescape(re.sub(r"</?b>", "", text)) for text in shown)
    for label in labels:
        assert typeset(label) in plain, label
