"""Unattended all day: a session ends after the idle timeout, the attract loop runs, a touch
starts a new session at home; in kiosk mode nothing closes the window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Kiosk

TIMEOUT_S = 3


def test_idle_resets_language_and_view_then_attracts(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="card:4", idle_timeout=TIMEOUT_S)
    kiosk.touch_tap("language-en")
    kiosk.touch_tap("navLargeText")
    assert kiosk.has("detailView") and kiosk.navigation.largeText is True
    kiosk.wait_until(lambda: kiosk.has("attractLoop"), timeout=(TIMEOUT_S + 2) * 1000)
    assert kiosk.engine.exhibition.language == "zh-Hant", "back to the pack's default language"
    assert kiosk.navigation.section == "home" and kiosk.navigation.detailOpen is False
    assert kiosk.navigation.largeText is False
    kiosk.touch_tap("attractWake")
    kiosk.wait_until(lambda: not kiosk.has("attractLoop"))
    assert kiosk.has("homeView")
    assert kiosk.navigation.section == "home", "the waking touch pressed nothing underneath"


def test_the_configured_language_is_where_each_session_starts(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(lang="zh-Hans", idle_timeout=TIMEOUT_S)
    kiosk.touch_tap("language-en")
    assert kiosk.engine.exhibition.language == "en"
    kiosk.engine.idle.endSession()
    kiosk.wait_until(lambda: kiosk.engine.exhibition.language == "zh-Hans")


def test_a_countdown_warns_and_a_touch_keeps_the_session(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards", idle_timeout=TIMEOUT_S + 1)
    kiosk.wait_until(lambda: kiosk.has("idleCountdown"), timeout=TIMEOUT_S * 1000)
    kiosk.touch_tap("idleCountdown")
    kiosk.wait_until(lambda: not kiosk.has("idleCountdown"))
    assert kiosk.has("cardsView") and not kiosk.has("attractLoop")


def test_touching_anything_keeps_the_session_alive(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(view="cards", idle_timeout=TIMEOUT_S)
    for _ in range(TIMEOUT_S + 1):
        QTest.qWait(800)
        kiosk.touch_tap("nextCard")
    assert not kiosk.has("attractLoop")


def test_the_attract_loop_keeps_moving(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(idle_timeout=TIMEOUT_S, reduce_motion=False)
    kiosk.engine.idle.endSession()
    kiosk.wait_until(lambda: kiosk.has("attractLoop"))
    hero = kiosk.item("attractHero")
    start = (hero.x(), hero.y())
    kiosk.wait_until(lambda: (hero.x(), hero.y()) != start, timeout=3000)


CLOSE_KEYS = [Qt.Key.Key_W, Qt.Key.Key_Q]


def test_in_a_window_f11_toggles_full_screen_and_ctrl_w_or_q_close(
    open_kiosk: Callable[..., Kiosk], qtbot: QtBot
) -> None:
    """What kiosk mode refuses (below) acts in a window: the refusal is not a no-op anyway."""
    for key in CLOSE_KEYS:
        window = open_kiosk().window
        QTest.keyClick(window, Qt.Key.Key_F11)
        qtbot.waitUntil(lambda w=window: w.visibility() == QWindow.Visibility.FullScreen)
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda w=window: not w.isVisible())


def test_kiosk_mode_refuses_close_requests_and_window_keys(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(kiosk_mode=True, view="cards")
    assert kiosk.window.close() is False, "a close request (the window manager's) is refused"
    assert kiosk.window.isVisible()
    presented: list[object] = []
    kiosk.engine.present = presented.append  # F5 would start the presentation here
    visibility = kiosk.window.visibility()
    for key in [Qt.Key.Key_F11, Qt.Key.Key_F5]:
        QTest.keyClick(kiosk.window, key)
    for key in CLOSE_KEYS:
        QTest.keyClick(kiosk.window, key, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(50)
    assert kiosk.window.isVisible() and kiosk.window.visibility() == visibility
    assert presented == [], "F5 started the presentation"
    QTest.keyClick(kiosk.window, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: kiosk.navigation.property("section") == "home")
    assert kiosk.window.isVisible(), "Esc is the visitor's Back key, and only that"


def test_the_cursor_hides_on_touch_and_returns_with_the_mouse(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(kiosk_mode=True)
    idle = kiosk.engine.idle
    kiosk.touch_tap("navCards")
    assert idle.property("cursorHidden") is True
    QTest.mouseMove(kiosk.window, kiosk.centre("navHome"))
    kiosk.wait_until(lambda: idle.property("cursorHidden") is False)
    kiosk.wait_until(lambda: idle.property("cursorHidden") is True, timeout=5000)
