"""``innokiosk screenshot``: one view rendered offscreen to a PNG, once every picture has loaded."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtQuick import QQuickItem, QQuickWindow, QSGRendererInterface

from kiosk.constants import EXIT_BAD_INPUT, EXIT_FAILED
from kiosk.tools.itemtree import walk

if TYPE_CHECKING:
    from kiosk.app.engine import KioskEngine

log = logging.getLogger(__name__)

SETTLE_TIMEOUT_S = 10.0


def use_software_renderer() -> None:
    """Offscreen there is no GPU: render with Qt Quick's software scene graph."""
    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


def pending_images(root: QQuickItem) -> int:
    """Shown images under ``root`` still loading (asynchronous decoding). An image that failed
    has progress 0 too and counts as loading until the timeout; QML warns about those."""
    count = 0
    for item in walk(root):
        # Images by their properties, not metaObject(): PySide keeps wrappers of QML types'
        # meta-objects, and one left over can later stand for an item at the same address.
        if item.property("sourceSize") is None or item.property("progress") is None:
            continue
        source = item.property("source")
        loading = float(item.property("progress")) < 1.0
        if item.isVisible() and source is not None and not source.isEmpty() and loading:
            count += 1
    return count


def settle(window: QQuickWindow, timeout: float = SETTLE_TIMEOUT_S) -> None:
    """Processes events until no visible image is loading, then a few frames more."""
    deadline = time.monotonic() + timeout
    quiet_rounds = 0
    while time.monotonic() < deadline and quiet_rounds < 5:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.02)
        quiet_rounds = quiet_rounds + 1 if pending_images(window.contentItem()) == 0 else 0


class NotShown(Exception):
    """The view could not be shown; ``code`` is the command's exit code (logged already)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def open_view(
    *,
    view: str,
    language: str | None,
    size: tuple[int, int],
    content: str | None,
    large_text: bool = False,
) -> KioskEngine:
    """The kiosk offscreen at ``size``, showing ``view`` (larger text if asked), settled:
    what ``screenshot`` and ``inspect`` look at. :class:`NotShown` when it cannot be."""
    from kiosk.app.application import application
    from kiosk.app.engine import AppOptions, KioskEngine
    from kiosk.ui.views import parse_view

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        use_software_renderer()
    application()
    options = AppOptions(content=content, language=language, start_view=view, reduce_motion=True)
    try:
        kiosk = KioskEngine(options)
    except Exception as error:
        log.error("%s", error)
        raise NotShown(EXIT_FAILED) from error
    problem = kiosk.navigation.problem_with(parse_view(view))
    if problem:
        log.error("cannot show it: %s", problem)
        kiosk.close()
        raise NotShown(EXIT_BAD_INPUT)
    kiosk.navigation.setProperty("largeText", large_text)
    window = kiosk.window
    window.resize(*size)
    window.show()
    settle(window)
    return kiosk


def take_screenshot(
    file: str,
    *,
    view: str,
    language: str | None,
    size: tuple[int, int],
    content: str | None,
) -> int:
    try:
        kiosk = open_view(view=view, language=language, size=size, content=content)
    except NotShown as error:
        return error.code
    image = kiosk.window.grabWindow()
    target = Path(file)
    target.parent.mkdir(parents=True, exist_ok=True)
    if image.isNull() or not image.save(str(target)):
        log.error("could not write %s", target)
        return EXIT_FAILED
    print(f"wrote {target} ({image.width()}x{image.height()}, view {view})")
    kiosk.close()
    return 0
