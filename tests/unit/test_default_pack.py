"""The default pack: the report's ten achievements, every figure exact, in three languages."""

from __future__ import annotations

import json
import re

import pytest

from kiosk.cli import main
from kiosk.content import FolderSource, Language, Pack, load_pack
from kiosk.content.localized import to_simplified
from tests.conftest import DEFAULT_PACK, SEED

# Every figure the report states, as it appears in zh-Hant and in English, by achievement number.
# A figure given in the report in Chinese numerals may be shown in digits: (七家 | 7家).
SOURCE_FIGURES: list[tuple[int, str, str]] = [
    (1, "100億元", "HK$10 billion"),
    (1, "近300億元", "nearly HK$30 billion"),
    (1, "超過7000個", "over 7,000"),
    (1, "超12億元", "over HK$1.2 billion"),
    (2, "301.38億元", "HK$30.138 billion"),
    (2, "1.07%", "1.07%"),
    (2, "2024年第一季", "first quarter of 2024"),
    (3, "250萬", "2.5 million"),
    (3, "百項", "100"),
    (3, "2025年", "2025"),
    (5, "29所", "29"),
    (5, "(七家|7家)", "7"),
    (5, "30多家", "30"),
    (5, "11個經濟體", "11 economies"),
    (7, "百多項", "100"),
]

SOURCE_ORGANISATIONS: list[tuple[int, str]] = [
    (1, "新型工業發展辦公室"),
    (1, "寧德時代"),
    (1, "地平線"),
    (1, "優必選"),
    (1, "泰格醫藥"),
    (1, "多點"),
    (1, "奇安信"),
    (2, "創新科技署"),
    (3, "數字政策辦公室"),
    (3, "數碼港"),
    (4, "國家互聯網信息辦公室"),
    (6, "國家科學技術部"),
    (7, "廣東省人民政府"),
    (7, "廣東省政務服務數據管理局"),
]


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(FolderSource(DEFAULT_PACK))


def all_text(pack: Pack, number: int, language: Language) -> str:
    """Everything a visitor can read about one achievement, in one language."""
    item = next(a for a in pack.achievements if a.number == number)
    parts = [item.headline.get(language), item.summary.get(language), *item.body.get(language)]
    parts += [f.display(language) + " " + f.label.get(language) for f in item.figures]
    parts += [o.get(language) for o in item.organisations]
    return "\n".join(parts)


def test_ten_achievements_in_the_reports_numbering(pack: Pack) -> None:
    assert [a.number for a in pack.achievements] == list(range(1, 11))
    assert pack.pack.title.zh_hant == "科技興港 創建未來"
    assert pack.pack.subtitle.zh_hant == "建設智慧城市 招商引才見成效"
    assert pack.pack.source.newspaper.zh_hant == "大公報"
    assert pack.pack.source.reporter.zh_hant == "魏溶"
    seed = SEED.read_text(encoding="utf-8")
    for number in range(1, 11):
        assert re.search(rf"^# {number} ", seed, re.MULTILINE), f"the report has item {number}"


@pytest.mark.parametrize(("number", "zh_hant", "english"), SOURCE_FIGURES)
def test_every_figure_of_the_report_is_shown_exactly(
    pack: Pack, number: int, zh_hant: str, english: str
) -> None:
    assert re.search(zh_hant, all_text(pack, number, Language.ZH_HANT))
    assert english in all_text(pack, number, Language.EN)


def test_key_figures_read_as_in_the_report(pack: Pack) -> None:
    shown = {
        (a.number, f.display(Language.EN), f.display(Language.ZH_HANT))
        for a in pack.achievements
        for f in a.figures
    }
    assert any(n == 1 and en == "HK$10 billion" and zh.endswith("100億元") for n, en, zh in shown)
    assert any(n == 2 and en == "1.07%" for n, en, _ in shown)
    assert any(n == 2 and en == "HK$30.138 billion" and "301.38億元" in zh for n, en, zh in shown)


@pytest.mark.parametrize(("number", "name"), SOURCE_ORGANISATIONS)
def test_every_organisation_named_in_the_report_is_listed(
    pack: Pack, number: int, name: str
) -> None:
    item = next(a for a in pack.achievements if a.number == number)
    assert any(name in o.zh_hant for o in item.organisations), [
        o.zh_hant for o in item.organisations
    ]


def test_every_milestone_date_comes_from_the_checked_facts(pack: Pack) -> None:
    facts = (SEED.parent.parent / "facts.md").read_text(encoding="utf-8")
    for milestone in pack.milestones:
        shown = milestone.date.replace("-Q1", " Q1")
        assert shown[:7] in facts or shown in facts, milestone.id
    planned = {m.id for m in pack.milestones if m.status.value == "planned"}
    assert len(planned) == 4


def test_simplified_chinese_is_made_from_traditional_when_missing() -> None:
    assert to_simplified("科技興港 創建未來") == "科技兴港 创建未来"
    assert to_simplified("數碼港將設立人工智能超算中心") == "数码港将设立人工智能超算中心"


def test_the_pack_round_trips_through_its_json(
    pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(DEFAULT_PACK), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["achievements"][0]["headline"]["zh-Hans"] == pack.achievements[0].headline.zh_hans
    assert data["milestones"][0]["precision"] in {"day", "month", "quarter", "year"}
    again = Pack.model_validate(
        data
        | {
            "milestones": [
                {k: v for k, v in m.items() if k not in ("precision", "first_day", "last_day")}
                for m in data["milestones"]
            ]
        }
    )
    assert again == pack


def test_the_embedded_pack_is_the_default_pack(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "content pack embedded: OK" in out
    assert "10 achievements" in out
