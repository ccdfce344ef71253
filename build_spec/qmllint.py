"""Lints the QML with ``pyside6-qmllint``, Python types included; any warning fails.

The Python types QML imports as ``Kiosk.Backend`` are described for the linter the way
``pyside6-project`` does it: ``pyside6-metaobjectdump`` reads the decorated classes and
``pyside6-qmltyperegistrar`` writes a ``.qmltypes`` file into ``kiosk/_generated/qmllint``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
QML_DIR = ROOT / "kiosk" / "qml"
# Every module that registers a type for QML (``@QmlElement``), wherever in the package.
BACKEND_SOURCES = tuple(
    path
    for path in sorted((ROOT / "kiosk").rglob("*.py"))
    if "_generated" not in path.parts and "\n@QmlElement\n" in path.read_text(encoding="utf-8")
)
BACKEND_URI = "Kiosk.Backend"
LINT_DIR = ROOT / "kiosk" / "_generated" / "qmllint"
METATYPES = Path(PySide6.__file__).parent / "Qt" / "metatypes"


def _tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    code = f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )


def describe_backend() -> Path:
    """Writes the ``Kiosk.Backend`` module description for the linter; returns its import path."""
    module_dir = LINT_DIR / Path(*BACKEND_URI.split("."))
    module_dir.mkdir(parents=True, exist_ok=True)
    classes: list[object] = []
    for source in (path for path in BACKEND_SOURCES if path.exists()):
        dump = LINT_DIR / f"{source.stem}.metatypes.json"
        result = _tool("metaobjectdump", "-o", str(dump), str(source))
        if result.returncode != 0:
            raise SystemExit(f"metaobjectdump failed on {source}: {result.stderr}")
        classes.extend(json.loads(dump.read_text(encoding="utf-8")))
    merged = LINT_DIR / "backend.metatypes.json"
    merged.write_text(json.dumps(classes), encoding="utf-8")
    foreign = ",".join(str(METATYPES / f"qt6{m}_metatypes.json") for m in ("core", "qml"))
    result = _tool(
        "qmltyperegistrar",
        "--generate-qmltypes", str(module_dir / "backend.qmltypes"),
        "-o", str(LINT_DIR / "backend_registrations.cpp"),
        "--import-name", BACKEND_URI, "--major-version", "1", "--minor-version", "0",
        "--foreign-types", foreign,
        str(merged),
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"qmltyperegistrar failed: {result.stderr}")
    (module_dir / "qmldir").write_text(
        f"module {BACKEND_URI}\ntypeinfo backend.qmltypes\n", encoding="utf-8"
    )
    return LINT_DIR


def main() -> int:
    import_path = describe_backend()
    files = sorted(str(path) for path in (QML_DIR / "Kiosk").glob("*.qml"))
    result = _tool("qmllint", "-I", str(import_path), "-I", str(QML_DIR), *files)
    output = (result.stdout + result.stderr).strip()
    warnings = [line for line in output.splitlines() if line.startswith("Warning:")]
    if output:
        print(output)
    print(f"qmllint: {len(files)} files, {len(warnings)} warning(s)")
    return 1 if warnings or result.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
