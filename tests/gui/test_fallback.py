"""The fallback screen (painted, no QML) and the heartbeat the supervisor watches."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QRawFont
from pytestqt.qtbot import QtBot

from kiosk.app import resources
from kiosk.app.fonts import family_for, load_fonts
from kiosk.content import ResourceSource, load_pack
from kiosk.stand.fallback import BACKGROUND, MESSAGES, pack_titles, paint_fallback, show_fallback
from kiosk.stand.heartbeat import start_heartbeat
from kiosk.stand.supervisor import HEARTBEAT_ENV, HEARTBEAT_MS_ENV


def render(width: int, height: int, titles: tuple[tuple[str, str], ...] = ()) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("magenta"))
    painter = QPainter(image)
    paint_fallback(painter, width, height, titles or pack_titles())
    painter.end()
    return image


def ink_rows(image: QImage) -> list[int]:
    """The rows with anything but the background on them (sampled every 4th pixel)."""
    background = BACKGROUND.rgb()
    return [
        y
        for y in range(image.height())
        if any(image.pixel(x, y) != background for x in range(0, image.width(), 4))
    ]


def test_the_title_is_the_embedded_packs_in_chinese_and_english(qapp: object) -> None:
    resources.register()
    title = load_pack(ResourceSource()).pack.title
    assert pack_titles() == (("zh-Hant", title.get("zh-Hant")), ("en", title.get("en")))


def test_without_the_pack_the_apps_name_stands_in_and_it_still_paints(
    qapp: object, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    resources.register()
    load_fonts()
    with_pack = render(1280, 720)

    def broken(source: object) -> object:
        raise RuntimeError("the embedded pack is damaged")

    monkeypatch.setattr("kiosk.content.load_pack", broken)
    titles = pack_titles()
    assert titles == (("en", "InnoKiosk"),)
    assert "the embedded pack did not load" in caplog.text
    without = render(1280, 720, titles)
    assert ink_rows(without), "nothing drawn"
    assert without != with_pack


def test_the_bundled_fonts_have_every_character(qapp: object) -> None:
    resources.register()
    load_fonts()
    for code, text in [*pack_titles(), *MESSAGES]:
        for bold in (False, True):
            font = QFont(family_for(code))
            font.setPixelSize(40)
            font.setBold(bold)
            raw = QRawFont.fromFont(font)
            assert raw.familyName() == family_for(code)
            missing = [char for char in text if not raw.supportsCharacter(ord(char))]
            assert not missing, f"{family_for(code)} lacks {missing}"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (800, 480)])
def test_paints_the_whole_screen_with_text_in_the_middle(
    qapp: object, size: tuple[int, int]
) -> None:
    resources.register()
    load_fonts()
    width, height = size
    image = render(width, height)
    corners = [(0, 0), (width - 1, 0), (0, height - 1), (width - 1, height - 1)]
    assert all(image.pixel(x, y) == BACKGROUND.rgb() for x, y in corners)
    rows = ink_rows(image)
    assert rows, "nothing drawn"
    top, bottom = rows[0], rows[-1]
    assert abs((top + bottom) / 2 - height / 2) < height * 0.05, "the block is not centred"
    assert bottom - top > height * 0.25, "the text is too small to read across a hall"
    assert top > 0 and bottom < height - 1, "the text runs off the screen"
    bands = sum(1 for a, b in itertools.pairwise(rows) if b - a > 1) + 1
    assert bands >= 6, "two titles, rule and three messages should be separate lines"


def test_the_window_shows_and_paints(qtbot: QtBot, qapp: object) -> None:
    window = show_fallback(fullscreen=False)
    try:
        qtbot.waitExposed(window)
        assert window.title() == "InnoKiosk"
    finally:
        window.destroy()


def test_heartbeat_only_when_supervised(
    qtbot: QtBot, qapp: QObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(HEARTBEAT_ENV, raising=False)
    assert start_heartbeat(qapp) is None


def test_heartbeat_writes_now_and_then_every_interval(
    qtbot: QtBot, qapp: QObject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "heartbeat"
    monkeypatch.setenv(HEARTBEAT_ENV, str(path))
    monkeypatch.setenv(HEARTBEAT_MS_ENV, "20")
    timer = start_heartbeat(qapp)
    assert timer is not None
    try:
        assert (timer.interval(), timer.parent()) == (20, qapp)
        assert path.read_text(encoding="ascii").startswith("1 ")
        qtbot.waitUntil(lambda: path.read_text(encoding="ascii").startswith("3 "), timeout=3000)
    finally:
        timer.stop()
        timer.deleteLater()


def test_heartbeat_default_interval_is_five_seconds(
    qtbot: QtBot, qapp: QObject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HEARTBEAT_ENV, str(tmp_path / "heartbeat"))
    monkeypatch.delenv(HEARTBEAT_MS_ENV, raising=False)
    timer = start_heartbeat(qapp)
    assert timer is not None
    timer.stop()
    timer.deleteLater()
    assert timer.interval() == 5000


def beats(path: Path) -> int:
    """The heartbeat's counter (0 before the first beat, or mid-write)."""
    try:
        words = path.read_text(encoding="ascii").split()
    except FileNotFoundError:
        return 0
    return int(words[0]) if words and words[0].isdigit() else 0


def test_run_fallback_starts_its_event_loop(tmp_path: Path) -> None:
    """``run_fallback`` in its own process: the heartbeat proves its event loop runs."""
    beat = tmp_path / "heartbeat"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        HEARTBEAT_ENV: str(beat),
        HEARTBEAT_MS_ENV: "30",
    }
    script = "import sys; from kiosk.stand.fallback import run_fallback; sys.exit(run_fallback())"
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:
            if beats(beat) >= 3:
                break
            time.sleep(0.02)
        assert process.poll() is None, process.communicate()[1]
        assert beats(beat) >= 3
    finally:
        process.terminate()
        _, err = process.communicate(timeout=10)
    lines = [line for line in err.splitlines() if line.strip()]
    assert all("showing the fallback screen" in line for line in lines), err
