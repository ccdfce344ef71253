"""Staff get in with a three-second press on the top-left corner and their PIN, and only so."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from kiosk.settings.pin import hash_pin
from kiosk.stats.report import Summary
from kiosk.ui.stats import summary_for_qml
from tests.gui.conftest import Kiosk
from tests.unit.test_broken_packs import MINIMAL

PIN = "2468"
CORNER = QPoint(20, 20)


@pytest.fixture(scope="module")
def pin_hash() -> str:
    return hash_pin(PIN)


def enter(kiosk: Kiosk, pin: str) -> None:
    for digit in pin:
        kiosk.touch_tap(f"pinKey-{digit}")
    kiosk.touch_tap("pinKey-OK")


def test_a_short_press_on_the_corner_does_nothing(
    open_kiosk: Callable[..., Kiosk], pin_hash: str
) -> None:
    kiosk = open_kiosk(kiosk_mode=True, pin_hash=pin_hash)
    kiosk.touch_hold(CORNER, 800)
    assert not kiosk.has("pinPad")


def test_the_right_pin_opens_the_staff_panel_and_exit_works(
    open_kiosk: Callable[..., Kiosk], pin_hash: str
) -> None:
    kiosk = open_kiosk(kiosk_mode=True, pin_hash=pin_hash)
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("pinPad"))
    enter(kiosk, PIN)
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    assert "內置展覽內容" in str(kiosk.item("contentStatus").property("text"))  # the pack's zh-Hant
    assert kiosk.window.close() is False, "no close before the staff exit"
    kiosk.touch_tap("staffExit")
    kiosk.wait_until(lambda: not kiosk.window.isVisible())


def test_wrong_pins_are_refused_and_five_lock_the_pad(
    open_kiosk: Callable[..., Kiosk], pin_hash: str
) -> None:
    kiosk = open_kiosk(kiosk_mode=True, pin_hash=pin_hash)
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("pinPad"))
    for attempt in range(5):
        enter(kiosk, "1111")
        assert not kiosk.has("staffPanel"), f"wrong PIN {attempt + 1} let staff in"
    enter(kiosk, PIN)
    assert not kiosk.has("staffPanel"), "the right PIN during the lockout is refused too"
    assert "60" in str(kiosk.item("pinMessage").property("text")) or "5" in str(
        kiosk.item("pinMessage").property("text")
    )


def test_without_a_pin_kiosk_mode_lets_nobody_in(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(kiosk_mode=True, pin_hash=None)
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("pinPad"))
    enter(kiosk, "0000")
    assert not kiosk.has("staffPanel")
    assert "set-pin" in str(kiosk.item("pinMessage").property("text"))


def test_the_panel_shows_a_rejected_pack_and_reloads_a_fixed_one(
    open_kiosk: Callable[..., Kiosk], tmp_path: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(MINIMAL, pack)
    (pack / "pictures" / "first.svg").unlink()
    kiosk = open_kiosk(content=str(pack))
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    assert "pictures/first.svg" in str(kiosk.item("contentProblems").property("text"))
    shutil.copy(MINIMAL / "pictures" / "first.svg", pack / "pictures" / "first.svg")
    kiosk.touch_tap("staffReload")
    kiosk.wait_until(lambda: kiosk.engine.exhibition.packLabel == str(pack))
    assert not kiosk.has("contentProblems")


def open_panel(kiosk: Kiosk) -> None:
    """In a window with no PIN set, the corner opens the staff panel directly."""
    kiosk.touch_hold(CORNER, 3300)
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))


def text_of(kiosk: Kiosk, name: str) -> str:
    return str(kiosk.item(name).property("text"))


def test_the_panel_names_the_pack_on_show_in_words_in_every_language(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(lang="en")
    open_panel(kiosk)
    version = kiosk.engine.exhibition.pack.pack.version
    words = {
        "en": "Built-in exhibition content",
        "zh-Hant": "內置展覽內容",
        "zh-Hans": "内置展览内容",
    }
    for language, name in words.items():
        kiosk.engine.exhibition.setLanguage(language)
        kiosk.wait_until(lambda name=name: name in text_of(kiosk, "contentStatus"))
        status = text_of(kiosk, "contentStatus")
        assert version in status and "embedded" not in status, status


def test_the_panels_buttons_have_the_kiosks_look(open_kiosk: Callable[..., Kiosk]) -> None:
    """Not Qt's light grey default: dark raised buttons, the main one in the accent colour, each
    at least a touch target high."""
    kiosk = open_kiosk(lang="en")
    open_panel(kiosk)
    theme = kiosk.engine.engine.singletonInstance("Kiosk", "Theme")
    accent, touch_target = QColor(theme.property("accent")), float(theme.property("touchTarget"))
    names = ["idleShorter", "idleLonger", "staffReload", "staffPresent", "staffMode", "staffExit"]
    for name in [*names, "staffClose"]:
        button = kiosk.item(name)
        fill = QColor(button.property("background").property("color"))
        if name == "staffClose":
            assert fill == accent, name
        else:
            assert fill.lightness() < 96, f"{name}: {fill.name()} is a light default button"
        assert button.height() >= touch_target - 1, name
    assert text_of(kiosk, "idleShorter") == "– 30 s"


def test_statistics_say_there_are_no_visits_yet_then_show_the_first(
    open_kiosk: Callable[..., Kiosk], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # a kiosk with an empty log
    kiosk = open_kiosk(lang="en")
    open_panel(kiosk)
    assert kiosk.has("statsEmpty") and not kiosk.has("statsBars")
    assert "yet" in text_of(kiosk, "statsEmpty")
    kiosk.engine.exhibition.setLanguage("zh-Hant")
    kiosk.wait_until(lambda: "暫時未有" in text_of(kiosk, "statsEmpty"))
    kiosk.engine.exhibition.setLanguage("en")
    kiosk.touch_tap("staffClose")
    kiosk.wait_until(lambda: not kiosk.has("staffPanel"))

    kiosk.touch_tap("tile-innohk")
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    QTest.qWait(300)
    kiosk.touch_tap("backButton")
    kiosk.wait_until(lambda: kiosk.has("homeView"))
    kiosk.engine.stats.recorder.flush()
    open_panel(kiosk)
    assert kiosk.has("statsBars") and not kiosk.has("statsEmpty")
    shown = [str(item.property("text")) for item in kiosk.shown_texts()]
    assert any(text.startswith("Today · 1 session") for text in shown), shown


def test_the_chart_knows_a_log_with_no_visit_from_one_with_visits() -> None:
    assert summary_for_qml(Summary())["hasVisits"] is False
    assert summary_for_qml(Summary())["hasPageViews"] is False
    home_only = summary_for_qml(Summary(sessions=1))
    assert home_only["hasVisits"] is True and home_only["hasPageViews"] is False
    views = [0] * 10
    views[4] = 1
    assert summary_for_qml(Summary(sessions=1, views=views))["hasPageViews"] is True
