"""Chromium comparison: headless Chromium (Debian's package) showing a static HTML page equivalent
to the kiosk's home view, measured for start-up to first paint and memory of its process tree.

``python -m benchmarks.chromium [--runs N]`` prints the report lines on their own.

The page is generated from the default content pack with the kiosk's own loader: the title,
subtitle, the ten achievement tiles (number, headline, illustration) over the hero art, and the
language switch, in zh-Hant with the bundled CJK fonts loaded through ``@font-face``.

Start-up is spawn (``time.time()`` just before it) to the first paint of the complete page: the
latest of ``first-contentful-paint``, the frame after the web fonts loaded and the frame after the
``load`` event (every picture), which the page logs on the console as epoch milliseconds and which
are read from Chromium's stderr. In practice all three land in the same first frame, and the
``first-contentful-paint`` (a presentation time) is the latest. Memory is read one second after
that: RSS and PSS (``/proc/<pid>/smaps_rollup``) summed over every process of the browser.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kiosk.app.fonts import FONT_FILES, SIMPLIFIED_FAMILY, TRADITIONAL_FAMILY, family_for
from kiosk.content import FolderSource, Language, Pack, load_pack
from kiosk.content.dates import PartialDate

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
PACK_DIR = REPO / "assets" / "content"  # the default pack, embedded as :/content (resources.qrc)
FONTS_DIR = REPO / "assets" / "fonts"
TRANSLATIONS = REPO / "translations" / "kiosk_zh_Hant.ts"
LANGUAGE = Language.ZH_HANT
WIDTH, HEIGHT = 1920, 1080
SETTLE_S = 1.0
TIMEOUT_S = 60.0
POLL_S = 0.01
PAGE_MARKS = ("fcp", "fonts", "load")

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    f"--window-size={WIDTH},{HEIGHT}",
    "--enable-logging=stderr",
    "--v=0",
)

# With --enable-logging=stderr a console.log shows as
# [pid:tid:date/time:INFO:CONSOLE:12] "BENCH fcp 1795585442389.4", source: file:///…/home.html (12)
_CONSOLE = re.compile(r':INFO:CONSOLE[^\]]*\] "BENCH (?P<name>\w+) (?P<value>[^"]*)"')

_TYPE = re.compile(r"(?:^| )--type=(?P<type>\S+)")

# The kiosk's own fonts under the kiosk's own family names (kiosk/app/fonts.py): file, weight.
_FACES = tuple(
    (
        SIMPLIFIED_FAMILY if "CJKsc" in resource else TRADITIONAL_FAMILY,
        700 if "Bold" in resource else 400,
        resource.rsplit("/", 1)[1],
    )
    for resource in FONT_FILES
)
_BADGE_COLOURS = ("#2EC4D6", "#F5B841", "#4CC38A", "#8B7CF6", "#E8505B")  # Theme.achievementColours
_LANGUAGES = (  # the language buttons: label, family, selected
    ("繁", family_for("zh-Hant"), True),
    ("简", family_for("zh-Hans"), False),
    ("EN", family_for("en"), False),
)

_STYLE = """
html, body { margin: 0; width: 1920px; height: 1080px; overflow: hidden; }
body { position: relative; background: #0B1426 center / cover no-repeat; color: #F2F5FA;
  font-family: "InnoKiosk Sans HK", sans-serif; }
.scrim { position: absolute; inset: 0;
  background: linear-gradient(to right, rgba(6, 13, 26, 0.8), rgba(6, 13, 26, 0)); }
main { position: absolute; left: 56px; right: 56px; top: 56px; bottom: 160px; display: grid;
  grid-template-columns: 653px 1fr; column-gap: 40px; }
.intro { display: flex; flex-direction: column; gap: 24px; }
h1 { margin: 0; font-size: 84px; font-weight: 700; line-height: 1.3; }
.subtitle { color: #2EC4D6; font-size: 38px; }
.tagline { font-size: 31px; }
.explore { align-self: flex-start; margin-top: 16px; padding: 0 40px; height: 96px;
  border-radius: 48px; background: #2EC4D6; color: #04212A; font-size: 38px; font-weight: 700;
  line-height: 96px; }
.credit { margin-top: auto; color: #B4BFD0; font-size: 20px; }
.grid { display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: repeat(5, 1fr);
  gap: 16px; }
.tile { display: flex; align-items: center; gap: 16px; padding: 8px; background: #13213A;
  border: 2px solid #34507E; border-radius: 16px; min-height: 0; }
.thumb { position: relative; height: 100%; aspect-ratio: 1.6; max-width: 34%; flex: none; }
.thumb img { width: 100%; height: 100%; object-fit: cover; border-radius: 8px; display: block; }
.badge { position: absolute; left: 4px; top: 4px; width: 56px; height: 56px; border-radius: 50%;
  color: #04212A; font-size: 26px; font-weight: 700; text-align: center; line-height: 56px; }
.headline { font-size: 27px; font-weight: 700; }
nav { position: absolute; left: 0; right: 0; bottom: 0; height: 104px; display: flex;
  align-items: center; gap: 16px; padding: 0 56px; background: #060D1A;
  border-top: 2px solid #34507E; font-size: 31px; }
nav .current { background: #2EC4D6; color: #04212A; border-radius: 16px; padding: 8px 24px; }
nav .item { padding: 8px 24px; }
nav .spacer { flex: 1; }
.languages { display: flex; gap: 4px; padding: 4px; border: 2px solid #34507E;
  border-radius: 16px; background: #13213A; }
.languages span { width: 88px; height: 64px; line-height: 64px; text-align: center;
  border-radius: 8px; font-weight: 700; }
.languages .selected { background: #2EC4D6; color: #04212A; }
"""

# Marks as epoch milliseconds: first-contentful-paint, the first frame after the fonts loaded
# (rAF, then a task after that frame's paint) and the same after every picture loaded.
_SCRIPT = """
const origin = performance.timeOrigin;
const mark = (name, ms) => console.log(`BENCH ${name} ${(origin + ms).toFixed(1)}`);
const afterFrame = (name) =>
  requestAnimationFrame(() => setTimeout(() => mark(name, performance.now())));
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.name === "first-contentful-paint") mark("fcp", entry.startTime);
  }
}).observe({ type: "paint", buffered: true });
Promise.all([
  document.fonts.load('400 31px "InnoKiosk Sans HK"', "香"),
  document.fonts.load('700 84px "InnoKiosk Sans HK"', "科"),
  document.fonts.load('700 31px "InnoKiosk Sans SC"', "简"),
]).then(() => document.fonts.ready).then(() => {
  const faces = [...document.fonts];
  console.log(`BENCH faces ${faces.filter((f) => f.status === "loaded").length}/${faces.length}`);
  afterFrame("fonts");
});
window.addEventListener("load", () => afterFrame("load"));
"""


@dataclass
class Run:
    """One measured launch: seconds from spawn, and the memory of the process tree after paint."""

    startup_s: float
    fcp_s: float
    fonts_s: float
    load_s: float
    faces_loaded: str
    rss_bytes: int
    pss_bytes: int
    peak_rss_bytes: int
    processes: int
    by_type: dict[str, dict[str, int]]


def available() -> str | None:
    """The path of the Chromium launcher, or ``None`` if Chromium is not installed."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return str(CHROMIUM)
    return shutil.which("chromium")


def browser_version(binary: str) -> str:
    """What ``chromium --version`` says, e.g. ``Chromium 126.0… built on Debian…``."""
    done = subprocess.run(
        [binary, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    version = done.stdout.strip()
    if done.returncode != 0 or not version:
        raise RuntimeError(f"{binary} --version failed (exit {done.returncode}): {done.stderr}")
    return version


# --- the page -------------------------------------------------------------------------------


def translations(path: Path = TRANSLATIONS) -> dict[str, str]:
    """The kiosk's zh-Hant UI strings (Qt Linguist ``.ts``), English source to translation."""
    found: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.findtext("translation")
        if source and translation:
            found.setdefault(source, translation)
    return found


def tr(strings: dict[str, str], source: str) -> str:
    """``source`` translated like ``qsTr``, falling back to the English text."""
    return strings.get(source, source)


def font_faces() -> str:
    """``@font-face`` rules for the bundled CJK fonts, by ``file://`` URL."""
    rules = []
    for family, weight, name in _FACES:
        path = FONTS_DIR / name
        if not path.is_file():
            raise RuntimeError(f"bundled font missing: {path}")
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-display: block; '
            f'src: url("{path.as_uri()}") format("opentype"); }}'
        )
    return "\n".join(rules)


def tiles_html(pack: Pack, source: FolderSource) -> str:
    """The ten achievement tiles: illustration, number badge and headline."""
    tiles = []
    for achievement in sorted(pack.achievements, key=lambda a: a.number):
        image = achievement.images[0]
        colour = _BADGE_COLOURS[(achievement.number - 1) % len(_BADGE_COLOURS)]
        tiles.append(
            '<div class="tile"><div class="thumb">'
            f'<img src="{html.escape(source.url(image.file))}" '
            f'alt="{html.escape(image.alt.get(LANGUAGE))}">'
            f'<span class="badge" style="background: {colour}">{achievement.number}</span>'
            f'</div><div class="headline">{html.escape(achievement.headline.get(LANGUAGE))}'
            "</div></div>"
        )
    return "\n".join(tiles)


def intro_html(pack: Pack, strings: dict[str, str]) -> str:
    """The left column: title (broken at its space), subtitle, tagline, button and credit."""
    info = pack.pack
    title = "<br>".join(html.escape(part) for part in info.title.get(LANGUAGE).split(" "))
    credit = (
        tr(
            strings,
            "Source: %1, %2; reporter %3. Pictures are illustrations made for this exhibition.",
        )
        .replace("%1", info.source.newspaper.get(LANGUAGE))
        .replace("%2", PartialDate.parse(info.source.date).format(LANGUAGE))
        .replace("%3", info.source.reporter.get(LANGUAGE))
    )
    tagline = tr(strings, "Hong Kong's ten innovation and technology achievements of 2023")
    return (
        f'<section class="intro"><h1>{title}</h1>'
        f'<div class="subtitle">{html.escape(info.subtitle.get(LANGUAGE))}</div>'
        f'<div class="tagline">{html.escape(tagline)}</div>'
        f'<div class="explore">{html.escape(tr(strings, "Touch to explore"))}</div>'
        f'<div class="credit">{html.escape(credit)}</div></section>'
    )


def nav_html(strings: dict[str, str]) -> str:
    """The navigation bar with the three language buttons (繁, 简, EN)."""
    items = [f'<span class="current">{html.escape(tr(strings, "Home"))}</span>']
    items += [
        f'<span class="item">{html.escape(tr(strings, s))}</span>' for s in ("Cards", "Timeline")
    ]
    items += ['<span class="spacer"></span>']
    items += [f'<span class="item">{html.escape(tr(strings, "Larger text"))}</span>']
    buttons = "".join(
        f'<span class="{"selected" if selected else ""}" style="font-family: \'{family}\'">'
        f"{label}</span>"
        for label, family, selected in _LANGUAGES
    )
    return f'<nav>{"".join(items)}<div class="languages">{buttons}</div></nav>'


def home_page(pack_dir: Path = PACK_DIR) -> str:
    """A self-contained static HTML page equivalent to the kiosk's home view at 1920x1080."""
    source = FolderSource(pack_dir)
    pack = load_pack(source)
    strings = translations()
    hero = pack.pack.hero
    background = f'background-image: url("{source.url(hero.file)}")' if hero else ""
    return (
        f'<!doctype html>\n<html lang="{LANGUAGE.value}"><head><meta charset="utf-8">'
        f"<title>{html.escape(pack.pack.title.get(LANGUAGE))}</title>\n"
        f"<style>\n{font_faces()}\n{_STYLE}</style></head>\n"
        f'<body style="{html.escape(background)}"><div class="scrim"></div>\n'
        f"<main>{intro_html(pack, strings)}\n"
        f'<section class="grid">\n{tiles_html(pack, source)}\n</section></main>\n'
        f"{nav_html(strings)}\n<script>{_SCRIPT}</script></body></html>\n"
    )


def write_page(folder: Path) -> Path:
    """Writes the home page into ``folder`` and returns its path."""
    page = folder / "home.html"
    page.write_text(home_page(), encoding="utf-8")
    return page


# --- processes and memory ---------------------------------------------------------------------


def proc_stat(pid: int) -> tuple[str, int, int] | None:
    """State, parent pid and session id of ``pid``, or ``None`` if it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return fields[0], int(fields[1]), int(fields[3])


def all_pids() -> set[int]:
    """Every process id in ``/proc``."""
    return {int(name) for name in os.listdir("/proc") if name.isdigit()}


def chromium_dir(binary: str) -> Path:
    """The folder of Chromium's real executables (the launcher is a shell script in /usr/bin)."""
    lib = Path("/usr/lib/chromium")
    return lib if lib.is_dir() else Path(binary).resolve().parent


def tree(root: int, before: set[int], folder: Path) -> list[int]:
    """Live processes of the browser started as ``root`` in a session of its own: its session,
    its descendants, and new processes of Chromium's folder that detached themselves (the
    crashpad handlers double-fork into sessions of their own)."""
    stats = {pid: stat for pid in all_pids() if (stat := proc_stat(pid)) is not None}
    members = {pid for pid, (_, _, sid) in stats.items() if sid == root}
    members.add(root)
    grew = True
    while grew:
        children = {pid for pid, (_, ppid, _) in stats.items() if ppid in members}
        grew = not children <= members
        members |= children
    for pid in set(stats) - before - members:
        try:
            if Path(os.readlink(f"/proc/{pid}/exe")).parent == folder:
                members.add(pid)
        except OSError:
            continue
    return sorted(pid for pid in members if pid in stats and stats[pid][0] != "Z")


def rollup(pid: int) -> dict[str, int]:
    """``Rss`` and ``Pss`` of ``/proc/<pid>/smaps_rollup`` and ``VmHWM``, in bytes."""
    found: dict[str, int] = {}
    for path, keys in (
        (f"/proc/{pid}/smaps_rollup", ("Rss", "Pss")),
        (f"/proc/{pid}/status", ("VmHWM",)),
    ):
        for line in Path(path).read_text().splitlines():
            key, _, value = line.partition(":")
            if key in keys:
                found[key] = int(value.split()[0]) * 1024
    return found


def process_type(pid: int) -> str:
    """Chromium's ``--type=`` of the process (``renderer``, ``zygote``, ``gpu-process``, …),
    ``browser`` without one, or ``crashpad``; children rewrite their command line with spaces."""
    try:
        command = (
            Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        )
    except OSError:
        return "gone"
    if "crashpad" in command.split(" ", 1)[0]:
        return "crashpad"
    found = _TYPE.search(command)
    return found["type"] if found else "browser"


def tree_memory(pids: list[int]) -> dict[str, Any]:
    """Summed RSS, PSS and peak RSS (``VmHWM``) over ``pids``, and the count, RSS and PSS of
    each process type."""
    total = {"rss_bytes": 0, "pss_bytes": 0, "peak_rss_bytes": 0, "processes": 0}
    by_type: dict[str, dict[str, int]] = {}
    for pid in pids:
        try:
            values = rollup(pid)
        except OSError:
            continue  # exited meanwhile
        kind = by_type.setdefault(process_type(pid), {"count": 0, "rss_bytes": 0, "pss_bytes": 0})
        kind["count"] += 1
        kind["rss_bytes"] += values.get("Rss", 0)
        kind["pss_bytes"] += values.get("Pss", 0)
        total["rss_bytes"] += values.get("Rss", 0)
        total["pss_bytes"] += values.get("Pss", 0)
        total["peak_rss_bytes"] += values.get("VmHWM", 0)
        total["processes"] += 1
    if not total["processes"]:
        raise RuntimeError("no Chromium process left to measure")
    return {**total, "by_type": dict(sorted(by_type.items()))}


def stop(process: subprocess.Popen[bytes], extra: list[int]) -> None:
    """Ends the browser's process group, then any detached process of the tree still alive."""
    for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=grace)
            break
        except subprocess.TimeoutExpired:
            continue
    for pid in extra:
        stat = proc_stat(pid)
        if stat is not None and stat[0] != "Z":
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


# --- one launch ---------------------------------------------------------------------------------


def page_marks(log: Path) -> dict[str, str]:
    """The ``BENCH`` console marks Chromium logged so far."""
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return {}
    return {match["name"]: match["value"] for match in _CONSOLE.finditer(text)}


def wait_for_marks(process: subprocess.Popen[bytes], log: Path) -> dict[str, str]:
    """Polls Chromium's stderr until the page logged every mark; raises if it cannot."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        marks = page_marks(log)
        if all(name in marks for name in PAGE_MARKS):
            return marks
        if process.poll() is not None:
            raise RuntimeError(
                f"Chromium exited ({process.returncode}) before painting: {tail(log)}"
            )
        time.sleep(POLL_S)
    raise RuntimeError(f"Chromium did not paint within {TIMEOUT_S:.0f} s: {tail(log)}")


def tail(log: Path, chars: int = 2000) -> str:
    """The end of Chromium's stderr, for error messages."""
    try:
        return log.read_text(errors="replace")[-chars:]
    except OSError:
        return "(no log)"


def one_run(binary: str, page: Path, work: Path) -> Run:
    """Launches Chromium on ``page``, waits for the paint marks and ``SETTLE_S``, reads the memory
    of its process tree and ends it."""
    profile = Path(tempfile.mkdtemp(prefix="profile-", dir=work))
    log = profile.with_suffix(".log")
    env = dict(os.environ, XDG_CONFIG_HOME=str(profile / "config"))  # crash reports stay here
    folder = chromium_dir(binary)
    before = all_pids()
    command = [binary, *FLAGS, f"--user-data-dir={profile}", page.as_uri()]
    pids: list[int] = []
    with open(log, "wb") as stderr:
        spawn = time.time()
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
            env=env, start_new_session=True,
        )  # fmt: skip
        try:
            marks = wait_for_marks(process, log)
            time.sleep(SETTLE_S)
            pids = tree(process.pid, before, folder)
            memory = tree_memory(pids)
        finally:
            stop(process, pids or tree(process.pid, before, folder))
    seconds = {name: float(marks[name]) / 1000 - spawn for name in PAGE_MARKS}
    return Run(
        startup_s=max(seconds.values()),
        fcp_s=seconds["fcp"],
        fonts_s=seconds["fonts"],
        load_s=seconds["load"],
        faces_loaded=marks.get("faces", "?"),
        **memory,
    )


def measure(runs: int) -> dict[str, Any]:
    """Start-up and memory of headless Chromium on the home page, ``runs`` times after one
    uncounted warm-up; raises :class:`RuntimeError` if Chromium is missing or fails."""
    binary = available()
    if binary is None:
        raise RuntimeError("Chromium is not installed (apt-get install chromium)")
    if runs < 1:
        raise RuntimeError(f"runs must be at least 1, not {runs}")
    version = browser_version(binary)
    with tempfile.TemporaryDirectory(prefix="innokiosk-chromium-") as folder:
        work = Path(folder)
        page = write_page(work)
        page_bytes = page.stat().st_size
        one_run(binary, page, work)  # warm-up: file cache, fontconfig, shader and font caches
        measured = [one_run(binary, page, work) for _ in range(runs)]
    return summarise(binary, version, page_bytes, measured)


def summarise(binary: str, version: str, page_bytes: int, measured: list[Run]) -> dict[str, Any]:
    """The JSON-serialisable result of :func:`measure`."""
    startup = [run.startup_s for run in measured]
    return {
        "binary": binary,
        "version": version,
        "flags": list(FLAGS),
        "page_bytes": page_bytes,
        "runs": [asdict(run) for run in measured],
        "startup_s": startup,
        "startup_median_s": statistics.median(startup),
        "fcp_median_s": statistics.median(run.fcp_s for run in measured),
        "fonts_median_s": statistics.median(run.fonts_s for run in measured),
        "load_median_s": statistics.median(run.load_s for run in measured),
        "rss_bytes": int(statistics.median(run.rss_bytes for run in measured)),
        "pss_bytes": int(statistics.median(run.pss_bytes for run in measured)),
        "peak_rss_bytes": int(statistics.median(run.peak_rss_bytes for run in measured)),
        "processes": statistics.median_low(run.processes for run in measured),
        "by_type": measured[-1].by_type,
    }


def report_lines(result: dict[str, Any]) -> list[str]:
    """A few lines for the benchmark report."""
    runs = " ".join(f"{value * 1000:.0f}" for value in result["startup_s"])
    kinds = ", ".join(
        f"{kind} {values['count']}x {values['pss_bytes'] / 1e6:.0f}"
        for kind, values in sorted(result["by_type"].items(), key=lambda i: -i[1]["pss_bytes"])
    )
    return [
        f"CHROMIUM COMPARISON (static home page, headless, 1920x1080; {result['version']})",
        f"  start-up to first paint: median {result['startup_median_s'] * 1000:.0f} ms"
        f" (runs {runs}; FCP {result['fcp_median_s'] * 1000:.0f},"
        f" fonts {result['fonts_median_s'] * 1000:.0f},"
        f" pictures {result['load_median_s'] * 1000:.0f} ms)",
        f"  memory after paint, {result['processes']} processes:"
        f" RSS sum {result['rss_bytes'] / 1e6:.1f} MB | PSS sum {result['pss_bytes'] / 1e6:.1f} MB"
        f" | peak RSS sum {result['peak_rss_bytes'] / 1e6:.1f} MB",
        f"  PSS by process type (MB): {kinds}",
    ]


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.chromium [--runs N]``: measures and prints the report lines."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chromium", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="measured launches (default 5)")
    parser.add_argument("--page", type=Path, help="only write the HTML page to this file")
    args = parser.parse_args(argv)
    if args.page is not None:
        args.page.write_text(home_page(), encoding="utf-8")
        return 0
    for line in report_lines(measure(args.runs)):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
