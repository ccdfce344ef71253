"""The content pack's schema: what ``content.toml`` holds, checked with pydantic.

Checks that need the pack's files (pictures) run through the validation context: pass
``context={"source": PackSource}`` to :meth:`Pack.model_validate`.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from kiosk.content.dates import PartialDate, Precision
from kiosk.content.localized import AffixText, Language, LineText, LocalizedParagraphs, ShortText
from kiosk.content.media import ImageInfo, ImageProblem, inspect_image, max_bytes
from kiosk.content.source import PackPathError, PackSource

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
_NUMBER = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"not a valid id: {value!r} (lower-case letters, digits and -)")
    return value


Identifier = Annotated[str, AfterValidator(_check_id)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_max_length=2000)


class ImageKind(StrEnum):
    ILLUSTRATION = "illustration"
    PHOTO = "photo"


class Image(_Strict):
    """A picture of the pack, with its words in every language."""

    file: str = Field(max_length=200)
    kind: ImageKind
    caption: LineText
    alt: LineText
    credit: ShortText
    width: int = 0
    height: int = 0

    @field_validator("file")
    @classmethod
    def _file_is_readable(cls, name: str, info: ValidationInfo) -> str:
        source: PackSource | None = (info.context or {}).get("source")
        if source is None:
            return name
        try:
            data = source.read(name, max_bytes(name))
            image = inspect_image(name, data)
        except (PackPathError, ImageProblem) as problem:
            raise ValueError(str(problem)) from None
        sizes: dict[str, ImageInfo] = (info.context or {}).setdefault("images", {})
        sizes[name] = image
        return name

    @model_validator(mode="after")
    def _record_size(self, info: ValidationInfo) -> Self:
        image = ((info.context or {}).get("images") or {}).get(self.file)
        if image is not None:
            object.__setattr__(self, "width", image.width)
            object.__setattr__(self, "height", image.height)
        return self


class Figure(_Strict):
    """A key figure as the source gives it: ``HK$`` ``10`` ``billion``, and what it counts."""

    value: ShortText
    prefix: AffixText | None = None
    unit: ShortText
    label: LineText

    @field_validator("value")
    @classmethod
    def _value_is_a_number(cls, value: ShortText) -> ShortText:
        for code, text in value.as_table().items():
            if not _NUMBER.match(text):
                raise ValueError(f"{code}: not a number: {text!r} (digits, optional , and .)")
        return value

    def display(self, language: Language | str) -> str:
        """The figure as one string, e.g. ``nearly HK$30 billion`` or ``近300億元``."""
        parts = [self.prefix.get(language) if self.prefix else "", self.value.get(language)]
        parts.append(self.unit.get(language))
        return join_figure(parts, Language(language))


def join_figure(parts: list[str], language: Language) -> str:
    """Joins prefix, value and unit; English puts a space between words and numbers."""
    text = ""
    for part in parts:
        if not part:
            continue
        wants_space = text and (text[-1].isalnum() or part[0].isalpha())
        if language is Language.EN and wants_space and not (text[-1] in "$€£¥" or part[0] in "%‰+"):
            text += " "
        text += part
    return text


class Achievement(_Strict):
    """One of the year's achievements, in the source's numbering."""

    id: Identifier
    number: int = Field(ge=1, le=99)
    headline: ShortText
    summary: LineText
    body: LocalizedParagraphs
    # Short points written for a presentation slide; without them a slide takes the body's.
    points: LocalizedParagraphs | None = None
    figures: tuple[Figure, ...] = Field(default=(), max_length=8)
    organisations: tuple[ShortText, ...] = Field(default=(), max_length=24)
    images: tuple[Image, ...] = Field(min_length=1, max_length=8)
    tags: tuple[ShortText, ...] = Field(default=(), max_length=12)
    learn_more: str | None = Field(default=None, max_length=300)

    @field_validator("learn_more")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not _URL.match(value):
            raise ValueError(f"not a web address (http:// or https://): {value!r}")
        return value


class MilestoneStatus(StrEnum):
    DONE = "done"
    PLANNED = "planned"


class Milestone(_Strict):
    """A dated step on the timeline, linked to the achievements it belongs to."""

    id: Identifier
    date: str
    end: str | None = None
    label: LineText
    achievements: tuple[Identifier, ...] = Field(min_length=1, max_length=10)
    status: MilestoneStatus

    @field_validator("date", "end")
    @classmethod
    def _is_partial_date(cls, value: str | None) -> str | None:
        if value is not None:
            PartialDate.parse(value)
        return value

    @model_validator(mode="after")
    def _end_after_start(self) -> Self:
        if self.end is not None and self.end_date.first_day() < self.start_date.first_day():
            raise ValueError(f"end {self.end} is before date {self.date}")
        return self

    @property
    def start_date(self) -> PartialDate:
        return PartialDate.parse(self.date)

    @property
    def end_date(self) -> PartialDate:
        return PartialDate.parse(self.end) if self.end else self.start_date

    @property
    def precision(self) -> Precision:
        return self.start_date.precision


class SourceCredit(_Strict):
    """The report the content is drawn from."""

    newspaper: ShortText
    date: str
    reporter: ShortText
    headline: ShortText | None = None

    @field_validator("date")
    @classmethod
    def _is_partial_date(cls, value: str) -> str:
        PartialDate.parse(value)
        return value


class PackInfo(_Strict):
    """The pack's own description."""

    title: ShortText
    subtitle: ShortText
    source: SourceCredit
    # What the exhibition shows and whose selection it is (e.g. a bureau's own review of its
    # year), on the home screen and the title slide; without it neither shows a line for it.
    credit: LineText | None = None
    default_language: Language = Language.ZH_HANT
    version: str = Field(min_length=1, max_length=40)
    hero: Image | None = None

    @field_validator("default_language", mode="before")
    @classmethod
    def _known_language(cls, value: Any) -> Any:
        if isinstance(value, str) and value not in {code.value for code in Language}:
            raise ValueError(
                f"unknown language code: {value} (use {', '.join(c.value for c in Language)})"
            )
        return value


class Pack(_Strict):
    """A whole content pack."""

    pack: PackInfo
    achievements: tuple[Achievement, ...] = Field(min_length=1, max_length=20)
    milestones: tuple[Milestone, ...] = Field(default=(), max_length=200)

    @model_validator(mode="after")
    def _references(self) -> Self:
        problems: list[str] = []
        problems += _duplicates("achievements", [a.id for a in self.achievements], "id")
        problems += _duplicates("achievements", [a.number for a in self.achievements], "number")
        problems += _duplicates("milestones", [m.id for m in self.milestones], "id")
        known = {a.id for a in self.achievements}
        for index, milestone in enumerate(self.milestones):
            for link in milestone.achievements:
                if link not in known:
                    problems.append(
                        f"milestones[{index}].achievements: linked to no achievement: {link}"
                    )
        if problems:
            raise ValueError("\n".join(problems))
        return self

    def achievement(self, ident: str) -> Achievement:
        return next(a for a in self.achievements if a.id == ident)


def _duplicates(collection: str, values: list[Any], field: str) -> list[str]:
    seen: dict[Any, int] = {}
    problems = []
    for index, value in enumerate(values):
        if value in seen:
            problems.append(
                f"{collection}[{index}].{field}: duplicate {field} {value!r} "
                f"(also {collection}[{seen[value]}])"
            )
        else:
            seen[value] = index
    return problems
