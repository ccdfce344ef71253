"""``innokiosk export --pdf`` and ``--handout``: vector PDFs with real text, checked with poppler
(``pdftotext``, ``pdffonts``, ``pdfinfo``, ``pdftohtml``, ``pdftoppm``) as a reader would."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import QQmlEngine
from pytestqt.qtbot import QtBot

from kiosk.cli import main
from kiosk.content import Language, Pack, ResourceSource, load_pack
from kiosk.presentation.deck import FIGURES_PER_SLIDE
from kiosk.presentation.engine import PresentationEngine
from kiosk.presentation.export import export_pdf, export_png
from kiosk.presentation.handout import write_handout
from kiosk.presentation.pdf_deck import DeckLayout
from kiosk.presentation.slide_theme import THEME, qml_name, theme_fields
from kiosk.tools.itemtree import find_item, is_shown, walk
from tests.gui import test_slides_fit
from tests.gui.conftest import Kiosk

LANGUAGES = ["zh-Hant", "zh-Hans", "en"]
SLIDE = (1920, 1080)
open_deck = test_slides_fit.open_deck  # a presentation at a size, its QML warnings checked
DECK_LIMIT = 2_000_000
HANDOUT_LIMIT = 3_000_000


def poppler(*args: str) -> str:
    tool = args[0]
    assert shutil.which(tool), f"{tool} missing: install poppler-utils (.ci/run does)"
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def squeezed(text: str) -> str:
    """Without white space, hyphens and joiners: lines break anywhere in Chinese, between words
    in English, and after the hyphen of "cross-boundary", which pdftotext then drops as if the
    word had been hyphenated at the line's end."""
    return re.sub(r"[\s\u00ad\u2060-]+", "", text)


@pytest.fixture(scope="module")
def pack() -> Pack:
    from kiosk.app import resources

    resources.register()
    return load_pack(ResourceSource())


def expected_slides(pack: Pack) -> int:
    return 1 + len(pack.achievements) + -(-len(pack.milestones) // 8) + 1


def missing_words(pdf: Path, pack: Pack, language: str, figures: int | None = None) -> list[str]:
    """Every headline of the pack in ``language`` and its key figures (each achievement's first
    ``figures``, or all) that the PDF's text lacks."""
    text = squeezed(poppler("pdftotext", str(pdf), "-"))
    wanted = [a.headline.get(language) for a in pack.achievements]
    wanted += [f.display(language) for a in pack.achievements for f in a.figures[:figures]]
    return [word for word in wanted if squeezed(word) not in text]


def outline(pdf: Path) -> list[tuple[int, str]]:
    xml = poppler("pdftohtml", "-xml", "-i", "-stdout", "-q", str(pdf))
    return [(int(p), t) for p, t in re.findall(r'<item page="(\d+)">([^<]*)</item>', xml)]


def check_fonts(pdf: Path) -> None:
    rows = poppler("pdffonts", str(pdf)).splitlines()[2:]
    assert rows, "no fonts: the text is not text"
    for row in rows:
        name, *_, emb, sub, uni, _obj, _gen = row.split()
        assert "InnoKioskSans" in name, row
        assert (emb, sub, uni) == ("yes", "yes", "yes"), f"not an embedded subset: {row}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_deck_is_real_text_a_page_and_a_bookmark_per_slide(
    qtbot: QtBot, qapp: object, tmp_path: Path, pack: Pack, language: str
) -> None:
    target = tmp_path / f"deck-{language}.pdf"
    assert export_pdf(target, language, SLIDE) == 0
    # The slides' figures (the two that matter); the handout, to take away, has them all.
    assert missing_words(target, pack, language, FIGURES_PER_SLIDE) == []
    info = poppler("pdfinfo", str(target))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages == expected_slides(pack)
    assert re.search(r"Page size:\s+1440 x 810 pts", info)
    assert f"Title:           {pack.pack.title.get(language)}" in info
    assert f"Subject:         {pack.pack.subtitle.get(language)}" in info
    assert pack.pack.source.newspaper.get(language) in info.split("Author:")[1].splitlines()[0]
    marks = outline(target)
    assert [page for page, _ in marks] == list(range(1, pages + 1))
    assert marks[1][1] == f"1. {pack.achievements[0].headline.get(language)}"
    lang = "<FEFF" + language.encode("utf-16-be").hex().upper() + ">"
    assert f"/Lang {lang}".encode() in target.read_bytes()
    check_fonts(target)
    assert target.stat().st_size < DECK_LIMIT
    # Vector: the title page and every timeline page carry no picture at all.
    images = poppler("pdfimages", "-list", str(target)).splitlines()[2:]
    pages_with_images = {int(row.split()[0]) for row in images}
    assert not pages_with_images & {1, pages - 3, pages - 2, pages - 1, pages}


@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_the_handout_has_every_headline_and_figure(
    qtbot: QtBot, qapp: object, tmp_path: Path, pack: Pack, language: str | None
) -> None:
    target = tmp_path / f"handout-{language}.pdf"
    pages = write_handout(target, language)
    languages = [language] if language else [Language.ZH_HANT.value, Language.EN.value]
    for code in languages:
        assert missing_words(target, pack, code) == [], code
    text = poppler("pdftotext", "-layout", str(target), "-")
    # Side by side, each language's column read on its own (read across the page, a label
    # wrapped in one column would interleave with the other's lines).
    halves = [("0", "298"), ("298", "298")] if language is None else [("0", "596")]
    columns = "".join(
        poppler("pdftotext", "-x", left, "-y", "0", "-W", width, "-H", "900", str(target), "-")
        for left, width in halves
    )
    for milestone in pack.milestones:  # the timeline, every label
        for code in languages:
            assert squeezed(milestone.label.get(code)) in squeezed(columns), milestone.id
    if language in (None, "en"):
        assert f"Page {pages} of {pages}" in text
    info = poppler("pdfinfo", str(target))
    assert re.search(r"Page size:\s+595(\.\d+)? x 842", info), "A4"
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == pages  # type: ignore[union-attr]
    titles = [title for _, title in outline(target)]
    assert len(titles) == len(pack.achievements) + 3  # cover, achievements, timeline, credits
    check_fonts(target)
    assert target.stat().st_size < HANDOUT_LIMIT


def test_the_handout_prints_on_letter_paper_from_the_command_line(
    qtbot: QtBot, qapp: object, tmp_path: Path
) -> None:
    target = tmp_path / "handout.pdf"
    assert main(["export", "--handout", str(target), "--lang", "en", "--paper", "letter"]) == 0
    assert re.search(r"Page size:\s+612 x 792 pts \(letter\)", poppler("pdfinfo", str(target)))


def thumbnail(path: Path) -> list[int]:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    small = image.scaled(
        32, 18, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return [small.pixelColor(x, y).value() for y in range(18) for x in range(32)]


def difference(a: list[int], b: list[int]) -> float:
    return sum(abs(p - q) for p, q in zip(a, b, strict=True)) / len(a)


def columns(thumb: list[int]) -> list[int]:
    """Mean brightness of each of the 32 columns: where the picture and the text sit across
    the slide, whatever their height."""
    return [sum(thumb[y * 32 + x] for y in range(18)) // 18 for x in range(32)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_deck_pages_look_like_the_slides(
    qtbot: QtBot, qapp: object, tmp_path: Path, language: str
) -> None:
    """Each page against its slide's screenshot as a 32x18 grey thumbnail, and across the slide
    (the picture with its figures on the left, the text on the right: column by column, at any
    height). A page laid out otherwise (figures in the text column, a missing line, another
    order of milestones) differs by 7 to 25."""
    assert export_png(tmp_path / "shots", language, (960, 540)) == 0
    assert export_pdf(tmp_path / "deck.pdf", language, SLIDE) == 0
    poppler("pdftoppm", "-png", "-scale-to-x", "960", "-scale-to-y", "540",
            str(tmp_path / "deck.pdf"), str(tmp_path / "page"))  # fmt: skip
    shots = [thumbnail(p) for p in sorted((tmp_path / "shots").glob("slide-*.png"))]
    pages = [thumbnail(p) for p in sorted(tmp_path.glob("page-*.png"))]
    assert len(pages) == len(shots)
    kinds = ["title"] + ["achievement"] * 10 + ["timeline"] * 3 + ["closing"]
    assert len(kinds) == len(shots)
    for index, (page, shot) in enumerate(zip(pages, shots, strict=True)):
        across = difference(columns(page), columns(shot))
        # (measured: whole 0.4-6.4, across 0.4-2.8; against a slide of another kind 3.6-10.4;
        # the whole page differs most where the 960-pixel shot breaks a line elsewhere than the
        # 1920-pixel page, e.g. at a soft hyphen)
        assert difference(page, shot) < 8, f"page {index + 1} does not look like its slide"
        assert across < 4, f"page {index + 1}: laid out across the page unlike its slide"
        others = [
            difference(columns(page), columns(other))
            for other, kind in zip(shots, kinds, strict=True)
            if kind != kinds[index]
        ]
        assert across < min(others), f"page {index + 1} looks more like another kind of slide"


SLIDE_TEXTS = ("slideHeadline", "slideContinued", "slidePoint", "slideFigure", "slideFigureLabel",
               "timelineHeading", "milestoneLabel")  # fmt: skip
PLACE_TOLERANCE = 6.0  # pixels of a 1920x1080 slide


def slide_texts(engine: PresentationEngine, qtbot: QtBot) -> list[list[tuple[str, QRectF]]]:
    """Each slide's headline, points, figures and milestones: text and where it is shown."""
    slides = []
    for index in range(engine.deck.state.count):
        engine.deck.goTo(index)
        frame = find_item(engine.window, f"slide-{index + 1}")
        assert frame is not None
        qtbot.waitUntil(lambda frame=frame: is_shown(frame) and frame.x() == 0)
        slides.append([
            (str(item.property("text")),
             item.mapRectToItem(frame, QRectF(0, 0, item.width(), item.height())))
            for item in walk(frame)
            if item.objectName() in SLIDE_TEXTS and is_shown(item)
        ])  # fmt: skip
    return slides


def page_words(pdf: Path, scale: float) -> list[list[tuple[str, QRectF]]]:
    """Each page's words and where they are, in slide pixels (``scale`` per PDF point)."""
    markup = poppler("pdftotext", "-bbox-layout", str(pdf), "-")
    pages = []
    for page in markup.split("<page ")[1:]:
        words = re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            page,
        )
        pages.append([
            (html.unescape(word), QRectF(QPointF(float(x0), float(y0)) * scale,
                                         QPointF(float(x1), float(y1)) * scale))
            for x0, y0, x1, y1, word in words
        ])  # fmt: skip
    return pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_shows_its_slides_text_where_the_slide_does(
    open_deck: object, tmp_path: Path, qtbot: QtBot, language: str
) -> None:
    """The deck's pages are the presentation's slides at 1920x1080, as many and split in the
    same places (the deck's and the slides' own rules), and every headline, point, figure and
    milestone is on the page where its slide shows it: the figures under the picture (or
    beneath both columns), the headline and points beside it, to a few pixels."""
    engine = open_deck(language, SLIDE, None)  # type: ignore[operator]
    chosen = engine.chosen
    layout = DeckLayout(chosen.pack, chosen.source, Language(language), SLIDE)
    assert layout.slides() == engine.deck.state.slides, "split otherwise than on screen"
    shown = slide_texts(engine, qtbot)
    assert export_pdf(tmp_path / "deck.pdf", language, SLIDE) == 0
    pages = page_words(tmp_path / "deck.pdf", SLIDE[0] / 1440)
    assert len(pages) == len(shown) == engine.deck.state.count
    for number, (texts, words) in enumerate(zip(shown, pages, strict=True), start=1):
        for text, place in texts:
            box = place.adjusted(*(2 * [-PLACE_TOLERANCE] + 2 * [PLACE_TOLERANCE]))
            inside = "".join(word for word, at in words if box.contains(at))
            assert squeezed(inside) == squeezed(text), f"page {number}: {text!r} at {place}"


def fitted(engine: PresentationEngine) -> list[tuple[float, float]]:
    """Each achievement and timeline slide's type scale and picture share (0 on a timeline)."""
    return [
        (round(float(item.property("fit")), 4), round(float(item.property("imageShare") or 0), 4))
        for item in walk(engine.window.contentItem())
        if item.property("floorFit") is not None
    ]


@pytest.mark.parametrize(
    ("language", "size"),
    [
        *[(language, SLIDE) for language in LANGUAGES],
        ("zh-Hant", (1280, 720)),
        ("zh-Hans", (1280, 720)),
        ("en", (1280, 720)),
    ],
    ids=str,
)
def test_text_too_long_for_a_slide_is_scaled_and_split_as_on_screen(
    open_deck: object, language: str, size: tuple[int, int]
) -> None:
    """With ``tests/packs/long-points`` (text that cannot fit at the reading size), the PDF's
    slides are the screen's: the same continuation slides, each at the type scale and picture
    share its slide chose."""
    engine = open_deck(language, size, test_slides_fit.LONG_POINTS)  # type: ignore[operator]
    layout = DeckLayout(engine.chosen.pack, engine.chosen.source, Language(language), size)
    slides = layout.slides()
    assert any(slide.part for slide in slides), "the pack should need a continuation slide"
    assert slides == engine.deck.state.slides, "split otherwise than on screen"
    mine = []
    for slide in slides:
        if slide.kind.value == "achievement":
            achievement = layout.achievement_layout(slide)
            achievement.refit()
            mine.append((round(achievement.fit, 4), round(achievement.share, 4)))
        elif slide.kind.value == "timeline":
            timeline = layout.timeline_layout(slide)
            timeline.refit()
            mine.append((round(timeline.fit, 4), 0.0))
    assert mine == fitted(engine)


def test_the_deck_is_drawn_with_the_themes_sizes_and_colours(qapp: object) -> None:
    """``slide_theme`` copies Theme.qml's values for the PDF: each the same as the live Theme."""
    from kiosk.app import resources

    resources.register()
    engine = QQmlEngine()
    theme = engine.singletonInstance("Kiosk", "Theme")
    assert theme is not None and float(theme.property("scale")) == 1
    for field in theme_fields():
        mine, theirs = getattr(THEME, field), theme.property(qml_name(field))
        if isinstance(mine, str):
            assert QColor(mine) == QColor(theirs), field
        else:
            assert mine == pytest.approx(float(theirs)), field


def test_staff_save_the_handouts_and_slides_to_a_usb_stick(
    open_kiosk: Callable[..., Kiosk], tmp_path: Path
) -> None:
    stick = tmp_path / "usb" / "InnoKiosk handouts"
    kiosk = open_kiosk(lang="en")
    kiosk.engine.control.handout_folder = lambda: stick
    kiosk.touch_hold(QPoint(20, 20), 3300)  # no PIN in a window: the corner opens the panel
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    kiosk.touch_tap("staffHandouts")
    assert kiosk.item("staffHandouts").property("enabled") is False, "one export at a time"
    kiosk.wait_until(lambda: kiosk.engine.control.exportState != "saving", timeout=180_000)
    assert kiosk.engine.control.exportState == "saved"
    assert str(stick) in str(kiosk.item("staffHandoutsStatus").property("text"))
    names = sorted(file.name for file in stick.glob("*.pdf"))
    assert names == sorted(
        ["handout-zh-Hant-en.pdf"]
        + [f"{kind}-{code}.pdf" for kind in ("handout", "slides") for code in LANGUAGES]
    )
    for file in stick.glob("*.pdf"):
        assert re.search(r"Pages:\s+[1-9]", poppler("pdfinfo", str(file))), file.name


def test_a_photo_is_printed_sharp_but_not_huge(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    from tests.gui.test_photos import pack_with_photo

    pack = pack_with_photo(tmp_path, "jpg")  # achievement 3's picture, 640x400
    deck, handout = tmp_path / "deck.pdf", tmp_path / "handout.pdf"
    assert main(["--content", str(pack), "export", "--pdf", str(deck), "--lang", "en"]) == 0
    assert main(["--content", str(pack), "export", "--handout", str(handout)]) == 0
    rows = [row.split() for row in poppler("pdfimages", "-list", str(deck)).splitlines()[2:]]
    photo = [row for row in rows if row[0] == "4" and row[2] == "image"]  # slide 4: number 3
    assert photo and (int(photo[0][3]), int(photo[0][4])) == (640, 400)
    assert "Illustration" not in poppler("pdftotext", "-f", "4", "-l", "4", str(deck), "-")
    assert "iAM Smart" in poppler("pdftotext", str(handout), "-")


def test_long_points_go_on_to_a_continuation_page_never_cut(
    qtbot: QtBot, qapp: object, tmp_path: Path
) -> None:
    from tests.gui.test_photos import DEFAULT_PACK

    pack = tmp_path / "pack"
    shutil.copytree(DEFAULT_PACK, pack)
    toml = pack / "content.toml"
    text = toml.read_text(encoding="utf-8")
    start = text.index("points.en = [", text.index('id = "cross-boundary-data"'))
    end = text.index("]", start)
    sentences = [
        f"Point {n} runs on " + "and on about data crossing the boundary " * 25 + f"end {n}."
        for n in (1, 2)
    ]
    body = "points.en = [\n" + "".join(f'  "{s}",\n' for s in sentences)
    toml.write_text(text[:start] + body + text[end:], encoding="utf-8")
    deck = tmp_path / "deck.pdf"
    assert main(["--content", str(pack), "export", "--pdf", str(deck), "--lang", "en"]) == 0
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(deck))).group(1))  # type: ignore[union-attr]
    assert pages > 15, "the points should not have fitted on one slide"
    words = squeezed(poppler("pdftotext", str(deck), "-"))
    for number in (1, 2):  # a point may break across slides, under the headline repeated
        assert f"Point{number}runson" in words and f"end{number}." in words
    marks = outline(deck)
    assert len(marks) == pages
    fourth = [page for page, title in marks if title.startswith("4. ")]
    assert len(fourth) > 2 and marks[fourth[1] - 1][1].endswith("(2)")
    # Every word of the 25 repeats in each point, on the pages of achievement 4 (whose
    # headline, "across the boundary", is on each of them).
    text = poppler("pdftotext", "-f", str(fourth[0]), "-l", str(fourth[-1]), str(deck), "-")
    assert len(re.findall(r"\babout\b", text)) == 50, "a point was cut"
    assert len(re.findall(r"\bboundary\b", text)) == 50 + len(fourth), "a point was cut"
