"""Staff start the presentation from the kiosk; Esc brings the kiosk back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import Kiosk


def test_the_staff_panel_starts_the_deck_and_escape_returns(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(lang="en")
    kiosk.touch_hold(QPoint(20, 20), 3300)
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    kiosk.touch_tap("staffPresent")
    kiosk.wait_until(lambda: kiosk.engine.presentation is not None)
    deck = kiosk.engine.presentation.window
    kiosk.wait_until(lambda: deck.isVisible() and not kiosk.window.isVisible())
    assert kiosk.engine.presentation.exhibition.language == "en"
    QTest.keyClick(deck, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: kiosk.window.isVisible() and kiosk.engine.presentation is None)
    assert kiosk.has("homeView") and not kiosk.has("staffPanel")
    assert kiosk.item("navHome").property("text") == "Home", "the kiosk's language is kept"


def test_f5_in_a_window_starts_the_deck(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk()
    QTest.keyClick(kiosk.window, Qt.Key.Key_F5)
    kiosk.wait_until(lambda: kiosk.engine.presentation is not None)
    QTest.keyClick(kiosk.engine.presentation.window, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: kiosk.window.isVisible())
