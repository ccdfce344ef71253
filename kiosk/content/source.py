"""Where a content pack's files are read from: a folder on disk or the embedded Qt resources.

Every read goes through :meth:`PackSource.read`, which refuses any path that leaves the pack
(absolute paths, ``..``, symlinks pointing out of the folder), so validation never reads a
file outside the pack.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from pathlib import Path, PurePosixPath

CONTENT_FILE = "content.toml"
MAX_CONTENT_BYTES = 1_000_000


class PackPathError(ValueError):
    """A path in the pack that cannot be read, with the reason as its message."""


def check_relative(name: str) -> PurePosixPath:
    """The pack-relative path ``name``, or :class:`PackPathError` if it could leave the pack."""
    if not name or not name.strip():
        raise PackPathError("empty path")
    if "\\" in name or "\x00" in name:
        raise PackPathError(f"not a portable path (use / between folders): {name}")
    path = PurePosixPath(name)
    if path.is_absolute() or (len(name) > 1 and name[1] == ":"):
        raise PackPathError(f"absolute path not allowed, name a file inside the pack: {name}")
    if ".." in path.parts:
        raise PackPathError(f"path leaves the pack: {name}")
    return path


class PackSource(ABC):
    """A content pack's folder, read-only."""

    @property
    @abstractmethod
    def label(self) -> str:
        """How the pack is named in messages: its folder, or ``embedded``."""

    @abstractmethod
    def url(self, name: str) -> str:
        """A URL QML can load ``name`` from."""

    @abstractmethod
    def _read(self, path: PurePosixPath, limit: int) -> bytes: ...

    def read(self, name: str, limit: int) -> bytes:
        """The bytes of ``name``; :class:`PackPathError` if missing, outside the pack or too big."""
        return self._read(check_relative(name), limit)


class FolderSource(PackSource):
    """A pack in a folder on disk."""

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.abspath(root))  # absolute, so that it can become a file URL

    @property
    def label(self) -> str:
        return str(self.root)

    def _resolve(self, path: PurePosixPath) -> Path:
        root = self.root.resolve()
        target = self.root.joinpath(*path.parts)
        if target.is_symlink() or any(p.is_symlink() for p in target.parents if p != root):
            resolved = target.resolve()
            if not resolved.is_relative_to(root):
                raise PackPathError(f"link leaves the pack: {path}")
        if not target.exists():
            raise PackPathError(f"not found: {path}")
        if not target.resolve().is_relative_to(root):
            raise PackPathError(f"path leaves the pack: {path}")
        if not target.is_file():
            raise PackPathError(f"not a file: {path}")
        return target

    def _read(self, path: PurePosixPath, limit: int) -> bytes:
        target = self._resolve(path)
        size = target.stat().st_size
        if size > limit:
            raise PackPathError(f"file too large: {path} ({size:,} bytes, at most {limit:,})")
        with open(target, "rb") as handle:
            return handle.read(limit + 1)

    def url(self, name: str) -> str:
        return self._resolve(check_relative(name)).as_uri()


class ResourceSource(PackSource):
    """The default pack, embedded in the Qt resources under ``:/content``."""

    def __init__(self, prefix: str = ":/content") -> None:
        self.prefix = prefix

    @property
    def label(self) -> str:
        return "embedded"

    def _read(self, path: PurePosixPath, limit: int) -> bytes:
        from PySide6.QtCore import QFile, QIODevice

        handle = QFile(f"{self.prefix}/{path}")
        if not handle.exists():
            raise PackPathError(f"not found: {path}")
        if handle.size() > limit:
            raise PackPathError(
                f"file too large: {path} ({handle.size():,} bytes, at most {limit:,})"
            )
        if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
            raise PackPathError(f"cannot read: {path}: {handle.errorString()}")
        try:
            return bytes(handle.readAll().data())
        finally:
            handle.close()

    def url(self, name: str) -> str:
        return f"qrc{self.prefix}/{check_relative(name)}"


def source_for(path: str | os.PathLike[str]) -> PackSource:
    """A pack source for a folder, or for the folder holding a given ``content.toml``."""
    folder = Path(path)
    if folder.is_file() and folder.name == CONTENT_FILE:
        folder = folder.parent
    return FolderSource(folder)
