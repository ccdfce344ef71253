"""The executables: the kiosk built with ``build_spec/innokiosk.spec`` and the bare window built
with PyInstaller's defaults, one folder and one file each, into a temporary folder; their sizes
and their start-up, measured as from source."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.startup import BARE_CODE, REPO, SIZE, compare
from build_spec.build import APP_NAME, ONEFILE_NAME, SPEC_FILE, disk_usage

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT_S = 1800


def pyinstaller(args: list[str], work: Path) -> float:
    """Runs PyInstaller with a cache of its own (a cold build); returns the seconds it took."""
    env = {"PYINSTALLER_CONFIG_DIR": str(work / "cache")}
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", *args],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"PyInstaller {args} failed: {(done.stdout + done.stderr)[-3000:]}")
    return time.monotonic() - began


def build_all(root: Path) -> dict[str, dict[str, Any]]:
    """Builds the four executables under ``root``; each entry: command path, size, build time."""
    dist, work = root / "dist", root / "work"
    bare_script = root / "bare" / "bare.py"
    bare_script.parent.mkdir(parents=True)
    bare_script.write_text(BARE_CODE, encoding="utf-8")
    bare_args = ["--distpath", str(dist), "--workpath", str(work / "bare"),
                 "--specpath", str(root / "bare")]  # fmt: skip
    kiosk_args = ["--distpath", str(dist), "--workpath", str(work / "kiosk"), str(SPEC_FILE)]
    builds: dict[str, dict[str, Any]] = {}
    seconds = pyinstaller([*bare_args, str(bare_script)], work)
    builds["bare one folder"] = {"path": dist / "bare", "run": dist / "bare" / f"bare{EXE_SUFFIX}",
                                 "build_s": seconds}  # fmt: skip
    seconds = pyinstaller(
        [*bare_args, "--onefile", "--name", "bare-onefile", str(bare_script)], work
    )
    path = dist / f"bare-onefile{EXE_SUFFIX}"
    builds["bare one file"] = {"path": path, "run": path, "build_s": seconds}
    seconds = pyinstaller(kiosk_args, work)
    builds["kiosk one folder"] = {"path": dist / APP_NAME,
                                  "run": dist / APP_NAME / f"{APP_NAME}{EXE_SUFFIX}",
                                  "build_s": seconds}  # fmt: skip
    seconds = pyinstaller([*kiosk_args, "--", "--onefile"], work)
    path = dist / f"{ONEFILE_NAME}{EXE_SUFFIX}"
    builds["kiosk one file"] = {"path": path, "run": path, "build_s": seconds}
    for entry in builds.values():
        entry["bytes"] = disk_usage(entry["path"])
    return builds


def measure(root: Path, runs: int) -> dict[str, Any]:
    """Sizes and start-up of the four builds (kiosk against bare, one folder and one file)."""
    builds = build_all(root)
    result: dict[str, Any] = {
        "builds": {
            name: {"bytes": entry["bytes"], "build_s": entry["build_s"]}
            for name, entry in builds.items()
        },
        "startup": {},
    }
    for kind in ("one folder", "one file"):
        kiosk = [str(builds[f"kiosk {kind}"]["run"]), "--first-frame-benchmark", SIZE]
        bare = [str(builds[f"bare {kind}"]["run"])]
        result["startup"][kind] = compare(kiosk, bare, runs)
    return result
