"""The kiosk's settings, from ``innokiosk.toml``.

Where the file is: ``--config PATH``; else ``innokiosk.toml`` beside the executable (a frozen
build); else ``innokiosk.toml`` in the user's config folder (``platformdirs``). No file means the
defaults. A bad file never stops the kiosk: each bad key falls back to its default and is
reported once, naming the file and the key (``innokiosk.toml: idle_timeout: must be at least
10``); a file that cannot be read or parsed gives the defaults for everything.

Command-line flags win over the file (:func:`merge_cli`). A relative ``content`` path in the file
is relative to the file's folder.
"""

from __future__ import annotations

import argparse
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

from kiosk.constants import APP_NAME
from kiosk.content.locate import executable_dir
from kiosk.settings.pin import parse_pin_hash
from kiosk.tomlfile import TomlFileError, parse_toml

CONFIG_NAME = "innokiosk.toml"
MAX_CONFIG_BYTES = 64 * 1024
IDLE_TIMEOUT_MIN = 10
IDLE_TIMEOUT_MAX = 3600

Mode = Literal["window", "kiosk", "present"]
Renderer = Literal["auto", "software", "opengl"]
LanguageCode = Literal["zh-Hant", "zh-Hans", "en"]
Value = str | int | bool

_DEFAULTS = " (using the default settings)"


class KioskConfig(BaseModel):
    """The settings. ``mode``: ``window`` (a window staff can close), ``kiosk`` (full screen,
    staff PIN to leave) or ``present`` (full screen for a presenter, no PIN)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mode: Mode = "window"
    default_language: LanguageCode | None = None
    idle_timeout: int = Field(90, ge=IDLE_TIMEOUT_MIN, le=IDLE_TIMEOUT_MAX, strict=True)
    screen: int | None = Field(None, ge=0, strict=True)
    pin_hash: str | None = Field(None, strict=True)
    content: Path | None = None
    reduce_motion: bool = Field(False, strict=True)
    # Qt Quick's renderer: "auto" (software where OpenGL is only a software rasteriser),
    # "software" or "opengl"; QT_QUICK_BACKEND in the environment wins (kiosk.app.renderer)
    renderer: Renderer = "auto"

    @field_validator("pin_hash")
    @classmethod
    def _pin_hash(cls, value: str | None) -> str | None:
        if value is not None and parse_pin_hash(value) is None:
            raise ValueError("not a PIN hash made by `innokiosk set-pin` (run it again)")
        return value

    @field_validator("content", mode="before")
    @classmethod
    def _content(cls, value: Any) -> Any:
        if isinstance(value, str):
            if not value.strip():
                raise ValueError("must not be empty (leave the key out for the built-in pack)")
            return Path(value)
        if not isinstance(value, Path):
            raise ValueError(f"wrong type: expected text (a folder), got {_kind(value)}")
        return value


@dataclass(frozen=True)
class LoadedConfig:
    """The settings, the file they came from (``None``: no file, defaults) and its problems."""

    settings: KioskConfig
    path: Path | None = None
    problems: list[str] = field(default_factory=list)


class ConfigWriteError(Exception):
    """A setting could not be saved; the message says why and where."""


# -- where the file is ------------------------------------------------------------------------


def user_config_path() -> Path:
    """``innokiosk.toml`` in the user's config folder (which may not exist yet)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME


def find_config(flag: Path | None = None, beside: Path | None = None) -> Path | None:
    """The file to read: ``flag`` (even if missing), else beside the executable (``beside``,
    default :func:`executable_dir`), else the user's config folder; ``None`` if there is none."""
    if flag is not None:
        return flag
    folder = beside if beside is not None else executable_dir()
    if folder is not None and (folder / CONFIG_NAME).is_file():
        return folder / CONFIG_NAME
    user = user_config_path()
    return user if user.is_file() else None


def config_target(flag: Path | None = None, beside: Path | None = None) -> Path:
    """The file a setting is written to: the one :func:`find_config` finds, else the user's."""
    return find_config(flag, beside) or user_config_path()


# -- reading ----------------------------------------------------------------------------------


def _problem(file: str, key: str, message: str, line: int | None = None, col: int = 1) -> str:
    where = file if line is None else f"{file}:{line}:{col}"
    return f"{where}: {key}: {message}" if key else f"{where}: {message}"


def _read_table(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The file's top-level table, or ``{}`` and the one problem that stopped reading it."""
    name = path.name
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        return {}, [f"{path}: not found{_DEFAULTS}"]
    except OSError as error:
        return {}, [_problem(name, "", f"cannot read: {error.strerror or error}{_DEFAULTS}")]
    if len(raw) > MAX_CONFIG_BYTES:
        return {}, [_problem(name, "", f"over {MAX_CONFIG_BYTES // 1024} KiB{_DEFAULTS}")]
    try:
        return parse_toml(raw), []
    except TomlFileError as error:
        return {}, [_problem(name, "", error.message + _DEFAULTS, error.line, error.column or 1)]


_EXPECTED = {"int": "a whole number", "string": "text", "bool": "true or false"}


def _kind(value: Any) -> str:
    """How a TOML value is described in a message."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"text {value!r}"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return "a date or time"


def _message(item: ErrorDetails) -> str:
    kind = item["type"]
    context = item.get("ctx") or {}
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(item["loc"][0]), KioskConfig.model_fields, n=1)
        return f"unknown key (did you mean {close[0]}?)" if close else "unknown key"
    if kind == "greater_than_equal":
        return f"must be at least {context['ge']}"
    if kind == "less_than_equal":
        return f"must be at most {context['le']}"
    if kind == "literal_error":
        return f"{item['input']!r} is not allowed: use {context['expected']}"
    if kind.endswith("_type"):
        expected = _EXPECTED.get(kind.removesuffix("_type"), kind.removesuffix("_type"))
        return f"wrong type: expected {expected}, got {_kind(item['input'])}"
    return item["msg"].removeprefix("Value error, ")


def _validate(data: dict[str, Any], name: str) -> tuple[KioskConfig, list[str]]:
    """The settings from ``data``, every bad key dropped (so it takes its default) and named."""
    try:
        return KioskConfig.model_validate(data), []
    except ValidationError as error:
        bad: dict[str, str] = {}
        for item in error.errors(include_url=False):
            key = str(item["loc"][0]) if item["loc"] else ""
            bad.setdefault(key, _problem(name, key, _message(item)))
    clean = {key: value for key, value in data.items() if key not in bad}
    try:
        return KioskConfig.model_validate(clean), list(bad.values())
    except ValidationError:  # pragma: no cover - every failing key was dropped above
        return KioskConfig(), [*bad.values(), _problem(name, "", "using the default settings")]


def load_config(path: Path | None = None, beside: Path | None = None) -> LoadedConfig:
    """The settings from ``path`` or the file found as described above; never raises."""
    found = find_config(path, beside)
    if found is None:
        return LoadedConfig(KioskConfig())
    data, problems = _read_table(found)
    settings, more = _validate(data, found.name)
    if settings.content is not None and not settings.content.is_absolute():
        settings = settings.model_copy(update={"content": found.parent / settings.content})
    return LoadedConfig(settings, found, problems + more)


# -- the command line wins ----------------------------------------------------------------------


def idle_timeout_arg(text: str) -> int:
    """``argparse`` type for ``--idle-timeout SECONDS``."""
    try:
        seconds = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected whole seconds, got {text!r}") from None
    if not IDLE_TIMEOUT_MIN <= seconds <= IDLE_TIMEOUT_MAX:
        raise argparse.ArgumentTypeError(
            f"must be {IDLE_TIMEOUT_MIN} to {IDLE_TIMEOUT_MAX} seconds, got {seconds}"
        )
    return seconds


def merge_cli(config: KioskConfig, args: argparse.Namespace) -> KioskConfig:
    """``config`` with the flags given on the command line put over it.

    ``--kiosk`` sets mode ``kiosk``, else ``--windowed`` sets ``window``; ``--lang``,
    ``--idle-timeout``, ``--screen`` and ``--content`` replace the file's values; the on-only
    flag ``--reduce-motion`` can turn reduce_motion on, never off. Missing attributes are
    ignored. Raises ``pydantic.ValidationError`` for a value outside the settings' rules.
    """
    updates: dict[str, Any] = {}
    if getattr(args, "kiosk", False):
        updates["mode"] = "kiosk"
    elif getattr(args, "windowed", False):
        updates["mode"] = "window"
    for flag, key in (("lang", "default_language"), ("idle_timeout", "idle_timeout")):
        if getattr(args, flag, None) is not None:
            updates[key] = getattr(args, flag)
    if getattr(args, "screen", None) is not None:
        updates["screen"] = args.screen
    if getattr(args, "content", None):
        updates["content"] = Path(args.content)
    if getattr(args, "reduce_motion", False):
        updates["reduce_motion"] = True
    if not updates:
        return config
    return KioskConfig.model_validate({**config.model_dump(exclude_none=True), **updates})


# -- writing one setting ------------------------------------------------------------------------


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_setting(path: Path, key: str, value: Value) -> None:
    """Sets the top-level ``key`` in the TOML file ``path`` atomically, keeping the rest of the
    file as it was: comments, blank lines, the order and spelling of the other keys (tomlkit).

    Creates the file and its folders if needed. Raises :class:`ConfigWriteError` if the file
    cannot be read, is not valid TOML (it is left alone: fix it first) or cannot be written.
    """
    import tomlkit  # only staff write settings: off the kiosk's start-up path
    import tomlkit.exceptions

    if key not in KioskConfig.model_fields:
        raise ValueError(f"unknown setting {key!r}")
    if isinstance(value, float) or not isinstance(value, Value):
        raise TypeError(f"cannot write {type(value).__name__} as a setting")
    if path.is_symlink():
        path = path.resolve()
    try:
        raw = path.read_bytes() if path.exists() else b""
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigWriteError(f"{path}: cannot read: {error}") from None
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    try:
        parse_toml(raw)
        document = tomlkit.parse(text.removeprefix(bom))
    except (TomlFileError, tomlkit.exceptions.TOMLKitError) as error:
        raise ConfigWriteError(f"{path}: not changed: {error}") from None
    document[key] = value
    updated = tomlkit.dumps(document)
    if not updated.endswith("\n"):
        updated += "\n"
    if "\r\n" in text:  # tomlkit ends the lines it adds with \n: keep the file's line endings
        updated = updated.replace("\r\n", "\n").replace("\n", "\r\n")
    try:
        _write_atomically(path, (bom + updated).encode("utf-8"))
    except OSError as error:
        raise ConfigWriteError(f"{path}: cannot write: {error.strerror or error}") from None
