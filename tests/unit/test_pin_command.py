"""``innokiosk set-pin``: typed twice at a terminal, once from a pipe; saved as a hash."""

from __future__ import annotations

import io
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk.constants import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK
from kiosk.settings.config import CONFIG_NAME, load_config
from kiosk.settings.pin import verify_pin
from kiosk.settings.pin_command import (
    StreamPins,
    TerminalPins,
    default_source,
    run_set_pin,
)


class Typed:
    """A terminal where the user types these answers, in order."""

    interactive = True

    def __init__(self, *answers: str | type[BaseException]) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []

    def read(self, prompt: str) -> str:
        self.prompts.append(prompt)
        answer = self.answers.pop(0)
        if isinstance(answer, type):
            raise answer
        return answer


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "InnoKiosk"


def run(source: object, config: Path | None, beside: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_set_pin(config, source, beside=beside, out=out, err=err)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def saved_hash(path: Path) -> str:
    return str(tomllib.loads(path.read_text(encoding="utf-8"))["pin_hash"])


def test_typed_twice_is_saved_in_the_user_config(tmp_path: Path, user_dirs: Path) -> None:
    typed = Typed("2468", "2468")
    code, out, err = run(typed, None, tmp_path)
    target = user_dirs / CONFIG_NAME
    assert (code, err) == (EXIT_OK, "")
    assert out == f"staff PIN saved in {target}\n"
    assert len(typed.prompts) == 2
    assert verify_pin("2468", saved_hash(target))
    assert load_config(None, tmp_path).settings.pin_hash == saved_hash(target)


def test_the_pin_never_appears_in_the_file_or_output(tmp_path: Path, user_dirs: Path) -> None:
    code, out, err = run(Typed("97531864", "97531864"), None, tmp_path)
    assert code == EXIT_OK
    assert "97531864" not in out + err + (user_dirs / CONFIG_NAME).read_text(encoding="utf-8")


def test_an_existing_file_keeps_its_settings(tmp_path: Path) -> None:
    config = tmp_path / "hall.toml"
    config.write_text('# hall A\nmode = "kiosk"\npin_hash = "old"\n', encoding="utf-8")
    assert run(Typed("1357", "1357"), config, tmp_path)[0] == EXIT_OK
    text = config.read_text(encoding="utf-8")
    assert text.startswith('# hall A\nmode = "kiosk"\npin_hash = "scrypt$')
    assert verify_pin("1357", saved_hash(config))


def test_the_file_beside_the_executable_is_used_when_there(tmp_path: Path) -> None:
    beside = tmp_path / CONFIG_NAME
    beside.write_text("screen = 1\n", encoding="utf-8")
    code, out, _ = run(Typed("1357", "1357"), None, tmp_path)
    assert (code, out) == (EXIT_OK, f"staff PIN saved in {beside}\n")
    assert verify_pin("1357", saved_hash(beside))


def test_a_mismatch_changes_nothing(tmp_path: Path, user_dirs: Path) -> None:
    code, out, err = run(Typed("2468", "2469"), None, tmp_path)
    assert (code, out) == (EXIT_BAD_INPUT, "")
    assert err == "set-pin: the two PINs differ; nothing was changed\n"
    assert not (user_dirs / CONFIG_NAME).exists()


@pytest.mark.parametrize("pin", ["123", "1234567890123", "abcd", ""])
def test_an_invalid_pin_is_refused_before_asking_again(
    tmp_path: Path, user_dirs: Path, pin: str
) -> None:
    typed = Typed(pin, pin)
    code, _, err = run(typed, None, tmp_path)
    assert code == EXIT_BAD_INPUT
    assert err == "set-pin: a PIN is 4 to 12 digits (0-9); nothing was changed\n"
    assert len(typed.prompts) == 1
    assert not (user_dirs / CONFIG_NAME).exists()


def test_ctrl_c_and_end_of_input(tmp_path: Path) -> None:
    assert run(Typed("2468", KeyboardInterrupt), None, tmp_path)[0] == EXIT_INTERRUPTED
    code, _, err = run(Typed(EOFError), None, tmp_path)
    assert (code, err) == (EXIT_BAD_INPUT, "set-pin: no PIN given; nothing was changed\n")


def test_a_stream_gives_one_pin(tmp_path: Path, user_dirs: Path) -> None:
    code, _, _ = run(StreamPins(io.StringIO("8642\r\nignored\n")), None, tmp_path)
    assert code == EXIT_OK
    assert verify_pin("8642", saved_hash(user_dirs / CONFIG_NAME))


def test_an_empty_stream(tmp_path: Path) -> None:
    assert run(StreamPins(io.StringIO("")), None, tmp_path)[0] == EXIT_BAD_INPUT


def test_a_broken_config_is_not_overwritten(tmp_path: Path) -> None:
    config = tmp_path / "hall.toml"
    config.write_text("mode = \n", encoding="utf-8")
    code, out, err = run(Typed("2468", "2468"), config, tmp_path)
    assert (code, out) == (EXIT_FAILED, "")
    assert "TOML syntax error" in err
    assert config.read_text(encoding="utf-8") == "mode = \n"


def test_default_source(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert isinstance(default_source(Tty()), TerminalPins)
    assert isinstance(default_source(io.StringIO("1")), StreamPins)
    monkeypatch.setattr(sys, "stdin", None)
    assert default_source() is None
    code, _, err = run(None, None, Path("."))
    assert code == EXIT_FAILED
    assert "no terminal" in err


def test_from_a_pipe_in_a_real_process(tmp_path: Path, user_dirs: Path) -> None:
    """What a deployment script does: ``echo 2468 | innokiosk set-pin``."""
    import os

    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    script = (
        "import sys; from kiosk.settings.pin_command import run_set_pin; "
        "sys.exit(run_set_pin(None))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input="2468\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"staff PIN saved in {user_dirs / CONFIG_NAME}\n"
    assert verify_pin("2468", saved_hash(user_dirs / CONFIG_NAME))
