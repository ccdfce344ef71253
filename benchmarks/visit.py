"""Memory over a random visit on a real X display (a private Xvfb) with the renderer given,
read at rest (session ended, home view) at the start and at the end: what the offscreen soak and
monkey do not see (an X window, a GPU renderer's buffers). ``None`` without Xvfb."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.cpu import display_env, xvfb
from benchmarks.startup import REPO

SEED = 20231231


def measure(minutes: float, renderer: str = "opengl") -> dict[str, Any] | None:
    with xvfb() as display, tempfile.TemporaryDirectory(prefix="innokiosk-visit-") as folder:
        if display is None:
            return None
        env = display_env(display, Path(folder)) | {"INNOKIOSK_RENDERER": renderer}
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.child", "visit-kiosk", str(minutes * 60), str(SEED)],
            env=env, cwd=REPO, capture_output=True, text=True, timeout=minutes * 60 + 300,
        )  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            result: dict[str, Any] = json.loads(line[6:])
            result["setting"] = renderer
            return result
    raise RuntimeError(f"visit failed (exit {done.returncode}): {done.stderr[-2000:]}")


def report_lines(results: dict[str, Any] | None) -> list[str]:
    if results is None:
        return ["  not measured: no Xvfb, or --visit-minutes 0"]
    mib = 1024 * 1024
    readings = [results["start"], *results["samples"], results["end"]]

    def row(key: str) -> str:
        return ", ".join(f"{reading[key] / mib:.0f}" for reading in readings)

    return [
        f"  renderer = {results['setting']} ({results['api']}), {results['seconds'] / 60:.1f} min,"
        f" {results['inputs']} inputs (seed {SEED}); peak RSS {results['peak'] / mib:.1f} MiB",
        f"  at rest, start, every minute, end (MiB): RSS {row('rss')}",
        f"    after malloc_trim: RSS {row('trimmed')}; live (anonymous) {row('live')}",
    ]


if __name__ == "__main__":
    minutes = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    print("\n".join(report_lines(measure(minutes, sys.argv[2] if len(sys.argv) > 2 else "opengl"))))
