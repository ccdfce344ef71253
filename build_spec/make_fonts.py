#!/usr/bin/env python3
"""Build (or check) the subset Noto Sans CJK fonts bundled with InnoKiosk.

Usage::

    python build_spec/make_fonts.py           # rebuild assets/fonts/ from the Debian Noto CJK TTCs
    python build_spec/make_fonts.py --check   # only verify the bundled fonts cover the current text

Build mode needs Debian's ``fonts-noto-cjk`` package (the ``NotoSansCJK-*.ttc`` collections and
its ``copyright`` file).  It picks the faces "Noto Sans CJK HK" and "Noto Sans CJK SC" (Regular and
Bold) out of the collections by their name table, subsets them to the characters the kiosk can show
and writes CFF-flavoured OpenType files plus ``OFL.txt`` and ``README.md`` into ``assets/fonts/``.

Check mode reads only the subset fonts (no TTCs, no subsetting), so it runs in CI.  Tests can call
:func:`collect_text`, :func:`required_text`, :func:`missing_characters` and :func:`check_fonts`.
"""

import argparse
import html
import re
import subprocess
import sys
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import opencc
from fontTools.ttLib import TTCollection, TTFont  # type: ignore[import-untyped]

from kiosk.app.fonts import SIMPLIFIED_FAMILY, TRADITIONAL_FAMILY

REPO_ROOT = Path(__file__).resolve().parent.parent
FONT_DIR = Path("assets/fonts")  # relative to the repository root

# Where the kiosk's visible text lives (globs relative to the repository root; may match nothing).
TEXT_SOURCE_GLOBS: tuple[str, ...] = (
    "assets/content/**/*.toml",
    "kiosk/qml/**/*.qml",
    "translations/*.ts",
    "kiosk/**/*.py",
)

# zh-Hans text is generated from the zh-Hant content at load time with this OpenCC configuration;
# it must match the one the content loader uses.
OPENCC_CONFIG = "hk2s"

NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-noto-cjk/copyright")
DEBIAN_PACKAGE = "fonts-noto-cjk"

SIZE_BUDGET_BYTES = 16_000_000  # all four fonts together

# Always-included characters besides the repository text.
BIG5_LEVEL1 = (0xA440, 0xC67E, "big5")  # 常用國字 (5,401 characters)
GB2312_LEVEL1 = (0xB0A1, 0xD7FE, "gb2312")  # 一级汉字 (3,755 characters)
UNICODE_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0020, 0x007E, "printable ASCII"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x2190, 0x21FF, "Arrows"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
)
EXTRA_SYMBOLS = "•·—–…‘’“”←→↑↓✓×÷%‰$€£¥°"

# OpenType features that must survive subsetting (fontTools' defaults hold all but `pwid`).
# `pwid` matters for English: the Chinese faces draw ‘ ’ “ ” full-width by default, so
# "Hong Kong’s" shows a gap unless the English text turns `pwid` on (5 glyphs, ~600 bytes).
REQUIRED_FEATURES: tuple[str, ...] = (
    "pwid",
    "kern",
    "liga",
    "locl",
    "vert",
    "vrt2",
    "palt",
    "halt",
    "vpal",
    "vhal",
    "vkrn",
    "ccmp",
    "mark",
    "mkmk",
    "calt",
)


@dataclass(frozen=True)
class FontSpec:
    """One output font."""

    source_family: str  # name ID 1 of the face in the collection
    # The subset's own name, the one the kiosk asks for (kiosk/app/fonts.py; see rename_family): a
    # name of our own keeps an installed Noto Sans CJK, which fontconfig otherwise prefers, from
    # standing in for it, and a modified font should not carry the original's (Google's) name.
    family: str
    style: str  # name ID 2: "Regular" or "Bold"
    filename: str  # under assets/fonts/
    language_system: str  # OpenType language tag whose `locl` forms are kept
    simplified: bool  # must also cover the OpenCC Simplified forms of the text

    @property
    def postscript_name(self) -> str:
        return f"{self.family.replace(' ', '')}-{self.style}"

    @property
    def collection(self) -> Path:
        return NOTO_DIR / f"NotoSansCJK-{self.style}.ttc"

    def output(self, root: Path = REPO_ROOT) -> Path:
        return root / FONT_DIR / self.filename


FONTS: tuple[FontSpec, ...] = tuple(
    FontSpec(source, family, style, f"NotoSansCJK{region}-{style}.subset.otf", tag, simplified)
    for source, family, region, tag, simplified in (
        ("Noto Sans CJK HK", TRADITIONAL_FAMILY, "hk", "ZHH ", False),
        ("Noto Sans CJK SC", SIMPLIFIED_FAMILY, "sc", "ZHS ", True),
    )
    for style in ("Regular", "Bold")
)


# --------------------------------------------------------------------------------------------------
# Text of the repository (used by both modes)
# --------------------------------------------------------------------------------------------------

_ESCAPE_RE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def text_source_files(root: Path = REPO_ROOT) -> list[Path]:
    """Return the existing text sources (content TOML, QML, Qt .ts, Python), sorted."""
    files: set[Path] = set()
    for pattern in TEXT_SOURCE_GLOBS:
        files.update(path for path in root.glob(pattern) if path.is_file())
    return sorted(files)


def _unescaped_code_points(text: str) -> Iterator[str]:
    r"""Yield the characters written as ``\uXXXX`` / ``\UXXXXXXXX`` escapes (TOML, JS, Python)."""
    for match in _ESCAPE_RE.finditer(text):
        code = int(match.group(1) or match.group(2), 16)
        if code <= sys.maxunicode:
            yield chr(code)


def _toml_strings(value: object) -> Iterator[str]:
    """Yield every key and string value of parsed TOML data, each as the loader will see it."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _toml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _toml_strings(item)


def read_source_text(path: Path) -> str:
    """Return the text of one source file, plus escaped characters decoded.

    The raw file is included (so comments and markup count too), followed by the characters of
    ``\\u`` escapes, XML character references in ``.ts`` files and the parsed strings of ``.toml``
    files, each string on its own line so that OpenCC converts it as the content loader would.
    """
    raw = path.read_text(encoding="utf-8-sig")
    parts = [raw, "".join(_unescaped_code_points(raw))]
    if path.suffix == ".ts":
        parts.append(html.unescape(raw))
    elif path.suffix == ".toml":
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError:
            pass  # the raw text is still counted; the content tests report the syntax error
        else:
            parts.extend(_toml_strings(data))
    return "\n".join(parts)


def collect_text(root: Path = REPO_ROOT) -> str:
    """Return all the text of the repository's text sources (see :data:`TEXT_SOURCE_GLOBS`)."""
    return "\n".join(read_source_text(path) for path in text_source_files(root))


def simplified_forms(text: str) -> str:
    """Return ``text`` converted with OpenCC (:data:`OPENCC_CONFIG`), in context and per character.

    OpenCC converts phrases, so the same character may map differently in different words; the
    in-context conversion gives what the loader produces, the per-character one adds the plain
    mapping of every character for safety.
    """
    converter = opencc.OpenCC(OPENCC_CONFIG)
    per_character = "\n".join(sorted(set(text)))
    in_context: str = converter.convert(text)
    one_by_one: str = converter.convert(per_character)
    return in_context + "\n" + one_by_one


def required_text(root: Path = REPO_ROOT, *, simplified: bool = False) -> str:
    """Return the text a font must cover: the repository text, and its Simplified forms if asked."""
    text = collect_text(root)
    return text + "\n" + simplified_forms(text) if simplified else text


def needs_glyph(char: str) -> bool:
    """Tell whether a character is drawn (controls, BOM, variation selectors and the zero-width
    joiners and spaces that only steer line breaking, such as the word joiner U+2060 that
    ``kiosk/content/typeset.py`` adds, are not)."""
    code = ord(char)
    if unicodedata.category(char) in ("Cc", "Cs"):
        return False
    zero_width = 0x200B <= code <= 0x200D or code == 0x2060
    return not (
        zero_width or code == 0xFEFF or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def font_characters(font_path: Path) -> set[str]:
    """Return the characters mapped by a font's cmap (reads only the cmap table)."""
    with TTFont(font_path, lazy=True) as font:
        cmap: dict[int, str] = font.getBestCmap() or {}
    return {chr(code) for code in cmap}


def missing_characters(font_path: Path, text: str) -> set[str]:
    """Return the characters of ``text`` that need a glyph but are not in the font's cmap."""
    covered = font_characters(font_path)
    return {char for char in set(text) if needs_glyph(char) and char not in covered}


def check_fonts(root: Path = REPO_ROOT) -> dict[Path, set[str]]:
    """Return, for each bundled font, the characters of the current text it does not cover.

    The HK fonts must cover the repository text; the SC fonts also its OpenCC Simplified forms.
    Raises ``FileNotFoundError`` if a font file is absent.
    """
    text = collect_text(root)
    simplified_text = text + "\n" + simplified_forms(text)
    return {
        spec.output(root): missing_characters(
            spec.output(root), simplified_text if spec.simplified else text
        )
        for spec in FONTS
    }


def describe(chars: Iterable[str]) -> str:
    """Format characters for a report: ``'字' U+5B57, ...``."""
    return ", ".join(f"{char!r} U+{ord(char):04X}" for char in sorted(chars))


# --------------------------------------------------------------------------------------------------
# Build mode
# --------------------------------------------------------------------------------------------------


def decode_double_byte(first: int, last: int, codec: str) -> set[str]:
    """Decode every two-byte code in ``first..last`` with ``codec``, skipping undecodable ones."""
    chars: set[str] = set()
    for code in range(first, last + 1):
        try:
            decoded = code.to_bytes(2, "big").decode(codec)
        except UnicodeDecodeError:
            continue
        chars.update(decoded)
    return chars


def base_character_set() -> dict[str, set[str]]:
    """Return the always-included characters, grouped by where they come from."""
    groups: dict[str, set[str]] = {
        "Big5 level 1": decode_double_byte(*BIG5_LEVEL1),
        "GB2312 level 1": decode_double_byte(*GB2312_LEVEL1),
    }
    for first, last, label in UNICODE_RANGES:
        groups[label] = {chr(code) for code in range(first, last + 1)}
    groups["extra symbols"] = set(EXTRA_SYMBOLS)
    return groups


def find_face(collection_path: Path, family: str, style: str) -> int:
    """Return the index of the face ``family``/``style`` in a font collection, by its name table."""
    with TTCollection(collection_path, lazy=True) as collection:
        for index, face in enumerate(collection.fonts):
            name = face["name"]
            if name.getBestFamilyName() == family and name.getBestSubFamilyName() == style:
                return index
    msg = f"no face {family!r} {style!r} in {collection_path}"
    raise LookupError(msg)


def keep_language_systems(font: TTFont, language_tag: str) -> None:
    """Drop the OpenType language systems of other locales from GSUB and GPOS.

    Noto CJK's ``locl`` maps every ideograph to its Japanese, Korean, Taiwan, Hong Kong or
    Mainland form; keeping all of them doubles the glyph count.  Each subset keeps the default
    language system and its own (``ZHH`` or ``ZHS``): the font is chosen by family for its
    locale, so the regional glyph forms of the other locales are never wanted.
    """
    for table_tag in ("GSUB", "GPOS"):
        if table_tag not in font:
            continue
        script_list = font[table_tag].table.ScriptList
        for record in script_list.ScriptRecord:
            script = record.Script
            script.LangSysRecord = [
                lang for lang in script.LangSysRecord if lang.LangSysTag == language_tag
            ]
            script.LangSysCount = len(script.LangSysRecord)


def subset_face(spec: FontSpec, unicodes: Sequence[int]) -> TTFont:
    """Load one face from its collection and subset it to ``unicodes``."""
    from fontTools import subset  # type: ignore[import-untyped]  # build mode only

    index = find_face(spec.collection, spec.source_family, spec.style)
    # recalcTimestamp=False keeps head.modified from the source: rebuilding gives identical bytes.
    font = TTFont(spec.collection, fontNumber=index, recalcTimestamp=False)
    keep_language_systems(font, spec.language_system)
    options = subset.Options()
    options.layout_features = sorted(set(options.layout_features) | set(REQUIRED_FEATURES))
    # Measured on this glyph set: dropping CFF hints saves about 16 %; desubroutinizing adds
    # about 7 % to the uncompressed OTF, so subroutines are kept.
    options.hinting = False
    options.desubroutinize = False
    options.notdef_outline = True  # a missing glyph shows as a box rather than as nothing
    options.name_IDs = ["*"]  # keep copyright, trademark and licence entries
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    set_chinese_code_pages(font)
    rename_family(font, spec)
    return font


def rename_family(font: TTFont, spec: FontSpec) -> None:
    """Give the subset its own family, full and PostScript names, in every language's name
    records and in the CFF table, and say in its description what it was made from."""
    source_postscript = font["name"].getDebugName(6)  # "NotoSansCJKhk-Bold"
    names = font["name"]
    for record in names.names:
        text = record.toUnicode()
        if record.nameID in (1, 4, 16, 21):
            record.string = text.replace(spec.source_family, spec.family)
        elif record.nameID in (3, 6):
            record.string = text.replace(source_postscript, spec.postscript_name)
    names.setName(
        f"{spec.family} {spec.style}: a subset of {spec.source_family} {spec.style} made for "
        "InnoKiosk (build_spec/make_fonts.py).",
        10,
        3,
        1,
        0x409,
    )
    cff = font["CFF "].cff
    cff.fontNames = [spec.postscript_name]
    top = cff.topDictIndex[0]
    top.FamilyName = spec.family
    top.FullName = f"{spec.family} {spec.style}"


def set_chinese_code_pages(font: TTFont) -> None:
    """Set the OS/2 code page bits for Simplified (GB2312) and Traditional (Big5) Chinese.

    fontTools recomputes ``ulCodePageRange1`` from sample characters and drops the GB2312 bit
    because the subset has no bopomofo.  Some font databases read these bits to guess the
    writing systems a font supports (Qt's Windows one does; fontconfig on Linux goes by cmap
    coverage instead).  A bit is set when the font maps every character of that code page's
    level-1 set, which is what the kiosk needs.
    """
    covered = set(font.getBestCmap())
    os2 = font["OS/2"]
    for bit, (first, last, codec) in ((18, GB2312_LEVEL1), (20, BIG5_LEVEL1)):
        if {ord(char) for char in decode_double_byte(first, last, codec)} <= covered:
            os2.ulCodePageRange1 |= 1 << bit


def _dep5_paragraphs(text: str) -> list[dict[str, list[str]]]:
    """Parse a Debian machine-readable copyright file into paragraphs of field -> lines."""
    paragraphs: list[dict[str, list[str]]] = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        fields: dict[str, list[str]] = {}
        current: list[str] | None = None
        for line in block.splitlines():
            if line[:1] in (" ", "\t") and current is not None:
                current.append(line[1:])
            else:
                key, _, value = line.partition(":")
                current = fields.setdefault(key.strip(), [])
                current.append(value.strip())
        paragraphs.append(fields)
    return paragraphs


def debian_licence(copyright_path: Path, licence: str = "SIL-1.1") -> tuple[str, str]:
    """Return (copyright of ``Files: *``, full text of ``licence``) from a DEP-5 copyright file."""
    paragraphs = _dep5_paragraphs(copyright_path.read_text(encoding="utf-8"))
    copyright_lines = next(
        p["Copyright"] for p in paragraphs if p.get("Files", [""])[0] == "*" and "Copyright" in p
    )
    body = next(
        p["License"][1:]
        for p in paragraphs
        if "Files" not in p and p.get("License", [""])[0] == licence and len(p["License"]) > 1
    )
    text = "\n".join("" if line.strip() == "." else line for line in body)
    return " ".join(line.strip() for line in copyright_lines if line.strip()), text


def debian_upstream(copyright_path: Path) -> str:
    """Return the ``Source`` URL of a DEP-5 copyright file's header paragraph."""
    header = _dep5_paragraphs(copyright_path.read_text(encoding="utf-8"))[0]
    return header.get("Source", ["https://github.com/googlefonts/noto-cjk"])[0]


def debian_package_version(package: str) -> str | None:
    """Return the installed version of a Debian package, or None off Debian."""
    try:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout.strip() or None


def write_ofl(path: Path, source: TTFont) -> None:
    """Write OFL.txt: the Noto CJK copyright lines, then the licence text from Debian."""
    debian_copyright, licence_text = debian_licence(DEBIAN_COPYRIGHT)
    name = source["name"]
    lines = [
        "Noto Sans CJK (subset here as NotoSansCJKhk-*.subset.otf and NotoSansCJKsc-*.subset.otf, "
        f'renamed "{TRADITIONAL_FAMILY}" and "{SIMPLIFIED_FAMILY}")',
        "",
        name.getDebugName(0),  # the font's own copyright notice
        f"Copyright {debian_copyright} (as recorded in Debian's {DEBIAN_PACKAGE} copyright file)",
        name.getDebugName(7),  # trademark
        "",
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        "This license is copied below, and is also available with a FAQ at:",
        name.getDebugName(14),
        "",
        licence_text,
    ]
    path.write_text("\n".join(line for line in lines if line is not None) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class BuiltFont:
    """What the build wrote for one font."""

    spec: FontSpec
    size: int
    glyphs: int


def write_readme(
    path: Path, built: Sequence[BuiltFont], groups: dict[str, set[str]], source: TTFont
) -> None:
    """Write assets/fonts/README.md (deterministic: no dates, so reruns give no diff)."""
    total = sum(font.size for font in built)
    package = debian_package_version(DEBIAN_PACKAGE)
    from_package = f"Debian's `{DEBIAN_PACKAGE}`" + (f" {package}" if package else "")
    rows = "\n".join(
        f"| `{f.spec.filename}` | {f.spec.family} | {f.spec.style} | {f.glyphs:,} | "
        f"{f.size / 1_000_000:.2f} MB |"
        for f in built
    )
    group_lines = "\n".join(
        f"  - {label}: {len(chars):,} code points" for label, chars in groups.items()
    )
    upstream = debian_upstream(DEBIAN_COPYRIGHT)
    version = source["name"].getDebugName(5).split(";")[0]  # "Version 2.004"
    globs = ", ".join(f"`{pattern}`" for pattern in TEXT_SOURCE_GLOBS)
    features = ", ".join(f"`{tag}`" for tag in REQUIRED_FEATURES)
    text = f"""# Bundled fonts

| file | family | style | glyphs | size |
|---|---|---|---|---|
{rows}

Total: {total / 1_000_000:.2f} MB (budget {SIZE_BUDGET_BYTES / 1_000_000:.0f} MB).

Load them with `QFontDatabase.addApplicationFont(...)` and ask for the families
"{TRADITIONAL_FAMILY}" (Traditional Chinese in Hong Kong forms, and English) and
"{SIMPLIFIED_FAMILY}" (Simplified Chinese); the Bold files are the same families at weight 700.

For English text turn on the `pwid` feature (QML: `font.features: {{ "pwid": 1 }}`; Python:
`QFont.setFeature(QFont.Tag("pwid"), 1)`): these Chinese faces draw ‘ ’ “ ” full-width by
default, so without it "Hong Kong’s" shows a gap before the s.

Always name the family (or make it the application's default font): with fontconfig (Linux),
Qt reports these partial fonts as supporting Latin only, so it never picks them by itself as a
fallback for Chinese text.

## Source

Subsets of Noto Sans CJK {version} (`{source["name"].getDebugName(3)}`), taken from
{from_package}: the faces named "Noto Sans CJK HK" and "Noto Sans CJK SC", Regular and Bold,
in `{NOTO_DIR}/NotoSansCJK-Regular.ttc` and `NotoSansCJK-Bold.ttc`
(upstream: <{upstream}>).

Licence: SIL Open Font License 1.1, see [OFL.txt](OFL.txt) (keep it next to the fonts).
The subsets are renamed "{TRADITIONAL_FAMILY}" and "{SIMPLIFIED_FAMILY}" (family, full and
PostScript names, in the name table and the CFF table; the description, name ID 10, says what
each was made from). With the original names, fontconfig chose an installed Noto Sans CJK over
the bundled subsets, so the kiosk looked and behaved differently from PC to PC; and a modified
font should not carry the original's name.

## How they are subset

`build_spec/make_fonts.py` uses `fontTools.subset`.

- Characters, the same set in both families:
{group_lines}

  The repository text is every character of the files matching {globs}, plus its OpenCC
  `{OPENCC_CONFIG}` Simplified form (zh-Hans is generated from zh-Hant at load time).
  Characters the source faces lack are skipped (and reported by the check).
- OpenType layout: fontTools' default features plus `pwid`; kept are {features}.
  The `locl` forms of other locales (Japanese, Korean, Taiwan, the other Chinese) are dropped:
  each font keeps only its default language system and its own (`ZHH` for HK, `ZHS` for SC).
  Keeping them all would double the glyph count.
- CFF hinting removed (smaller; the kiosk shows large text); subroutines kept
  (desubroutinizing makes the files bigger); `.notdef` keeps its box outline; all name records
  kept; the OS/2 code page bits for GB2312 and Big5 set (each font maps both level-1 sets).
- Output: CFF-flavoured OpenType (`.otf`). `head.modified` is kept, so a rebuild from the same
  sources gives identical files.

## Regenerate / check

```sh
python build_spec/make_fonts.py          # rebuild (needs Debian's {DEBIAN_PACKAGE})
python build_spec/make_fonts.py --check  # verify the fonts cover the current text (CI; no TTCs)
```

Rebuild after adding content, QML or translations with characters outside the set;
`--check` lists the characters missing from each font and exits 1.
"""
    path.write_text(text, encoding="utf-8")


def build(root: Path = REPO_ROOT) -> int:
    """Build the four subset fonts, OFL.txt and README.md; return the process exit code."""
    out_dir = root / FONT_DIR
    out_dir.mkdir(parents=True, exist_ok=True)

    text = collect_text(root)
    repo_chars = {char for char in text + simplified_forms(text) if needs_glyph(char)}
    groups = {"repository text and its Simplified forms": repo_chars, **base_character_set()}
    wanted = set().union(*groups.values())
    unicodes = sorted(ord(char) for char in wanted)
    print(
        f"{len(text_source_files(root))} text source files, {len(repo_chars):,} characters in them"
    )
    print(f"character set: {len(unicodes):,} code points")

    built: list[BuiltFont] = []
    for spec in FONTS:
        font = subset_face(spec, unicodes)
        path = spec.output(root)
        font.save(path)
        glyphs = len(font.getGlyphOrder())
        font.close()
        built.append(BuiltFont(spec, path.stat().st_size, glyphs))
        print(f"{path.relative_to(root)}: {built[-1].size:,} bytes, {glyphs:,} glyphs")

    total = sum(font.size for font in built)
    print(f"total: {total:,} bytes ({total / 1_000_000:.2f} MB; budget {SIZE_BUDGET_BYTES:,})")

    first = FONTS[0]
    index = find_face(first.collection, first.source_family, first.style)
    with TTFont(first.collection, fontNumber=index, lazy=True) as source:
        write_ofl(out_dir / "OFL.txt", source)
        write_readme(out_dir / "README.md", built, groups, source)

    status = report_check(root)
    if status:
        print(
            "error: the characters above are not in Noto Sans CJK either; change the text or "
            "add a font that has them",
            file=sys.stderr,
        )
    if total > SIZE_BUDGET_BYTES:
        print(f"error: the fonts exceed the {SIZE_BUDGET_BYTES:,}-byte budget", file=sys.stderr)
        status = 1
    return status


# --------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------


def report_check(root: Path = REPO_ROOT) -> int:
    """Print the coverage of each bundled font; return 1 if a character or a font is missing."""
    status = 0
    try:
        results = check_fonts(root)
    except FileNotFoundError as error:
        print(f"error: font not found: {error.filename}", file=sys.stderr)
        return 1
    for path, missing in results.items():
        name = path.relative_to(root)
        if missing:
            status = 1
            print(f"{name}: {len(missing)} missing: {describe(missing)}")
        else:
            print(f"{name}: covers the text ({path.stat().st_size:,} bytes)")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; verify the bundled fonts cover the current text (exit 1 if not)",
    )
    args = parser.parse_args(argv)
    return report_check() if args.check else build()


if __name__ == "__main__":
    sys.exit(main())
