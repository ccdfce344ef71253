"""Line breaking a typesetter would accept, for every text the pack supplies.

Qt breaks lines by Unicode's rules (UAX #14) at whatever width a view gives a text; these
functions add the few characters that steer it, once, in Python, before a text reaches QML:

- **The pack's mark.** ``~`` joins its neighbours: between two CJK characters it becomes a
  WORD JOINER (U+2060, ``落~戶``), elsewhere a NO-BREAK SPACE (``Hong~Kong``); ``\\~`` is a
  tilde (``resolve_marks``, applied when the pack is read).
- **No orphans.** A Chinese paragraph never ends with one character (or one character and its
  closing punctuation) alone on the last line: its last three characters are joined. An English
  text never ends with one short word alone: its last two words are joined.
- **No broken words.** An English word of ten letters or more gets soft hyphens (U+00AD) at
  morpheme boundaries (``industrial-isation``), so that a narrow column breaks it where a
  dictionary would, with a hyphen, instead of anywhere without one.
- **Balanced headlines.** A Chinese headline written in phrases separated by spaces
  (``新型工業化 龍頭科企落戶``) breaks at those spaces, not inside a phrase.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from itertools import pairwise

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
SOFT_HYPHEN = "\u00ad"
MARK = "~"
ESCAPED_MARK = "\\~"

# Characters on a CJK paragraph's last line, at least.
CJK_LAST_LINE = 3
# Words this long or longer get soft hyphens; each part keeps at least this many letters.
HYPHENATE_FROM = 8
HYPHEN_MIN_PART = 3
# An English last word this short is joined to the one before it, when the two together are
# no longer than JOINED_AT_MOST: a longer pair may not fit a narrow column (a home tile with
# larger text), where Qt would then break it inside a word, with no hyphen.
SHORT_LAST_WORD = 5
JOINED_AT_MOST = 12

_SUFFIXES = sorted(
    (
        "isations", "izations", "isation", "ization", "ations", "ation", "itions", "ition",
        "ments", "ment", "nesses", "ness", "ically", "ability",
        "ibility", "ilities", "ility", "ities", "ships", "ship", "ences", "ence", "ances",
        "ance", "ative", "atives", "ists", "ist", "isms", "ism", "ised", "ized", "ising",
        "izing", "ings", "ing", "ional", "ally", "ular",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
_PREFIXES = sorted(
    (
        "inter", "trans", "micro", "infra", "multi", "super", "under", "over", "semi", "tele",
        "bio", "geo", "nano", "auto", "cyber", "hyper", "counter", "electro", "photo",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+")


class Role(StrEnum):
    """What a text is for: a headline or title is balanced, running text avoids orphans."""

    HEADLINE = "headline"
    TEXT = "text"


def is_cjk(char: str) -> bool:
    """A Chinese or Japanese character or CJK punctuation (breaks between any two of them)."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, CJK symbols and punctuation, kana, ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFE30 <= code <= 0xFE4F  # CJK compatibility forms
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x3FFFF  # ideographs, extensions B on
    )


def is_ideograph(char: str) -> bool:
    """A CJK character that is a word or syllable (not punctuation)."""
    return is_cjk(char) and unicodedata.category(char).startswith("L")


def resolve_marks(text: str) -> str:
    """The pack's ``~`` as the joiner it stands for; ``\\~`` as a tilde."""
    if MARK not in text:
        return text
    parts = text.split(ESCAPED_MARK)
    resolved = []
    for part in parts:
        out = []
        for index, char in enumerate(part):
            if char != MARK:
                out.append(char)
                continue
            before = part[index - 1] if index > 0 else ""
            after = part[index + 1] if index + 1 < len(part) else ""
            cjk = bool(before and after) and is_cjk(before) and is_cjk(after)
            out.append(WORD_JOINER if cjk else NO_BREAK_SPACE)
        resolved.append("".join(out))
    return MARK.join(resolved)


def mostly_cjk(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(is_cjk(char) for char in letters) * 2 >= len(letters)


def join_last_cjk(text: str, count: int = CJK_LAST_LINE) -> str:
    """Word joiners between the last ``count`` ideographs, so that the last line holds them all
    (with the punctuation after them, which never starts a line anyway)."""
    positions = [index for index, char in enumerate(text) if is_ideograph(char)]
    if len(positions) < count * 3:  # too short to have a last line worth protecting
        return text
    last = positions[-count:]
    if last[-1] - last[0] != count - 1:  # not one run of ideographs: leave it
        return text
    chars = list(text)
    for index in reversed(last[1:]):
        if chars[index - 1] != WORD_JOINER:
            chars.insert(index, WORD_JOINER)
    return "".join(chars)


def join_last_words(text: str) -> str:
    """A no-break space between the last two words when the last is short."""
    stripped = text.rstrip()
    head, space, last = stripped.rpartition(" ")
    before = head.rpartition(" ")[2]
    if not space or len(last) > SHORT_LAST_WORD or head.count(" ") < 2:
        return text
    if len(before) + 1 + len(last) > JOINED_AT_MOST:
        return text
    return head + NO_BREAK_SPACE + last + text[len(stripped) :]


def hyphenate_word(word: str) -> str:
    """Soft hyphens at the morpheme boundaries of a long English word."""
    if len(word) < HYPHENATE_FROM or not word.isascii():
        return word
    lower = word.lower()
    cuts: set[int] = set()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(word) - len(suffix) >= HYPHEN_MIN_PART + 2:
            cuts.add(len(word) - len(suffix))
            break
    for prefix in _PREFIXES:
        if lower.startswith(prefix) and len(word) - len(prefix) >= HYPHEN_MIN_PART + 2:
            cuts.add(len(prefix))
            break
    cuts = {cut for cut in cuts if HYPHEN_MIN_PART <= cut <= len(word) - HYPHEN_MIN_PART}
    if not cuts:  # no known boundary: between syllables, after a vowel group in the middle
        middle = len(word) // 2
        for offset in range(len(word)):
            for cut in (middle - offset, middle + offset):
                if _syllable_boundary(lower, cut):
                    cuts.add(cut)
                    break
            if cuts:
                break
    out = word
    for cut in sorted(cuts, reverse=True):
        out = out[:cut] + SOFT_HYPHEN + out[cut:]
    return out


def _syllable_boundary(word: str, cut: int) -> bool:
    """Between two consonants, or after a vowel before a consonant, with room either side."""
    if not HYPHEN_MIN_PART <= cut <= len(word) - HYPHEN_MIN_PART:
        return False
    vowels = "aeiouy"
    before, after = word[cut - 1], word[cut]
    if before not in vowels and after not in vowels:
        return True
    return before in vowels and after not in vowels and word[cut + 1 : cut + 2] in tuple(vowels)


def hyphenate(text: str) -> str:
    return _WORD.sub(lambda match: hyphenate_word(match.group()), text)


def balance_cjk_headline(text: str) -> str:
    """A CJK headline written in phrases (``新型工業化 龍頭科企落戶``) breaks only at its spaces
    while each phrase fits: word joiners between the characters inside each phrase."""
    phrases = text.split(" ")
    if len(phrases) < 2:
        return join_last_cjk(text, 2)
    joined = []
    for phrase in phrases:
        chars = list(phrase)
        out = chars[:1]
        for before, char in pairwise(chars):
            if is_cjk(before) and is_cjk(char) and WORD_JOINER not in (before, char):
                out.append(WORD_JOINER)
            out.append(char)
        joined.append("".join(out))
    return " ".join(joined)


def typeset(text: str, role: Role = Role.TEXT) -> str:
    """``text`` with the joiners and soft hyphens that give it good line breaks."""
    if not text.strip():
        return text
    if mostly_cjk(text):
        if role is Role.HEADLINE:
            return balance_cjk_headline(text)
        return join_last_cjk(text)
    return join_last_words(hyphenate(text))


def plain(text: str) -> str:
    """``text`` without the characters ``typeset`` and ``resolve_marks`` add (for comparing,
    searching and exporting)."""
    return text.replace(WORD_JOINER, "").replace(SOFT_HYPHEN, "").replace(NO_BREAK_SPACE, " ")
