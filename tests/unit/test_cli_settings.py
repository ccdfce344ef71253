"""The command line puts the settings file and its own flags together: flags win."""

from __future__ import annotations

from pathlib import Path

import pytest

import kiosk.app.engine
from kiosk.app.engine import AppOptions
from kiosk.cli import main
from kiosk.presentation.launch import KioskPresenter
from kiosk.settings.pin import hash_pin


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[AppOptions]:
    seen: list[AppOptions] = []

    def fake_run(options: AppOptions, present: object = None) -> int:
        assert isinstance(present, KioskPresenter), "the kiosk can start the presentation"
        seen.append(options)
        return 0

    monkeypatch.setattr(kiosk.app.engine, "run", fake_run)
    monkeypatch.setenv("XDG_STATE_HOME", "/tmp/innokiosk-test-state")
    monkeypatch.setenv("XDG_CACHE_HOME", "/tmp/innokiosk-test-cache")
    return seen


def test_the_settings_file_sets_up_the_kiosk(tmp_path: Path, started: list[AppOptions]) -> None:
    pin_hash = hash_pin("2468")
    config = tmp_path / "innokiosk.toml"
    config.write_text(
        f'mode = "kiosk"\nidle_timeout = 120\ndefault_language = "en"\npin_hash = "{pin_hash}"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(config)]) == 0
    (options,) = started
    assert options.kiosk and options.idle_timeout == 120 and options.language == "en"
    assert options.pin_hash == pin_hash


def test_flags_win_over_the_file(tmp_path: Path, started: list[AppOptions]) -> None:
    config = tmp_path / "innokiosk.toml"
    config.write_text('mode = "kiosk"\nidle_timeout = 120\n', encoding="utf-8")
    assert main(["--config", str(config), "--windowed", "--idle-timeout", "30"]) == 0
    (options,) = started
    assert not options.kiosk and options.idle_timeout == 30


def test_a_bad_settings_file_starts_with_safe_defaults(
    tmp_path: Path, started: list[AppOptions], caplog: pytest.LogCaptureFixture
) -> None:
    config = tmp_path / "innokiosk.toml"
    config.write_text('idle_timeout = "soon"\nmode = kiosk\n', encoding="utf-8")
    assert main(["--config", str(config)]) == 0
    (options,) = started
    assert options.idle_timeout == 90 and not options.kiosk
    assert "innokiosk.toml" in caplog.text
