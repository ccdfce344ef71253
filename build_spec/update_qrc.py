"""Writes ``resources.qrc`` from the folders it embeds, so no new QML file or picture is missed.

Run ``python build_spec/update_qrc.py`` after adding or removing a file; ``--check`` exits 1 when
the committed ``resources.qrc`` is out of date (the tests run it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
QRC = ROOT / "resources.qrc"

# (prefix in the resources, folder on disk, glob patterns)
SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("/qt/qml/Kiosk", "kiosk/qml/Kiosk", ("qmldir", "*.qml", "*.js")),
    ("/content", "assets/content", ("**/*.toml", "**/*.svg", "**/*.png", "**/*.jpg", "**/*.webp")),
    ("/fonts", "assets/fonts", ("*.otf", "OFL.txt")),
    ("/icons", "assets/icons", ("innokiosk.svg", "innokiosk-256.png", "ui/*.svg")),
)


def render() -> str:
    lines = ["<!DOCTYPE RCC>", '<RCC version="1.0">']
    for prefix, folder, patterns in SECTIONS:
        base = ROOT / folder
        files = sorted({p for pattern in patterns for p in base.glob(pattern) if p.is_file()})
        lines.append(f'  <qresource prefix="{prefix}">')
        for path in files:
            alias = path.relative_to(base).as_posix()
            source = path.relative_to(ROOT).as_posix()
            lines.append(f'    <file alias="{escape(alias)}">{escape(source)}</file>')
        lines.append("  </qresource>")
    lines.append('  <qresource prefix="/i18n">')
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        lines.append(f'    <file alias="{ts.stem}.qm">kiosk/_generated/i18n/{ts.stem}.qm</file>')
    lines.append("  </qresource>")
    lines.append("</RCC>")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if resources.qrc is stale")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = QRC.read_text(encoding="utf-8") if QRC.exists() else ""
        if current != text:
            print("resources.qrc is out of date: run python build_spec/update_qrc.py")
            return 1
        return 0
    QRC.write_text(text, encoding="utf-8")
    print(f"wrote {QRC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
