"""Reads a content pack and reports every problem at once: file, field and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from kiosk.content.schema import Pack
from kiosk.content.source import CONTENT_FILE, MAX_CONTENT_BYTES, PackPathError, PackSource
from kiosk.tomlfile import TomlFileError, parse_toml

_VALUE_ERROR = "Value error, "


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack."""

    file: str
    field: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.message}"


class PackInvalid(Exception):
    """A pack that cannot be shown, with every problem found."""

    def __init__(self, source: PackSource, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


def load_pack(source: PackSource) -> Pack:
    """The validated pack in ``source``, or :class:`PackInvalid` listing every problem."""
    data = _read_toml(source)
    try:
        return Pack.model_validate(data, context={"source": source})
    except ValidationError as error:
        raise PackInvalid(source, _problems(error)) from None


def _read_toml(source: PackSource) -> dict[str, Any]:
    def invalid(message: str, line: int | None = None, column: int | None = None) -> PackInvalid:
        return PackInvalid(source, [Problem(CONTENT_FILE, "", message, line, column)])

    try:
        raw = source.read(CONTENT_FILE, MAX_CONTENT_BYTES)
    except PackPathError as error:
        if str(error).startswith("not found"):
            raise invalid(f"not found in the content pack {source.label}") from None
        raise invalid(str(error)) from None
    except OSError as error:
        raise invalid(f"cannot read: {error.strerror or error}") from None
    if not raw.strip():
        raise invalid("the file is empty")
    try:
        return parse_toml(raw)
    except TomlFileError as error:
        raise invalid(error.message, error.line, error.column) from None


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


_EXPECTED = {
    "int": "a whole number",
    "float": "a number",
    "string": "text",
    "str": "text",
    "bool": "true or false",
    "list": "a list",
    "tuple": "a list",
    "model": "a table",
    "model_attributes": "a table",
    "dict": "a table",
    "enum": "one of the listed values",
}
_GOT = {"str": "text", "int": "a number", "float": "a number", "bool": "true/false",
        "dict": "a table", "list": "a list", "datetime": "a date", "date": "a date"}  # fmt: skip


def _wrong_type(kind: str, value: Any) -> str:
    expected = _EXPECTED.get(kind.removesuffix("_type").removesuffix("_parsing"), kind)
    got = _GOT.get(type(value).__name__, type(value).__name__)
    shown = f" {value!r}" if isinstance(value, str | int | float | bool) else ""
    return f"wrong type: expected {expected}, got {got}{shown}"


def _problems(error: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    items = error.errors(include_url=False)
    failing = {tuple(item["loc"]) for item in items if item["type"] != "too_short"}
    for item in items:
        message = item["msg"].removeprefix(_VALUE_ERROR)
        kind = item["type"]
        loc = tuple(part for part in item["loc"] if not str(part).startswith("function-"))
        if kind == "too_short" and any(
            f[: len(item["loc"])] == tuple(item["loc"]) for f in failing
        ):
            continue  # the list is short only because its items failed: those are reported
        if kind == "missing":
            message = "missing field"
        elif kind == "extra_forbidden":
            message = "unknown field (check its spelling)"
        elif kind == "enum":
            message = f"{item['input']!r} is not allowed: {message.lower()}"
        elif kind.endswith("_type") or kind.endswith("_parsing"):
            message = _wrong_type(kind, item["input"])
        elif kind in ("too_short", "too_long", "string_too_long", "string_too_short"):
            message = message.replace("Tuple", "list").replace("String", "text")
        for line in message.splitlines():
            field = _field_path(loc)
            if not loc and ": " in line:
                field, line = line.split(": ", 1)
            problems.append(Problem(CONTENT_FILE, field, line))
    return problems
