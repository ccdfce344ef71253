"""Text in the kiosk's three languages, with Simplified Chinese made from Traditional on load."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Any, ClassVar, Protocol

from pydantic import BaseModel, ConfigDict, model_validator

from kiosk.content.typeset import resolve_marks


class Language(StrEnum):
    """The languages a visitor can choose, by BCP 47 tag."""

    ZH_HANT = "zh-Hant"
    ZH_HANS = "zh-Hans"
    EN = "en"


LANGUAGE_CODES: tuple[str, ...] = tuple(language.value for language in Language)
REQUIRED_CODES: tuple[str, ...] = (Language.ZH_HANT.value, Language.EN.value)


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@cache
def _hk_to_simplified() -> _Converter:
    import opencc  # deferred: the converter loads its dictionaries once, on first use

    converter: _Converter = opencc.OpenCC("hk2s")
    return converter


_MAINLAND_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})


def to_simplified(text: str) -> str:
    """Hong Kong Traditional Chinese to Simplified Chinese (OpenCC ``hk2s``), with the
    Mainland's quotation marks (“ ” for 「 」)."""
    return _hk_to_simplified().convert(text).translate(_MAINLAND_QUOTES)


def _check_language_keys(value: Any, max_length: int, allow_empty: bool = False) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(
            "expected a table of languages (zh-Hant, en and optionally zh-Hans), "
            f"got {type(value).__name__}"
        )
    unknown = [key for key in value if key not in LANGUAGE_CODES]
    if unknown:
        raise ValueError(
            f"unknown language code: {', '.join(map(str, unknown))} "
            f"(use {', '.join(LANGUAGE_CODES)})"
        )
    missing = [code for code in REQUIRED_CODES if code not in value]
    if missing:
        raise ValueError(f"missing language: {', '.join(missing)}")
    for code, text in value.items():
        items = text if isinstance(text, list) else [text]
        for item in items:
            if not isinstance(item, str):
                raise ValueError(f"{code}: expected text, got {type(item).__name__}")
            if not item.strip() and not allow_empty:
                raise ValueError(f"{code}: empty text")
            if len(item) > max_length:
                raise ValueError(
                    f"{code}: text too long ({len(item)} characters, at most {max_length})"
                )
    return value


class LocalizedText(BaseModel):
    """One string in each language; ``zh-Hans`` is derived from ``zh-Hant`` when absent."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    zh_hant: str
    zh_hans: str
    en: str

    max_length: ClassVar[int] = 600  # overridden by the subclasses below
    allow_empty: ClassVar[bool] = False

    @model_validator(mode="before")
    @classmethod
    def _from_table(cls, value: Any) -> Any:
        table = _check_language_keys(value, cls.max_length, cls.allow_empty)
        for code in LANGUAGE_CODES:
            if code in table and not isinstance(table[code], str):
                raise ValueError(f"{code}: expected text, got {type(table[code]).__name__}")
        hant = table["zh-Hant"].strip()
        hans = table.get("zh-Hans")
        return {  # the pack's ~ marks become joiners after the conversion (OpenCC sees words)
            "zh_hant": resolve_marks(hant),
            "zh_hans": resolve_marks(hans.strip() if hans is not None else to_simplified(hant)),
            "en": resolve_marks(table["en"].strip()),
        }

    def get(self, language: Language | str) -> str:
        code = Language(language)
        if code is Language.ZH_HANT:
            return self.zh_hant
        if code is Language.ZH_HANS:
            return self.zh_hans
        return self.en

    def as_table(self) -> dict[str, str]:
        return {"zh-Hant": self.zh_hant, "zh-Hans": self.zh_hans, "en": self.en}


class ShortText(LocalizedText):
    """A title, headline, label or name."""

    max_length: ClassVar[int] = 120


class AffixText(LocalizedText):
    """Words before a figure (``HK$``, ``nearly``): a language may have none (``""``)."""

    max_length: ClassVar[int] = 40
    allow_empty: ClassVar[bool] = True


class LineText(LocalizedText):
    """A one-line summary or caption."""

    max_length: ClassVar[int] = 400


class LocalizedParagraphs(BaseModel):
    """A few short paragraphs in each language."""

    model_config = ConfigDict(frozen=True)

    zh_hant: tuple[str, ...]
    zh_hans: tuple[str, ...]
    en: tuple[str, ...]

    @model_validator(mode="before")
    @classmethod
    def _from_table(cls, value: Any) -> Any:
        table = _check_language_keys(value, 1200)
        for code, paragraphs in table.items():
            if not isinstance(paragraphs, list) or not paragraphs:
                raise ValueError(f"{code}: expected a list of one or more paragraphs")
            if len(paragraphs) > 8:
                raise ValueError(f"{code}: too many paragraphs ({len(paragraphs)}, at most 8)")
        hant = [p.strip() for p in table["zh-Hant"]]
        hans = table.get("zh-Hans")
        hans_paragraphs = (
            [p.strip() for p in hans] if hans is not None else [to_simplified(p) for p in hant]
        )
        return {
            "zh_hant": [resolve_marks(p) for p in hant],
            "zh_hans": [resolve_marks(p) for p in hans_paragraphs],
            "en": [resolve_marks(p.strip()) for p in table["en"]],
        }

    def get(self, language: Language | str) -> tuple[str, ...]:
        code = Language(language)
        if code is Language.ZH_HANT:
            return self.zh_hant
        if code is Language.ZH_HANS:
            return self.zh_hans
        return self.en

    def as_table(self) -> dict[str, list[str]]:
        return {"zh-Hant": list(self.zh_hant), "zh-Hans": list(self.zh_hans), "en": list(self.en)}
