"""What the build embeds is complete: the resource list, the translations and the fonts."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import ROOT


def build_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "build_spec" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resources_qrc_lists_every_qml_file_picture_and_font() -> None:
    result = subprocess.run(
        [sys.executable, "build_spec/update_qrc.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_interface_string_is_translated_into_both_chinese_scripts() -> None:
    translations = build_script("update_translations")
    for ts_file in translations.TS_FILES:
        assert translations.untranslated(ts_file) == [], ts_file.name


def test_every_qstr_in_the_qml_is_in_the_translations() -> None:
    import re

    sources = set()
    for ts_file in (ROOT / "translations").glob("*.ts"):
        sources |= set(re.findall(r"<source>(.*?)</source>", ts_file.read_text(encoding="utf-8")))
    used = set()
    for qml in (ROOT / "kiosk" / "qml").rglob("*.qml"):
        used |= set(re.findall(r'qsTr\("((?:[^"\\]|\\.)*)"\)', qml.read_text(encoding="utf-8")))
    unescaped = {
        s.replace("&apos;", "'").replace("&amp;", "&").replace("&quot;", '"') for s in sources
    }
    assert used <= unescaped, sorted(used - unescaped)


def test_the_bundled_fonts_cover_every_character_the_kiosk_shows() -> None:
    fonts = build_script("make_fonts")
    missing = fonts.check_fonts(ROOT)
    assert missing and not any(missing.values()), {
        str(p): "".join(sorted(c)) for p, c in missing.items() if c
    }


def test_the_fonts_fit_their_budget_and_ship_with_their_licence() -> None:
    font_dir = ROOT / "assets" / "fonts"
    total = sum(path.stat().st_size for path in font_dir.glob("*.otf"))
    assert len(list(font_dir.glob("*.otf"))) == 4
    assert total <= 16_000_000
    assert "SIL OPEN FONT LICENSE" in (font_dir / "OFL.txt").read_text(encoding="utf-8").upper()


def test_the_fonts_carry_the_family_names_the_kiosk_asks_for() -> None:
    """In every name record and in the CFF table: an installed Noto Sans CJK cannot stand in."""
    from fontTools.ttLib import TTFont

    from kiosk.app.fonts import FAMILIES, FONT_FILES

    found: set[str] = set()
    for resource in FONT_FILES:
        with TTFont(ROOT / "assets" / "fonts" / resource.rsplit("/", 1)[1], lazy=True) as font:
            families = {record.toUnicode() for record in font["name"].names if record.nameID == 1}
            (family,) = families
            assert font["CFF "].cff.topDictIndex[0].FamilyName == family
            assert font["CFF "].cff.fontNames[0].startswith(family.replace(" ", "") + "-")
        found.add(family)
    assert found == set(FAMILIES)


def test_generated_files_are_not_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8")
    assert "/kiosk/_generated/" in ignored
    assert not any(Path(ROOT / "translations").glob("*.qm"))
