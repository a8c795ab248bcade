"""Numbers as news writes them: "3,000", "4.5bn", "two dozen", "twenty-five", "half a million", "a million"."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "dozen": 12}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES)
# Suffixes glued to digits or standing after them in money and counts: "4.5bn", "£300m", "20k".
SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
            "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|mln|bn|b|tn|trn)?\.?$", re.IGNORECASE)


def digits_value(text: str) -> tuple[float, str | None] | None:
    """(value, glued suffix) of a digit token such as '3,000', '4.5bn' or '12.5'; None if it is not one."""
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
