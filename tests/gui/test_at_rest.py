"""A kiosk nobody touches draws nothing: no view keeps the renderer busy at rest.

A stand runs ten hours a day, often on a small PC with no graphics driver; a looping animation
(even a pause in one) makes Qt Quick redraw the window every frame, which on a software
rasteriser is a core's worth of heat. These tests count the frames a view asks for while
nothing moves, with motion on as a visitor sees it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtTest import QTest

from tests.gui.conftest import Kiosk

# Long enough for a view's entrance (count-ups, fades) and the pulse's one beat to end.
SETTLE_MS = 3 * 1600 + 500
WINDOW_MS = 1500


def frames_during(kiosk: Kiosk, milliseconds: int) -> int:
    frames = 0

    def count() -> None:
        nonlocal frames
        frames += 1

    kiosk.window.frameSwapped.connect(count)
    QTest.qWait(milliseconds)
    kiosk.window.frameSwapped.disconnect(count)
    return frames


@pytest.mark.parametrize("view", ["home", "cards", "card:1", "timeline"])
def test_a_view_at_rest_draws_nothing(open_kiosk: Callable[..., Kiosk], view: str) -> None:
    kiosk = open_kiosk(view=view, reduce_motion=False)
    QTest.qWait(SETTLE_MS)
    frames = frames_during(kiosk, WINDOW_MS)
    assert frames <= 1, f"{view}: {frames} frames in {WINDOW_MS} ms with nothing moving"


def test_the_home_pulse_beats_then_rests(open_kiosk: Callable[..., Kiosk]) -> None:
    """The invitation still pulses (a visitor sees it move) but only for a beat."""
    kiosk = open_kiosk(view="home", reduce_motion=False)
    QTest.qWait(1000)  # the view's entrance
    beat = frames_during(kiosk, 1000)
    assert beat > 10, "the pulse is not animating on arrival"
    # stepped (Pulse.step, 50 ms), not a frame at every vsync
    assert beat <= 25, f"{beat} frames in a second of the pulse's beat"
    QTest.qWait(SETTLE_MS - 2000)
    assert frames_during(kiosk, WINDOW_MS) <= 1


def test_the_attract_loop_moves_in_a_few_small_steps(open_kiosk: Callable[..., Kiosk]) -> None:
    """The drift never stops (burn-in) but moves in whole pixels a few times a second."""
    kiosk = open_kiosk(reduce_motion=False)
    kiosk.engine.idle.endSession()
    kiosk.wait_until(lambda: kiosk.has("attractLoop"))
    hero = kiosk.item("attractHero")
    # Between the invitation's first beat (Theme.durationPulse twice) and its next one
    # (Theme.pulseRest after the first): only the drift and the change of achievement draw.
    QTest.qWait(2 * 1600 + 300)
    start = (hero.x(), hero.y())
    frames = frames_during(kiosk, 4000)
    assert (hero.x(), hero.y()) != start, "the picture stood still"
    assert hero.x() == round(hero.x()) and hero.y() == round(hero.y()), "not whole pixels"
    # 4 s: at most 8 drift steps (Theme.attractDriftStep) and one change of achievement.
    assert frames <= 12, f"{frames} frames in 4 s: the attract loop redraws continuously"
