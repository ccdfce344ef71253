"""``python -m benchmarks [--quick] [--executables] [--chromium] [--json FILE]``: start-up, frame
pacing, memory and the longest blocked UI thread of the kiosk, each against a bare PySide6 Qt
Quick window measured in the same run; with ``--executables`` the four PyInstaller builds (kiosk
and bare, one folder and one file) are made and their sizes and start-up measured too; with
``--chromium``, a Chromium kiosk showing the same home page as a static HTML page."""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.startup import REPO, child_env
from benchmarks.startup import measure as measure_startup

FRAME_BUDGET_MS = 16.7
LATE_MS = 1.5 * FRAME_BUDGET_MS
SIZES = ((1920, 1080), (3840, 2160))


def run_child(*args: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="innokiosk-bench-") as home:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.child", *args],
            env=child_env(Path(home)),
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=900,
        )
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            result: dict[str, Any] = json.loads(line[6:])
            return result
    raise RuntimeError(f"child {args} failed (exit {done.returncode}): {done.stderr[-2000:]}")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    rank = max(0, math.ceil(fraction * len(ordered)) - 1)
    return ordered[rank]


def summary(intervals: list[float]) -> dict[str, float]:
    if not intervals:
        return {"frames": 0, "median": 0.0, "p95": 0.0, "max": 0.0, "late": 0}
    return {
        "frames": len(intervals),
        "median": statistics.median(intervals),
        "p95": percentile(intervals, 0.95),
        "max": max(intervals),
        "late": sum(1 for value in intervals if value > LATE_MS),
    }


def machine() -> dict[str, str]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "platform": platform.platform(),
    }


def mb(value: float) -> str:
    return f"{value / 1e6:.1f} MB"


def report(results: dict[str, Any]) -> str:
    lines: list[str] = []
    mach = results["machine"]
    lines.append(
        f"machine: {mach['nproc']} cores, {mach['cpu']}, Python {mach['python']}, "
        f"PySide6 {mach['pyside6']} ({'quick' if results['quick'] else 'full'} run, "
        f"{results['duration_s']:.0f} s)"
    )
    lines += ["", "START-UP (process start to first frame of the home view, median)"]
    starts = {"from source": results["startup"]}
    if "executables" in results:
        for kind, figures in results["executables"]["startup"].items():
            starts[kind] = figures
    for kind, start in starts.items():
        lines.append(
            f"  {kind:<12} kiosk {start['kiosk_median_s'] * 1000:5.0f} ms"
            f" | bare {start['bare_median_s'] * 1000:5.0f} ms"
            f" | ratio {start['ratio']:.2f}x" + (" (goal <= 1.8x)" if kind == "from source" else "")
        )
        if "cpu_ratio" in start:
            lines.append(
                f"  {'':<12} CPU   {start['kiosk_cpu_median_s'] * 1000:5.0f} ms"
                f" | bare {start['bare_cpu_median_s'] * 1000:5.0f} ms"
                f" | ratio {start['cpu_ratio']:.2f}x (user + system, all threads)"
            )
    lines += [
        "",
        "FRAME INTERVALS (ms, frameSwapped while animating; late = over 25.05 ms; idle = gaps",
        "with the UI thread free, not counted; first = input to first frame, worst)",
        f"  {'size':<10}{'scenario':<18}{'frames':>7}{'median':>8}{'p95':>8}{'max':>8}"
        f"{'late':>6}{'idle':>6}{'first':>8}",
    ]
    for size_key, per_size in results["frames"].items():
        for who in ("bare", "kiosk"):
            for name, data in per_size[who]["scenarios"].items():
                s = summary(data["intervals"])
                first = max(data["latency"]) if data["latency"] else 0.0
                idle = len(data.get("idle", []))
                label = f"{who}: {name}"
                lines.append(
                    f"  {size_key:<10}{label:<26}"[:30].ljust(30)
                    + f"{s['frames']:>7}{s['median']:>8.1f}{s['p95']:>8.1f}{s['max']:>8.1f}"
                    f"{s['late']:>6}{idle:>6}{first:>8.0f}"
                )
            total = per_size[who]["all"]
            lines.append(
                f"  {size_key:<10}{who + ': ALL':<18}"[:30].ljust(30)
                + f"{total['frames']:>7}{total['median']:>8.1f}{total['p95']:>8.1f}"
                f"{total['max']:>8.1f}{total['late']:>6}"
            )
        k, b = per_size["kiosk"]["all"], per_size["bare"]["all"]
        lines.append(
            f"  {size_key:<10}kiosk/bare p95 {k['p95'] / b['p95']:.2f}x, max "
            f"{k['max'] / b['max']:.2f}x"
        )
    lines += [
        "",
        "INPUT TO FIRST FRAME per view change, 1080p (ms: first time / median / worst; "
        "goal < 50 ms)",
    ]
    kiosk_frames = results["frames"]["1920x1080"]["kiosk"]["scenarios"]
    for name, data in kiosk_frames.items():
        if data["latency"]:
            latency = data["latency"]
            lines.append(
                f"  {name:<16}{latency[0]:7.0f}{statistics.median(latency):8.0f}"
                f"{max(latency):8.0f}   ({len(latency)} inputs)"
            )
    lines += ["", "CPU WITH NOBODY TOUCHING IT (Xvfb 1920x1080; goal <= 2 % at rest, attract"]
    lines += ["loop <= 15 % with the software renderer)"]
    from benchmarks import cpu

    lines += cpu.report_lines(results.get("cpu"))
    lines += ["", "MEMORY OVER A RANDOM VISIT ON XVFB (read at rest; goal: flat)"]
    from benchmarks import visit

    for measured in (results.get("visit") or {"opengl": None}).values():
        lines += visit.report_lines(measured)
    mem = results["memory"]
    kiosk_mem, bare_mem = mem["kiosk"], mem["bare"]
    allowed = 1.5 * bare_mem["peak"] + kiosk_mem["decoded_images_max"]
    lines += [
        "",
        "MEMORY (1920x1080)",
        f"  bare window: RSS {mb(bare_mem['rss'])}, peak {mb(bare_mem['peak'])}",
        f"  kiosk peak RSS after every view x 3 languages: {mb(kiosk_mem['peak_after_views'])}"
        f" ({kiosk_mem['peak_after_views'] / bare_mem['peak']:.2f}x bare)",
        f"  kiosk RSS after the views: {mb(kiosk_mem['rss_after_views'])}; after "
        f"{kiosk_mem['sessions']} sessions: {mb(kiosk_mem['rss_after_sessions'])} "
        f"({kiosk_mem['rss_after_sessions'] / bare_mem['rss']:.2f}x bare RSS, "
        f"{(kiosk_mem['rss_after_sessions'] - kiosk_mem['rss_after_views']) / 1e6:+.1f} MB)",
        f"  decoded images on screen (max over views): {mb(kiosk_mem['decoded_images_max'])}; "
        f"budget 1.5x bare peak + images = {mb(allowed)}",
        "",
        "LONGEST BLOCKED UI THREAD (gap between 5 ms timer ticks)",
    ]
    for size_key, per_size in results["frames"].items():
        lines.append(
            f"  frames {size_key}: kiosk {per_size['kiosk']['max_blocked_ms']:.0f} ms, "
            f"bare {per_size['bare']['max_blocked_ms']:.0f} ms"
        )
    lines.append(f"  memory run (views + sessions): kiosk {kiosk_mem['max_blocked_ms']:.0f} ms")
    lines += ["", "EXECUTABLES (PyInstaller: the kiosk's spec; the bare window with defaults)"]
    if "executables" not in results:
        lines.append("  not built: run with --executables")
    else:
        builds = results["executables"]["builds"]
        for kind in ("one folder", "one file"):
            kiosk, bare = builds[f"kiosk {kind}"], builds[f"bare {kind}"]
            lines.append(
                f"  {kind:<12} kiosk {mb(kiosk['bytes'])} | bare {mb(bare['bytes'])}"
                f" | ratio {kiosk['bytes'] / bare['bytes']:.2f}x"
                f" (built in {kiosk['build_s']:.0f} s / {bare['build_s']:.0f} s)"
            )
    if "chromium" in results:
        from benchmarks import chromium

        lines += ["", "CHROMIUM KIOSK (the same home page as static HTML, headless Chromium)"]
        lines += [f"  {line}" for line in chromium.report_lines(results["chromium"])]
        kiosk_start = results["startup"]["kiosk_median_s"]
        lines.append(
            f"  InnoKiosk from source: start-up {kiosk_start * 1000:.0f} ms, "
            f"peak RSS {mb(results['memory']['kiosk']['peak_after_views'])} (one process)"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="3 start-up runs, 1080p only, 30 sessions"
    )
    parser.add_argument(
        "--executables", action="store_true",
        help="build the kiosk and the bare window with PyInstaller (one folder, one file; about "
        "3 minutes) and measure their size and start-up",
    )  # fmt: skip
    parser.add_argument(
        "--chromium", action="store_true",
        help="compare with a Chromium kiosk showing the home page (needs Debian's chromium)",
    )  # fmt: skip
    parser.add_argument(
        "--no-cpu", action="store_true",
        help="skip CPU at rest and in the attract loop on Xvfb (about 3 minutes; 2 with --quick)",
    )  # fmt: skip
    parser.add_argument(
        "--visit-minutes", type=float, default=None, metavar="N",
        help="RSS over an N-minute random visit on Xvfb, with OpenGL and with the renderer the "
        "kiosk chooses (default 2, 1 with --quick; 0 skips it)",
    )  # fmt: skip
    parser.add_argument("--json", metavar="FILE", help="write every figure to FILE as JSON")
    args = parser.parse_args(argv)
    began = time.monotonic()
    results: dict[str, Any] = {"quick": args.quick, "machine": machine()}
    print("start-up ...", file=sys.stderr, flush=True)
    results["startup"] = measure_startup(3 if args.quick else 5)
    results["frames"] = {}
    for width, height in SIZES[:1] if args.quick else SIZES:
        key = f"{width}x{height}"
        print(f"frames {key} ...", file=sys.stderr, flush=True)
        per_size: dict[str, Any] = {
            "bare": run_child("frames-bare", str(width), str(height)),
            "kiosk": run_child("frames-kiosk", str(width), str(height)),
        }
        for who in ("bare", "kiosk"):
            every = [v for s in per_size[who]["scenarios"].values() for v in s["intervals"]]
            per_size[who]["all"] = summary(every)
        results["frames"][key] = per_size
    print("memory ...", file=sys.stderr, flush=True)
    results["memory"] = {
        "bare": run_child("memory-bare"),
        "kiosk": run_child("memory-kiosk", "30" if args.quick else "100"),
    }
    if not args.no_cpu:
        print("CPU at rest on Xvfb ...", file=sys.stderr, flush=True)
        from benchmarks import cpu

        results["cpu"] = cpu.measure(args.quick)
    minutes = args.visit_minutes if args.visit_minutes is not None else 1 if args.quick else 2
    if minutes > 0:
        from benchmarks import visit

        results["visit"] = {}
        for renderer in ("opengl", "auto"):
            print(f"a {minutes} min visit on Xvfb, {renderer} ...", file=sys.stderr, flush=True)
            results["visit"][renderer] = visit.measure(minutes, renderer)
    runs = 3 if args.quick else 5
    if args.executables:
        print("executables (building) ...", file=sys.stderr, flush=True)
        from benchmarks import executables

        with tempfile.TemporaryDirectory(prefix="innokiosk-bench-build-") as folder:
            results["executables"] = executables.measure(Path(folder), runs)
    if args.chromium:
        print("chromium ...", file=sys.stderr, flush=True)
        from benchmarks import chromium

        results["chromium"] = chromium.measure(runs)
    results["duration_s"] = time.monotonic() - began
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
