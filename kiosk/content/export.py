"""The loaded pack as plain data: a JSON dump (``validate --json``) and a one-paragraph summary."""

from __future__ import annotations

from typing import Any

from kiosk.content.localized import LANGUAGE_CODES
from kiosk.content.schema import Pack


def pack_json(pack: Pack) -> dict[str, Any]:
    """The normalised pack: every text in all three languages, dates with their precision."""
    data: dict[str, Any] = pack.model_dump(mode="json", by_alias=True)
    for text in _texts(data):
        text["zh-Hant"] = text.pop("zh_hant")
        text["zh-Hans"] = text.pop("zh_hans")
    for milestone, model in zip(data["milestones"], pack.milestones, strict=True):
        milestone["precision"] = model.precision.value
        milestone["first_day"] = model.start_date.first_day().isoformat()
        milestone["last_day"] = model.end_date.last_day().isoformat()
    return data


def _texts(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if {"zh_hant", "zh_hans", "en"} <= node.keys():
            found.append(node)
        else:
            for value in node.values():
                found.extend(_texts(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_texts(value))
    return found


def pack_summary(pack: Pack, label: str) -> str:
    images = sum(len(a.images) for a in pack.achievements) + (1 if pack.pack.hero else 0)
    figures = sum(len(a.figures) for a in pack.achievements)
    planned = sum(1 for m in pack.milestones if m.status.value == "planned")
    return (
        f"content pack {label}: OK\n"
        f"  {pack.pack.title.en} (version {pack.pack.version})\n"
        f"  {len(pack.achievements)} achievements, {figures} key figures, {images} images\n"
        f"  {len(pack.milestones)} milestones ({planned} planned)\n"
        f"  languages: {', '.join(LANGUAGE_CODES)} (default {pack.pack.default_language.value})"
    )
