"""The one application object, made the way the kiosk, the presentation and the offscreen tools
need it (a module of its own: the PDF export needs it too, without the kiosk's window)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk.app.pyside_fixes import keep_singletons_alive
from kiosk.app.renderer import use_chosen_renderer
from kiosk.constants import APP_NAME


def application(argv: list[str] | None = None, renderer: str = "auto") -> QGuiApplication:
    """The one application object, made the way the kiosk needs it, with the renderer chosen
    for the display (``renderer``: the setting, see :mod:`kiosk.app.renderer`)."""
    keep_singletons_alive()
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    QQuickStyle.setStyle("Basic")
    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setOrganizationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    app = QGuiApplication(argv if argv is not None else sys.argv[:1])
    use_chosen_renderer(renderer)
    return app
