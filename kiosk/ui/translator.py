"""Interface strings (``qsTr``) in the visitor's language, from the compiled Qt Linguist files."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.content import Language

log = logging.getLogger(__name__)

# Interface strings are written in English in the QML; these are the translations' file names.
CATALOGUES: dict[Language, str] = {
    Language.ZH_HANT: "kiosk_zh_Hant",
    Language.ZH_HANS: "kiosk_zh_Hans",
}
RESOURCE_DIR = ":/i18n"


class InterfaceTranslator:
    """Swaps the installed translator and asks the engine to re-evaluate every ``qsTr``."""

    def __init__(self, engine: QQmlEngine | None = None) -> None:
        self._engine = engine
        self._translators: dict[Language, QTranslator] = {}
        self._installed: QTranslator | None = None

    def _translator(self, language: Language) -> QTranslator | None:
        name = CATALOGUES.get(language)
        if name is None:
            return None
        if language not in self._translators:
            translator = QTranslator()
            if not translator.load(name, RESOURCE_DIR):
                log.error("no interface translation for %s in %s", language, RESOURCE_DIR)
                return None
            self._translators[language] = translator
        return self._translators[language]

    def uninstall(self) -> None:
        """Removes this translator from the application (translators are application-wide)."""
        app = QCoreApplication.instance()
        if app is not None and self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = None
        self._engine = None

    def apply(self, language: Language) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if self._installed is not None:
            app.removeTranslator(self._installed)
            self._installed = None
        translator = self._translator(language)
        if translator is not None:
            app.installTranslator(translator)
            self._installed = translator
        if self._engine is not None:
            self._engine.retranslate()
