"""Evaluative polarity of words (data/polarity.tsv, built from VADER and Pattern by training/build_polarity.py).

Analysis scores the descriptors of a characterisation with it (analyse/facts/describe.py); the file ships with
the package, so neither VADER nor Pattern is needed at run time.

A word missing from the lexicon can still evaluate through its prefix: a negating prefix ("un-", "in-", "dis-",
"non-") reverses a known stem ("inexperienced" = not "experienced"), and a pejorative prefix ("mal-", "ill-",
"under-", "ill-") marks a word negative by itself ("malnourished", "ill-equipped", "undertrained").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..settings import default
from .evaluation import AMELIORATIVE_PREFIXES, NEGATING_PREFIXES, PEJORATIVE_PREFIXES

_FILE = Path(__file__).with_name("data") / "polarity.tsv"
_PEJORATIVE_SCORE = default("polarity.pejorative_score")
_AMELIORATIVE_SCORE = default("polarity.ameliorative_score")
MIN_POLAR = default("polarity.min_polar")  # weaker scores ("young" 0.1) do not evaluate


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """word -> polarity in -1..+1 (loaded once)."""
    out: dict[str, float] = {}
    with _FILE.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, _, score = line.rstrip("\n").partition("\t")
            try:
                out[word] = float(score)
            except ValueError:
                continue
    return out


def _stems(word: str) -> list[str]:
    """The word and forms a lexicon may hold it under (participle, plural)."""
    forms = [word]
    if word.endswith("ed") and len(word) > 4:
        forms += [word[:-1], word[:-2]]
    if word.endswith("s") and len(word) > 3:
        forms.append(word[:-1])
    return forms


def _lookup(word: str) -> float | None:
    lex = lexicon()
    for form in _stems(word):
        if form in lex:
            return lex[form]
    return None


@lru_cache(maxsize=65536)
def polarity(word: str) -> float:
    """Polarity of one word in -1..+1 (0 when it does not evaluate); case-insensitive."""
    word = (word or "").lower().strip("'\"“”‘’-")
    if len(word) < 2:
        return 0.0
    direct = _lookup(word)
    derived = None
    for prefix in NEGATING_PREFIXES:
        stem = word[len(prefix):]
        if word.startswith(prefix) and len(stem) >= 4:
            base = _lookup(stem)
            if base is not None and base > 0:
                derived = -base
                break
    if derived is None:
        for prefix in PEJORATIVE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4 and (direct is None or direct >= 0):
                derived = _PEJORATIVE_SCORE
                break
    if derived is None:
        for prefix in AMELIORATIVE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4 and (direct is None or direct <= 0):
                base = _lookup(word[len(prefix):])
                derived = -_AMELIORATIVE_SCORE if base is not None and base < 0 else _AMELIORATIVE_SCORE
                break
    # the derived reading wins when the lexicon knows the word only weakly ("inexperienced" -0.1)
    candidates = [s for s in (direct, derived) if s is not None]
    if not candidates:
        return 0.0
    score = max(candidates, key=abs)
    return score if abs(score) >= MIN_POLAR else 0.0
