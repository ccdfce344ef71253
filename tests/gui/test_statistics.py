"""What visitors looked at reaches the staff page: sessions, page views, languages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from tests.gui.conftest import Kiosk


def test_a_visit_shows_up_on_the_staff_statistics_page(open_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = open_kiosk(idle_timeout=600)
    kiosk.engine.idle.endSession()  # the kiosk's first session ends; the attract loop runs
    kiosk.wait_until(lambda: kiosk.has("attractLoop"))
    kiosk.engine.stats.recorder.flush()
    before = kiosk.engine.stats.summary()["today"]  # this test's own database
    assert before["sessions"] == 1 and before["views"] == [0] * 10
    kiosk.touch_tap("attractWake")  # a visitor arrives
    kiosk.wait_until(lambda: kiosk.has("homeView"))
    kiosk.touch_tap("tile-loop-park")
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    QTest.qWait(300)
    kiosk.touch_tap("backButton")
    kiosk.engine.stats.recorder.flush()
    kiosk.touch_hold(QPoint(20, 20), 3300)
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    today = kiosk.engine.stats.summary()["today"]
    assert today["sessions"] == before["sessions"] + 1, (before, today)
    assert today["views"] == [0] * 7 + [1] + [0] * 2, today["views"]
    assert kiosk.has("statsToday") and kiosk.has("statsBars")


def qr_codes_shown(kiosk: Kiosk) -> int:
    kiosk.engine.stats.recorder.flush()
    events: dict[str, int] = kiosk.engine.stats.summary()["today"]["events"]
    return events.get("qr_shown", 0)


def test_a_qr_code_counts_when_its_page_is_opened_and_when_swiped_to(
    open_kiosk: Callable[..., Kiosk],
) -> None:
    kiosk = open_kiosk(view="cards")
    before = qr_codes_shown(kiosk)  # this test's own database
    assert before == 0
    kiosk.touch_tap(kiosk.centre("cardDeck"))  # card 1 (with a link) opens on its page
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    kiosk.wait_until(lambda: qr_codes_shown(kiosk) == before + 1)
    kiosk.touch_tap("nextPage")  # page 2 has a link too
    kiosk.wait_until(lambda: qr_codes_shown(kiosk) == before + 2)
    kiosk.touch_tap("backButton")
    kiosk.wait_until(lambda: kiosk.has("cardsView"))
    kiosk.touch_tap(kiosk.centre("cardDeck"))  # card 2 again
    kiosk.wait_until(lambda: kiosk.has("detailView"))
    kiosk.wait_until(lambda: qr_codes_shown(kiosk) == before + 3)
