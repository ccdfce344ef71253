"""Refreshes ``translations/*.ts`` from the QML's ``qsTr`` strings and lists what is untranslated.

Run ``python build_spec/update_translations.py`` after changing interface strings, then translate
the new entries with Qt Linguist (``pyside6-linguist translations/kiosk_zh_Hant.ts``). ``--check``
only reports: it exits 1 when a string has no translation. The ``.qm`` files are compiled by the
app itself (``kiosk.app.resources``), never by hand.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QML_DIR = ROOT / "kiosk" / "qml" / "Kiosk"
TS_FILES = (ROOT / "translations" / "kiosk_zh_Hant.ts", ROOT / "translations" / "kiosk_zh_Hans.ts")


def untranslated(ts_file: Path) -> list[str]:
    """Source strings of ``ts_file`` with no finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            if translation is None or translation.get("type") == "unfinished":
                missing.append(source)
        elif not (translation.text or "").strip():
            missing.append(source)
    return missing


def run_lupdate() -> None:
    command = [
        sys.executable,
        "-c",
        "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())",
        *sorted(str(path) for path in QML_DIR.glob("*.qml")),
        "-no-obsolete",
        "-ts",
        *map(str, TS_FILES),
    ]
    subprocess.run(command, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if untranslated")
    args = parser.parse_args()
    if not args.check:
        run_lupdate()
    status = 0
    for ts_file in TS_FILES:
        missing = untranslated(ts_file)
        for source in missing:
            print(f"{ts_file.name}: untranslated: {source}")
        status |= bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
