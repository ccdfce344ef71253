"""Broken content packs: each gets one clear line (file, field, problem) and exit code 2.

Every case starts from ``tests/packs/minimal`` (a valid pack) and breaks one thing in a copy.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.constants import EXIT_BAD_INPUT
from tests.conftest import ROOT

MINIMAL = ROOT / "tests" / "packs" / "minimal"
Breaker = Callable[[Path], None]


def edit(old: str, new: str, count: int = 1) -> Breaker:
    def apply(pack: Path) -> None:
        toml = pack / "content.toml"
        text = toml.read_text(encoding="utf-8")
        assert old in text, f"the minimal pack no longer has {old!r}"
        toml.write_text(text.replace(old, new, count), encoding="utf-8")

    return apply


def write(name: str, data: bytes) -> Breaker:
    def apply(pack: Path) -> None:
        (pack / name).parent.mkdir(parents=True, exist_ok=True)
        (pack / name).write_bytes(data)

    return apply


def both(*breakers: Breaker) -> Breaker:
    def apply(pack: Path) -> None:
        for breaker in breakers:
            breaker(pack)

    return apply


def png_header(width: int, height: int) -> bytes:
    """A PNG signature and IHDR chunk claiming ``width`` x ``height``, and no pixel data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def remove(name: str) -> Breaker:
    return lambda pack: (pack / name).unlink()


def symlink_out(pack: Path) -> None:
    outside = pack.parent / "outside.svg"
    shutil.copy(MINIMAL / "pictures" / "first.svg", outside)
    (pack / "pictures" / "first.svg").unlink()
    os.symlink(outside, pack / "pictures" / "first.svg")


def truncate_png(pack: Path) -> None:
    data = (MINIMAL / "pictures" / "second.png").read_bytes()
    (pack / "pictures" / "second.png").write_bytes(data[: len(data) - 40])


SVG_DOCTYPE = b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
SVG_LAUGHS = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><svg xmlns="http://www.w3.org/2000/svg">&lol3;</svg>'  # noqa: E501
SVG_EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&xxe;</svg>'  # noqa: E501
SVG_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
SVG_LINK = b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://example.com/a.png"/></svg>'  # noqa: E501

# (case id, how to break the pack, the expected line of the message)
CASES: list[tuple[str, Breaker, str]] = [
    ("no-content-file", remove("content.toml"), "content.toml: not found in the content pack"),
    ("empty-file", write("content.toml", b""), "content.toml: the file is empty"),
    ("blank-file", write("content.toml", b"  \n\n"), "content.toml: the file is empty"),
    ("toml-syntax", edit('version = "test-1"', 'version = "test-1'), "content.toml:3:"),
    (
        "truncated-file",
        lambda p: (p / "content.toml").write_bytes((MINIMAL / "content.toml").read_bytes()[:900]),
        "content.toml:",
    ),
    (
        "not-utf8",
        write("content.toml", "[pack]\ntitle = '測試'\n".encode("big5")),
        "not UTF-8 text",
    ),
    (
        "missing-field",
        edit('headline = { zh-Hant = "第一項", en = "The first" }\n', ""),
        "content.toml: achievements[0].headline: missing field",
    ),
    (
        "wrong-type",
        edit("number = 1", 'number = "one"'),
        "achievements[0].number: wrong type: expected a whole number, got text 'one'",
    ),
    (
        "unknown-language",
        edit('en = "The first summary."', 'fr = "Le premier."'),
        "achievements[0].summary: unknown language code: fr",
    ),
    (
        "missing-language",
        edit('{ zh-Hant = "第一項", en = "The first" }', '{ zh-Hant = "第一項" }'),
        "achievements[0].headline: missing language: en",
    ),
    (
        "default-language",
        edit('default_language = "zh-Hant"', 'default_language = "ja"'),
        "pack.default_language: unknown language code: ja",
    ),
    (
        "duplicate-id",
        edit('id = "second"', 'id = "first"'),
        "achievements[1].id: duplicate id 'first'",
    ),
    (
        "duplicate-number",
        edit("number = 2", "number = 1"),
        "achievements[1].number: duplicate number 1",
    ),
    (
        "milestone-unlinked",
        edit('achievements = ["first"]', 'achievements = ["third"]'),
        "milestones[0].achievements: linked to no achievement: third",
    ),
    (
        "bad-date",
        edit('date = "2023-10-25"', 'date = "2023-13-01"'),
        "milestones[0].date: no such month",
    ),
    (
        "image-missing",
        edit("pictures/first.svg", "pictures/factory.svg"),
        "achievements[0].images[0].file: not found: pictures/factory.svg",
    ),
    (
        "not-an-image",
        write("pictures/second.png", b"this is not a picture"),
        "achievements[1].images[0].file: not a PNG image: pictures/second.png",
    ),
    (
        "unsupported-format",
        both(
            edit("pictures/second.png", "pictures/second.gif"),
            write("pictures/second.gif", b"GIF89a"),
        ),
        "unsupported image format: pictures/second.gif",
    ),
    (
        "decompression-bomb",
        write("pictures/second.png", png_header(60000, 60000)),
        "image too large: pictures/second.png (60000x60000 pixels",
    ),
    (
        "truncated-png",
        truncate_png,
        "image cannot be decoded (truncated or damaged?): pictures/second.png",
    ),
    (
        "parent-path",
        edit("pictures/first.svg", "../first.svg"),
        "path leaves the pack: ../first.svg",
    ),
    ("absolute-path", edit("pictures/first.svg", "/etc/hostname.svg"), "absolute path not allowed"),
    ("symlink-out", symlink_out, "link leaves the pack: pictures/first.svg"),
    (
        "svg-doctype",
        write("pictures/first.svg", SVG_DOCTYPE),
        "SVG with a DOCTYPE or entities is not allowed",
    ),
    (
        "svg-billion-laughs",
        write("pictures/first.svg", SVG_LAUGHS),
        "SVG with a DOCTYPE or entities",
    ),
    (
        "svg-external-entity",
        write("pictures/first.svg", SVG_EXTERNAL),
        "SVG with a DOCTYPE or entities",
    ),
    (
        "svg-script",
        write("pictures/first.svg", SVG_SCRIPT),
        "SVG with a <script> element is not allowed",
    ),
    ("svg-external-link", write("pictures/first.svg", SVG_LINK), "SVG links outside itself"),
    (
        "string-too-long",
        edit('"The first"', '"' + "very " * 100 + 'long"'),
        "achievements[0].headline: en: text too long (504 characters, at most 120)",
    ),
    ("unknown-field", edit("headline =", "headlin =", 1), "achievements[0].headlin: unknown field"),
    (
        "not-a-number",
        edit('value = { zh-Hant = "100", en = "10" }', 'value = { zh-Hant = "一百", en = "10" }'),
        "achievements[0].figures[0].value: zh-Hant: not a number: '一百'",
    ),
    (
        "not-a-url",
        edit('"https://www.example.org/"', '"javascript:alert(1)"'),
        "achievements[0].learn_more: not a web address",
    ),
    (
        "bad-status",
        edit('status = "done"', 'status = "finished"'),
        "milestones[0].status: 'finished' is not allowed",
    ),
    (
        "bad-kind",
        edit('kind = "photo"', 'kind = "drawing"'),
        "achievements[1].images[0].kind: 'drawing' is not allowed",
    ),
]


def make_pack(tmp_path: Path, breaker: Breaker) -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(MINIMAL, pack)
    breaker(pack)
    return pack


def test_the_minimal_pack_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(MINIMAL)]) == 0
    assert "2 achievements" in capsys.readouterr().out


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 25
    assert len({case_id for case_id, _, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("breaker", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_broken_pack_gets_its_message_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], breaker: Breaker, expected: str
) -> None:
    pack = make_pack(tmp_path, breaker)
    assert main(["validate", str(pack)]) == EXIT_BAD_INPUT
    lines = capsys.readouterr().err.splitlines()
    assert any(expected in line for line in lines), "\n".join(lines)
    for line in lines[1:]:
        assert line.startswith("content.toml"), f"every problem names its file: {line}"


def test_a_missing_folder_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == EXIT_BAD_INPUT
    assert "content.toml: not found in the content pack" in capsys.readouterr().err


def test_every_problem_is_reported_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = make_pack(
        tmp_path,
        both(
            edit("number = 1", 'number = "one"'),
            edit("pictures/second.png", "pictures/missing.png"),
            edit('achievements = ["first"]', 'achievements = ["third"]'),
        ),
    )
    assert main(["validate", str(pack)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "achievements[0].number" in err
    assert "achievements[1].images[0].file: not found: pictures/missing.png" in err


def test_validation_never_reads_outside_the_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = make_pack(tmp_path, both(symlink_out, edit("pictures/second.png", "../secret.png")))
    (tmp_path / "secret.png").write_bytes((MINIMAL / "pictures" / "second.png").read_bytes())
    opened: list[str] = []
    real_open = open

    def spy(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", spy)
    assert main(["validate", str(pack)]) == EXIT_BAD_INPUT
    root = str(pack.resolve())
    assert opened and all(path.startswith((root, str(pack))) for path in opened), opened


def test_the_command_line_exits_2_for_a_broken_pack(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, write("pictures/first.svg", SVG_LAUGHS))
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", str(pack)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == EXIT_BAD_INPUT
    assert "content.toml: achievements[0].images[0].file: SVG with a DOCTYPE" in result.stderr
