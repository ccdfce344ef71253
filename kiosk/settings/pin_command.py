"""``innokiosk set-pin``: asks for a new staff PIN and saves its hash in the config file.

From a terminal the PIN is typed twice without echo; from a pipe (``echo 2468 | innokiosk
set-pin``) one line is read. The file is the one the kiosk reads (see
:mod:`kiosk.settings.config`), or a new ``innokiosk.toml`` in the user's config folder.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import Protocol, TextIO

from kiosk.constants import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK
from kiosk.settings.config import ConfigWriteError, config_target, write_setting
from kiosk.settings.pin import PinError, check_pin, hash_pin

PROMPT = "New staff PIN (4 to 12 digits): "
PROMPT_AGAIN = "The same PIN again: "


class PinSource(Protocol):
    """Where PINs are read from; an interactive source is asked twice."""

    @property
    def interactive(self) -> bool: ...

    def read(self, prompt: str) -> str:
        """One PIN; ``EOFError`` when there is none."""
        ...


class TerminalPins:
    """PINs typed at the terminal, not echoed."""

    interactive = True

    def read(self, prompt: str) -> str:
        return getpass.getpass(prompt)


class StreamPins:
    """One PIN per line of a stream (a script's pipe)."""

    interactive = False

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def read(self, prompt: str) -> str:
        line = self._stream.readline()
        if not line:
            raise EOFError
        return line


def default_source(stdin: TextIO | None = None) -> PinSource | None:
    """The terminal when ``stdin`` is one, else the stream; ``None`` without any stdin (a
    windowed program started from the desktop)."""
    stream = stdin if stdin is not None else sys.stdin
    if stream is None:
        return None
    return TerminalPins() if stream.isatty() else StreamPins(stream)


def run_set_pin(
    config_path: Path | None,
    pin_source: PinSource | None = None,
    *,
    beside: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Reads, checks, hashes and saves a new PIN; 0 when saved, 2 for a bad or unequal PIN,
    1 when the file cannot be written, 130 when interrupted."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    source = pin_source if pin_source is not None else default_source()
    if source is None:
        print("set-pin: no terminal to read the PIN from; run it in a terminal", file=err)
        return EXIT_FAILED
    try:
        pin = source.read(PROMPT).strip()
        check_pin(pin)
        if source.interactive and source.read(PROMPT_AGAIN).strip() != pin:
            print("set-pin: the two PINs differ; nothing was changed", file=err)
            return EXIT_BAD_INPUT
    except EOFError:
        print("set-pin: no PIN given; nothing was changed", file=err)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("\nset-pin: cancelled; nothing was changed", file=err)
        return EXIT_INTERRUPTED
    except PinError as error:
        print(f"set-pin: {error}; nothing was changed", file=err)
        return EXIT_BAD_INPUT
    target = config_target(config_path, beside)
    try:
        write_setting(target, "pin_hash", hash_pin(pin))
    except ConfigWriteError as error:
        print(f"set-pin: {error}", file=err)
        return EXIT_FAILED
    print(f"staff PIN saved in {target}", file=out)
    return EXIT_OK
