"""Line breaking: the pack's ~ mark, CJK orphans, English hyphenation and widows, headlines."""

from __future__ import annotations

from kiosk.content.localized import LocalizedParagraphs, ShortText
from kiosk.content.typeset import (
    NO_BREAK_SPACE,
    SOFT_HYPHEN,
    WORD_JOINER,
    Role,
    plain,
    resolve_marks,
    typeset,
)

WJ, NBSP, SHY = WORD_JOINER, NO_BREAK_SPACE, SOFT_HYPHEN


def test_the_mark_joins_cjk_with_a_word_joiner_and_words_with_a_no_break_space() -> None:
    assert resolve_marks("龍頭科企落~戶") == f"龍頭科企落{WJ}戶"
    assert resolve_marks("Hong~Kong") == f"Hong{NBSP}Kong"
    assert resolve_marks("HK$10~billion") == f"HK$10{NBSP}billion"
    assert resolve_marks("100~億元") == f"100{NBSP}億元", "only between two CJK characters"


def test_an_escaped_mark_is_a_tilde() -> None:
    assert resolve_marks(r"about \~5 km") == "about ~5 km"
    assert resolve_marks(r"a\~b~c") == f"a~b{NBSP}c"


def test_the_pack_reader_resolves_marks_in_every_language() -> None:
    text = ShortText.model_validate({"zh-Hant": "企業落~戶", "en": "Hong~Kong"})
    assert text.zh_hant == f"企業落{WJ}戶" and text.en == f"Hong{NBSP}Kong"
    assert text.zh_hans == f"企业落{WJ}户", "converted to Simplified before the mark resolves"
    body = LocalizedParagraphs.model_validate({"zh-Hant": ["在~港"], "en": [r"\~1"]})
    assert body.zh_hant == (f"在{WJ}港",) and body.en == ("~1",)


def test_a_cjk_paragraph_never_ends_with_one_character_alone() -> None:
    text = "設新型工業發展辦公室及100億元加速計劃，多家龍頭科企來港。"
    out = typeset(text)
    assert out.endswith(f"科企{WJ}來{WJ}港。") or out.endswith(f"企{WJ}來{WJ}港。")
    assert plain(out) == text


def test_a_short_cjk_text_is_left_alone() -> None:
    assert typeset("相關機構") == "相關機構"


def test_a_cjk_headline_breaks_only_between_its_phrases() -> None:
    out = typeset("新型工業化 龍頭科企落戶", Role.HEADLINE)
    first, second = out.split(" ")
    assert first == WJ.join("新型工業化") and second == WJ.join("龍頭科企落戶")


def test_long_english_words_get_soft_hyphens_at_proper_points() -> None:
    assert typeset("industrialisation", Role.HEADLINE) == f"industrial{SHY}isation"
    assert typeset("specialist") == f"special{SHY}ist"
    for word in ("telecommunications", "infrastructure", "accelerating"):
        parts = typeset(word).split(SHY)
        assert len(parts) >= 2 and all(len(part) >= 3 for part in parts), parts
    assert typeset("short words stay whole").count(SHY) == 0


def test_an_english_text_never_ends_with_one_short_word_alone() -> None:
    assert typeset("Building a smart city").endswith(f"smart{NBSP}city")
    assert typeset("Two words") == "Two words", "too short to need it"
    # A pair too long to keep together: in a narrow column Qt would break it inside a word.
    assert NBSP not in typeset("iAM Smart passes 2.5 million users")
    assert NBSP not in typeset("New industrialisation: leading firms arrive")


def test_typesetting_changes_no_visible_character() -> None:
    for text in (
        "Hong Kong's ten innovation and technology achievements",
        "數碼港亦將由2024年起分階段設立人工智能超算中心",
    ):
        assert plain(typeset(text)) == text
        assert plain(typeset(text, Role.HEADLINE)) == text
