"""Quantities: numbers with what they count, money, percentages, vague amounts and changes.

A quantity is found from its number words ("3,000", "4.5bn", "two dozen", "a million", "dozens",
"tens of thousands"), then read outwards:

- before it: a qualifier that makes it an interval ("at least", "up to", "more than", "nearly", "about",
  "between ... and ...") and a currency sign ("$", "£", "€");
- after it: a range end ("10-20", "10 to 20"), "%"/"per cent"/"percentage points", a currency word, and
  what it counts: the noun it modifies ("3,000 troops") or the noun after "of" ("dozens of villagers");
- a bare number in an object or subject position takes the unit of an earlier quantity of the same
  sentence ("sent 3,000 troops and plans to deploy 10,000" -> 10,000 troops; `unit_inferred`);
- a change: a quantity after "by"/"to"/"from" or as the object of a verb of rising or falling ("rose by
  15%", "fell 8 per cent"), "up/down 5%", or "a 15% rise".

Vague amounts are intervals whose bounds are conventions: dozens 24-99, scores 40-199, hundreds 200-999,
thousands 2,000-9,999, tens of thousands 20,000-99,999, and so on; "several X" 3X-9X, "a few X" 2X-5X.
"at least/more than N" give `low` N, "up to/fewer than/nearly N" `high` N, "about N" keeps `value` N; all
of them are `approximate`. Each quantity is tied to the actor of its clause (the subject of the verb whose
object it is, or the group it describes), to the statement that reports it, to a date of its clause, and
takes the clause's status.

Numbers that are not quantities are skipped: dates, times and ages (see `dates`), ordinals, numbers inside
names ("Boeing 747", "F-16"), identifiers ("Article 5", "No 10"), sports scores ("2-1"), and a lone "one".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from .clauses import ActorRefs, Ref, agent_of, doc_cache, governing_verb
from .dates import UNIT_WORDS as TIME_UNITS, TimeExpr
from .extensions import register_extensions
from .numbers import NUMBER_WORDS, SCALES, SUFFIXES, clean_number, digits_value, words_value
from .status import Hedge, clause_hedges, fact_status

VAGUE = {  # plural number word -> (low, high)
    "dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999), "billions": (2_000_000_000, 9_999_999_999),
    "trillions": (2_000_000_000_000, 9_999_999_999_999),
}
VAGUE_BASE = {"tens": 10, "hundreds": 100, "dozens": 12, "scores": 20}
FEW = {"several": (3, 9), "few": (2, 5), "many": (2, 9)}
QUALIFIERS = [  # (words, kind) longest first; kinds: min, max, nearly, about, exact
    (("no", "fewer", "than"), "min"), (("no", "less", "than"), "min"), (("not", "less", "than"), "min"),
    (("a", "minimum", "of"), "min"), (("in", "excess", "of"), "min"), (("well", "over"), "min"),
    (("more", "than"), "min"), (("greater", "than"), "min"), (("upwards", "of"), "min"),
    (("higher", "than"), "min"), (("bigger", "than"), "min"), (("larger", "than"), "min"),
    (("lower", "than"), "max"), (("smaller", "than"), "max"),
    (("at", "least"), "min"), (("over",), "min"), (("above",), "min"), (("exceeding",), "min"),
    (("no", "more", "than"), "max"), (("not", "more", "than"), "max"), (("a", "maximum", "of"), "max"),
    (("as", "many", "as"), "max"), (("as", "much", "as"), "max"), (("just", "under"), "max"),
    (("up", "to"), "max"), (("at", "most"), "max"), (("fewer", "than"), "max"), (("less", "than"), "max"),
    (("under",), "max"), (("below",), "max"),
    (("close", "to"), "nearly"), (("just", "short", "of"), "nearly"), (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("an", "estimated"), "about"), (("approximately",), "about"), (("roughly",), "about"),
    (("around",), "about"), (("about",), "about"), (("some",), "about"), (("circa",), "about"),
    (("estimated",), "about"), (("approx",), "about"), (("an", "average", "of"), "about"),
    (("exactly",), "exact"), (("precisely",), "exact"),
]
_MAX_QUAL = max(len(w) for w, _ in QUALIFIERS)
CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "us$": "USD", "a$": "AUD", "c$": "CAD",
                  "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL", "₹": "INR", "₽": "RUB", "₩": "KRW",
                  "rs": "INR", "rs.": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
                  "chf": "CHF", "cny": "CNY", "rmb": "CNY", "inr": "INR", "rub": "RUB", "₴": "UAH", "uah": "UAH"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
                  "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB",
                  "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "sterling": "GBP", "hryvnia": "UAH",
                  "hryvnias": "UAH", "pence": "GBP", "cents": "USD", "francs": "CHF", "won": "KRW"}
SUBUNITS = {"pence": 0.01, "cents": 0.01, "p": 0.01}
PERCENT_WORDS = {"percent", "pc", "%", "per-cent"}
INCREASE = {"rise", "increase", "grow", "climb", "jump", "surge", "soar", "gain", "rocket", "boost", "raise",
            "expand", "double", "triple", "rally", "advance", "improve", "widen", "lift", "hike", "swell",
            "balloon", "spike", "up", "accelerate", "go"}
DECREASE = {"fall", "drop", "decline", "decrease", "slip", "slide", "plunge", "tumble", "shrink", "cut",
            "reduce", "lose", "sink", "dip", "ease", "contract", "slump", "plummet", "lower", "dive", "shed",
            "narrow", "down", "halve", "crash", "retreat", "weaken", "trim", "slash", "fell"}
# verbs whose object or bare measure is the size of the change ("fell 8%", "gained 3 points"), unlike
# "raised $1bn" or "cut 500 jobs", whose object is what was raised or cut
MEASURED_CHANGE = {"rise", "fall", "climb", "drop", "jump", "slip", "slide", "gain", "lose", "surge", "soar", "plunge",
                   "tumble", "sink", "dip", "ease", "decline", "increase", "decrease", "grow", "shrink", "advance",
                   "retreat", "rally", "slump", "plummet", "edge", "up", "down", "rocket", "dive", "contract"}
CHANGE_NOUNS = {"rise": "increase", "increase": "increase", "growth": "increase", "jump": "increase",
                "gain": "increase", "hike": "increase", "surge": "increase", "boost": "increase",
                "fall": "decrease", "drop": "decrease", "decline": "decrease", "decrease": "decrease",
                "cut": "decrease", "reduction": "decrease", "loss": "decrease", "slump": "decrease",
                "dip": "decrease", "contraction": "decrease"}
IDENTIFIER_NOUNS = {"no", "no.", "number", "#", "article", "section", "chapter", "page", "room", "flight",
                    "version", "level", "phase", "grade", "category", "route", "channel", "line", "platform",
                    "gate", "terminal", "model", "series", "episode", "round", "stage", "track", "vol",
                    "volume", "issue", "item", "paragraph", "clause", "rule", "resolution", "act", "figure",
                    "table", "part", "step", "week", "day", "year", "tier", "bus", "highway", "road", "block",
                    "apartment", "suite", "unit", "box", "ward", "district", "zone", "sector", "division",
                    "group", "class", "size", "mark", "code", "id", "pp", "p.", "vs"}
SOFT_IDENTIFIERS = {"unit", "division", "group", "size", "class", "zone", "sector", "block", "part", "step", "mark",
                    "week", "day", "year", "line", "level", "stage", "round", "phase", "table", "figure", "item",
                    "box", "act", "rule", "issue", "track", "model", "series", "volume", "grade", "category"}
NOT_UNITS = {"more", "less", "others", "other", "each", "apiece", "all", "most", "both", "some", "them", "which",
             "whom", "those", "these", "they", "it", "what", "who", "fewer", "half", "percent", "%"}
FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
             "seventh", "eighth", "ninth", "tenth", "tenths", "hundredth"}
# "one thing", "one way": idioms, not counts
GENERIC_NOUNS = {"thing", "way", "time", "reason", "point", "question", "problem", "issue", "day", "side", "hand",
                 "moment", "example", "place", "part", "kind", "sort", "type", "area", "aspect", "factor", "word",
                 "step", "option", "another", "other", "matter", "case", "sense", "respect", "thought", "idea",
                 "set", "lot", "bit", "number", "hell", "heck"}
_NOMINAL = {"dobj", "nsubj", "nsubjpass", "pobj", "conj", "attr", "appos", "npadvmod", "oprd", "dep",
            "ROOT", "dative", "advmod"}
_OBJECT_DEPS = {"dobj", "attr", "oprd", "dative", "npadvmod", "advmod", "acomp"}
_EXCLUDED_ENTS = {"ORDINAL", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "GPE", "LOC",
                  "NORP", "LANGUAGE"}


@dataclass
class Quantity:
    """One quantity of a document (character offsets into the text)."""

    start: int
    end: int
    text: str
    kind: str  # count | money | percent
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    unit: str | None = None
    currency: str | None = None
    approximate: bool = False
    qualifier: str | None = None
    unit_inferred: bool = False
    change: dict | None = None
    status: str | None = None
    actor: Ref | None = None
    statement: int | None = None  # position in doc._.statements
    date: TimeExpr | None = None
    hedges: list[Hedge] = field(default_factory=list)
    verb: int | None = None  # token index of the clause predicate
    tokens: tuple[int, int] = (0, 0)  # token range of the number words
    unit_token: int | None = None


_NUMBER_LOWER = set(VAGUE) | {"tens"} | NUMBER_WORDS
_DIGIT_START = re.compile(r"(?<![\w.,])\d")


def _numberish(tok: Token) -> str | None:
    low = tok.lower_
    if low in VAGUE or low == "tens":
        return "vague"
    if low in NUMBER_WORDS:
        return "word"
    if tok.text[:1].isdigit() and digits_value(tok.text) is not None:
        return "digit"
    return None


class _Finder:
    def __init__(self, doc: Doc, dates: list[TimeExpr]):
        self.doc = doc
        cache = doc_cache(doc)
        self.text = cache.text
        self.excluded: set[int] = set()
        for d in dates:
            self.excluded.update(range(*d.tokens))
        for ent in doc.ents:
            if ent.label_ in _EXCLUDED_ENTS:
                self.excluded.update(range(ent.start, ent.end))
        self.dates_by_verb: dict[int, list[TimeExpr]] = {}
        for d in dates:
            if d.verb is not None and d.kind in {"date", "time"}:
                self.dates_by_verb.setdefault(d.verb, []).append(d)
        self.refs = ActorRefs(doc, self.text)
        self.statements = cache.statements
        self.stances = doc._.stances or []

    # ---- the number words ---------------------------------------------------------------------------
    def _core(self, i: int) -> tuple[int, int] | None:
        doc = self.doc
        n = len(doc)
        lo = hi = i
        while hi + 1 < n:
            nxt = doc[hi + 1]
            kind = _numberish(nxt)
            if kind is not None and nxt.i not in self.excluded:
                if kind == "digit" and _numberish(doc[hi]) == "digit":
                    break  # "2001 3,000": two numbers
                if _numberish(doc[hi]) == "digit" and nxt.lower_ not in SCALES:
                    break  # "£10 one-way": a digit is not followed by a number word unless a scale
                hi += 1
                continue
            if nxt.lower_ in {"-", "and"} and hi + 2 < n and _numberish(doc[hi]) == "word" \
                    and doc[hi + 2].lower_ in NUMBER_WORDS and doc[hi + 2].lower_ not in SCALES \
                    and (nxt.text == "-" or doc[hi].lower_ in {"hundred", "thousand", "million"}):
                hi += 2  # "twenty-five", "two hundred and fifty"
                continue
            if nxt.lower_ == "of" and doc[hi].lower_ in {"tens", "hundreds", "dozens", "scores"} \
                    and hi + 2 < n and doc[hi + 2].lower_ in VAGUE:
                hi += 2  # "tens of thousands"
                continue
            if nxt.lower_.rstrip(".") in {"m", "bn", "b", "tn", "mn", "mln", "k"} and _numberish(doc[hi]) == "digit" \
                    and not doc[hi].whitespace_:
                hi += 1  # "300m" tokenised as "300" "m"
                continue
            break
        # "a million", "half a million", "several hundred", "a few thousand"
        while lo > 0:
            prev = doc[lo - 1]
            low = prev.lower_
            if low in {"a", "an"} and doc[lo].lower_ in SCALES:
                lo -= 1
            elif low == "half" and doc[lo].lower_ in {"a", "an"}:
                lo -= 1
            elif low in FEW and (doc[lo].lower_ in SCALES or doc[lo].lower_ in {"hundred", "thousand"}):
                lo -= 1
                if low == "few" and lo > 0 and doc[lo - 1].lower_ == "a":
                    lo -= 1
            else:
                break
        return lo, hi + 1

    def _read_core(self, lo: int, hi: int) -> tuple[float | None, float | None, float | None, bool]:
        """(value, low, high, vague) of the number words."""
        words = [t.lower_ for t in self.doc[lo:hi]]
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
        suffix = glued[-1] if glued[-1] in {"m", "bn", "b", "tn", "mn", "mln", "k"} and len(glued) > 1 else None
        core = words[:-1] if suffix else words
        value = words_value(core)
        if value is None:
            return None, None, None, False
        if suffix:
            value *= SUFFIXES[suffix]
        return value, None, None, False

    # ---- the quantity --------------------------------------------------------------------------------
    def _candidates(self) -> list[int]:
        """Tokens that may start a number: number words, and tokens starting with a digit."""
        cache = doc_cache(self.doc)
        found = set(cache.with_lower(_NUMBER_LOWER))
        found.update(cache.token_at(m.start()) for m in _DIGIT_START.finditer(self.text))
        return sorted(found)

    def find(self) -> list[Quantity]:
        doc = self.doc
        out: list[Quantity] = []
        consumed: set[int] = set()
        pos = 0
        for i in self._candidates():
            if i < pos or i in consumed or i in self.excluded or _numberish(doc[i]) is None:
                continue
            lo, hi = self._core(i)
            self.skip_until = hi
            q = self._quantity(lo, hi, out)
            if q is not None:
                out.append(q)
                consumed.update(range(*q.tokens))
                pos = max(hi, q.tokens[1])
            else:
                pos = max(hi, self.skip_until)
        self._conversions(out)
        return out

    def _conversions(self, found: list[Quantity]) -> None:
        """'more than $499 (£264)': an amount converted in brackets shares the bound of the one it converts."""
        for prev, q in zip(found, found[1:]):
            gap = self.text[prev.end:q.start]
            if prev.kind != "money" or q.kind != "money" or gap.strip() not in {"(", ";", ",", "/"} or \
                    q.value is None or prev.qualifier is None or q.qualifier is not None:
                continue
            if prev.low is not None:
                q.low, q.value = q.value, None
            elif prev.high is not None:
                q.high, q.value = q.value, None
            q.approximate, q.qualifier = prev.approximate, prev.qualifier

    def _skip(self, lo: int, hi: int) -> bool:
        doc = self.doc
        words = doc[lo:hi]
        first = words[0]
        if any(t.i in self.excluded for t in words):
            return True
        if len(words) == 1 and first.lower_ in {"one", "a", "an"}:
            return not (first.dep_ == "nummod" and first.head.pos_ == "NOUN" and first.head.i > first.i) \
                or first.head.lemma_.lower() in GENERIC_NOUNS
        if len(words) == 1 and first.lower_ in SCALES and first.lower_ != "dozen":
            return True  # "hundred" alone
        if lo > 0:
            prev = doc[lo - 1]
            if prev.lower_ in IDENTIFIER_NOUNS and (prev.lower_ not in SOFT_IDENTIFIERS or prev.text[:1].isupper()):
                return True  # "Article 5", "No 10", "Flight 17"
            if prev.text in {"-", "–", "/"} and not prev.whitespace_ and lo > 1 and doc[lo - 2].is_alpha \
                    and not doc[lo - 2].whitespace_:
                return True  # "F-16", "Covid-19"
            if prev.pos_ == "PROPN" and first.head.i == prev.i and first.dep_ in {"nummod", "appos", "compound",
                                                                                   "npadvmod"}:
                return True  # "Boeing 747", "Windows 95"
        if hi < len(doc):
            nxt = doc[hi]
            if nxt.text in {"-", "–"} and not nxt.whitespace_ and hi + 1 < len(doc) and doc[hi + 1].lower_ in \
                    {"year", "month", "week", "day", "hour", "minute", "old"}:
                return True  # "10-year", "62-year-old"
            if nxt.lower_ in TIME_UNITS or nxt.lower_ in {"old", "am", "pm", "a.m.", "p.m."}:
                return True  # a duration or an age: time expressions, not quantities
            if nxt.text in {":", "/"} and not nxt.whitespace_:
                return True  # "10:30", "3/4"
        t = first.text
        if len(words) == 1 and t.isdigit() and len(t) > 12:
            return True
        return False

    def _qualifier(self, lo: int) -> tuple[int, str | None, str | None]:
        """(new start, kind, words) of a qualifier right before position lo."""
        doc = self.doc
        before = [t.lower_ for t in doc[max(0, lo - _MAX_QUAL):lo]]
        for words, kind in QUALIFIERS:
            k = len(words)
            if tuple(before[-k:]) == words:
                start = lo - k
                if words == ("some",) and lo < len(doc) and _numberish(doc[lo]) == "vague":
                    continue
                if words in {("over",), ("under",), ("above",), ("below",)} and start > 0 and \
                        doc[start].dep_ == "prep" and doc[start].head.lemma_ in {"spread", "last", "take"}:
                    continue
                return start, kind, self.text[doc[start].idx:doc[lo - 1].idx + len(doc[lo - 1])]
        return lo, None, None

    def _quantity(self, lo: int, hi: int, found: list[Quantity]) -> Quantity | None:
        doc = self.doc
        n = len(doc)
        if self._skip(lo, hi):
            return None
        value, low, high, vague = self._read_core(lo, hi)
        if value is None and low is None:
            return None
        start, end = lo, hi
        currency = None
        kind = "count"
        # currency sign right before the number ("$5bn", "US$ 3m")
        if start > 0:
            sign = doc[start - 1].lower_
            if sign in CURRENCY_SIGNS:
                currency = CURRENCY_SIGNS[sign]
                start -= 1
                if start > 0 and doc[start - 1].lower_ in {"us", "u.s."} and sign == "$":
                    start -= 1
        # range: "between 10 and 20", "10-20", "10 to 20", "two or three"
        range_kind = None
        if end + 1 < n and doc[end].lower_ in {"-", "–", "to", "and", "or"}:
            j = end + 1
            if j < n and doc[j].lower_ in CURRENCY_SIGNS:
                j += 1
            if j < n and _numberish(doc[j]) in {"digit", "word"} and j not in self.excluded:
                lo2, hi2 = self._core(j)
                v2, _, _, _ = self._read_core(lo2, hi2)
                joiner = doc[end].lower_
                between = start > 0 and doc[start - 1].lower_ == "between"
                from_to = joiner == "to" and start > 0 and doc[start - 1].lower_ == "from"
                if from_to and self._change_verb(doc[lo]):
                    v2 = None  # "rose from 29% to 40%": two levels of a change, not a range
                if v2 is not None and (joiner != "and" or between) and value is not None:
                    scale2 = self._scale_of(lo2, hi2)
                    if scale2 and not self._scale_of(lo, hi) and v2 > value * 100:
                        value *= scale2  # "5-6bn", "two to three million"
                    if v2 > value:
                        low, high, value = value, v2, None
                        range_kind = joiner
                        end = hi2
                        if between:
                            start -= 1
                        elif start > 0 and doc[start - 1].lower_ == "from" and joiner == "to" \
                                and not self._change_verb(doc[lo]):
                            start -= 1
                    elif joiner in {"-", "–"}:
                        self.skip_until = hi2
                        return None  # a score ("2-1") or a code, not a quantity
        # qualifier before ("at least", "up to", "nearly", "about")
        qual_start, qual_kind, qual_text = self._qualifier(start)
        if qual_kind is not None and range_kind is None:
            start = qual_start
            if qual_kind in {"min", "max", "nearly"} and value is not None:
                if qual_kind == "min":
                    low, value = value, None
                else:
                    high, value = value, None
        # "or so", "or more"
        or_after = False
        if end + 1 < n and doc[end].lower_ == "or" and doc[end + 1].lower_ in {"so", "more"}:
            or_after = True
            if doc[end + 1].lower_ == "more" and value is not None:
                low, value = value, None
            qual_text = (qual_text + " " if qual_text else "") + f"or {doc[end + 1].lower_}"
            end += 2
        # percent and currency words after the number
        unit = None
        unit_tok = None
        if end < n:
            nxt = doc[end].lower_
            if nxt in PERCENT_WORDS or doc[end].text == "%":
                kind, unit = "percent", "%"
                end += 1
            elif nxt == "per" and end + 1 < n and doc[end + 1].lower_ == "cent":
                kind, unit = "percent", "%"
                end += 2
            elif nxt in {"percentage", "basis"} and end + 1 < n and doc[end + 1].lower_ in {"point", "points"}:
                kind, unit = "percent", f"{nxt} points"
                end += 2
            elif nxt in CURRENCY_WORDS and not (nxt == "won" and doc[end].pos_ == "VERB"):
                currency = currency or CURRENCY_WORDS[nxt]
                factor = SUBUNITS.get(nxt)
                if factor:
                    value = value * factor if value is not None else None
                    low = low * factor if low is not None else None
                    high = high * factor if high is not None else None
                unit_tok = doc[end]
                end += 1
                if end + 1 < n and doc[end].lower_ in {"sterling"}:
                    end += 1
        if currency is not None and kind == "count":
            kind, unit = "money", currency
        # what it counts
        anchor = self._anchor(lo, hi if range_kind is None else end)
        unit_inferred = False
        if kind == "count":
            noun = self._unit_noun(anchor, lo, end)
            if noun is not None:
                if noun.lemma_.lower() in TIME_UNITS or noun.lower_ in TIME_UNITS:
                    return None  # "three years": a duration
                if noun.lemma_.lower() in FRACTIONS or noun.lower_ in FRACTIONS:
                    return None  # "two-thirds": a share, not a count
                unit_tok = noun
                unit = self._unit_text(noun)
                if noun.i >= end and noun.i - end <= 6:
                    end = noun.i + 1
            elif self._is_year(lo, hi, value):
                return None
            elif anchor.dep_ in _NOMINAL or anchor.lower_ in NOT_UNITS or anchor.head.lower_ in NOT_UNITS:
                prior = self._parallel(found, lo)
                if prior is not None:
                    unit, unit_inferred = prior.unit, True
                    if prior.unit_token is not None:
                        unit_tok = doc[prior.unit_token]
                    if prior.kind == "money":
                        kind, currency = "money", prior.currency
        if value is not None and low is None and high is None and kind == "count" and unit is None \
                and anchor.dep_ in {"nummod", "quantmod"} and anchor.head.pos_ == "PROPN":
            return None
        span_start, span_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if doc[end - 1].text.endswith(".") and doc[end - 1].lower_.rstrip(".") in SUFFIXES:
            span_end -= 1  # "£2.3m." at the end of a sentence
        approximate = vague or qual_kind in {"min", "max", "nearly", "about"} or range_kind is not None or or_after
        q = Quantity(start=span_start, end=span_end, text=self.text[span_start:span_end], kind=kind,
                     value=_clean(value), low=_clean(low), high=_clean(high), unit=unit, currency=currency,
                     approximate=bool(approximate), qualifier=qual_text, unit_inferred=unit_inferred,
                     tokens=(start, end), unit_token=unit_tok.i if unit_tok is not None else None)
        self._attach(q, anchor, unit_tok)
        return q

    def _scale_of(self, lo: int, hi: int) -> float | None:
        """The scale word or suffix that ends a number ("million", "6bn"), or None."""
        last = self.doc[hi - 1].lower_.rstrip(".")
        if last in SCALES and last != "dozen" and hi - lo > 1:
            return SCALES[last]
        got = digits_value(self.doc[hi - 1].text)
        if got is not None and got[1]:
            return SUFFIXES[got[1]]
        if last in SUFFIXES and hi - lo > 1:
            return SUFFIXES[last]
        return None

    def _is_year(self, lo: int, hi: int, value) -> bool:
        if hi - lo != 1 or value is None:
            return False
        t = self.doc[lo].text
        return len(t) == 4 and t.isdigit() and 1800 <= int(t) <= 2100

    def _anchor(self, lo: int, hi: int) -> Token:
        """The number word whose head lies outside the number: where it attaches to the sentence."""
        doc = self.doc
        for t in doc[lo:hi]:
            if not (lo <= t.head.i < hi) or t.head.i == t.i:
                if t.lower_ not in {"a", "an", "half", "-", "and", "to", "or"}:
                    return t
        return doc[hi - 1]

    def _unit_noun(self, anchor: Token, lo: int, end: int) -> Token | None:
        doc = self.doc
        head = anchor.head
        if anchor.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"} and head.i != anchor.i \
                and head.pos_ in {"NOUN", "PROPN"} and head.i > anchor.i and head.lower_ not in NOT_UNITS:
            if head.pos_ == "PROPN" and head.tag_ != "NNPS":
                return None
            return head
        # "dozens of villagers", "3,000 of the troops"
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in {"NOUN", "PROPN"} and obj.lower_ not in NOT_UNITS:
                    return obj
        # the tagger sometimes hangs the noun on the number the other way round ("5 million euros")
        if end < len(doc):
            nxt = doc[end]
            if nxt.pos_ == "NOUN" and nxt.tag_ == "NNS" and (nxt.head.i == anchor.i or anchor.head.i == nxt.i):
                return nxt
        return None

    def _unit_text(self, noun: Token) -> str:
        words = [c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1 and c.pos_ == "NOUN"]
        text = " ".join([w.text for w in words] + [noun.text])
        return text if noun.pos_ == "PROPN" else text.lower()

    def _parallel(self, found: list[Quantity], lo: int) -> Quantity | None:
        """An earlier quantity of the same sentence whose unit an elliptical number carries on."""
        sent = self.doc[lo].sent
        for q in reversed(found):
            if q.tokens[1] <= sent.start:
                break
            if q.unit is not None and q.kind in {"count", "money"} and not q.unit_inferred or \
                    (q.unit is not None and q.unit_inferred):
                return q
        return None

    def _change_verb(self, tok: Token) -> str | None:
        verb = governing_verb(tok)
        if verb is None:
            return None
        lemma = verb.lemma_.lower()
        if lemma in INCREASE:
            return "increase"
        if lemma in DECREASE:
            return "decrease"
        return None

    def _change(self, chain: list[Token], before: Token | None = None) -> dict | None:
        """A change the quantity measures: "rose by 15%", "fell 8 per cent", "up 5%", "a 15% rise"."""
        if before is not None and before.lower_ in {"by", "to", "from"}:
            verb = governing_verb(chain[-1])
            direction = self._lemma_direction(verb) if verb is not None else None
            if direction is None and before.head.lower_ in {"up", "down"}:
                direction = self._lemma_direction(before.head)
            if direction:  # "from £6 to £10" parsed as one range still names two levels
                return {"direction": direction, "part": before.lower_}
        for t in chain:
            if t.dep_ in {"compound", "amod", "nummod", "npadvmod", "nmod"} and t.head.pos_ == "NOUN":
                d = CHANGE_NOUNS.get(t.head.lemma_.lower())
                if d:
                    return {"direction": d, "part": "by"}
        t = chain[-1]
        if t.dep_ == "pobj" and t.head.lower_ in {"by", "to", "from"}:
            part = t.head.lower_
            direction = self._lemma_direction(t.head.head)
            if direction:
                return {"direction": direction, "part": part}
        if t.dep_ in {"dobj", "npadvmod", "advmod"} and (t.head.lemma_.lower() in MEASURED_CHANGE
                                                         or t.head.lower_ in {"up", "down"}):
            direction = self._lemma_direction(t.head)
            if direction:
                return {"direction": direction, "part": "by"}
        return None

    @staticmethod
    def _lemma_direction(tok: Token) -> str | None:
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if lemma in INCREASE or low in INCREASE:
            return "increase" if lemma != "go" or any(c.lower_ == "up" for c in tok.children) else None
        if lemma in DECREASE or low in DECREASE:
            return "decrease"
        return None

    def _attach(self, q: Quantity, anchor: Token, unit_tok: Token | None) -> None:
        """Actor, change, status, statement, date and hedges from the clause the quantity belongs to."""
        doc = self.doc
        chain = [anchor]
        np_head = anchor
        while np_head.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod"} and np_head.head.i != np_head.i \
                and np_head.head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} and len(chain) < 4:
            np_head = np_head.head
            chain.append(np_head)
        if unit_tok is not None and unit_tok.head.i == anchor.i and unit_tok.dep_ in {"npadvmod", "dobj"}:
            np_head = anchor
        first = q.tokens[0]
        q.change = self._change(chain, doc[first - 1] if first > 0 else None)
        verb = governing_verb(np_head)
        q.verb = verb.i if verb is not None else None
        k = self.statements.at(q.start)
        q.statement = k
        stance = self.stances[k].stance if k is not None and k < len(self.stances) else None
        if verb is not None:
            q.status = fact_status(verb, stance)
            stop = set(self.statements.cue_tokens)
            q.hedges = clause_hedges(verb, self.text, stop)
            dates = self.dates_by_verb.get(verb.i) or []
            if dates:
                q.date = next((d for d in dates if d.role == "deadline"), dates[0])
        # the actor: an owner named on the phrase, else the subject when the quantity is what is acted on
        owner = None
        role = np_head
        while role.dep_ == "conj" and role.head.i != role.i and role.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            role = role.head
        for c in np_head.children:
            if c.dep_ == "poss":
                owner = self.refs.resolve(c)
        if owner is None and role.dep_ in {"nsubj", "nsubjpass"} or owner is None and verb is None:
            owner = self.refs.resolve(np_head, groups_only=True) if np_head.pos_ == "NOUN" else None
            if owner is None and role.dep_ == "nsubjpass" and verb is not None:
                owner = self.refs.resolve(agent_of(verb))
        elif owner is None and verb is not None:
            if role.dep_ in _OBJECT_DEPS or role.dep_ == "pobj":
                owner = self.refs.resolve(agent_of(verb))
        q.actor = owner


def _clean(v):
    return None if v is None else clean_number(v)


def find_quantities(doc: Doc, dates: list[TimeExpr] | None = None) -> list[Quantity]:
    """Every quantity of a parsed document (needs statements and actors for sources and actors)."""
    return _Finder(doc, dates if dates is not None else (doc._.dates or [])).find()


class QuantityFinder:
    """spaCy component: writes the document's quantities to `doc._.quantities`."""

    def __init__(self, nlp: Language, name: str = "claimscope_quantities"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = find_quantities(doc)
        return doc


@Language.factory(
    "claimscope_quantities",
    assigns=["doc._.quantities"],
    requires=["doc._.dates", "doc._.statements", "doc._.actors", "doc._.stances", "token.dep", "token.tag"],
)
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    """Factory for the quantity finder (entry point `claimscope_quantities`)."""
    return QuantityFinder(nlp, name)
