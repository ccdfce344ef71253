"""The staff panel's "save handouts": every PDF a visitor or a presenter may want, written to a
USB stick (or, with none plugged in, the Documents folder), off the interface thread."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

from kiosk.content import Language
from kiosk.content.locate import ChosenPack

log = logging.getLogger(__name__)

REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")  # Linux (udisks) and macOS mounts
FOLDER_NAME = "InnoKiosk handouts"


def removable_folders() -> list[Path]:
    """Writable removable drives: mounts under /media, /run/media or /Volumes; on Windows,
    every ready drive other than the system's."""
    from PySide6.QtCore import QStorageInfo

    system = QStorageInfo.root().rootPath().rstrip("/\\").lower()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        if sys.platform == "win32":
            removable = root.rstrip("/\\").lower() != system
        else:
            removable = root.startswith(REMOVABLE_ROOTS) and root != "/Volumes/Macintosh HD"
        if removable:
            found.append(Path(root))
    return found


def target_folder() -> Path:
    """Where the handouts go: a folder on the first USB stick, else in Documents."""
    from PySide6.QtCore import QStandardPaths

    drives = removable_folders()
    if drives:
        base = drives[0]
    else:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        base = Path(documents or Path.home())
    return base / f"{FOLDER_NAME} {date.today().isoformat()}"


def export_all(folder: Path, chosen: ChosenPack) -> list[Path]:
    """The handout (zh-Hant and English, then each language alone) and the deck in each
    language, into ``folder``; the files written."""
    from kiosk.presentation.handout import write_handout
    from kiosk.presentation.pdf_deck import write_deck

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    handout = folder / "handout-zh-Hant-en.pdf"
    write_handout(handout, None, chosen=chosen)
    written.append(handout)
    for language in Language:
        single = folder / f"handout-{language.value}.pdf"
        write_handout(single, language.value, chosen=chosen)
        written.append(single)
    for language in Language:
        deck = folder / f"slides-{language.value}.pdf"
        write_deck(deck, language.value, chosen=chosen)
        written.append(deck)
    log.info("handouts written to %s", folder)
    return written
