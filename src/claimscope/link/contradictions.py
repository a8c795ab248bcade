"""Contradictions between the items of one story, each with the evidence on both sides.

- number: the same quantity (unit, actor, status, time) given different values by different sources; a value
  that a later report raises (a toll that grows over days) is a timeline, not a conflict;
- polarity: one source confirms or asserts what another denies (a "deny/reject/dismiss" cue or a "denies"
  stance, or a negated event against an affirmed one with the same actor, action and theme);
- characterisation: the same event reported by different sources whose descriptions of its theme oppose
  (characterisation.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from . import characterisation
from .claim_keys import (DENIAL_CUES, NEGATIVE_STANCE, NEGATIVE_STATUS, STATUS_CLASS, actor_key,
                         actors_compatible, content_words, overlap, theme_class, unit_key)
from .material import Item

APPROX = 0.1          # "about 3,000" covers 2,700-3,300
MIN_SHARED_WORDS = 3  # two statements are about the same thing when they share this many content words ...
MIN_OVERLAP = 0.6     # ... and this share of the shorter one's


@dataclass
class Contradiction:
    """Two items that cannot both be right, and why."""

    kind: str          # number | polarity | characterisation
    a: Item
    b: Item
    note: str
    evidence_a: str
    evidence_b: str


def _info(a: Item, b: Item) -> dict[str, dict]:
    return {**a.doc.actors, **b.doc.actors}


def _different_sources(a: Item, b: Item) -> bool:
    """Different sources: not one speaker (or outlet), and not one report and its copy."""
    return a.source_key != b.source_key


# --- numbers -------------------------------------------------------------------------------------------------


def interval(q: dict) -> tuple[float, float] | None:
    """The values a quantity allows: [value] (widened when approximate), [low, inf), (0, high] or [low, high]."""
    def num(v):
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None

    value, low, high = num(q.get("value")), num(q.get("low")), num(q.get("high"))
    if value is not None:
        if q.get("approximate"):
            return value * (1 - APPROX), value * (1 + APPROX)
        return value, value
    if low is None and high is None:
        return None
    return (low if low is not None else 0.0), (high if high is not None else math.inf)


def _day(published: str | None) -> str | None:
    return published[:10] if published else None


def _date(q: dict) -> str | None:
    d = q.get("date")
    return d.get("value") if isinstance(d, dict) else None


def number_conflict(a: Item, b: Item) -> str | None:
    """Why two quantities conflict, or None (same thing, different sources, values that cannot both hold)."""
    qa, qb = a.data, b.data
    if qa.get("change") or qb.get("change") or qa.get("kind") != qb.get("kind"):
        return None
    if unit_key(qa.get("unit") or qa.get("currency")) != unit_key(qb.get("unit") or qb.get("currency")):
        return None
    sa, sb = STATUS_CLASS.get(qa.get("status"), qa.get("status")), STATUS_CLASS.get(qb.get("status"), qb.get("status"))
    if sa != sb or sa == "negated":
        return None
    if not actors_compatible(qa.get("actor"), qb.get("actor"), _info(a, b)) or \
            bool(qa.get("actor")) != bool(qb.get("actor")):
        return None
    da, db = _date(qa), _date(qb)
    if da and db and da != db:
        return None
    ia, ib = interval(qa), interval(qb)
    if ia is None or ib is None or (ia[0] <= ib[1] and ib[0] <= ia[1]):
        return None
    pa, pb = _day(a.doc.published), _day(b.doc.published)
    if pa and pb and pa != pb:
        early, late = (ia, ib) if pa < pb else (ib, ia)
        if late[0] > early[1]:
            return None  # a later, larger figure: the count grew (see timeline)
    return f"{qa.get('text')} ({a.source}) vs {qb.get('text')} ({b.source})"


def numbers(items: list[Item]) -> list[Contradiction]:
    """Number conflicts among the quantities of a story."""
    groups: dict[tuple, list[Item]] = defaultdict(list)
    for it in items:
        if it.kind == "quantity":
            q = it.data
            groups[(q.get("kind"), unit_key(q.get("unit") or q.get("currency")))].append(it)
    out = []
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _different_sources(a, b):
                    note = number_conflict(a, b)
                    if note:
                        out.append(Contradiction("number", a, b, note, a.data.get("text") or "",
                                                 b.data.get("text") or ""))
    return out


# --- polarity ------------------------------------------------------------------------------------------------


def event_negative(it: Item) -> bool:
    """An event that the text says did not (or will not) happen, or that its source denies."""
    return it.data.get("status") in NEGATIVE_STATUS or it.stance in NEGATIVE_STANCE


def statement_negative(it: Item) -> bool:
    """A statement whose cue denies, rejects or dismisses its content."""
    cue_words = set((it.cue or "").lower().split())
    return it.stance in NEGATIVE_STANCE or bool(cue_words & DENIAL_CUES)


def _same_event(a: Item, b: Item) -> bool:
    ea, eb = a.data, b.data
    if ea.get("lemma") != eb.get("lemma") or not ea.get("lemma"):
        return False
    if theme_class(ea.get("what")) != theme_class(eb.get("what")):
        return False
    if not (ea.get("actor") or ea.get("what")) or not (eb.get("actor") or eb.get("what")):
        return False
    info = _info(a, b)
    return actors_compatible(ea.get("actor"), eb.get("actor"), info) and \
        actors_compatible(ea.get("recipient"), eb.get("recipient"), info)


def polarity(items: list[Item]) -> list[Contradiction]:
    """A source confirming or asserting what another denies: events, then statements."""
    out = []
    events = defaultdict(list)
    for it in items:
        if it.kind == "event" and it.data.get("lemma"):
            events[it.data["lemma"]].append(it)
    for group in events.values():
        neg = [e for e in group if event_negative(e)]
        pos = [e for e in group if not event_negative(e) and e.data.get("status") in {"done", "ongoing", None}]
        for a in pos:
            for b in neg:
                if _different_sources(a, b) and _same_event(a, b):
                    note = f"{a.source} reports it happened; {b.source} " + \
                           ("denies it" if b.stance in NEGATIVE_STANCE or b.data.get("status") == "denied"
                            else "says it did not")
                    out.append(Contradiction("polarity", a, b, note, a.text, b.text))
    statements = [s for s in items if s.kind == "statement" and s.data.get("nested_in") is None]
    words = {id(s): content_words(s.text) for s in statements}
    neg = [s for s in statements if statement_negative(s)]
    for b in neg:
        for a in statements:
            if a is b or statement_negative(a) or not _different_sources(a, b):
                continue
            shared = words[id(a)] & words[id(b)]
            if len(shared) >= MIN_SHARED_WORDS and overlap(words[id(a)], words[id(b)]) >= MIN_OVERLAP:
                note = f"{a.source} {a.cue or 'says'}; {b.source} {b.cue or 'denies'} (shared: {', '.join(sorted(shared))})"
                out.append(Contradiction("polarity", a, b, note, a.text, b.text))
    return out


# --- characterisation ----------------------------------------------------------------------------------------


def _comparable(a: Item, b: Item) -> bool:
    """Two events whose themes can be the same things: one action (or PLOVER type), one theme class, actors
    that can be one agent. The destination may differ: it is where the theme goes, not what it is."""
    ea, eb = a.data, b.data
    same_action = (ea.get("lemma") and ea.get("lemma") == eb.get("lemma")) or \
        (ea.get("type") and ea.get("type") == eb.get("type"))
    return bool(same_action) and theme_class(ea.get("what")) == theme_class(eb.get("what")) and \
        actors_compatible(ea.get("actor"), eb.get("actor"), _info(a, b))


def characterisations(items: list[Item]) -> list[Contradiction]:
    """Opposing descriptions of the theme of one event by different sources."""
    events = [it for it in items if it.kind == "event" and it.data.get("what") and not event_negative(it)]
    by_theme = defaultdict(list)
    for it in events:
        by_theme[theme_class(it.data["what"])].append(it)
    cache: dict[int, list] = {}

    def describe(it: Item):
        if id(it) not in cache:
            at = it.data.get("start")
            rel = at - it.start if isinstance(at, int) and it.start <= at < it.start + len(it.text) else None
            try:
                cache[id(it)] = characterisation.describe(it.text, rel, it.data.get("what"), offset=it.start)
            except Exception:  # a parse that fails describes nothing; linking goes on
                cache[id(it)] = []
        return cache[id(it)]

    out, seen = [], set()
    for group in by_theme.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if not _different_sources(a, b) or not _comparable(a, b):
                    continue
                pair = (a.source_key, actor_key(a.text), b.source_key, actor_key(b.text))
                if pair in seen:
                    continue
                seen.add(pair)
                da, db = describe(a), describe(b)
                if not da or not db:
                    continue
                note = characterisation.opposition(da, db)
                if note:
                    out.append(Contradiction("characterisation", a, b, note, characterisation.summary(da),
                                             characterisation.summary(db)))
    return out


def find(items: list[Item]) -> list[Contradiction]:
    """Every contradiction among the items of one story."""
    return numbers(items) + polarity(items) + characterisations(items)
