"""Numbers as news writes them, read from their words without spaCy: "4,500", "4.5bn", "two dozen",
"twenty-five", "half a million", "a million", and vague amounts ("dozens", "tens of thousands", "a few
hundred") as conventional intervals (lexicon/numbers.py).
"""

from __future__ import annotations

import re

from ...lexicon.numbers import FEW, SCALES, SUFFIXES, TENS, UNITS, VAGUE, VAGUE_BASE

GLUED_SUFFIXES = {"m", "bn", "b", "tn", "mn", "mln", "k"}  # "300m" tokenised as "300" "m"
DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|mln|bn|b|tn|trn)?\.?$", re.IGNORECASE)


def digits_value(text: str) -> tuple[float, str | None] | None:
    """(value, glued suffix) of a digit token such as '4,500', '4.5bn' or '12.5'; None if it is not one."""
    m = DIGITS.match(text)
    if not m:
        return None
    whole, frac, suffix = m.group(1), m.group(2) or "", m.group(3)
    value = float(whole.replace(",", "") + frac)
    if suffix:
        value *= SUFFIXES[suffix.lower()]
    return value, (suffix.lower() if suffix else None)


def words_value(words: list[str]) -> float | None:
    """The value of number words ('two', 'dozen' / 'twenty', 'five' / 'a', 'million' / 'half', 'a', 'million')."""
    words = [w.lower() for w in words if w not in {"-", "and"}]
    if not words:
        return None
    total = 0.0
    current = 0.0
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
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
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
    glued = [w.rstrip(".") for w in words]
    suffix = glued[-1] if glued[-1] in GLUED_SUFFIXES and len(glued) > 1 else None
    core = words[:-1] if suffix else words
    value = words_value(core)
    if value is None:
        return None, None, None, False
    if suffix:
        value *= SUFFIXES[suffix]
    return value, None, None, False
