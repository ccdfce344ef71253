"""The compiled Qt resources: QML, fonts, translations and the default content pack.

From a source checkout the resources are compiled on first use, and again whenever
``resources.qrc`` or a file it lists changes, so nobody runs ``rcc`` or ``lrelease`` by hand.
A frozen executable carries the compiled file and never compiles.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
SOURCE_ROOT = PACKAGE_DIR.parent
QRC_FILE = SOURCE_ROOT / "resources.qrc"
TRANSLATIONS_DIR = SOURCE_ROOT / "translations"
GENERATED_DIR = PACKAGE_DIR / "_generated"
COMPILED_NAME = "resources.rcc"


class ResourceError(RuntimeError):
    """The resources could not be found or compiled."""


def frozen_dir() -> Path | None:
    """Where PyInstaller unpacked the app, or ``None`` when running from source."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if getattr(sys, "frozen", False) and bundle else None


def _qt_tool(name: str, *args: str) -> None:
    """Runs one of PySide6's bundled tools (``rcc``, ``lrelease``) in a child process."""
    command = [
        sys.executable,
        "-c",
        f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())",
        *args,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise ResourceError(f"{name} failed: {result.stderr.strip() or result.stdout.strip()}")


def listed_files(qrc: Path = QRC_FILE) -> list[Path]:
    """Every file ``qrc`` embeds, as paths on disk."""
    root = ET.parse(qrc).getroot()
    return [qrc.parent / (entry.text or "").strip() for entry in root.iter("file")]


def translation_sources() -> list[Path]:
    return sorted(TRANSLATIONS_DIR.glob("*.ts"))


def compile_translations() -> None:
    """Compiles ``translations/*.ts`` to ``kiosk/_generated/i18n/*.qm`` where missing or older."""
    out_dir = GENERATED_DIR / "i18n"
    out_dir.mkdir(parents=True, exist_ok=True)
    for source in translation_sources():
        target = out_dir / f"{source.stem}.qm"
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            _qt_tool("lrelease", "-silent", str(source), "-qm", str(target))


def _is_stale(target: Path, inputs: list[Path]) -> bool:
    if not target.exists():
        return True
    built = target.stat().st_mtime
    return any(not path.exists() or path.stat().st_mtime > built for path in inputs)


def compile_resources(force: bool = False) -> Path:
    """The compiled ``.rcc`` file, compiled now if it is missing or out of date."""
    compile_translations()
    target = GENERATED_DIR / COMPILED_NAME
    inputs = [QRC_FILE, *listed_files()]
    if force or _is_stale(target, inputs):
        missing = [str(path) for path in inputs if not path.exists()]
        if missing:
            raise ResourceError(f"resources.qrc lists missing files: {', '.join(missing)}")
        log.info("compiling %s", QRC_FILE.name)
        partial = target.with_suffix(f".{os.getpid()}.partial")  # processes may compile at once
        _qt_tool("rcc", "--binary", "--compress-algo", "zlib", str(QRC_FILE), "-o", str(partial))
        partial.replace(target)
    return target


def compiled_path() -> Path:
    """Where the compiled resources are for this run: bundled, or compiled from source."""
    bundle = frozen_dir()
    if bundle is not None:
        path = bundle / "kiosk" / "_generated" / COMPILED_NAME
        if not path.exists():
            raise ResourceError(f"the executable is missing its resources: {path}")
        return path
    if not QRC_FILE.exists():
        raise ResourceError(f"no resources found: {QRC_FILE} is missing")
    return compile_resources()


_registered: list[str] = []


def register() -> None:
    """Makes ``:/qt/qml/Kiosk``, ``:/content``, ``:/fonts`` and ``:/i18n`` readable (once)."""
    if _registered:
        return
    from PySide6.QtCore import QResource

    path = str(compiled_path())
    if not QResource.registerResource(path):
        raise ResourceError(f"Qt could not read the compiled resources: {path}")
    _registered.append(path)
