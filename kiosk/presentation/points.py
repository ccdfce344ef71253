"""What an achievement's slide says: the pack's points for slides, else sentences of its body
chosen so that none repeats the headline or another point."""

from __future__ import annotations

import re

from kiosk.content.localized import Language
from kiosk.content.schema import Achievement

POINTS_PER_SLIDE = 3  # at most, from the body; points written for slides are all shown

# A sentence ends at a Chinese full stop (or ！？), or at . ! ? followed by a space or the end.
_SENTENCE = re.compile(r".+?(?:[。！？]+[」』）]*|[.!?]+[\"')\]]*(?=\s|$))|.+$", re.DOTALL)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9+$.,%'’-]*")
_HAN = re.compile(
    f"[{chr(0x3400)}-{chr(0x9FFF)}]"
)  # CJK ideographs (as code points: not text shown)
# English words that say nothing about the subject, for telling a repeat from a new point.
_COMMON = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "from", "at", "as",
    "is", "are", "was", "were", "be", "been", "it", "its", "it's", "this", "that", "these", "those",
    "their", "there", "which", "who", "will", "also", "more", "than", "has", "have", "had", "into",
    "up", "out", "over", "under", "after", "before", "new", "first", "one", "two", "three", "all",
    "any", "each", "other", "such", "so", "not", "no", "hong", "kong", "香港",
})  # fmt: skip
REPEAT_SHARE = 0.6  # a sentence whose key terms are this much in another text repeats it


_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Co|Ltd|Inc|vs|e\.g|i\.e|etc)\.$")


def sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences, each with its closing punctuation. A full stop after an
    abbreviation (``Mr.``, ``e.g.``) or before a lower-case word does not end one."""
    found: list[str] = []
    for piece in (p.strip() for p in _SENTENCE.findall(paragraph.strip())):
        if not piece:
            continue
        if found and (_ABBREVIATION.search(found[-1]) or piece[0].islower()):
            found[-1] += " " + piece
        else:
            found.append(piece)
    return found


def key_terms(text: str) -> frozenset[str]:
    """What a text is about: its words that carry meaning (English) and its pairs of adjacent
    Chinese characters (Chinese has no spaces; a pair is roughly a word)."""
    words = {word.lower().rstrip(".,'’") for word in _WORD.findall(text)}
    words = {word for word in words if len(word) > 1}  # "I&T" is not about "i" or "t"
    han = "".join(_HAN.findall(text))
    pairs = {han[i : i + 2] for i in range(len(han) - 1)}
    return frozenset(words | pairs) - _COMMON


def repeats(text: str, other: str) -> bool:
    """Whether ``text`` says little that ``other`` does not: most of its key terms are there."""
    mine = key_terms(text)
    return bool(mine) and len(mine & key_terms(other)) / len(mine) >= REPEAT_SHARE


def points_from_body(headline: str, paragraphs: tuple[str, ...]) -> list[str]:
    """Up to three sentences of the body: each paragraph's first sentence, then its others,
    leaving out any that repeats the headline or a point already chosen."""
    split = [sentences(paragraph) for paragraph in paragraphs]
    candidates = [found[0] for found in split if found]
    candidates += [sentence for found in split for sentence in found[1:]]
    chosen: list[str] = []
    for candidate in candidates:
        if len(chosen) == POINTS_PER_SLIDE:
            break
        if repeats(candidate, headline) or any(repeats(candidate, point) for point in chosen):
            continue
        chosen.append(candidate)
    return chosen


def slide_points(achievement: Achievement, language: Language) -> list[str]:
    """The points an achievement's slide shows in ``language``."""
    if achievement.points is not None:
        written = [point for point in achievement.points.get(language) if point]
        if written:
            return written
    return points_from_body(achievement.headline.get(language), achievement.body.get(language))
