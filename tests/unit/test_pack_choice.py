"""Which pack is shown: ``--content``, else ``content/`` beside the executable, else the embedded
one; a pack that fails falls back to the embedded one with its problems kept for staff."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.app import resources
from kiosk.content.locate import choose_pack
from tests.unit.test_broken_packs import MINIMAL


@pytest.fixture(autouse=True)
def _embedded_resources() -> None:
    resources.register()


def beside_executable(tmp_path: Path, title: str) -> Path:
    folder = tmp_path / "app"
    shutil.copytree(MINIMAL, folder / "content")
    toml = folder / "content" / "content.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("Test pack", title), encoding="utf-8")
    return folder


def test_the_embedded_pack_when_nothing_else_is_there(tmp_path: Path) -> None:
    chosen = choose_pack(None, beside=tmp_path)
    assert chosen.source.label == "embedded"
    assert len(chosen.pack.achievements) == 10
    assert chosen.rejected is None


def test_content_beside_the_executable_beats_the_embedded_pack(tmp_path: Path) -> None:
    chosen = choose_pack(None, beside=beside_executable(tmp_path, "Beside"))
    assert chosen.pack.pack.title.en == "Beside"


def test_the_flag_beats_content_beside_the_executable(tmp_path: Path) -> None:
    chosen = choose_pack(str(MINIMAL), beside=beside_executable(tmp_path, "Beside"))
    assert chosen.pack.pack.title.en == "Test pack"
    assert chosen.source.label == str(MINIMAL)


def test_a_broken_external_pack_falls_back_to_the_embedded_one(tmp_path: Path) -> None:
    app = beside_executable(tmp_path, "Beside")
    (app / "content" / "pictures" / "first.svg").unlink()
    chosen = choose_pack(None, beside=app)
    assert chosen.source.label == "embedded"
    assert chosen.rejected == str(app / "content")
    assert chosen.problems == [
        "content.toml: achievements[0].images[0].file: not found: pictures/first.svg"
    ]


def test_beside_a_macos_app_means_beside_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from kiosk.content.locate import executable_dir

    executable = tmp_path / "InnoKiosk.app" / "Contents" / "MacOS" / "innokiosk"
    executable.parent.mkdir(parents=True)
    executable.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert executable_dir() == tmp_path.resolve()
