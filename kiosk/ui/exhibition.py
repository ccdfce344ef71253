"""The exhibition as QML sees it: the pack's words in the chosen language, and its models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from kiosk.app.fonts import family_for
from kiosk.content import Language, Pack, PackSource, ResourceSource
from kiosk.content.dates import PartialDate
from kiosk.content.typeset import Role, typeset
from kiosk.ui.models import AchievementModel, MilestoneModel
from kiosk.ui.translator import InterfaceTranslator

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("made by the application from the content pack")
class Exhibition(QObject):  # type: ignore[operator]
    """Language, pack texts and models; changing ``language`` changes every string on screen."""

    languageChanged = Signal()
    packChanged = Signal()

    def __init__(
        self,
        pack: Pack,
        source: PackSource,
        translator: InterfaceTranslator | None = None,
        problems: list[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._translator = translator or InterfaceTranslator()
        self._achievements = AchievementModel(self)
        self._milestones = MilestoneModel(self)
        self._pack = pack
        self._source = source
        self._problems = list(problems or [])
        self._language = pack.pack.default_language
        self._default_language: Language | None = None
        self.set_pack(pack, source, self._problems)

    # -- the pack ---------------------------------------------------------------------------

    def set_pack(self, pack: Pack, source: PackSource, problems: list[str] | None = None) -> None:
        self._pack = pack
        self._source = source
        self._problems = list(problems or [])
        self._achievements.set_pack(pack, source)
        self._milestones.set_pack(pack, source)
        self.packChanged.emit()

    def new_session(self) -> None:
        """What the next visitor finds afresh: the timeline on its opening milestone."""
        self._milestones.reset()

    @property
    def pack(self) -> Pack:
        return self._pack

    def milestone_model(self) -> MilestoneModel:
        """The timeline's milestones and selection (typed, for Python callers)."""
        return self._milestones

    @Property(AchievementModel, constant=True)
    def achievements(self) -> AchievementModel:
        return self._achievements

    @Property(MilestoneModel, constant=True)
    def milestones(self) -> MilestoneModel:
        return self._milestones

    @Property(str, notify=packChanged)
    def packLabel(self) -> str:
        return self._source.label

    @Property(bool, notify=packChanged)
    def packBuiltIn(self) -> bool:
        """The pack on show is the one built into the app (not a folder)."""
        return isinstance(self._source, ResourceSource)

    @Property(str, notify=packChanged)
    def packVersion(self) -> str:
        return self._pack.pack.version

    @Property(list, notify=packChanged)
    def packProblems(self) -> list[str]:
        return self._problems

    def set_default_language(self, language: Language) -> None:
        """The language each visitor starts in (the settings' choice over the pack's)."""
        self._default_language = language
        self.packChanged.emit()

    @Property(str, notify=packChanged)
    def defaultLanguage(self) -> str:
        return (self._default_language or self._pack.pack.default_language).value

    # -- language ---------------------------------------------------------------------------

    @Property(list, constant=True)
    def languages(self) -> list[str]:
        return [language.value for language in Language]

    def _get_language(self) -> str:
        return self._language.value

    def _set_language(self, value: str) -> None:
        try:
            language = Language(value)
        except ValueError:
            return
        if language == self._language:
            return
        self._language = language
        self._translator.apply(language)
        self._achievements.set_language(language)
        self._milestones.set_language(language)
        self.languageChanged.emit()

    language = Property(str, _get_language, _set_language, notify=languageChanged)

    @property
    def current_language(self) -> Language:
        """The language on screen now (for Python; QML reads ``language``)."""
        return self._language

    @Slot(str)
    def setLanguage(self, value: str) -> None:
        self._set_language(value)

    def apply_language(self) -> None:
        """Installs the interface translation of the current language (at start-up)."""
        self._translator.apply(self._language)
        self._achievements.set_language(self._language)
        self._milestones.set_language(self._language)

    @Property(str, notify=languageChanged)
    def fontFamily(self) -> str:
        return family_for(self._language)

    @Slot(str, result=str)
    def familyFor(self, language: str) -> str:
        """The family of one language, for a word shown in that language whatever the current
        one (the language switch, the attract loop's three-language invitation)."""
        return family_for(language)

    # -- the pack's words, in the current language -------------------------------------------

    def _text(self, field: Any) -> str:
        return str(field.get(self._language)) if field is not None else ""

    @Property(str, notify=languageChanged)
    def title(self) -> str:
        return self._text(self._pack.pack.title)

    @Property(str, notify=languageChanged)
    def titleSet(self) -> str:
        """The title as a poster shows it, with the typesetter's joiners (not for window titles)."""
        return typeset(self._text(self._pack.pack.title), Role.HEADLINE)

    @Property(str, notify=languageChanged)
    def subtitle(self) -> str:
        return typeset(self._text(self._pack.pack.subtitle))

    @Property(str, notify=languageChanged)
    def credit(self) -> str:
        """What the exhibition shows and whose selection it is; empty if the pack says not."""
        return typeset(self._text(self._pack.pack.credit))

    @Property(str, notify=languageChanged)
    def newspaper(self) -> str:
        return self._text(self._pack.pack.source.newspaper)

    @Property(str, notify=languageChanged)
    def reporter(self) -> str:
        return self._text(self._pack.pack.source.reporter)

    @Property(str, notify=languageChanged)
    def sourceDate(self) -> str:
        return PartialDate.parse(self._pack.pack.source.date).format(self._language)

    @Property(str, notify=packChanged)
    def heroUrl(self) -> str:
        hero = self._pack.pack.hero
        return self._source.url(hero.file) if hero else ""

    @Property(str, notify=languageChanged)
    def heroAlt(self) -> str:
        hero = self._pack.pack.hero
        return self._text(hero.alt) if hero else ""

    @Property(list, notify=packChanged)
    def attractSlides(self) -> list[dict[str, object]]:
        """Every achievement in all three languages at once, for the attract loop."""
        return [
            {
                "number": a.number,
                "imageUrl": self._source.url(a.images[0].file),
                **{f"headline_{code.replace('-', '_')}": a.headline.get(code) for code in Language},
            }
            for a in sorted(self._pack.achievements, key=lambda a: a.number)
        ]

    @Slot(int, result=int)
    def rowOfNumber(self, number: int) -> int:
        ordered = sorted(self._pack.achievements, key=lambda a: a.number)
        return next((row for row, a in enumerate(ordered) if a.number == number), -1)
