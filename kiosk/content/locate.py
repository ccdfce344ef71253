"""Which content pack the kiosk shows: ``--content PATH``, else ``content/`` beside the executable,
else the pack embedded in the resources. A pack that fails falls back to the embedded one."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.cache import load_cached
from kiosk.content.loader import PackInvalid
from kiosk.content.schema import Pack
from kiosk.content.source import PackSource, ResourceSource, source_for

log = logging.getLogger(__name__)

BESIDE_FOLDER = "content"


@dataclass
class ChosenPack:
    """The pack on show, and why another one was not (for staff)."""

    pack: Pack
    source: PackSource
    rejected: str | None = None
    problems: list[str] = field(default_factory=list)


def executable_dir() -> Path | None:
    """The folder staff see the frozen executable in (for a macOS ``.app``, the folder holding
    the bundle, so that files beside it never touch the signed bundle); ``None`` from source."""
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        bundle = folder.parent.parent
        if bundle.suffix == ".app":
            return bundle.parent
    return folder


def candidates(flag: str | None, beside: Path | None) -> list[PackSource]:
    """Packs to try, most wanted first; the embedded pack is always last."""
    found: list[PackSource] = []
    if flag:
        found.append(source_for(flag))
    elif beside is not None and (beside / BESIDE_FOLDER).is_dir():
        found.append(source_for(beside / BESIDE_FOLDER))
    found.append(ResourceSource())
    return found


def choose_pack(flag: str | None = None, beside: Path | None = None) -> ChosenPack:
    """The first pack that loads; the embedded pack failing too raises :class:`PackInvalid`."""
    rejected: str | None = None
    problems: list[str] = []
    sources = candidates(flag, beside if beside is not None else executable_dir())
    for source in sources:
        try:
            pack = load_cached(source)
        except PackInvalid as error:
            if source is sources[-1]:
                raise
            rejected = source.label
            problems = [str(problem) for problem in error.problems]
            for line in problems:
                log.error("content pack %s rejected: %s", source.label, line)
            log.warning("showing the embedded content pack instead")
            continue
        return ChosenPack(pack, source, rejected, problems)
    raise AssertionError("the embedded pack is always a candidate")
