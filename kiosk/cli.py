"""The ``innokiosk`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.constants import DEFAULT_DWELL_S, EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from kiosk.content.localized import LANGUAGE_CODES
from kiosk.settings.config import idle_timeout_arg
from kiosk.ui.views import VIEWS_HELP, ViewError, parse_view


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if not (320 <= width <= 8192 and 320 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"size out of range: {text}")
    return width, height


def _dwell(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not 1 <= seconds <= 3600:
        raise argparse.ArgumentTypeError(f"dwell out of range (1-3600 s): {text}")
    return seconds


def _view(text: str) -> str:
    try:
        return str(parse_view(text))
    except ViewError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="innokiosk",
        description="Hong Kong's ten I&T achievements of 2023, as a touch kiosk.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--content", metavar="PATH", help="a content pack folder to show")
    parser.add_argument("--lang", choices=LANGUAGE_CODES, help="the starting language")
    parser.add_argument("--screen", type=int, default=None, metavar="N", help="screen number")
    parser.add_argument("--windowed", action="store_true", help="a normal window, not maximised")
    parser.add_argument("--fullscreen", action="store_true", help="start in full screen (F11)")
    parser.add_argument("--reduce-motion", action="store_true", help="no count-up or slides")
    parser.add_argument(
        "--kiosk", action="store_true", help="locked full screen for an unattended stand"
    )
    parser.add_argument(
        "--idle-timeout", type=idle_timeout_arg, default=None, metavar="SECONDS",
        help="end a visitor's session after this long without a touch (10-3600, default 90)",
    )  # fmt: skip
    parser.add_argument(
        "--config", type=Path, default=None, metavar="PATH",
        help="the settings file (default: innokiosk.toml beside the program, "
        "else in the user's config folder)",
    )  # fmt: skip
    parser.add_argument(
        "--supervise", action="store_true",
        help="run the kiosk under a supervisor that restarts it after a crash or a hang",
    )  # fmt: skip
    parser.add_argument(
        "--present", action="store_true",
        help="run the exhibition as a self-running slide deck (clicker keys; Esc leaves)",
    )  # fmt: skip
    parser.add_argument(
        "--dwell", type=_dwell, default=DEFAULT_DWELL_S, metavar="SECONDS",
        help=f"with --present: seconds on each slide (default {DEFAULT_DWELL_S:g})",
    )  # fmt: skip
    parser.add_argument(
        "--loop", action="store_true", help="with --present: start again after the last slide"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    # The start-up benchmark (benchmarks/startup.py): print when the first frame is shown, quit.
    parser.add_argument(
        "--first-frame-benchmark", type=_size, default=None, metavar="WxH", help=argparse.SUPPRESS
    )
    parser.set_defaults(handler=run_kiosk)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser(
        "set-pin", help="set the staff PIN (typed twice, or one line on stdin)"
    ).set_defaults(handler=run_set_pin)
    commands.add_parser("fallback", help="show the static 'kiosk is resting' screen").set_defaults(
        handler=run_fallback_screen, logs_to_file=True
    )

    validate = commands.add_parser(
        "validate", help="check a content pack (default: the embedded one)"
    )
    validate.add_argument("path", nargs="?", help="the pack's folder or its content.toml")
    validate.add_argument(
        "--json", action="store_true", help="print the normalised content as JSON"
    )
    validate.set_defaults(handler=lambda args: run_validate(args.path, args.json))

    shot = commands.add_parser("screenshot", help="render one view to a PNG, offscreen")
    shot.add_argument("file", help="the PNG to write")
    shot.add_argument("--view", type=_view, default="home", help=VIEWS_HELP)
    shot.add_argument("--lang", dest="shot_lang", choices=LANGUAGE_CODES, default=None)
    shot.add_argument("--size", type=_size, default=(1920, 1080), help="WIDTHxHEIGHT")
    shot.add_argument("--content", dest="shot_content", metavar="PATH", default=None)
    shot.set_defaults(handler=run_screenshot)

    inspect = commands.add_parser(
        "inspect", help="print what a visitor sees of every item of one view, as JSON"
    )
    inspect.add_argument("--view", type=_view, default="home", help=VIEWS_HELP)
    inspect.add_argument("--lang", dest="inspect_lang", choices=LANGUAGE_CODES, default=None)
    inspect.add_argument("--size", type=_size, default=(1920, 1080), help="WIDTHxHEIGHT")
    inspect.add_argument("--large-text", action="store_true", help="with larger text on")
    inspect.add_argument("--content", dest="inspect_content", metavar="PATH", default=None)
    inspect.set_defaults(handler=run_inspect)

    export = commands.add_parser(
        "export", help="render the presentation's slides offscreen to a PDF or to PNG files"
    )
    export_target = export.add_mutually_exclusive_group(required=True)
    export_target.add_argument(
        "--pdf", metavar="FILE", help="the deck as a PDF with real text, a page per slide"
    )
    export_target.add_argument(
        "--handout", metavar="FILE",
        help="a printable handout PDF (default: zh-Hant and English side by side; --lang for one)",
    )  # fmt: skip
    export_target.add_argument("--png", metavar="DIR", help="slide-01.png, slide-02.png… in DIR")
    export.add_argument("--lang", dest="export_lang", choices=LANGUAGE_CODES, default=None)
    export.add_argument("--size", type=_size, default=(1920, 1080), help="WIDTHxHEIGHT")
    export.add_argument(
        "--paper", choices=("A4", "letter"), default="A4", help="with --handout: the paper size"
    )
    export.set_defaults(handler=run_export)

    commands.add_parser(
        "self-test", help="check offscreen that everything the kiosk needs works"
    ).set_defaults(handler=run_self_test)

    stats = commands.add_parser("stats", help="print the anonymous visitor statistics")
    stats.add_argument(
        "--since", metavar="DATE", default=None, help="only from this day on (YYYY-MM-DD, local)"
    )
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.add_argument(
        "--csv", type=Path, default=None, metavar="FILE", help="write the figures to a CSV file"
    )
    stats.set_defaults(handler=run_stats)

    autostart = commands.add_parser(
        "autostart", help="start the kiosk when this user logs in: enable, disable or status"
    )
    autostart.add_argument("action", choices=("enable", "disable", "status"))
    autostart.add_argument("--kiosk", dest="autostart_kiosk", action="store_true",
                           help="with enable: start in kiosk mode")  # fmt: skip
    autostart.add_argument("--supervise", dest="autostart_supervise", action="store_true",
                           help="with enable: under the supervisor")  # fmt: skip
    autostart.set_defaults(handler=run_autostart)
    return parser


def run_validate(path: str | None, as_json: bool) -> int:
    from kiosk.content import PackInvalid, PackSource, ResourceSource, load_pack, source_for
    from kiosk.content.export import pack_json, pack_summary

    source: PackSource
    try:
        if path is None:
            from kiosk.app import resources

            resources.register()
            source = ResourceSource()
        else:
            source = source_for(path)
        pack = load_pack(source)
    except PackInvalid as error:
        print(
            f"content pack {error.source.label}: {len(error.problems)} problem(s)", file=sys.stderr
        )
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
        return EXIT_BAD_INPUT
    if as_json:
        json.dump(pack_json(pack), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(pack_summary(pack, source.label))
    return EXIT_OK


def run_set_pin(args: argparse.Namespace) -> int:
    from kiosk.settings.pin_command import run_set_pin as set_pin

    return set_pin(args.config)


def run_fallback_screen(args: argparse.Namespace) -> int:
    from kiosk.stand.fallback import run_fallback

    return run_fallback(screen=args.screen)


def run_stats(args: argparse.Namespace) -> int:
    from kiosk.stats.report import run_stats as print_stats

    return print_stats(args.since, args.json, args.csv)


def run_autostart(args: argparse.Namespace) -> int:
    from kiosk.stand import autostart

    options = autostart.kiosk_options(
        args.autostart_kiosk or args.kiosk,
        args.autostart_supervise or args.supervise,
        args.config,
        args.content,
    )
    return autostart.run_autostart(args.action, options)


def run_screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.tools.screenshot import take_screenshot

    return take_screenshot(
        args.file,
        view=args.view,
        language=args.shot_lang or args.lang,
        size=args.size,
        content=args.shot_content or args.content,
    )


def run_inspect(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.tools.inspect import run_inspect as inspect_view

    return inspect_view(
        view=args.view,
        language=args.inspect_lang or args.lang,
        size=args.size,
        large_text=args.large_text,
        content=args.inspect_content or args.content,
    )


def run_export(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.presentation.export import export_pdf, export_png

    language = args.export_lang or args.lang
    if args.handout:
        from kiosk.presentation.handout import write_handout

        try:
            pages = write_handout(args.handout, language, args.paper, content=args.content)
        except (OSError, ValueError) as error:
            logging.getLogger(__name__).error("could not write %s: %s", args.handout, error)
            return EXIT_FAILED
        print(f"wrote {args.handout} ({pages} pages)")
        return EXIT_OK
    if args.pdf:
        return export_pdf(args.pdf, language, args.size, content=args.content)
    return export_png(args.png, language, args.size, content=args.content)


def run_self_test(args: argparse.Namespace) -> int:
    from kiosk.settings.config import load_config
    from kiosk.tools.selftest import run_self_test as self_test

    return self_test(content=args.content, renderer=load_config(args.config).settings.renderer)


def run_kiosk(args: argparse.Namespace) -> int:
    """The kiosk itself, or with ``--present`` the presentation, or under ``--supervise``."""
    if args.supervise:
        from kiosk.stand import supervisor

        return supervisor.supervise(args.argv)
    from kiosk.settings.config import load_config, merge_cli

    loaded = load_config(args.config)
    for problem in loaded.problems:
        logging.getLogger("kiosk.settings.config").warning("settings: %s", problem)
    settings = merge_cli(loaded.settings, args)

    if args.present:
        from kiosk.app.application import application
        from kiosk.presentation.engine import PresentOptions, run_presentation

        application(renderer=settings.renderer)  # the deck's window draws with the setting's

        return run_presentation(
            PresentOptions(
                content=str(settings.content) if settings.content else None,
                language=settings.default_language,
                screen=settings.screen,
                windowed=args.windowed,
                dwell=args.dwell,
                loop=args.loop,
                reduce_motion=settings.reduce_motion,
            )
        )

    from kiosk.app.engine import AppOptions, run
    from kiosk.presentation.launch import KioskPresenter

    return run(
        AppOptions(
            content=str(settings.content) if settings.content else None,
            language=settings.default_language,
            screen=settings.screen,
            windowed=args.windowed,
            fullscreen=args.fullscreen or settings.mode == "present",
            reduce_motion=settings.reduce_motion,
            kiosk=settings.mode == "kiosk",
            idle_timeout=settings.idle_timeout,
            pin_hash=settings.pin_hash,
            config=args.config,
            first_frame_size=args.first_frame_benchmark,
            renderer=settings.renderer,
        ),
        present=KioskPresenter(),
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    args.argv = argv
    if args.command in (None, "fallback"):  # the kiosk itself: a log file, exceptions logged
        from kiosk.stand import logsetup, supervisor

        supervised = args.supervise and args.command is None
        logsetup.setup_logging(
            args.verbose, filename=supervisor.LOG_NAME if supervised else logsetup.LOG_NAME
        )
        logsetup.install_excepthook()
    else:
        logging.basicConfig(
            level=logging.DEBUG if args.verbose else logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)
