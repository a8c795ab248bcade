"""What a document is about, as weighted features for story grouping: its actors, its salient words, and the
dates and figures its text gives (read from the stored document JSON, so the link stage parses nothing)."""

from __future__ import annotations

import re
from functools import lru_cache
import sqlite3
from collections import Counter
from datetime import date

from ..lexicon.english import STOP_WORDS
from ..lexicon.stopwords import NEWS_STOP_WORDS
from ..settings import default
from .shingles import normalise

# A named person or organisation says more about the story than a country does (one country is in every other).
ACTOR_WEIGHT = default("link.actor_weight")
TERM_WEIGHT = default("link.term_weight")
# Salient words per document: its title words first, then its content words used at least twice.
TERMS = default("link.story_terms")
TITLE_BOOST = default("link.title_boost")
# Two reports of one event name the same year or day and the same figures; two events of one kind seldom do.
DATE_WEIGHT = default("link.date_weight")
QUANTITY_WEIGHT = default("link.quantity_weight")
_YEAR = re.compile(r"(\d{4})(-\d{2}-\d{2})?")

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
STOP = STOP_WORDS | NEWS_STOP_WORDS


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude fold of plurals and verb endings ("troops" = "troop", "killed" = "killing" = "kill"), no model."""
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 5 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def salient_terms(title: str | None, text: str, limit: int = TERMS) -> list[str]:
    """The `limit` words most telling of a text: non-stop words, title words counting TITLE_BOOST times."""
    counts: Counter = Counter()
    for w in _WORD.findall(normalise(text or "")):
        if w not in STOP:
            counts[stem(w)] += 1
    for w in _WORD.findall(normalise(title or "")):
        if w not in STOP:
            counts[stem(w)] += TITLE_BOOST
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, c in ranked if c >= 2][:limit]


def document_features(conn: sqlite3.Connection, doc_id: str, title: str | None, text: str,
                      js: dict | None = None) -> dict[str, float]:
    """feature -> weight: 'a:<actor id>' for each store actor the document mentions, 't:<word>' for its terms,
    and from its JSON (when given) 'y:<year>' and 'd:<day>' for the dates it names, 'q:<value>:<unit>' for its
    figures."""
    feats: dict[str, float] = {}
    for actor_id, type_ in conn.execute("SELECT DISTINCT actor_id, type FROM doc_actors WHERE document_id = ?",
                                        (doc_id,)):
        feats[f"a:{actor_id}"] = ACTOR_WEIGHT.get(type_ or "", 1.0)
    for term in salient_terms(title, text):
        feats.setdefault(f"t:{term}", TERM_WEIGHT)
    if js:
        feats.update(fact_features(js))
    return feats


def fact_features(js: dict) -> dict[str, float]:
    """The dates ('in 2008' gives y:2008, '11 November 2011' d:2011-11-11) and figures ('23 pirates': q:23:pirates) of a
    stored document JSON; relative dates ("Monday", "last week", even when resolved) and bare numbers give none."""
    out: dict[str, float] = {}
    for d in js.get("dates") or []:
        if not isinstance(d, dict) or d.get("relative"):
            continue                    # "Monday" resolved against the publication day says nothing more
        m = _YEAR.match(str(d.get("value") or ""))
        if m:                           # a day stands for itself; its year would match every report of that year
            out[f"d:{m.group(0)}" if m.group(2) else f"y:{m.group(1)}"] = DATE_WEIGHT
    for q in js.get("quantities") or []:
        if isinstance(q, dict) and isinstance(q.get("value"), (int, float)) and q.get("unit"):
            out.setdefault(f"q:{q['value']:g}:{str(q['unit']).casefold()}", QUANTITY_WEIGHT)
    return out


def day(published: str | None) -> date | None:
    """The calendar day of an ISO 8601 publication date, None when missing or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
