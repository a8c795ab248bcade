"""Numbers as news writes them, read from their words without spaCy: "4,500", "4.5bn", "two dozen",
"twenty-five", "half a million", "a million", "a couple of hundred" (about 200), and vague amounts ("dozens", "tens of thousands", "a few
hundred") as conventional intervals (lexicon/numbers.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon.numbers import FEW, FRACTION_WORDS, SCALES, SUFFIXES, TENS, UNITS, VAGUE, VAGUE_BASE

GLUED_SUFFIXES = {"m", "bn", "b", "tn", "mn", "mln", "k"}  # "300m" tokenised as "300" "m"
GROUP_HEAD = re.compile(r"^\d{1,3}$")  # "10" of "10 000": a space-grouped number's first group
GROUP = re.compile(r"^\d{3}(?:\.\d+)?$")  # "000", "500.25": a later group
DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|mln|bn|b|tn|trn)?\.?$", re.IGNORECASE)
# A number glued to a currency before it or a unit after it: "HK$5bn", "45km2", "3.6GHz", "41C", "2½".
GLUED = re.compile(r"^(?P<cur>[A-Za-z]{0,3}\$|[£€¥₹₽₩₴])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
                   r"(?P<vulgar>[½⅓⅔¼¾⅕⅛⅜⅝⅞])?(?P<tail>[A-Za-z°º²³µ/^.]*[23]?)$")
RANGE = re.compile(r"^(\d+(?:\.\d+)?)%?[–-](\d+(?:\.\d+)?)$")  # "3.5–4.0", "10%-15" (of "10%-15%") as one token
# "1bn-£1.5bn", "5-6bn", "£1m-£2m" as one token: a range of amounts with scale suffixes ("m" or "k" only with a
# currency sign between, since "3-4m" may be metres)
SCALED_RANGE = re.compile(r"^(\d+(?:\.\d+)?)(bn|tn|m|k)?[–-]([£$€¥₹]?)(\d+(?:\.\d+)?)(bn|tn|m|k)$", re.I)
FRACTION = re.compile(r"^(\d{1,2})/(\d{1,3})$")  # "1/4", "3/8"; "24/7" and "9/11" are no fractions
_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 32, 40, 64, 100}
VULGAR = "½⅓⅔¼¾⅕⅛⅜⅝⅞"
_SIGNS_AFTER = {"€", "£", "$"}


@dataclass(frozen=True)
class Glued:
    """A token that is a number with a currency sign before it or a unit after it ("HK$5bn", "330ml")."""

    value: float
    currency: str | None  # the sign as written ("HK$", "£")
    unit: str | None  # the unit letters as written ("ml", "GHz", "C")


@lru_cache(maxsize=8192)
def range_value(text: str) -> tuple[float, float] | None:
    """'3.5–4.0' -> (3.5, 4.0); None unless the second number is the larger (a score "3–1" is no range)."""
    m = RANGE.match(text)
    if not m:
        return _scaled_range(text)
    a, b = float(m.group(1)), float(m.group(2))
    return (a, b) if a < b else None


def _scaled_range(text: str) -> tuple[float, float] | None:
    """'1bn-£1.5bn' -> (1e9, 1.5e9), '5-6bn' -> (5e9, 6e9); the first number takes the second's scale when it
    has none of its own."""
    m = SCALED_RANGE.match(text)
    if not m:
        return None
    s1, sign, s2 = (m.group(2) or "").lower(), m.group(3), m.group(5).lower()
    if s2 in {"m", "k"} and not sign or s1 in {"m", "k"} and not sign:
        return None
    a, b = float(m.group(1)) * SUFFIXES[s1 or s2], float(m.group(4)) * SUFFIXES[s2]
    return (a, b) if a < b else None


@lru_cache(maxsize=8192)
def fraction_value(text: str) -> float | None:
    """'1/4' -> 0.25, '½' -> 0.5; None for '24/7', '9/11' or anything else."""
    if len(text) == 1 and text in VULGAR:
        return unicodedata.numeric(text)
    m = FRACTION.match(text)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < a < b and b in _DENOMINATORS:
            return a / b
    return None


@lru_cache(maxsize=8192)
def glued(text: str) -> Glued | None:
    """The parts of a glued number token; None when it is a plain number or no number at all."""
    if text[:1] in {"-", "−"} and text[1:2].isdigit():
        g = glued(text[1:])
        return None if g is None else Glued(-g.value, g.currency, g.unit)
    if text[-1:] in _SIGNS_AFTER and text[:1].isdigit():  # "15€"
        g = glued(text[-1] + text[:-1])
        return g if g is not None and g.unit is None else None
    m = GLUED.match(text)
    if not m or not (m.group("cur") or m.group("tail") or m.group("vulgar")):
        return None
    tail = m.group("tail").rstrip(".")
    value = float(m.group("num").replace(",", ""))
    if m.group("vulgar"):
        value += unicodedata.numeric(m.group("vulgar"))
    if tail.lower() in SUFFIXES or tail == "T" or m.group("cur") and tail == "tr":
        value *= SUFFIXES.get(tail.lower(), 1_000_000_000_000)  # "£5bn", "$2.1T"
        tail = ""
    if tail and not tail[:1].isalpha() and tail[:1] not in "°ºµ":
        return None
    return Glued(value, m.group("cur"), tail or None)


@lru_cache(maxsize=8192)
def digits_value(text: str) -> tuple[float, str | None] | None:
    """(value, glued suffix) of a digit token such as '4,500', '4.5bn' or '12.5'; None if it is not one."""
    if text[:1] in {"-", "−"} and text[1:2].isdigit():  # "-10C", "−273.15"
        got = digits_value(text[1:])
        return None if got is None else (-got[0], got[1])
    if text[-1:] == "-" and text[:1].isdigit():  # "8-" of "8- to 16-metre"
        return digits_value(text[:-1])
    m = DIGITS.match(text)
    if not m:
        f = fraction_value(text)
        if f is not None:
            return f, None
        g = glued(text)
        return (g.value, None) if g is not None else None
    whole, frac, suffix = m.group(1), m.group(2) or "", m.group(3)
    value = float(whole.replace(",", "") + frac)
    if suffix:
        value *= SUFFIXES[suffix.lower()]
    return value, (suffix.lower() if suffix else None)


def words_value(words: list[str]) -> float | None:
    """The value of number words ('two', 'dozen' / 'twenty', 'five' / 'a', 'million' / 'half', 'a', 'million' /
    'two', 'and', 'a', 'half', 'million' / 'a', 'quarter', 'of', 'a', 'million')."""
    words = [w.lower() for w in words if w not in {"-", "and"}]
    if not words:
        return None
    if len(words) > 3 and words[-1] in SCALES and words[-3:-1] == ["a", "half"]:  # "three and a half million"
        whole = words_value(words[:-3])
        return None if whole is None else (whole + 0.5) * SCALES[words[-1]]
    if "of" in words and words[-1] in SCALES:  # "a quarter of a million"
        k = words.index("of")
        share, scale = words_value(words[:k]), words_value(words[k + 1:])
        return None if share is None or scale is None or words[k - 1] not in FRACTION_WORDS else share * scale
    if words[-1] in FRACTION_WORDS:  # "three-quarters", "a third", "two and a half"
        if words[-2:] == ["a", "half"] and len(words) > 2:
            whole = words_value(words[:-2])
            return None if whole is None else whole + 0.5
        top = words_value(words[:-1]) if words[:-1] not in ([], ["a"], ["an"]) else 1.0
        return None if top is None else top / FRACTION_WORDS[words[-1]]
    total = 0.0
    current = 0.0
    group = 0.0  # the last group closed by a scale of a thousand or more
    seen = False
    half = False
    for k, w in enumerate(words):
        if w in {"a", "an"}:
            if k + 1 < len(words) and words[k + 1] in SCALES:
                current = max(current, 1)
                seen = True
                continue
            return None
        if w == "half":
            half = True
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            scale = SCALES[w]
            if k > 0 and words[k - 1] in SCALES and SCALES[words[k - 1]] >= 1000 and scale >= 1000:
                total, current = total - group, group * scale  # "1.5 lakh crore": 1.5 x 100,000 x 10 million
            else:
                current = (current or 1) * scale
            if scale >= 1000:
                total += current
                group, current = current, 0
        else:
            dv = digits_value(w)
            if dv is None:
                return None
            current += dv[0]
        seen = True
    if not seen:
        return None
    value = total + current
    return value / 2 if half else value


def clean_number(value: float) -> int | float:
    """Whole numbers as int, others rounded to 6 significant decimals."""
    if value == int(value) and abs(value) < 1e18:
        return int(value)
    return round(value, 6)


def join_groups(words: list[str]) -> list[str]:
    """Space-grouped thousands as one number: "10", "000" is "10000" (but "2", "1/2" stays a whole and a half)."""
    if len(words) < 2 or not GROUP_HEAD.match(words[0]) or not GROUP.match(words[1]):
        return words
    k = 1
    while k < len(words) and GROUP.match(words[k]) and "." not in words[k - 1]:
        k += 1
    return ["".join(words[:k])] + words[k:]


def read_number(words: list[str]) -> tuple[float | None, float | None, float | None, bool]:
    """(value, low, high, vague) of the lowercase words of a number ("tens", "of", "thousands": 20,000-99,999)."""
    vague = [w for w in words if w in VAGUE or w == "tens"]
    few = next((w for w in words if w in FEW), None)
    if vague:
        if len(vague) >= 2 and vague[0] in VAGUE_BASE:  # "tens of thousands", "hundreds of millions"
            base = VAGUE_BASE[vague[0]] * SCALES.get(vague[-1].rstrip("s"), 1)
            return None, 2 * base, 10 * base - 1, True
        low, high = VAGUE.get(vague[0], (20, 99))
        return None, low, high, True
    if few is not None:
        scale = next((SCALES[w] for w in words if w in SCALES), None)
        if scale is None:
            return None, None, None, True
        a, b = FEW[few]
        return None, a * scale, b * scale, True
    if words[:3] == ["a", "couple", "of"] and len(words) > 3:  # "a couple of hundred": about 200
        scale = words_value(words[3:])
        return (None, None, None, False) if scale is None else (2 * scale, None, None, True)
    words = join_groups(words)
    glued = [w.rstrip(".") for w in words]
    suffix = glued[-1] if glued[-1] in GLUED_SUFFIXES and len(glued) > 1 else None
    core = words[:-1] if suffix else words
    value = words_value(core)
    if value is None:
        return None, None, None, False
    if suffix:
        value *= SUFFIXES[suffix]
    return value, None, None, False
