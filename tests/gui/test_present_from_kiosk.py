"""Staff start the presentation from the kiosk; Esc brings the kiosk back. The kiosk is given
the presenter as ``innokiosk`` gives it (the kiosk itself knows nothing of the deck)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app.engine import AppOptions, KioskEngine
from kiosk.presentation.launch import KioskPresenter
from tests.gui.conftest import LANDSCAPE, Kiosk


@pytest.fixture
def presenting_kiosk(qtbot: QtBot, qapp: object) -> Iterator[tuple[Kiosk, KioskPresenter]]:
    presenter = KioskPresenter()
    options = AppOptions(language="en", reduce_motion=True, idle_timeout=600)
    kiosk = Kiosk(KioskEngine(options, present=presenter), qtbot)
    kiosk.window.resize(*LANDSCAPE)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    kiosk.settle()
    yield kiosk, presenter
    warnings = list(kiosk.engine.warnings)
    if presenter.presentation is not None:
        warnings += presenter.presentation.warnings
        presenter.presentation.close()
    kiosk.engine.close()
    assert not warnings, "QML warnings:\n" + "\n".join(warnings)


def test_the_staff_panel_starts_the_deck_and_escape_returns(
    presenting_kiosk: tuple[Kiosk, KioskPresenter],
) -> None:
    kiosk, presenter = presenting_kiosk
    kiosk.touch_hold(QPoint(20, 20), 3300)
    kiosk.wait_until(lambda: kiosk.has("staffPanel"))
    kiosk.touch_tap("staffPresent")
    kiosk.wait_until(lambda: presenter.presentation is not None)
    assert presenter.presentation is not None
    deck = presenter.presentation.window
    kiosk.wait_until(lambda: deck.isVisible() and not kiosk.window.isVisible())
    assert presenter.presentation.exhibition.language == "en"
    QTest.keyClick(deck, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: kiosk.window.isVisible() and presenter.presentation is None)
    assert kiosk.has("homeView") and not kiosk.has("staffPanel")
    assert kiosk.item("navHome").property("text") == "Home", "the kiosk's language is kept"


def test_f5_in_a_window_starts_the_deck(
    presenting_kiosk: tuple[Kiosk, KioskPresenter],
) -> None:
    kiosk, presenter = presenting_kiosk
    QTest.keyClick(kiosk.window, Qt.Key.Key_F5)
    kiosk.wait_until(lambda: presenter.presentation is not None)
    assert presenter.presentation is not None
    QTest.keyClick(presenter.presentation.window, Qt.Key.Key_Escape)
    kiosk.wait_until(lambda: kiosk.window.isVisible())


def test_the_kiosk_alone_has_no_deck_and_f5_does_nothing(qtbot: QtBot, qapp: object) -> None:
    kiosk = Kiosk(KioskEngine(AppOptions(reduce_motion=True, idle_timeout=600)), qtbot)
    try:
        kiosk.window.resize(*LANDSCAPE)
        kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        QTest.keyClick(kiosk.window, Qt.Key.Key_F5)
        kiosk.settle()
        assert kiosk.window.isVisible()
        assert not kiosk.engine.warnings
    finally:
        kiosk.engine.close()


def test_the_kiosk_module_does_not_import_the_presentation() -> None:
    """The dependency goes one way: presentation -> app, never app -> presentation."""
    import ast
    from pathlib import Path

    import kiosk.app.engine

    tree = ast.parse(Path(kiosk.app.engine.__file__).read_text(encoding="utf-8"))
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [name for name in imported if name.startswith("kiosk.presentation")]
