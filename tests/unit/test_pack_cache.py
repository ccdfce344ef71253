"""The embedded pack, validated once and cached: later starts rebuild it from the cache without
reading the pack; a corrupt, stale or foreign entry is ignored and written again; packs from
outside are always validated in full."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.app import resources
from kiosk.content import FolderSource, Pack, ResourceSource, load_pack
from kiosk.content import cache as pack_cache
from tests.conftest import ROOT

MINIMAL_PACK = ROOT / "tests" / "packs" / "minimal"


@pytest.fixture(scope="module")
def embedded() -> ResourceSource:
    resources.register()
    return ResourceSource()


@pytest.fixture
def full_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The labels of the packs validated in full (from their files)."""
    loads: list[str] = []

    def counting(source: object) -> Pack:
        loads.append(getattr(source, "label", "?"))
        return load_pack(source)  # type: ignore[arg-type]

    monkeypatch.setattr(pack_cache, "load_pack", counting)
    return loads


def test_the_embedded_pack_is_validated_once_then_read_from_the_cache(
    embedded: ResourceSource, tmp_path: Path, full_loads: list[str]
) -> None:
    first = pack_cache.load_embedded(embedded, tmp_path)
    assert full_loads == ["embedded"]
    assert (tmp_path / pack_cache.CACHE_NAME).is_file()
    second = pack_cache.load_embedded(embedded, tmp_path)
    assert full_loads == ["embedded"], "the second start validated the pack again"
    assert second == first == load_pack(embedded)
    # what the views show: sizes of pictures, made zh-Hans, figures
    assert second.achievements[0].images[0].width == first.achievements[0].images[0].width > 0
    assert second.achievements[0].headline.zh_hans == first.achievements[0].headline.zh_hans


@pytest.mark.parametrize(
    "entry",
    [
        b"\x00\xffnot json",
        b"[1, 2, 3]",
        b'{"key": "0000", "pack": {}}',
        b"",
    ],
    ids=["corrupt", "not a table", "stale key", "empty"],
)
def test_a_bad_entry_is_ignored_and_written_again(
    embedded: ResourceSource, tmp_path: Path, full_loads: list[str], entry: bytes
) -> None:
    path = tmp_path / pack_cache.CACHE_NAME
    path.write_bytes(entry)
    pack = pack_cache.load_embedded(embedded, tmp_path)
    assert pack == load_pack(embedded)
    assert full_loads == ["embedded"]
    assert json.loads(path.read_bytes())["pack"]["pack"]["version"] == pack.pack.version
    pack_cache.load_embedded(embedded, tmp_path)
    assert full_loads == ["embedded"], "the rewritten entry was not used"


def test_an_entry_with_the_right_key_that_does_not_validate_is_rebuilt(
    embedded: ResourceSource, tmp_path: Path, full_loads: list[str]
) -> None:
    pack_cache.load_embedded(embedded, tmp_path)
    path = tmp_path / pack_cache.CACHE_NAME
    entry = json.loads(path.read_bytes())
    entry["pack"]["achievements"] = []  # a pack needs at least one
    path.write_text(json.dumps(entry), encoding="utf-8")
    assert pack_cache.load_embedded(embedded, tmp_path) == load_pack(embedded)
    assert full_loads == ["embedded", "embedded"]


def test_the_key_changes_with_the_pack_and_the_code(
    embedded: ResourceSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    toml = embedded.read("content.toml", 1_000_000)
    key = pack_cache.pack_key(embedded, toml)
    assert pack_cache.pack_key(embedded, toml) == key
    assert pack_cache.pack_key(embedded, toml + b"\n# edited\n") != key
    monkeypatch.setattr(pack_cache, "FORMAT", pack_cache.FORMAT + 1)
    assert pack_cache.pack_key(embedded, toml) != key


def test_a_cache_folder_that_cannot_be_written_still_loads(
    embedded: ResourceSource, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert pack_cache.load_embedded(embedded, blocked) == load_pack(embedded)


def test_a_pack_from_outside_is_validated_every_time(tmp_path: Path, full_loads: list[str]) -> None:
    source = FolderSource(MINIMAL_PACK)
    for _ in range(2):
        pack_cache.load_cached(source, tmp_path)
    assert full_loads == [str(MINIMAL_PACK), str(MINIMAL_PACK)]
    assert not any(tmp_path.iterdir())


def test_a_pack_reads_back_from_its_data_unchanged() -> None:
    pack = load_pack(FolderSource(MINIMAL_PACK))
    assert pack_cache.from_data(pack_cache.to_data(pack)) == pack


def test_a_second_start_takes_the_pack_from_the_cache(tmp_path: Path) -> None:
    """Counted, not timed: the second start of the kiosk neither validates the pictures nor
    loads OpenCC (zh-Hans comes from the cache)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_QUICK_BACKEND": "software",
        "XDG_CACHE_HOME": str(tmp_path),
    }
    command = [sys.executable, "-X", "importtime", "-m", "kiosk", "--first-frame-benchmark",
               "640x480"]  # fmt: skip
    runs = [
        subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
        for _ in range(2)
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr[-2000:]
    first, second = (set(_imported(run.stderr)) for run in runs)
    assert "opencc" in first, "the first start did not validate the pack"
    assert (tmp_path / "InnoKiosk" / pack_cache.CACHE_NAME).is_file()
    assert "opencc" not in second


def _imported(importtime: str) -> list[str]:
    return [
        line.rsplit("|", 1)[1].strip() for line in importtime.splitlines() if "import time:" in line
    ]
