"""Settings from innokiosk.toml: where the file is, every kind of bad file, CLI flags, writing."""

from __future__ import annotations

import argparse
import os
import stat
import sys
import tomllib
from pathlib import Path
from typing import get_args

import pytest
import tomlkit
from pydantic import ValidationError

from kiosk.content.localized import LANGUAGE_CODES
from kiosk.settings.config import (
    CONFIG_NAME,
    ConfigWriteError,
    KioskConfig,
    LanguageCode,
    config_target,
    find_config,
    idle_timeout_arg,
    load_config,
    merge_cli,
    user_config_path,
    write_setting,
)
from kiosk.settings.pin import hash_pin

DEFAULTS = KioskConfig()


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's config folder inside the test's tmp folder (platformdirs honours XDG)."""
    home = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home / "InnoKiosk"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- where the file is ----------------------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
def test_user_config_path_follows_xdg(user_dirs: Path) -> None:
    assert user_config_path() == user_dirs / CONFIG_NAME


def test_flag_wins_over_beside_and_user(tmp_path: Path) -> None:
    beside = write(tmp_path / "app" / CONFIG_NAME, "idle_timeout = 20\n")
    write(user_config_path(), "idle_timeout = 30\n")
    flag = write(tmp_path / "mine.toml", "idle_timeout = 40\n")
    assert find_config(flag, beside.parent) == flag
    assert load_config(flag, beside.parent).settings.idle_timeout == 40


def test_beside_the_executable_wins_over_the_user_folder(tmp_path: Path) -> None:
    beside = write(tmp_path / "app" / CONFIG_NAME, "idle_timeout = 20\n")
    write(user_config_path(), "idle_timeout = 30\n")
    loaded = load_config(None, beside.parent)
    assert (loaded.path, loaded.settings.idle_timeout) == (beside, 20)


def test_user_folder_is_last(tmp_path: Path) -> None:
    user = write(user_config_path(), "idle_timeout = 30\n")
    loaded = load_config(None, tmp_path / "app-without-config")
    assert (loaded.path, loaded.settings.idle_timeout, loaded.problems) == (user, 30, [])


def test_no_file_anywhere_means_defaults_without_problems(tmp_path: Path) -> None:
    loaded = load_config(None, tmp_path)
    assert (loaded.settings, loaded.path, loaded.problems) == (DEFAULTS, None, [])


def test_a_missing_flag_file_is_a_problem(tmp_path: Path) -> None:
    loaded = load_config(tmp_path / "typo.toml", tmp_path)
    assert loaded.settings == DEFAULTS
    assert loaded.problems == [f"{tmp_path / 'typo.toml'}: not found (using the default settings)"]


def test_config_target_is_the_found_file_else_the_user_one(tmp_path: Path) -> None:
    assert config_target(None, tmp_path) == user_config_path()
    beside = write(tmp_path / CONFIG_NAME, "")
    assert config_target(None, tmp_path) == beside


# -- good and bad values ----------------------------------------------------------------------


def test_a_complete_file(tmp_path: Path) -> None:
    pin_hash = hash_pin("2468")
    path = write(
        tmp_path / CONFIG_NAME,
        f"""# the hall's kiosk
mode = "kiosk"
default_language = "en"
idle_timeout = 120
screen = 1
pin_hash = "{pin_hash}"
content = "/srv/pack"
reduce_motion = true
""",
    )
    loaded = load_config(path)
    assert loaded.problems == []
    assert loaded.settings == KioskConfig(
        mode="kiosk",
        default_language="en",
        idle_timeout=120,
        screen=1,
        pin_hash=pin_hash,
        content=Path("/srv/pack"),
        reduce_motion=True,
    )


def test_the_languages_are_the_content_packs() -> None:
    assert get_args(LanguageCode) == LANGUAGE_CODES


def test_a_relative_content_path_is_relative_to_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "etc" / CONFIG_NAME, 'content = "packs/hall"\n')
    assert load_config(path).settings.content == tmp_path / "etc" / "packs" / "hall"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("idle_timeout = 5", "idle_timeout: must be at least 10"),
        ("idle_timeout = 3601", "idle_timeout: must be at most 3600"),
        ('idle_timeout = "90"', "idle_timeout: wrong type: expected a whole number, got text '90'"),
        ("idle_timeout = 90.0", "idle_timeout: wrong type: expected a whole number, got 90.0"),
        ("idle_timeout = true", "idle_timeout: wrong type: expected a whole number, got true"),
        (
            'mode = "fullscreen"',
            "mode: 'fullscreen' is not allowed: use 'window', 'kiosk' or 'present'",
        ),
        (
            'default_language = "fr"',
            "default_language: 'fr' is not allowed: use 'zh-Hant', 'zh-Hans' or 'en'",
        ),
        ("screen = -1", "screen: must be at least 0"),
        ("screen = [1]", "screen: wrong type: expected a whole number, got a list"),
        (
            'pin_hash = "1234"',
            "pin_hash: not a PIN hash made by `innokiosk set-pin` (run it again)",
        ),
        ("content = 3", "content: wrong type: expected text (a folder), got 3"),
        ('content = ""', "content: must not be empty (leave the key out for the built-in pack)"),
        ("reduce_motion = 1", "reduce_motion: wrong type: expected true or false, got 1"),
        (
            'reduce_motion = "yes"',
            "reduce_motion: wrong type: expected true or false, got text 'yes'",
        ),
        ("idle_timout = 30", "idle_timout: unknown key (did you mean idle_timeout?)"),
        ("[display]\nscreen = 1", "display: unknown key"),
    ],
)
def test_one_bad_key_takes_its_default_and_is_named(
    tmp_path: Path, line: str, problem: str
) -> None:
    key = problem.split(":")[0]
    both: dict[str, str | int | bool] = {"default_language": "en", "idle_timeout": 45}
    good = {name: value for name, value in both.items() if name != key}
    path = write(tmp_path / CONFIG_NAME, tomlkit.dumps(good) + line + "\n")
    loaded = load_config(path)
    assert loaded.problems == [f"{CONFIG_NAME}: {problem}"]
    assert loaded.settings == DEFAULTS.model_copy(update=good)


def test_every_bad_key_is_reported_once(tmp_path: Path) -> None:
    path = write(
        tmp_path / CONFIG_NAME,
        'mode = 3\nidle_timeout = 1\nscreen = "a"\nreduce_motion = true\ncolour = "red"\n',
    )
    loaded = load_config(path)
    assert [problem.split(": ")[1] for problem in loaded.problems] == [
        "mode",
        "idle_timeout",
        "screen",
        "colour",
    ]
    assert loaded.settings == DEFAULTS.model_copy(update={"reduce_motion": True})


SYNTAX = "innokiosk.toml:2:16: TOML syntax error"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b'mode = "kiosk"\nidle_timeout = \n', f"{SYNTAX}: Invalid value"),
        (b'mode = "kiosk"\nmode = "window"\n', f"{SYNTAX}: Cannot overwrite a value"),
        (
            b'mode = "kiosk"\ncontent = "caf\xe9"\n',
            "innokiosk.toml:2:15: not UTF-8 text: save the file as UTF-8",
        ),
    ],
)
def test_an_unreadable_file_gives_all_defaults(tmp_path: Path, raw: bytes, problem: str) -> None:
    path = tmp_path / CONFIG_NAME
    path.write_bytes(raw)
    loaded = load_config(path)
    assert loaded.settings == DEFAULTS
    assert loaded.problems == [f"{problem} (using the default settings)"]


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / CONFIG_NAME
    path.write_bytes('\ufeffmode = "kiosk"\n'.encode())
    assert (load_config(path).settings.mode, load_config(path).problems) == ("kiosk", [])


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / CONFIG_NAME
    folder.mkdir()
    loaded = load_config(folder)
    assert loaded.settings == DEFAULTS
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith(f"{CONFIG_NAME}: cannot read: ")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads unreadable files"
)
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_NAME, 'mode = "kiosk"\n')
    path.chmod(0)
    loaded = load_config(path)
    assert loaded.settings == DEFAULTS
    assert loaded.problems == [
        f"{CONFIG_NAME}: cannot read: Permission denied (using the default settings)"
    ]


def test_a_huge_file_is_not_read(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_NAME, "# " + "x" * 70_000 + "\n")
    assert load_config(path).problems == [
        f"{CONFIG_NAME}: over 64 KiB (using the default settings)"
    ]


# -- the command line wins --------------------------------------------------------------------


def namespace(**values: object) -> argparse.Namespace:
    base: dict[str, object] = {
        "kiosk": False,
        "windowed": False,
        "lang": None,
        "idle_timeout": None,
        "screen": None,
        "content": None,
        "reduce_motion": False,
    }
    return argparse.Namespace(**{**base, **values})


FILE = KioskConfig(
    mode="present",
    default_language="zh-Hans",
    idle_timeout=60,
    screen=1,
    content=Path("/srv/pack"),
    reduce_motion=True,
)


def test_no_flags_keep_the_file() -> None:
    assert merge_cli(FILE, namespace()) == FILE


def test_flags_win_over_the_file() -> None:
    merged = merge_cli(
        FILE,
        namespace(kiosk=True, lang="en", idle_timeout=300, screen=0, content="pack"),
    )
    assert merged == FILE.model_copy(
        update={
            "mode": "kiosk",
            "default_language": "en",
            "idle_timeout": 300,
            "screen": 0,
            "content": Path("pack"),
        }
    )


def test_windowed_means_window_mode_unless_kiosk_is_given() -> None:
    assert merge_cli(FILE, namespace(windowed=True)).mode == "window"
    assert merge_cli(FILE, namespace(windowed=True, kiosk=True)).mode == "kiosk"


def test_reduce_motion_flag_only_turns_it_on() -> None:
    assert merge_cli(DEFAULTS, namespace(reduce_motion=True)).reduce_motion is True
    assert merge_cli(FILE, namespace(reduce_motion=False)).reduce_motion is True


def test_missing_attributes_are_ignored() -> None:
    assert merge_cli(FILE, argparse.Namespace(lang="en")).default_language == "en"


def test_a_bad_flag_value_is_refused() -> None:
    with pytest.raises(ValidationError):
        merge_cli(DEFAULTS, namespace(idle_timeout=1))


@pytest.mark.parametrize(("text", "seconds"), [("10", 10), ("3600", 3600), ("90", 90)])
def test_idle_timeout_arg_accepts(text: str, seconds: int) -> None:
    assert idle_timeout_arg(text) == seconds


@pytest.mark.parametrize("text", ["9", "3601", "1.5", "ninety", ""])
def test_idle_timeout_arg_refuses(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        idle_timeout_arg(text)


# -- writing ----------------------------------------------------------------------------------

NASTY = [
    "",
    "plain",
    'quote " and backslash \\',
    "tab\tnewline\nreturn\rformfeed\fbackspace\b",
    "\x00\x01\x1f\x7f controls",
    "中文 and emoji 🏙️",
    "'''triple''' and \"\"\"triple\"\"\"",
    "C:\\Kiosk\\pack",
    "# not a comment",
]


@pytest.mark.parametrize("text", NASTY)
def test_any_text_written_reads_back_the_same(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / CONFIG_NAME, "# the stand in hall A\nscreen = 1\n")
    write_setting(path, "content", text)
    written = path.read_text(encoding="utf-8")
    assert tomllib.loads(written) == {"screen": 1, "content": text}
    assert written.startswith("# the stand in hall A\nscreen = 1\n")


def test_every_character_up_to_latin1_reads_back_the_same(tmp_path: Path) -> None:
    text = "".join(chr(code) for code in range(0x100))
    path = tmp_path / CONFIG_NAME
    write_setting(path, "content", text)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["content"] == text


def test_a_pin_hash_is_written_beside_comments_and_tables(tmp_path: Path) -> None:
    """What the staff panel does when staff set a PIN on switching to kiosk mode."""
    original = (
        "# InnoKiosk at the science park: ask Ada before changing this\n"
        'mode = "window"  # staff switch to kiosk mode in the morning\n'
        "idle_timeout = 120\n"
        "\n"
        "# notes for the next person\n"
        "[notes]\n"
        'who = "Ada"\n'
    )
    path = write(tmp_path / CONFIG_NAME, original)
    stored = hash_pin("2468")
    write_setting(path, "pin_hash", stored)
    written = path.read_text(encoding="utf-8")
    assert tomllib.loads(written) == {
        "mode": "window",
        "idle_timeout": 120,
        "pin_hash": stored,
        "notes": {"who": "Ada"},
    }
    lines = written.splitlines()
    assert [line for line in lines if line.strip() and not line.startswith("pin_hash")] == [
        line for line in original.splitlines() if line.strip()
    ], "every comment and key kept, in order"
    assert lines.index(f'pin_hash = "{stored}"') < lines.index("[notes]")
    assert load_config(path).settings.pin_hash == stored
    again = hash_pin("1357")
    write_setting(path, "pin_hash", again)
    assert path.read_text(encoding="utf-8") == written.replace(stored, again)


def test_write_creates_the_file_and_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / CONFIG_NAME
    write_setting(path, "idle_timeout", 45)
    assert path.read_text(encoding="utf-8") == "idle_timeout = 45\n"
    assert load_config(path).settings.idle_timeout == 45


def test_write_keeps_comments_order_and_other_keys(tmp_path: Path) -> None:
    path = write(
        tmp_path / CONFIG_NAME,
        '# Hall A\nmode = "kiosk"   # full screen\n\nidle_timeout = 60\nscreen = 1\n',
    )
    write_setting(path, "idle_timeout", 120)
    write_setting(path, "reduce_motion", True)
    assert path.read_text(encoding="utf-8") == (
        '# Hall A\nmode = "kiosk"   # full screen\n\nidle_timeout = 120\nscreen = 1\n'
        "reduce_motion = true\n"
    )


def test_write_keeps_windows_line_endings_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / CONFIG_NAME
    path.write_bytes('\ufeffmode = "kiosk"\r\nscreen = 1'.encode())
    write_setting(path, "screen", 2)
    write_setting(path, "default_language", "en")
    assert path.read_bytes() == (
        '\ufeffmode = "kiosk"\r\nscreen = 2\r\ndefault_language = "en"\r\n'.encode()
    )


def test_write_puts_a_new_key_before_any_table(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_NAME, 'mode = "kiosk"\n\n[notes]\ntext = "x"\n')
    write_setting(path, "screen", 0)
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "mode": "kiosk",
        "screen": 0,
        "notes": {"text": "x"},
    }


def test_write_replaces_a_value_that_spans_lines(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_NAME, 'content = """\n/srv/pack"""\nscreen = 1\n')
    write_setting(path, "content", "/srv/other")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "content": "/srv/other",
        "screen": 1,
    }


def test_write_leaves_a_broken_file_alone(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_NAME, "mode = \n")
    with pytest.raises(ConfigWriteError, match="TOML syntax error"):
        write_setting(path, "screen", 1)
    assert path.read_text(encoding="utf-8") == "mode = \n"


def test_write_refuses_unknown_keys_and_types(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown setting"):
        write_setting(tmp_path / CONFIG_NAME, "colour", "red")
    with pytest.raises(TypeError):
        write_setting(tmp_path / CONFIG_NAME, "screen", 1.5)  # type: ignore[arg-type]
    assert not (tmp_path / CONFIG_NAME).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_write_keeps_the_files_permissions_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = write(tmp_path / CONFIG_NAME, "screen = 1\n")
    path.chmod(0o640)
    write_setting(path, "screen", 2)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == [CONFIG_NAME]


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / CONFIG_NAME, "screen = 1\n")

    def fail(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ConfigWriteError, match="No space left on device"):
        write_setting(path, "screen", 2)
    assert path.read_text(encoding="utf-8") == "screen = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [CONFIG_NAME]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_write_through_a_symlink_updates_its_target(tmp_path: Path) -> None:
    target = write(tmp_path / "real.toml", "screen = 1\n")
    link = tmp_path / CONFIG_NAME
    link.symlink_to(target)
    write_setting(link, "screen", 2)
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "screen = 2\n"


def test_a_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / CONFIG_NAME, 'mode = "kiosk"\n')

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    loaded = load_config(path)
    assert loaded.settings == DEFAULTS
    assert loaded.problems == [
        f"{CONFIG_NAME}: cannot read: Permission denied (using the default settings)"
    ]
