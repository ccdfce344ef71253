"""``innokiosk self-test`` from a source checkout: every check passes, and a failing one is named
(the frozen executable runs the same checks in tests/build)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

MINIMAL_PACK = ROOT / "tests" / "packs" / "minimal"
CHECKS = (
    "build",
    "renderer",
    "resources",
    "image formats",
    "QML engine",
    "QML files",
    "fonts",
    "translations",
    "content pack",
    "pictures",
    "interface icons",
    "locale data",
    "views in zh-Hant",
    "views in zh-Hans",
    "views in en",
    "QML warnings",
)


def self_test(*args: str, cwd: Path, code: str = "") -> subprocess.CompletedProcess[str]:
    """``python -m kiosk [args] self-test``; ``code`` runs first (to break something)."""
    program = f"import sys\n{code}\nfrom kiosk.cli import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", program, *args, "self-test"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_every_check_passes_from_source(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "self-test"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in CHECKS:
        assert any(line.startswith(f"ok    {check}: ") for line in lines), (check, result.stdout)
    assert "from source" in result.stdout
    assert "content pack: embedded: " in result.stdout
    assert "this self-test: Qt Quick's software renderer: " in result.stdout
    assert "views in zh-Hant: 13 frames (home, cards, timeline, all 10 detail pages)" in (
        result.stdout
    )
    assert lines[-1] == f"self-test passed: {len(CHECKS)} checks"
    assert "FAIL" not in result.stdout
    assert result.stderr.count("Qt: ") == 0, result.stderr


def test_a_rejected_pack_fails_the_self_test_and_is_named(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(MINIMAL_PACK, pack)
    (pack / "pictures" / "first.svg").unlink()
    result = self_test("--content", str(pack), cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        f"FAIL  content pack: {pack} rejected: content.toml: achievements[0].images[0].file: "
        "not found: pictures/first.svg"
    ) in result.stdout
    assert f"self-test FAILED: 1 of {len(CHECKS)} checks" in result.stdout


def test_a_missing_font_family_fails_the_self_test(tmp_path: Path) -> None:
    code = "import kiosk.tools.selftest as s\ns.FAMILIES = (*s.FAMILIES, 'No Such Sans')"
    result = self_test(cwd=tmp_path, code=code)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  fonts: No Such Sans not registered" in result.stdout


def test_a_qml_warning_fails_the_self_test(tmp_path: Path) -> None:
    code = (
        "import kiosk.tools.selftest as s\n"
        "s.SECTIONS = (*s.SECTIONS, 'nowhere')\n"
        "from PySide6.QtCore import qWarning\n"
        "_render = s.SelfTest._render\n"
        "def render(self, view):\n"
        "    if view == 'nowhere':\n"
        "        qWarning('a warning while rendering')\n"
        "    return _render(self, view)\n"
        "s.SelfTest._render = render\n"
    )
    result = self_test(cwd=tmp_path, code=code)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL  QML warnings: a warning while rendering" in result.stdout
