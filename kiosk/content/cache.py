"""The embedded content pack, validated once and kept: a start-up without reading every picture,
parsing TOML or converting to Simplified Chinese again.

Validating the default pack in full (TOML, every picture's format and size, zh-Hans made by
OpenCC) costs tens of milliseconds on every start, for a pack that changes only with a new build.
The first start stores the validated pack, normalised (every text in all three languages, every
picture's size), as JSON in the user's cache folder; later starts rebuild the models from it,
which pydantic does in about a millisecond without reading any file of the pack.

The entry is keyed by a hash of the pack's ``content.toml`` and of the name and size of every
file it names, and of the code that validates it (the content modules' source, or a frozen
executable's size and time), so a changed pack or a new build never meets a stale entry. An entry
that cannot be read, is not this key's, or does not validate is ignored and written again. Packs
from outside (``--content``, ``content/`` beside the executable) are validated in full every time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from kiosk.content.loader import load_pack
from kiosk.content.schema import Pack
from kiosk.content.source import CONTENT_FILE, MAX_CONTENT_BYTES, PackSource, ResourceSource

log = logging.getLogger(__name__)

CACHE_NAME = "embedded-pack.json"
# Raise when the cache's own format changes.
FORMAT = 1
_LANGUAGE_FIELDS = {"zh_hant": "zh-Hant", "zh_hans": "zh-Hans", "en": "en"}
_CODE_MODULES = ("schema", "localized", "media", "dates", "loader", "source", "cache")


def cache_dir() -> Path:
    """The user's cache folder for the kiosk (``~/.cache/InnoKiosk`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("InnoKiosk", appauthor=False))


def code_version() -> bytes:
    """What identifies the code that validates packs: the content modules' source, or in a
    frozen executable (no source files) the executable's size and modification time."""
    folder = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{FORMAT}".encode())
    for name in _CODE_MODULES:
        try:
            digest.update((folder / f"{name}.py").read_bytes())
        except OSError:
            stat = os.stat(sys.executable)
            digest.update(f"{sys.executable}:{stat.st_size}:{stat.st_mtime_ns}".encode())
            break
    return digest.digest()


def pack_key(source: ResourceSource, toml: bytes) -> str:
    """A hash of the pack's ``content.toml``, the names and sizes of the files it names, and the
    validating code."""
    from PySide6.QtCore import QFile

    digest = hashlib.sha256(code_version())
    digest.update(toml)
    for name in sorted(set(_named_files(toml))):
        size = QFile(f"{source.prefix}/{name}").size()  # from the resource's index: not read
        digest.update(f"\0{name}\0{size}".encode())
    return digest.hexdigest()


def _named_files(toml: bytes) -> list[str]:
    """Every ``file = "…"`` value of the TOML (pictures), read as text without parsing it."""
    names = []
    for line in toml.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "file" and value.strip().startswith('"'):
            names.append(value.strip().split('"')[1])
    return names


def to_data(pack: Pack) -> dict[str, Any]:
    """The pack as the data that validates back to it: every text as a table of languages."""
    data: dict[str, Any] = _tables(pack.model_dump(mode="json", exclude_none=True))
    return data


def _tables(node: Any) -> Any:
    if isinstance(node, dict):
        if node.keys() == _LANGUAGE_FIELDS.keys():
            return {_LANGUAGE_FIELDS[key]: value for key, value in node.items()}
        return {key: _tables(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_tables(value) for value in node]
    return node


def from_data(data: Any) -> Pack:
    """The pack from :func:`to_data`'s output (no file of the pack is read)."""
    return Pack.model_validate(data)


def read_entry(path: Path, key: str) -> Pack | None:
    """The pack stored at ``path`` under ``key``; ``None`` if missing, corrupt or stale."""
    try:
        entry = json.loads(path.read_bytes())
        if not isinstance(entry, dict) or entry.get("key") != key:
            log.info("content cache %s is out of date", path)
            return None
        return from_data(entry["pack"])
    except FileNotFoundError:
        return None
    except Exception as error:  # corrupt or from other code: ignored, written again
        log.warning("content cache %s ignored: %s", path, str(error).splitlines()[0][:200])
        return None


def write_entry(path: Path, key: str, pack: Pack) -> None:
    """Stores ``pack`` under ``key``, atomically; only if it reads back as the same pack."""
    data = to_data(pack)
    if from_data(data) != pack:
        log.warning("content cache not written: the pack does not read back the same")
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial")
        text = json.dumps({"key": key, "pack": data}, ensure_ascii=False, separators=(",", ":"))
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        log.info("content cache %s not written: %s", path, error)


def load_embedded(source: ResourceSource, folder: Path | None = None) -> Pack:
    """The embedded pack from the cache when its entry is this pack's, else validated in full
    (and stored). Raises :class:`~kiosk.content.loader.PackInvalid` as :func:`load_pack` does."""
    try:
        toml = source.read(CONTENT_FILE, MAX_CONTENT_BYTES)
    except Exception:  # load_pack reports it properly
        return load_pack(source)
    key = pack_key(source, toml)
    path = (folder or cache_dir()) / CACHE_NAME
    cached = read_entry(path, key)
    if cached is not None:
        return cached
    pack = load_pack(source)
    write_entry(path, key, pack)
    return pack


def load_cached(source: PackSource, folder: Path | None = None) -> Pack:
    """The pack in ``source``: the embedded one through the cache, any other validated in full."""
    if isinstance(source, ResourceSource):
        return load_embedded(source, folder)
    return load_pack(source)
