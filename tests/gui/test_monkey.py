"""A seeded monkey: random taps, swipes, flings, pinches, long presses, clicks, keys (the escape
keys included), language switches and session time-outs against the kiosk in kiosk mode.

After every burst: still one window, exactly one view on screen, every item shown inside the
window (or inside a view that scrolls), no QML warning, no Python exception (pytest-qt fails the test on one raised in a slot), memory growth bounded. A failure
prints the seed to replay it: ``INNOKIOSK_MONKEY_SEED=… INNOKIOSK_MONKEY_INPUTS=… pytest
tests/gui/test_monkey.py``. CI runs 1,000 inputs; a longer run: ``INNOKIOSK_MONKEY_INPUTS=10000``.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.pin import hash_pin
from tests.gui.conftest import FRAME_MS, Kiosk, live_bytes

SEED = int(os.environ.get("INNOKIOSK_MONKEY_SEED", "20231231"))
INPUTS = int(os.environ.get("INNOKIOSK_MONKEY_INPUTS", "1000"))
BURST = 50
WARM_UP = 400  # by then every view, page and picture has been seen once (first-use caches)
MAX_GROWTH_BYTES = 20 * 1024 * 1024  # of live memory (conftest.live_bytes)
VIEWS = ("homeView", "cardsView", "timelineView", "detailView", "attractLoop")
KEYS = [
    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
]


def random_point(kiosk: Kiosk, rng: random.Random) -> QPoint:
    return QPoint(rng.randrange(kiosk.window.width()), rng.randrange(kiosk.window.height()))


def act(kiosk: Kiosk, rng: random.Random) -> str:
    """One random input; returns what it was, for the replay log."""
    choice = rng.random()
    point = random_point(kiosk, rng)
    if choice < 0.35:
        kiosk.touch_tap(point)
        return f"tap {point.x()},{point.y()}"
    if choice < 0.55:
        end = random_point(kiosk, rng)
        steps, delay = rng.choice([(12, FRAME_MS), (4, 8)])
        kiosk.touch_swipe(point, end, steps=steps, delay=delay, fingers=rng.choice([1, 1, 2]))
        return f"swipe {point.x()},{point.y()} -> {end.x()},{end.y()}"
    if choice < 0.60:
        kiosk.touch_pinch(point, rng.randrange(80, 300), rng.randrange(80, 600), steps=6)
        return f"pinch at {point.x()},{point.y()}"
    if choice < 0.63:
        kiosk.touch_hold(point, rng.randrange(400, 1200))
        return f"long press {point.x()},{point.y()}"
    if choice < 0.73:
        QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, pos=point)
        return f"click {point.x()},{point.y()}"
    if choice < 0.75:
        QTest.mouseClick(kiosk.window, Qt.MouseButton.RightButton, pos=point)
        return f"right click {point.x()},{point.y()}"
    if choice < 0.90:
        key, modifier = rng.choice(KEYS)
        QTest.keyClick(kiosk.window, key, modifier)
        return f"key {key.name} {modifier.name}"
    if choice < 0.97:
        language = rng.choice(["zh-Hant", "zh-Hans", "en"])
        kiosk.engine.exhibition.setLanguage(language)
        return f"language {language}"
    kiosk.engine.idle.endSession()
    return "session timed out"


def check(kiosk: Kiosk, done: int, history: list[str]) -> None:
    replay = f"(seed {SEED}, after input {done}; last inputs: {history[-5:]})"
    assert kiosk.window.isVisible(), f"the window went away {replay}"
    shown = [name for name in VIEWS if kiosk.has(name)]
    assert len(shown) == 1 or shown[-1:] == ["attractLoop"], f"views on screen: {shown} {replay}"
    assert not kiosk.engine.warnings, f"QML warnings {kiosk.engine.warnings[:3]} {replay}"
    outside = kiosk.outside_window()
    assert not outside, f"{outside[:3]} {replay}"


def test_random_visitors_cannot_break_or_leave_the_kiosk(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(kiosk_mode=True, idle_timeout=3600, pin_hash=hash_pin("86420"))
    rng = random.Random(SEED)
    history: list[str] = []
    baseline = 0
    for done in range(1, INPUTS + 1):
        history.append(act(kiosk, rng))
        if kiosk.has("pinPad"):  # a corner long press: a visitor does not know the PIN
            kiosk.touch_tap("pinCancel")
        if done % BURST == 0:
            kiosk.settle()
            check(kiosk, done, history)
        if done == WARM_UP:
            baseline = live_bytes()
    growth = live_bytes() - baseline
    print(
        f"\nmonkey: {INPUTS} inputs (seed {SEED}), live memory after {WARM_UP} inputs "
        f"{baseline / 2**20:.1f} MiB, growth since {growth / 2**20:+.1f} MiB"
    )
    assert growth < MAX_GROWTH_BYTES, f"memory grew by {growth / 2**20:.1f} MiB (seed {SEED})"
