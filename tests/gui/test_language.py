"""One touch changes the language of every string on screen: nothing of the old one remains."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from kiosk.app.fonts import FAMILIES, family_for
from kiosk.content.localized import to_simplified
from tests.gui.conftest import Kiosk

HAN = re.compile(r"[\u3400-\u9fff]")
LETTERS = re.compile(r"[A-Za-z\u3400-\u9fff]")
LANGUAGE_BUTTON_LABELS = {"繁", "简", "EN"}
VIEWS = ["home", "cards", "card:1", "card:5", "timeline"]


def visible_strings(kiosk: Kiosk) -> set[str]:
    texts = {str(item.property("text")) for item in kiosk.shown_texts()}
    return {t for t in texts if t not in LANGUAGE_BUTTON_LABELS}


def switch(kiosk: Kiosk, language: str) -> None:
    kiosk.touch_tap(f"language-{language}")
    kiosk.wait_until(lambda: kiosk.engine.exhibition.language == language)
    kiosk.settle()


def traditional_only(text: str) -> set[str]:
    """Characters that Simplified Chinese writes differently."""
    return {char for char in text if HAN.match(char) and to_simplified(char) != char}


@pytest.mark.parametrize("view", VIEWS)
def test_switching_language_changes_every_visible_string(
    open_kiosk: Callable[..., Kiosk], view: str
) -> None:
    kiosk = open_kiosk(view=view, lang="zh-Hant")
    chinese = visible_strings(kiosk)
    assert chinese and any(HAN.search(t) for t in chinese)

    switch(kiosk, "en")
    english = visible_strings(kiosk)
    assert not [t for t in english if HAN.search(t)], "Chinese left after switching to English"
    assert not [t for t in english & chinese if LETTERS.search(t)], "strings left unchanged"

    switch(kiosk, "zh-Hans")
    simplified = visible_strings(kiosk)
    leftovers = {t: traditional_only(t) for t in simplified if traditional_only(t)}
    assert not leftovers, f"Traditional characters after switching to Simplified: {leftovers}"
    assert not [t for t in simplified & english if LETTERS.search(t)], "English left over"

    switch(kiosk, "zh-Hant")
    assert visible_strings(kiosk) == chinese


def test_the_language_buttons_show_which_is_on(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(lang="en")
    assert kiosk.item("language-en").property("selected") is True
    switch(kiosk, "zh-Hans")
    assert kiosk.item("language-zh-Hans").property("selected") is True
    assert kiosk.item("language-en").property("selected") is False
    assert kiosk.window.property("title").endswith("科技兴港 创建未来")


@pytest.mark.parametrize("view", ["home", "card:3", "timeline"])
def test_every_visible_string_is_drawn_with_a_bundled_font(
    open_kiosk: Callable[..., Kiosk], view: str
) -> None:
    """The family each text resolves to is one of the bundled subsets: no font installed on
    the PC (this machine has the full Noto Sans CJK) stands in, in any language."""
    from PySide6.QtGui import QFont, QFontInfo

    kiosk = open_kiosk(view=view, lang="zh-Hant")
    for language in ("zh-Hant", "zh-Hans", "en"):
        switch(kiosk, language)
        drawn_with = {
            str(item.property("text")): QFontInfo(QFont(item.property("font"))).family()
            for item in kiosk.shown_texts()
        }
        assert drawn_with
        strangers = {text: family for text, family in drawn_with.items() if family not in FAMILIES}
        assert not strangers, f"{language}: drawn with other fonts: {strangers}"
        expected = family_for(language)
        assert [text for text, family in drawn_with.items() if family == expected]
