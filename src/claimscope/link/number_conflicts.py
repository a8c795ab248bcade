"""Number conflicts: two quantities that count the same thing, at the same time, with values that cannot both hold.

Used by contradictions.numbers. A count ties to what happened to the things counted (its predicate), the words
that say which things (its modifiers), its owner and date; an age or a measured performance ("a 31-year-old",
"ran 10.2 seconds") says who or which effort is meant, so two of them conflict only when one doer has both.

Before two figures are compared (`comparable`, in this order): a figure written with a leading zero ("000
people" from "31, 000 people") is a fragment of a number, never a count (`fragment`); two sentences with the
same words but for their numbers are one wire report copied, one copy corrected or garbled, not two sources
(`copied`); and a source whose own report also gives a figure that agrees with the other side ("the storm killed
14 people" ... "it killed 230 people" of another storm, or "of the 30 arrested, 18 are ...") is counting
something else with its other figure, not disputing the figure it gives itself (`restated`).
"""

from __future__ import annotations

import math
import re

from ..lexicon.inflection import IRREGULAR_VERBS
from ..lexicon.quantities import CAUSATIVES, CROWD_BEFORE, CROWD_VERBS, QUALIFIERS
from ..lexicon.stopwords import AUXILIARIES
from ..sentences import sentence_at
from ..settings import default
from .claim_keys import STATUS_CLASS, actors_compatible, unit_key
from .material import Item

APPROX = default("link.approx")  # "about 3,000" covers 2,700-3,300
# words of a quantity's text that qualify its number, not the things counted ("at least 30 workers")
_QUALIFYING = frozenset({w for words, _ in QUALIFIERS for w in words} |
                        {"a", "an", "the", "some", "of", "than", "and", "or", "to", "up", "over", "under"})
# units that measure a doer or an effort, not things counted: "a 31-year-old", "ran 10.2 seconds", "jumped 2.1m"
MEASURES = frozenset({"year-old", "years-old", "yr-old", "second", "seconds", "secs", "sec", "minute", "minutes",
                      "metre", "metres", "meter", "meters", "m", "km", "kilometres", "cm", "kg", "kilograms",
                      "pounds", "lbs", "inches", "feet", "points", "mph", "km/h"})


_NUMBER = re.compile(r"\d[\d,.]*")
_LETTERS = re.compile(r"[^\W\d_]+")
MIN_COPIED = default("link.min_copied")  # words two sentences must share, all but numbers, to be one report


def fragment(q: dict) -> bool:
    """A figure written with a leading zero ("000 people", the tail of "31, 000 people"): a piece of a number."""
    m = _NUMBER.search(q.get("text") or "")
    return bool(m) and len(m.group(0)) > 1 and m.group(0)[0] == "0" and m.group(0)[1:2].isdigit()


def _sentence_words(it: Item) -> list[str]:
    at = it.data.get("start") if isinstance(it.data.get("start"), int) else it.start
    lo, hi = sentence_at(it.doc.text, at)
    return [w.lower() for w in _LETTERS.findall(it.doc.text[lo:hi]) if w.isascii()]


def copied(a: Item, b: Item) -> bool:
    """Two sentences with the same words but for their numbers: one report, copied ("served 4½ months" and,
    its fraction garbled, "served 412 months")."""
    wa = _sentence_words(a)
    return len(wa) >= MIN_COPIED and wa == _sentence_words(b)


def _agrees(it: Item, other: Item) -> bool:
    """`it` counts what `other` counts with a value `other` allows."""
    ia, ib = interval(it.data), interval(other.data)
    return ia is not None and ib is not None and predicate(it) == predicate(other) and \
        ia[0] <= ib[1] and ib[0] <= ia[1]


def restated(a: Item, b: Item, group: list[Item]) -> bool:
    """`a`'s source gives, in `a`'s own document, another figure that agrees with `b` (a report's own words
    count for the report: an outlet that quotes "officials say 14 were killed" and writes "it killed 230" of an
    earlier storm is not disputing the 14)."""
    return any(it is not a and it.doc.id == a.doc.id and not fragment(it.data) and _agrees(it, b) and
               (it.source_key == a.source_key or a.statement_id is None) for it in group)


def comparable(a: Item, b: Item, group: list[Item]) -> bool:
    """Two figures that may be two sources' values of one count (the module's cascade, first refusal wins)."""
    return not (fragment(a.data) or fragment(b.data) or copied(a, b) or restated(a, b, group) or
                restated(b, a, group))


def _info(a: Item, b: Item) -> dict[str, dict]:
    return {**a.doc.actors, **b.doc.actors}


def measure(q: dict) -> bool:
    """A quantity that measures someone or something done ("the 31-year-old", "in 10.2 seconds", "2.1m")."""
    unit = (q.get("unit") or "").lower().strip()
    text = (q.get("text") or "").lower()
    return unit in MEASURES or (unit.split() or [""])[-1] in MEASURES or "-year-old" in text or \
        text.endswith(("secs", "seconds", "metres"))


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


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ing", "ed", "d", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# "-ing" words before a number that relate it to something else rather than say what happened to it
# ("including 12 people", "during 3 days", "bringing the total to 30")
_NOT_ACTIONS = frozenset({"including", "excluding", "during", "according", "following", "regarding",
                          "concerning", "totalling", "totaling", "numbering", "being", "having", "bringing",
                          "making", "reaching", "exceeding", "nearing", "averaging", "involving"})


def _participle(word: str) -> str | None:
    """What a verb right before a number did to the things counted: a past participle ("injured 14 workers")
    or, in a clause of result, a present one ("derailed, injuring 12 people"; not "including 12 people")."""
    w = word.strip(".,;:!?\"'()").lower()
    if not w.isalpha() or w in AUXILIARIES or w in _NOT_ACTIONS:
        return None
    return _stem(w) if w.endswith(("ed", "en", "ing")) else None


def _after(text: str) -> list[str]:
    """The words after a quantity, a place or owner it is "of" skipped ("400 residents of Tillen left")."""
    words = [w.strip(".,;:!?\"'()") for w in text.split()[:8]]
    if words and words[0].lower() == "of":
        rest = words[1:]
        while rest and (rest[0][:1].isupper() or rest[0].lower() == "the"):
            rest = rest[1:]
        words = rest if len(rest) < len(words) - 1 else words
    return words


def _caused(words: list[str]) -> str | None:
    """"forced 1,200 residents to leave": the verb after "to" (within the next six words)."""
    for i, w in enumerate(words[:6]):
        if w.lower() == "to" and i + 1 < len(words) and words[i + 1].isalpha():
            return _stem(words[i + 1].lower())
    return None


def predicate(it: Item) -> str | None:
    """What a quantity counts happening to: the action of its event, else the verb right after it ("300 people
    had been killed" -> kill, "400 residents of Tillen left" -> leave), else the participle right before it
    ("the blast injured 14 workers" -> injur), or what a causing one makes them do ("forced 1,200 residents to
    leave" -> leave); a crowd's count is "attend" whatever the words ("in front of 41,000 fans", "28,000 fans
    watched", "5,000 marched")."""
    found = _predicate(it)
    return "attend" if found in CROWD_VERBS else found


def _predicate(it: Item) -> str | None:
    if it.data.get("event_lemma"):
        return _stem(it.data["event_lemma"])
    text = it.doc.text
    end = it.data.get("end") if isinstance(it.data.get("end"), int) else None
    if end is None:
        return None
    start = it.data.get("start") if isinstance(it.data.get("start"), int) else None
    lead = " ".join(text[max(0, start - 30):start].lower().split()) if start else ""
    if lead.endswith(CROWD_BEFORE):
        return "attend"  # "in front of 41,000 fans", "a crowd of 5,000"
    before = text[max(0, start - 30):start].split()[-1:] if start else []
    after = _after(text[end:end + 80])
    if before and _participle(before[0]):
        cause = _participle(before[0])
        return (_caused(after) or cause) if cause in CAUSATIVES else cause
    for w in after[:5]:
        w = w.lower()
        if not w.isalpha():
            return None
        if w not in AUXILIARIES:
            # what happened to what was counted: a participle ("had been killed", "were injured"), else nothing
            if w in IRREGULAR_VERBS:
                return _stem(IRREGULAR_VERBS[w])
            return _stem(w) if w.endswith(("ed", "en")) else None
    return None


def modifiers(q: dict) -> frozenset[str]:
    """The words that say which things a quantity counts, between its number and its unit ("71,000 new
    construction jobs" -> new, construction); qualifiers and numbers left out."""
    head = ((q.get("unit") or "").lower().split() or [""])[-1]
    words = [w.strip(".,;:()").lower() for w in (q.get("text") or "").split()]
    words = [w for w in words if w.isalpha() and w != head and w not in _QUALIFYING]
    return frozenset(words)


def number_conflict(a: Item, b: Item) -> str | None:
    """Why two quantities conflict, or None (same thing, different sources, values that cannot both hold)."""
    qa, qb = a.data, b.data
    if qa.get("change") or qb.get("change") or qa.get("kind") != qb.get("kind"):
        return None
    ua, ub = unit_key(qa.get("unit") or qa.get("currency")), unit_key(qb.get("unit") or qb.get("currency"))
    if not ua or ua != ub:
        return None
    pa_, pb_ = predicate(a), predicate(b)
    if not pa_ or pa_ != pb_:
        return None  # "2,000 injured" and "300 killed" count different things; with no action, unknown things
    if modifiers(qa) != modifiers(qb):
        return None  # "337,000 jobs" and "71,000 new construction jobs": a part is no other count of the whole
    if qa.get("kind") in {"money", "percent"} and not (qa.get("actor") and qb.get("actor")):
        return None  # sums and shares in one story are about many things; only an owner ties two together
    if (measure(qa) or measure(qb)) and not (qa.get("actor") and qb.get("actor")):
        return None  # "the 29-year-old clocked 7.9 seconds" and "the 24-year-old clocked 8.2": who is unknown
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


