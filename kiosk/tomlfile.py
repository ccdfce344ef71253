"""Reading a TOML file for people: a size limit, UTF-8 with an optional byte-order mark, and
every error with its line and column (``TomlFileError``). The settings and content packs share
it."""

from __future__ import annotations

import re
import tomllib
from typing import Any

_TOML_POSITION = re.compile(r"^(?P<message>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)$")


class TomlFileError(Exception):
    """Why a file's bytes are not a TOML document, and where (1-based, when known)."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return f"{self.line}:{self.column or 1}: {self.message}"


def parse_toml(raw: bytes) -> dict[str, Any]:
    """The TOML document in ``raw``; :class:`TomlFileError` if it is not UTF-8 or not TOML."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise TomlFileError("not UTF-8 text: save the file as UTF-8", line, column) from None
    try:
        return tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        match = _TOML_POSITION.match(str(error))
        if match:
            message = f"TOML syntax error: {match['message']}"
            raise TomlFileError(message, int(match["line"]), int(match["column"])) from None
        raise TomlFileError(f"TOML syntax error: {error}") from None
