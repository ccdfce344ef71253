"""What an achievement's slide says: the pack's points, else sentences of the body that repeat
neither the headline nor each other."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import Language, Pack
from kiosk.content.loader import load_pack
from kiosk.content.source import source_for
from kiosk.presentation.points import points_from_body, repeats, sentences, slide_points

ROOT = Path(__file__).resolve().parents[2]


def test_sentences_in_english_and_chinese() -> None:
    assert sentences("It rose 1.07% in 2022. Then Mr. Sun signed, e.g. a deal! Done") == [
        "It rose 1.07% in 2022.",
        "Then Mr. Sun signed, e.g. a deal!",
        "Done",
    ]
    assert sentences("推出「產學研1+計劃」。首批申請預計完成審批，並公布結果。") == [
        "推出「產學研1+計劃」。",
        "首批申請預計完成審批，並公布結果。",
    ]


def test_a_repeat_is_a_sentence_that_adds_little() -> None:
    summary = "The RAISe+ Scheme launched, and local R&D spending kept rising."
    body = (
        "To help turn research into products, the Innovation and Technology Commission "
        "launched the RAISe+ Scheme."
    )
    assert repeats("The RAISe+ Scheme launched.", body)
    assert not repeats(body, summary), "the longer sentence says more"
    assert repeats("登記使用「智方便」的人數已突破250萬。", "「智方便」登記人數已突破250萬")


def test_points_from_the_body_skip_the_headline_and_each_other() -> None:
    headline = "iAM Smart passes 2.5 million users"
    body = (
        "More than 2.5 million users have registered for iAM Smart. It will gain new functions.",
        "A Digital Policy Office will speed up digital government.",
        "A new Digital Policy Office will speed up digital government. Cyberport adds AI power.",
    )
    points = points_from_body(headline, body)
    assert points == [
        "A Digital Policy Office will speed up digital government.",
        "It will gain new functions.",
        "Cyberport adds AI power.",
    ]


@pytest.fixture(scope="module")
def default_pack() -> Pack:
    return load_pack(source_for(ROOT / "assets" / "content"))


def assert_new(points: list[str], headline: str, number: int) -> None:
    """Some points, none repeating the headline or a point before it."""
    assert len(points) >= 1, f"achievement {number} has something to say"
    for at, point in enumerate(points):
        assert not repeats(point, headline), f"{number}: {point!r}"
        for other in points[:at]:
            assert not repeats(point, other), f"{number}: {point!r}"


@pytest.mark.parametrize("language", list(Language))
def test_every_default_slide_says_something_new(default_pack: Pack, language: Language) -> None:
    for achievement in default_pack.achievements:
        points = slide_points(achievement, language)
        assert all(point.strip() == point and point for point in points)
        if achievement.points is not None:  # written for the slide: shown as written
            assert points == [p for p in achievement.points.get(language) if p]
        else:
            assert_new(points, achievement.headline.get(language), achievement.number)


@pytest.mark.parametrize("language", list(Language))
def test_points_chosen_from_the_default_bodies_say_something_new(
    default_pack: Pack, language: Language
) -> None:
    """What a slide would say if the default pack had no written points."""
    for achievement in default_pack.achievements:
        headline = achievement.headline.get(language)
        points = points_from_body(headline, achievement.body.get(language))
        assert_new(points, headline, achievement.number)


def test_written_points_win_over_the_body(default_pack: Pack) -> None:
    achievement = default_pack.achievements[0]
    written = achievement.model_copy(
        update={"points": type(achievement.body).model_validate({"zh-Hant": ["甲"], "en": ["A"]})}
    )
    assert slide_points(written, Language.EN) == ["A"]
    assert slide_points(written, Language.ZH_HANS) == ["甲"]
