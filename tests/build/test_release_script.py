"""``python build_spec/build.py --release OUT``, what the build workflow runs on each system,
with PyInstaller replaced by a stand-in executable: both builds are checked (frozen
``self-test`` and ``screenshot``), packed with the Linux menu files, and a failed check fails
the run. (The real builds: test_frozen_build.py, a long suite.)"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import textwrap
from pathlib import Path

import pytest

from build_spec import build

STAND_IN = textwrap.dedent(
    """\
    #!{python}
    import sys
    command = sys.argv[1]
    if command == "self-test":
        print("InnoKiosk 0.1.0, frozen, platform offscreen")
        print("{verdict}")
    elif command == "screenshot":
        open(sys.argv[2], "wb").write(b"P" * 60_000)
    """
)


def fake_build(verdict: str) -> object:
    def run(dist: Path, work: Path, onefile: bool) -> subprocess.CompletedProcess[str]:
        program = build.frozen_program(dist, onefile)
        program.parent.mkdir(parents=True, exist_ok=True)
        program.write_text(STAND_IN.format(python=sys.executable, verdict=verdict))
        program.chmod(0o755)
        if not onefile:
            (program.parent / "_internal").mkdir(exist_ok=True)
        return subprocess.CompletedProcess([], 0, "built", "")

    return run


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux archive")
def test_release_checks_both_builds_and_packs_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build, "build", fake_build("self-test passed"))
    out = tmp_path / "release"
    assert build.release(tmp_path / "dist", tmp_path / "work", out) == 0
    name = f"innokiosk-{build.package_version()}-{build.platform_tag()}"
    with tarfile.open(out / f"{name}.tar.gz") as archive:
        members = {member.name: member for member in archive.getmembers()}
    assert members["innokiosk/innokiosk"].mode & 0o111, "the executable lost its mode"
    assert "innokiosk/share/applications/innokiosk.desktop" in members
    assert (out / f"{name}-onefile").is_file()
    shots = sorted(path.name for path in (out / "screenshots").iterdir())
    assert shots == [f"onefile-{build.platform_tag()}.png", f"onefolder-{build.platform_tag()}.png"]
    assert "PROBLEM" not in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a script with a #! line")
def test_release_fails_when_a_frozen_check_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build, "build", fake_build("FAIL fonts: missing"))
    assert build.release(tmp_path / "dist", tmp_path / "work", tmp_path / "release") == 1
    problems = [line for line in capsys.readouterr().err.splitlines() if "PROBLEM" in line]
    assert any("one folder: self-test: no 'self-test passed'" in line for line in problems)
    assert any("one file: self-test: a check FAILed" in line for line in problems)
