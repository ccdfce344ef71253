"""Which screen a window opens on (``--screen N`` / the ``screen`` setting)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen, QWindow


def place_on_screen(window: QWindow, number: int | None) -> QScreen:
    """Moves ``window`` onto screen ``number`` (0 is the first) filling its available area, when
    there is such a screen; returns the screen the window is on."""
    screens = QGuiApplication.screens()
    if number is not None and 0 <= number < len(screens):
        screen = screens[number]
        window.setScreen(screen)
        window.setGeometry(screen.availableGeometry())
        return screen
    return window.screen() or QGuiApplication.primaryScreen()
