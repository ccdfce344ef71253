"""The bundled fonts: their files in the resources, their family names, and loading them.

The families are subsets of Noto Sans CJK HK and SC renamed for the kiosk
(``build_spec/make_fonts.py``), so no font installed on the PC can stand in for them: with the
original names, fontconfig picked the system's full Noto Sans CJK where it was installed.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

TRADITIONAL_FAMILY = "InnoKiosk Sans HK"  # Hong Kong forms; also draws the English text
SIMPLIFIED_FAMILY = "InnoKiosk Sans SC"
FAMILIES = (TRADITIONAL_FAMILY, SIMPLIFIED_FAMILY)
FAMILY_FOR_LANGUAGE: dict[str, str] = {
    "zh-Hant": TRADITIONAL_FAMILY,
    "zh-Hans": SIMPLIFIED_FAMILY,
    "en": TRADITIONAL_FAMILY,
}
FONT_FILES = (
    ":/fonts/NotoSansCJKhk-Regular.subset.otf",
    ":/fonts/NotoSansCJKhk-Bold.subset.otf",
    ":/fonts/NotoSansCJKsc-Regular.subset.otf",
    ":/fonts/NotoSansCJKsc-Bold.subset.otf",
)


def family_for(language: str) -> str:
    """The family that draws a language's text (Traditional for an unknown code)."""
    return FAMILY_FOR_LANGUAGE.get(language, TRADITIONAL_FAMILY)


def load_fonts() -> list[str]:
    """Registers the bundled fonts (the resources must be registered) and makes the Traditional
    family the application's default font, for any text that names none; returns the families
    found."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication  # the names above need no Qt

    families: list[str] = []
    for path in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(path)
        if font_id < 0:
            log.error("could not load font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if TRADITIONAL_FAMILY in families:
        default = QGuiApplication.font()
        default.setFamilies([TRADITIONAL_FAMILY])
        QGuiApplication.setFont(default)
    return families
