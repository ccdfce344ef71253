"""If the interface cannot start (a QML load failure), the kiosk shows its resting screen."""

from __future__ import annotations

import pytest

import kiosk.app.engine
import kiosk.stand.fallback
from kiosk.app.engine import AppOptions


def test_a_failed_start_shows_the_fallback_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[int | None, bool]] = []

    def broken(options: AppOptions) -> None:
        raise RuntimeError("the QML interface failed to load")

    def fallback(screen: int | None = None, fullscreen: bool = True) -> int:
        shown.append((screen, fullscreen))
        return 0

    monkeypatch.setattr(kiosk.app.engine, "KioskEngine", broken)
    monkeypatch.setattr(kiosk.stand.fallback, "run_fallback", fallback)
    assert kiosk.app.engine.run(AppOptions(kiosk=True, screen=1)) == 0
    assert shown == [(1, True)]
