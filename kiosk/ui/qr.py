"""QR codes for "learn more" addresses, made offline as PNG data URLs that QML shows directly."""

from __future__ import annotations

from functools import cache

QUIET_ZONE = 2  # modules of white around the code; 4 is the print standard, 2 reads fine on screens
MODULE_PIXELS = 8  # the PNG's pixels a module; QML scales it up without smoothing


@cache
def qr_data_url(text: str) -> str:
    """A black-on-white QR code of ``text`` as a ``data:image/png`` URL."""
    import segno  # only when a page with a code is first shown: off the start-up path

    code = segno.make(text, error="m", micro=False)
    url: str = code.png_data_uri(scale=MODULE_PIXELS, border=QUIET_ZONE)
    return url
