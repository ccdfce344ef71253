"""QR codes for "learn more" addresses, drawn offline as images (``image://qr/<address>``)."""

from __future__ import annotations

from urllib.parse import unquote

import segno
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

QUIET_ZONE = 2  # modules of white around the code; 4 is the standard, 2 reads fine on screens


def qr_image(text: str, side: int) -> QImage:
    """A square black-on-white QR code of ``text`` about ``side`` pixels wide."""
    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = max(1, side // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    QRect((x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale, scale, scale),
                    Qt.GlobalColor.black,
                )
    painter.end()
    return image


class QrImageProvider(QQuickImageProvider):
    """Serves ``image://qr/<percent-encoded text>``. Python code: QML must load these images
    synchronously (``asynchronous: false``) so they are made on the GUI thread."""

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, ident: str, size: QSize, requested: QSize) -> QImage:
        side = max(requested.width(), requested.height(), 256)
        image = qr_image(unquote(ident), side)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image
