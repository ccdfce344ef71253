"""The start-up benchmark's hook: ``--first-frame-benchmark WxH`` shows the home view at that size,
prints when its first frame was drawn and quits (benchmarks/startup.py reads that line)."""

from __future__ import annotations

import os
import subprocess
import sys
import time


def test_the_first_frame_is_reported_and_the_kiosk_quits() -> None:
    # The XDG folders are the test run's own (tests/conftest.py), so no statistics leak out.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--first-frame-benchmark", "800x600"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    reported = [line for line in done.stdout.splitlines() if line.startswith("FIRST_FRAME ")]
    assert len(reported) == 1, done.stdout
    drawn = float(reported[0].split()[1])
    assert began < drawn < time.time()
