"""Keys that decide when two items assert the same thing: actors, themes, content words and polarity."""

from __future__ import annotations

import re

from claimscope.lexicon.english import STOP_WORDS
from claimscope.lexicon.negation import DENIAL_CUES, NEGATIONS
from claimscope.lexicon.organisations import INSTITUTIONS
from claimscope.lexicon.sources import SPEAKS_FOR
from claimscope.lexicon.themes import norm_word
from claimscope.store.text import fold

NEGATIVE_STATUS = {"negated", "denied"}
NEGATIVE_STANCE = {"denies"}
# status of a fact as a class: what happened vs what is planned vs what may happen
STATUS_CLASS = {"done": "actual", "ongoing": "actual", None: "actual", "": "actual", "planned": "planned",
                "possible": "possible", "negated": "negated", "denied": "negated"}
_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_STOP = STOP_WORDS - NEGATIONS


def theme_class(noun: str | None) -> str | None:
    """The class of an event's theme noun, so that 'troops' and 'soldiers' are one theme."""
    if not noun:
        return None
    words = fold(noun).split()
    return norm_word(words[-1]) if words else None


def unit_key(unit: str | None) -> str:
    """A quantity's unit as compared ('troops' = 'soldiers' = 'military'; 'people' kept)."""
    return theme_class(unit) or ""


def content_words(text: str | None, *, keep_negations: bool = False) -> frozenset[str]:
    """The content words of a text: no stop words (negations only if asked), normalised."""
    words = set()
    for m in _WORD.finditer(text or ""):
        w = m.group(0).lower().replace("’", "'")
        if w in NEGATIONS or w.endswith("n't"):
            if keep_negations:
                words.add("not")
            continue
        if w in _STOP or len(w) < 2:
            continue
        words.add(norm_word(w))
    return frozenset(words)


def jaccard(a: frozenset, b: frozenset) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    return len(a & b) / len(a | b) if a or b else 0.0


def overlap(a: frozenset, b: frozenset) -> float:
    """|a ∩ b| / min(|a|, |b|): how much of the shorter text the longer one repeats."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def has_negation(text: str | None) -> bool:
    """Whether a text carries a negation word."""
    return any(m.group(0).lower() in NEGATIONS or m.group(0).lower().endswith(("n't", "n’t"))
               for m in _WORD.finditer(text or ""))


def actor_key(name: str | None) -> str:
    """An actor name as compared."""
    return fold(name or "").strip()


def actors_compatible(a: str | None, b: str | None, info: dict[str, dict]) -> bool:
    """Whether two actor names can be the same agent: equal, unknown, one belonging to the other (its state or
    affiliation), or a person whose allegiance is unknown acting for a state or organisation."""
    ka, kb = actor_key(a), actor_key(b)
    if not ka or not kb or ka == kb:
        return True
    ia, ib = info.get(ka, {}), info.get(kb, {})
    links_a = {actor_key(x) for x in (ia.get("affiliations") or [])} | {actor_key(ia.get("country"))}
    links_b = {actor_key(x) for x in (ib.get("affiliations") or [])} | {actor_key(ib.get("country"))}
    if kb in links_a or ka in links_b or (links_a & links_b) - {""}:
        return True
    ta, tb = ia.get("type"), ib.get("type")
    if ta == "PERSON" and tb == "PERSON":
        return False
    lone_a = ta == "PERSON" and not (links_a - {""})
    lone_b = tb == "PERSON" and not (links_b - {""})
    return (lone_a and tb in {"GPE", "ORG", None}) or (lone_b and ta in {"GPE", "ORG", None})


def source_key(name: str | None, words: str | None = None) -> str:
    """Who counts as one source: a speaker's actor name, except that a spokesperson or official speaks for the
    body they are named with ("a spokesman for the energy ministry", "energy ministry spokeswoman Eva Lund" and
    "an Ostravan energy ministry official" are all "energy ministry"). `words` is the speaker as written."""
    key = actor_key(name)
    name_words = _WORD.findall(fold(name or ""))
    described = bool(set(name_words) & SPEAKS_FOR)  # the name is itself a description ("ministry spokesman")
    written = name_words if described or not words else _WORD.findall(fold(words))
    if not set(written) & SPEAKS_FOR:
        return key
    named = set() if described else set(name_words)  # "energy ministry spokeswoman Eva Lund": not the name
    rest = [w for w in written if w not in SPEAKS_FOR and w not in _STOP and w not in named]
    return " ".join(rest[-2:]) or key
