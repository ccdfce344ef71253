"""The default pack: the report's ten achievements, every figure exact, in three languages.

The report and the checked dates are read from copies inside the repository (``tests/data/``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest

from kiosk.cli import main
from kiosk.content import FolderSource, Language, Pack, load_pack
from kiosk.content.localized import to_simplified
from kiosk.content.schema import Achievement
from tests.conftest import DEFAULT_PACK, FACTS, SEED

LANGUAGES = (Language.ZH_HANT, Language.ZH_HANS, Language.EN)
_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"

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
    (3, "百項", "about a hundred initiatives"),
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


def plain(text: str) -> str:
    """Text as a visitor reads it, without the pack's line-breaking marks: ``~`` (joins two CJK
    characters, else a no-break space), ``\\~`` (a tilde), and what they may be loaded as (U+2060
    WORD JOINER, U+00A0 NO-BREAK SPACE)."""
    text = re.sub(rf"(?<={_CJK})~(?={_CJK})", "", text.replace("\\~", "\0"))
    text = text.replace("~", " ").replace("\0", "~")
    return text.replace("\u2060", "").replace("\u00a0", " ")


def all_text(pack: Pack, number: int, language: Language) -> str:
    """Everything a visitor can read about one achievement, in one language."""
    item = next(a for a in pack.achievements if a.number == number)
    parts = [item.headline.get(language), item.summary.get(language), *item.body.get(language)]
    parts += item.points.get(language) if item.points else []
    parts += [f.display(language) + " " + f.label.get(language) for f in item.figures]
    parts += [o.get(language) for o in item.organisations]
    return plain("\n".join(parts))


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
    facts = FACTS.read_text(encoding="utf-8")
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


# -- the three languages say the same things (issue 18) ----------------------------------------

_SCALE = {"億": 10**8, "亿": 10**8, "萬": 10**4, "万": 10**4, "billion": 10**9, "million": 10**6}
_ORDINAL = {"一": "1", "二": "2", "三": "3"}


def quantities(text: str) -> list[Decimal]:
    """Every quantity a text states, in one unit whatever the language: ``301.38億`` and
    ``HK$30.138 billion`` are both 30138000000; ``百`` and ``hundred`` are 100. Not counted:
    the 1 of the scheme's Chinese name 「產學研1+」 (RAISe+ in English) and a quarter's
    number (Q1 beside 第一季)."""
    text = re.sub(r"(產學研|产学研)1\+", "", plain(text))
    text = re.sub(r"\bQ[1-4]\b", "", text)
    text = re.sub(r"第([一二三])期", lambda m: _ORDINAL[m.group(1)], text)
    found = []
    pattern = r"(\d[\d,]*(?:\.\d+)?)\s*(億|亿|萬|万|billion|million)?"
    for match in re.finditer(pattern, text):
        value = Decimal(match.group(1).replace(",", ""))
        found.append((value * _SCALE[match.group(2)] if match.group(2) else value).normalize())
    found += [Decimal(100)] * len(re.findall(r"(?<![\d一二三四五六七八九十])百|\bhundred\b", text))
    return sorted(found)


def texts_by_language(pack: Pack) -> Iterator[tuple[str, dict[str, str]]]:
    """Every text of the pack a visitor reads, by its field path, in each language."""
    for a, item in enumerate(pack.achievements):
        yield f"achievements[{a}].headline", item.headline.as_table()
        yield f"achievements[{a}].summary", item.summary.as_table()
        for name in ("body", "points"):
            paragraphs = getattr(item, name)
            for i in range(len(paragraphs.en) if paragraphs else 0):
                yield (
                    f"achievements[{a}].{name}[{i}]",
                    {
                        code: values[i] if i < len(values) else ""
                        for code, values in paragraphs.as_table().items()
                    },
                )
        for f, figure in enumerate(item.figures):
            yield (
                f"achievements[{a}].figures[{f}]",
                {
                    code.value: f"{figure.display(code)} {figure.label.get(code)}"
                    for code in LANGUAGES
                },
            )
    for milestone in pack.milestones:
        yield f"milestones.{milestone.id}", milestone.label.as_table()
    if pack.pack.credit is not None:
        yield "pack.credit", pack.pack.credit.as_table()


def test_every_text_states_the_same_numbers_in_every_language(pack: Pack) -> None:
    differ = []
    for path, table in texts_by_language(pack):
        found = {code: quantities(text) for code, text in table.items()}
        if not found["zh-Hant"] == found["zh-Hans"] == found["en"]:
            differ.append(f"{path}: {found}")
    assert not differ, "\n".join(differ)


def test_the_number_check_sees_a_figure_missing_from_one_language() -> None:
    assert quantities("2022年數據：本地研發總開支301.38億元") != quantities(
        "2022 figures: local R&D spending HK$30.138 billion, 1.07% of GDP"
    )
    assert quantities("本地研發總開支301.38億元，佔1.07%") == quantities("HK$30.138 billion, 1.07%")
    assert quantities("「產學研1+計劃」2024年第一季") == quantities("RAISe+ in Q1 2024")
    assert quantities("逐步推出「百項方案」") == quantities("about a hundred initiatives")


def test_every_number_in_the_achievements_is_the_reports(pack: Pack) -> None:
    """No figure of the pack's own: each quantity in an achievement's text is one the report
    states (七家 in the report is 7家 on screen)."""
    report = set(quantities(SEED.read_text(encoding="utf-8"))) | {Decimal(7)}
    for path, table in texts_by_language(pack):
        if path.startswith("achievements"):
            unknown = set(quantities(table["zh-Hant"])) - report
            assert not unknown, f"{path}: {sorted(unknown)} not in the report"


def test_milestones_name_the_same_things_in_every_language(pack: Pack) -> None:
    """Places and names the English gives, the Chinese gives too (issue 18, point 7)."""
    pairs = {
        "Beijing": "北京",
        "Convention and Exhibition Centre": "會議展覽中心",
        "Science Park": "科學園",
        "HK$10 billion": "100億元",
        "1.07%": "1.07%",
        "Digital Policy Office": "數字政策辦公室",
        "credit referencing": "徵信",
    }
    for milestone in pack.milestones:
        english, chinese = plain(milestone.label.en), plain(milestone.label.zh_hant)
        for name, zh_name in pairs.items():
            assert (name in english) == (zh_name in chinese), (milestone.id, name)


# -- the report's hedges and names ------------------------------------------------------------

# What the report only expects, plans or is working towards, as the pack must say it too.
HEDGES: list[tuple[int, str, str]] = [
    (1, "致力引進", "has been working to attract"),
    (1, "預計投資近300億元", "expect to invest nearly"),
    (1, "預計投資超過12億元", "expected investment of over"),
    (2, "預計在2024年第一季完成審批", "vetting of the first batch of applications is due"),
    (3, "「百項方案」", "about a hundred initiatives"),
    (9, "不止一人", "More than one"),
]


@pytest.mark.parametrize(("number", "zh_hant", "english"), HEDGES)
def test_the_reports_hedges_are_kept(pack: Pack, number: int, zh_hant: str, english: str) -> None:
    assert zh_hant in all_text(pack, number, Language.ZH_HANT)
    assert english in all_text(pack, number, Language.EN)


def test_nothing_is_stated_more_firmly_than_the_report_does(pack: Pack) -> None:
    english = "\n".join(all_text(pack, number, Language.EN) for number in range(1, 11))
    assert "due to be approved" not in english  # 完成審批 is vetting, not approval
    assert "brought leading firms" not in english  # 致力引進: working to attract
    assert "looked for payload" not in english  # 選拔: selected
    item = next(a for a in pack.achievements if a.number == 3)
    assert not any(f.value.en == "100" for f in item.figures), "「百項方案」 has no exact count"


def test_the_third_innohk_cluster_has_the_reports_four_fields_everywhere(pack: Pack) -> None:
    fields = {
        Language.ZH_HANT: ["先進製造", "材料", "能源", "可持續發展"],
        Language.ZH_HANS: ["先进制造", "材料", "能源", "可持续发展"],
        Language.EN: ["advanced manufacturing", "materials", "energy", "sustainable development"],
    }
    milestone = next(m for m in pack.milestones if m.id == "third-innohk-cluster")
    innohk = next(a for a in pack.achievements if a.id == "innohk")
    for language, names in fields.items():
        for text in (milestone.label.get(language), innohk.body.get(language)[-1]):
            # A timeline card has room for "sustainability" only (可持續發展).
            short = [n.replace("sustainable development", "sustainab") for n in names]
            assert all(name in text for name in short), (language, text)
        assert all(name in innohk.body.get(language)[-1] for name in names), language
        assert innohk.points is not None
        assert all(name in innohk.points.get(language)[-1] for name in names[1:]), language


def test_one_name_for_each_organisation(pack: Pack) -> None:
    names = {o.en for a in pack.achievements for o in a.organisations}
    english = "\n".join(all_text(pack, n, Language.EN) for n in range(1, 11))
    assert "UBTECH Robotics" in names and re.search(r"UBTECH(?! Robotics)", english) is None
    assert "Cyberspace Administration of China" in names
    assert re.search(r"Cyberspace Administration(?! of China)", english) is None
    labels = "\n".join(plain(m.label.en) for m in pack.milestones)
    assert re.search(r"Cyberspace Administration(?! of China)", labels) is None
    assert "Gold Medal with the Congratulations of the Jury" in english
    assert "Cross-boundary Public Services" in english  # 跨境通辦, in the Government's English


def test_simplified_chinese_reads_as_mainland_usage(pack: Pack) -> None:
    """hk2s leaves Hong Kong wording; the pack writes zh-Hans where it does (issue 18, point 13)."""
    for path, table in texts_by_language(pack):
        hans = table["zh-Hans"]
        assert not re.search(r"由\d{4}年起", hans), f"{path}: {hans}"
        assert "它的功能" not in hans, f"{path}: {hans}"
    headlines = [a.headline.zh_hans for a in pack.achievements]
    tags = [t.zh_hans for a in pack.achievements for t in a.tags]
    for text in headlines + tags:
        assert "创科" not in text, text


# -- the source credit and the slide points ---------------------------------------------------


def test_the_credit_says_whose_review_the_ten_items_are(pack: Pack) -> None:
    assert pack.pack.credit is not None
    hant, hans, english = (plain(text) for text in pack.pack.credit.as_table().values())
    assert "創新科技及工業局" in hant and "回顧" in hant
    assert "创新科技及工业局" in hans and "回顾" in hans
    assert "Innovation, Technology and Industry Bureau" in english and "review" in english
    assert "創新科技及工業局昨日公布十大主要工作回顧" in SEED.read_text(encoding="utf-8")


def _points(item: Achievement, language: Language) -> tuple[str, ...]:
    assert item.points is not None, f"{item.id} has no slide points"
    return tuple(plain(p) for p in item.points.get(language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_achievement_has_short_slide_points(pack: Pack, language: Language) -> None:
    longest = 90 if language is Language.EN else 28
    for item in pack.achievements:
        points = _points(item, language)
        assert 2 <= len(points) <= 3, item.id
        assert len(points) == len(_points(item, Language.EN)), item.id
        assert len(set(points)) == len(points), f"{item.id}: a point repeats another"
        headline = plain(item.headline.get(language))
        for point in points:
            assert len(point) <= longest, f"{item.id}: {point!r} is too long for a slide"
            assert point not in headline and headline not in point, f"{item.id}: {point!r}"


def test_slide_points_do_not_repeat_the_slides_figures(pack: Pack) -> None:
    """A slide shows the first two figures beside the points: a point says something else."""
    for item in pack.achievements:
        for figure in item.figures[:2]:
            shown = quantities(figure.display(Language.ZH_HANT))
            for point in _points(item, Language.ZH_HANT):
                assert not set(shown) & set(quantities(point)), (item.id, point)
