"""A broken external pack never reaches a visitor: the kiosk shows the embedded pack and staff
are told what is wrong."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.gui.conftest import Kiosk
from tests.unit.test_broken_packs import (
    MINIMAL,
    SVG_EXTERNAL,
    SVG_LAUGHS,
    Breaker,
    png_header,
    symlink_out,
    truncate_png,
    write,
)

CASES: list[tuple[str, Breaker, str]] = [
    ("truncated-png", truncate_png, "truncated or damaged"),
    ("huge-png", write("pictures/second.png", png_header(60000, 60000)), "image too large"),
    ("not-an-image", write("pictures/second.png", b"GIF89a not a png"), "not a PNG image"),
    ("billion-laughs", write("pictures/first.svg", SVG_LAUGHS), "DOCTYPE or entities"),
    ("external-entity", write("pictures/first.svg", SVG_EXTERNAL), "DOCTYPE or entities"),
    ("link-out", symlink_out, "link leaves the pack"),
    ("garbage-toml", write("content.toml", b"\x00\x01\x02 not toml at all"), "content.toml"),
]


@pytest.mark.parametrize(("breaker", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_broken_pack_falls_back_and_staff_are_told(
    open_kiosk: Callable[..., Kiosk], tmp_path: Path, breaker: Breaker, expected: str
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(MINIMAL, pack)
    breaker(pack)
    kiosk = open_kiosk(content=str(pack))
    assert kiosk.engine.exhibition.packLabel == "embedded"
    assert kiosk.engine.exhibition.achievements.rowCount() == 10, "the embedded pack is on show"
    assert kiosk.has("homeView") and kiosk.has("tile-new-industrialisation")
    assert kiosk.has("packNotice")
    assert any(expected in problem for problem in kiosk.engine.exhibition.packProblems)
