"""Reading a quantity outwards from its number words, one named step at a time (`READ_STEPS`, in order):

1. `currency_sign`: "$5bn", "US$ 3m" -> money;
2. `number_range`: "between 10 and 20", "10-20", "10 to 20", "two or three" (a score "2-1" is no quantity;
   "rose from 29% to 40%", "fell 4.5p to 92.3p" and "grew by 600,000 to 67.6 million" are a change and a
   level, no range; "rose 10 to 20%" is one; "between 2010 and 2020" are years, no quantity);
   then `quantity_measure.ratio`: "one in five", "9 out of 10" -> a share;
3. `qualifier`: "at least N" -> low N, "up to / nearly N" -> high N, "about N" keeps N (all approximate);
4. `or_more`: "N or so", "N or more";
5. `unit_after`: "%", "per cent", "pc", "percentage points", a currency word, phrase or code after it ("euros",
   "pence", "Swiss francs", "5bn USD");
6.-10. `quantity_measure`: `glued_unit`, `measure_unit`, `unit_range`, `per_unit` (units and rates);
11. `anchor`: the number word that attaches to the sentence;
12. `counted`: what a count counts, the noun it modifies ("400 nurses") or after "of" ("dozens of
   villagers"); a bare number takes the unit of an earlier quantity of the sentence ("hired 400 nurses
   and plans to hire 600", "up 45 points at 7,450"); a time noun after adjectives ("three long years") makes a duration;
13. `quantity_measure.count_rate`: "four times per week";
14. `proper_noun_number`: an exact count of a proper noun ("Zephyr 12") is no quantity;
15. `quantity_measure.age`: "aged 7", "a 38-year-old", "the minister, 54,".

Each step takes the `Reading` so far and returns the next one (`rejected` when it is no quantity).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ...lexicon.money import CURRENCY_CODES, CURRENCY_PHRASES, CURRENCY_SIGNS, CURRENCY_WORDS
from ...lexicon.numbers import FRACTION_WORDS, SUFFIXES
from ...lexicon.quantities import NOT_UNITS, PERCENT_WORDS
from ...lexicon.time import UNIT_WORDS as TIME_UNITS
from .numbers import digits_value, glued, range_value, read_number
from .quantity_attach import change_verb
from .quantity_measure import age, count_rate, glued_unit, measure_unit, per_unit, ratio, unit_range
from .units import Unit, lookup
from .quantity_words import is_year, number_span, numberish, qualifier_before, scale_of

NOMINAL_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "conj", "attr", "appos", "npadvmod", "oprd", "dep",
                "ROOT", "dative", "advmod"}


@dataclass(frozen=True)
class Context:
    """What the steps read besides the Reading: the Doc, its text, tokens that are no quantity, and the
    quantities already found (for a unit carried over), and how far a counted noun may follow."""

    doc: Doc
    text: str
    excluded: frozenset[int]
    found: tuple  # the Quantity records before this one
    max_unit_gap: int = 6


@dataclass(frozen=True)
class Reading:
    """A quantity as read so far: token ranges of the number (lo-hi) and the whole (start-end), values."""

    lo: int
    hi: int
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    vague: bool
    kind: str = "count"
    currency: str | None = None
    unit: str | None = None
    unit_tok: int | None = None
    range_kind: str | None = None
    qual_kind: str | None = None
    qual_text: str | None = None
    or_after: bool = False
    unit_inferred: bool = False
    anchor: int | None = None
    measure: Unit | None = None  # the unit of a measure (or a rate), from the project unit registry
    per: str | None = None  # the second unit of a rate ("gallon" of "$4.10 a gallon")
    coin: str | None = None  # a coin word counted ("pence", "cents")
    rejected: bool = False
    skip_until: int | None = None  # where to go on when rejected past hi ("2-1": past the second number)


def first_reading(doc: Doc, lo: int, hi: int) -> Reading | None:
    """The Reading of the number words lo-hi alone; None when they have no value."""
    value, low, high, vague = read_number([t.lower_ for t in doc[lo:hi]])
    span = range_value(doc[lo].text) if hi - lo == 1 else None
    if span is not None:  # "3.5–4.0 TeV"
        return Reading(lo, hi, lo, hi, None, span[0], span[1], False, range_kind="-")
    if value is None and low is None:
        return None
    words = [t.lower_ for t in doc[lo:hi]]
    kind = "fraction" if words[-1] in FRACTION_WORDS and "and" not in words else "count"
    start = lo
    if lo > 0 and doc[lo - 1].text in {"-", "−"} and not doc[lo - 1].whitespace_ and \
            (lo == 1 or doc[lo - 2].whitespace_) and value is not None:
        value, start = -value, lo - 1  # "-18 °C", "temperatures of -5"
    elif lo > 0 and doc[lo - 1].lower_ == "minus" and value is not None:
        value, start = -value, lo - 1  # "minus 5C"
    return Reading(lo, hi, start, hi, value, low, high, vague, kind=kind)


# ---- the steps, in the order of READ_STEPS -------------------------------------------------------------

def currency_sign(ctx: Context, r: Reading) -> Reading:
    doc, start = ctx.doc, r.start
    g = glued(doc[r.lo].text)
    if g is not None and g.unit in {"p", "c"} and g.currency is None and r.hi - r.lo == 1:
        return replace(r, currency="GBP" if g.unit == "p" else "USD", coin="pence" if g.unit == "p" else "cents")
    if g is not None and g.currency is not None and g.currency.lower() in CURRENCY_SIGNS:
        return replace(r, currency=CURRENCY_SIGNS[g.currency.lower()], kind="count")  # "HK$5bn"
    if start > 0 and doc[start - 1].text in CURRENCY_CODES:  # "USD 2 million"
        return replace(r, currency=doc[start - 1].text, start=start - 1)
    if start == 0 or doc[start - 1].lower_ not in CURRENCY_SIGNS:
        return r
    sign = doc[start - 1].lower_
    start -= 1
    if start > 0 and doc[start - 1].lower_ in {"us", "u.s."} and sign == "$":
        start -= 1
    return replace(r, currency=CURRENCY_SIGNS[sign], start=start)


def number_range(ctx: Context, r: Reading) -> Reading:
    doc, n, end, start = ctx.doc, len(ctx.doc), r.end, r.start
    if end + 1 < n and doc[end].text == "-" and doc[end + 1].lower_.startswith("to-") and r.value is not None:
        v2 = digits_value(doc[end + 1].text[3:])  # "zero-to-100-km/h", tokenised "zero" "-" "to-100"
        if v2 is not None and v2[0] > r.value:
            return replace(r, low=r.value, high=v2[0], value=None, range_kind="to", end=end + 2)
    if not (end + 1 < n and doc[end].lower_ in {"-", "–", "to", "and", "or"}):
        return r
    j = end + 1
    if doc[end].text in {"-", "–"} and doc[j].lower_ == "to" and j + 1 < n:
        j += 1  # "8- to 16-metre"
    if j < n and doc[j].lower_ in CURRENCY_SIGNS:
        j += 1
    if not (j < n and numberish(doc[j]) in {"digit", "word"} and j not in ctx.excluded):
        return r
    lo2, hi2 = number_span(doc, j, ctx.excluded)
    v2 = read_number([t.lower_ for t in doc[lo2:hi2]])[0]
    joiner = doc[end].lower_
    between = start > 0 and doc[start - 1].lower_ == "between"
    from_to = joiner == "to" and start > 0 and doc[start - 1].lower_ == "from"
    by_to = joiner == "to" and start > 0 and doc[start - 1].lower_ == "by"
    own_unit = r.currency is not None or glued(doc[r.hi - 1].text) is not None and glued(doc[r.hi - 1].text).unit
    if (from_to or by_to or joiner == "to" and own_unit) and change_verb(doc[r.lo]):
        v2 = None  # "rose from 29% to 40%", "grew by 600,000 to 67.6 million", "fell 4.5p to 92.3p": no range
    value = r.value
    if not (v2 is not None and (joiner != "and" or between) and value is not None):
        return r
    if is_year(doc, r.lo, r.hi, value) and is_year(doc, lo2, hi2, v2) and \
            (joiner in {"-", "–"} or not (hi2 < n and doc[hi2].pos_ == "NOUN")):
        return replace(r, rejected=True, skip_until=hi2)  # "between 2010 and 2020", "the 1991-2020 average"
    scale2 = scale_of(doc, lo2, hi2)
    if scale2 and not scale_of(doc, r.lo, r.hi) and v2 > value * 100 and value < 1000:
        value *= scale2  # "5-6bn", "two to three million"
    if v2 > value:
        if between:
            start -= 1
        elif start > 0 and doc[start - 1].lower_ == "from" and joiner == "to" and not change_verb(doc[r.lo]):
            start -= 1
        return replace(r, low=value, high=v2, value=None, range_kind=joiner, end=hi2, start=start)
    if joiner in {"-", "–"}:
        return replace(r, rejected=True, skip_until=hi2)  # a score ("2-1") or a code, not a quantity
    return replace(r, value=value)


def qualifier(ctx: Context, r: Reading) -> Reading:
    qual_start, qual_kind, qual_text = qualifier_before(ctx.doc, ctx.text, r.start)
    r = replace(r, qual_kind=qual_kind, qual_text=qual_text)
    if qual_kind is None or r.range_kind is not None:
        return r
    r = replace(r, start=qual_start)
    if qual_kind in {"min", "max", "nearly"} and r.value is not None:
        if qual_kind == "min":
            return replace(r, low=r.value, value=None)
        return replace(r, high=r.value, value=None)
    return r


def or_more(ctx: Context, r: Reading) -> Reading:
    doc, end = ctx.doc, r.end
    if not (end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].lower_ in {"so", "more"}):
        return r
    word = doc[end + 1].lower_
    qual_text = (r.qual_text + " " if r.qual_text else "") + f"or {word}"
    r = replace(r, or_after=True, qual_text=qual_text, end=end + 2)
    if word == "more" and r.value is not None:
        r = replace(r, low=r.value, value=None)
    return r


def unit_after(ctx: Context, r: Reading) -> Reading:
    doc, end = ctx.doc, r.end
    tail = glued(doc[end - 1].text)
    if tail is not None and tail.unit is not None and tail.unit.lower() in PERCENT_WORDS and r.currency is None:
        return replace(r, kind="percent", unit="%")  # "12pc"
    if end < len(doc):
        n = len(doc)
        nxt = doc[end].lower_
        if nxt in PERCENT_WORDS or doc[end].text == "%":
            r = replace(r, kind="percent", unit="%", end=end + 1)
        elif nxt == "per" and end + 1 < n and doc[end + 1].lower_ == "cent":
            r = replace(r, kind="percent", unit="%", end=end + 2)
        elif nxt in {"percentage", "basis"} and end + 1 < n and doc[end + 1].lower_ in {"point", "points"}:
            r = replace(r, kind="percent", unit=f"{nxt} points", end=end + 2)
        elif doc[end].text in {"€", "£", "$"} and not doc[end - 1].whitespace_ and r.currency is None:  # "15€"
            r = replace(r, currency=CURRENCY_SIGNS[doc[end].text], unit_tok=end, end=end + 1)
        elif r.currency is None and (phrase := _currency_phrase(doc, end)) is not None:  # "5m Swiss francs"
            r = replace(r, currency=phrase[0], unit_tok=phrase[1] - 1, end=phrase[1])
        elif doc[end].text in CURRENCY_CODES and r.currency is None:  # "5bn USD"
            r = replace(r, currency=doc[end].text, unit_tok=end, end=end + 1)
        elif nxt in CURRENCY_WORDS and not (nxt == "won" and doc[end].pos_ == "VERB") and \
                not (doc[end].text[:1].isupper() and nxt in {"cent", "cents", "pence", "penny"}):  # "50 Cent"
            if nxt in {"pence", "cents", "penny", "cent", "dime", "dimes"}:  # "50 pence": 50 of the coin, of its currency
                r = replace(r, coin=nxt)
            end += 1
            if end + 1 < n and doc[end].lower_ in {"sterling"}:
                end += 1
            r = replace(r, currency=r.currency or CURRENCY_WORDS[nxt], unit_tok=doc[r.end].i, end=end)
    if r.currency is not None and r.kind == "count":
        r = replace(r, kind="money", unit=r.currency)
    return r


def _currency_phrase(doc: Doc, i: int) -> tuple[str, int] | None:
    """(ISO code, end) of a currency named with its country at token i ("Swiss francs", "Hong Kong dollars")."""
    for k in (3, 2):
        words = tuple(t.lower_ for t in doc[i:i + k])
        if words in CURRENCY_PHRASES:
            return CURRENCY_PHRASES[words], i + k
    return None


def anchor(ctx: Context, r: Reading) -> Reading:
    """The number word whose head lies outside the number: where it attaches to the sentence."""
    doc, lo = ctx.doc, r.lo
    hi = r.hi if r.range_kind is None else r.end
    for t in doc[lo:hi]:
        if not (lo <= t.head.i < hi) or t.head.i == t.i:
            if t.lower_ not in {"a", "an", "half", "-", "and", "to", "or"}:
                return replace(r, anchor=t.i)
    return replace(r, anchor=doc[hi - 1].i)


def counted(ctx: Context, r: Reading) -> Reading:
    if r.kind != "count":
        return r
    doc = ctx.doc
    at = doc[r.anchor]
    noun = unit_noun(doc, at, r.end)
    if noun is not None:
        if noun.lemma_.lower() in TIME_UNITS or noun.lower_ in TIME_UNITS:
            unit = lookup(noun.lower_) or lookup(noun.lemma_.lower())
            if unit is not None and noun.i - r.end <= ctx.max_unit_gap:  # "three long years": a duration
                return replace(r, kind="measure", measure=unit, unit=unit.name, unit_tok=noun.i, end=noun.i + 1)
            return replace(r, rejected=True)
        end = noun.i + 1 if noun.i >= r.end and noun.i - r.end <= ctx.max_unit_gap else r.end
        if any(numberish(t) == "digit" for t in doc[r.end:noun.i]):
            end = r.end  # "one 20,000-seat stadium": the other number keeps its own words
        if r.vague and noun.i >= r.end:  # "millions of dollars", "thousands of tonnes"
            word = noun.lower_
            if word in CURRENCY_WORDS and word not in {"won", "cents", "pence"} or word == "pounds":
                return replace(r, kind="money", currency=CURRENCY_WORDS.get(word, "GBP"), unit_tok=noun.i,
                               unit=CURRENCY_WORDS.get(word, "GBP"), end=end)
            unit = lookup(word)
            if unit is not None and unit.dimension not in {None, "points"}:
                return replace(r, kind="measure", measure=unit, unit=unit.name, unit_tok=noun.i, end=end)
        return replace(r, unit_tok=noun.i, unit=unit_text(noun), end=end)
    if is_year(doc, r.lo, r.hi, r.value):
        return replace(r, rejected=True)
    if at.dep_ in NOMINAL_DEPS or at.lower_ in NOT_UNITS or at.head.lower_ in NOT_UNITS:
        prior = parallel(ctx, r.lo)
        if prior is not None:
            r = replace(r, unit=prior.unit, unit_inferred=True,
                        unit_tok=prior.unit_token if prior.unit_token is not None else r.unit_tok)
            if prior.kind == "money":
                r = replace(r, kind="money", currency=prior.currency)
            elif prior.kind == "measure" and prior.canonical_unit == "point":  # "up 45 points at 7,450"
                r = replace(r, kind="measure", measure=lookup("points"))
    return r


def proper_noun_number(ctx: Context, r: Reading) -> Reading:
    at = ctx.doc[r.anchor]
    if r.value is not None and r.low is None and r.high is None and r.kind == "count" and r.unit is None \
            and at.dep_ in {"nummod", "quantmod"} and at.head.pos_ == "PROPN":
        return replace(r, rejected=True)
    return r


READ_STEPS: tuple[Callable[[Context, Reading], Reading], ...] = (
    currency_sign, number_range, ratio, qualifier, or_more, unit_after, glued_unit, measure_unit, unit_range, per_unit,
    anchor, counted, count_rate, proper_noun_number, age,
)


def read_quantity(ctx: Context, lo: int, hi: int) -> Reading | None:
    """The Reading of the quantity whose number words are lo-hi, through READ_STEPS; None when there is none
    (a rejected Reading is returned so that its `skip_until` is known)."""
    r = first_reading(ctx.doc, lo, hi)
    if r is None:
        return None
    for step in READ_STEPS:
        r = step(ctx, r)
        if r.rejected:
            return r
    return r


# ---- what a number counts ------------------------------------------------------------------------------

def unit_noun(doc: Doc, anchor_tok: Token, end: int) -> Token | None:
    """The noun a number counts: the one it modifies ("400 nurses") or after "of" ("dozens of villagers")."""
    head = anchor_tok.head
    if anchor_tok.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"} and head.i != anchor_tok.i \
            and head.pos_ in {"NOUN", "PROPN"} and head.i > anchor_tok.i and head.lower_ not in NOT_UNITS:
        if head.pos_ == "PROPN" and head.tag_ != "NNPS":
            return None
        return head
    for c in anchor_tok.children:  # "dozens of villagers", "400 of the nurses"
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in {"NOUN", "PROPN"} and obj.lower_ not in NOT_UNITS:
                return obj
    # the tagger sometimes hangs the noun on the number the other way round ("5 million euros"), or beside it
    # when a scale suffix is split off ("more than 1m people") or glued on ("20k staff"); "-strong" before it
    if end < len(doc):
        nxt = doc[end]
        split_suffix = doc[end - 1].lower_ in SUFFIXES and nxt.head.i == anchor_tok.head.i  # "1m people": siblings
        if nxt.pos_ == "NOUN" and nxt.tag_ == "NNS" and (nxt.head.i == anchor_tok.i or anchor_tok.head.i == nxt.i
                                                          or split_suffix):
            return nxt
        scaled = (digits_value(doc[end - 1].text) or (0, None))[1] is not None  # "20k", "3m" in one token
        if nxt.pos_ == "NOUN" and scaled and nxt.lower_ not in NOT_UNITS and lookup(nxt.lower_) is None:
            return nxt  # "20k staff", parsed apart
        if nxt.text in {"-", "–"} and end + 2 < len(doc) and doc[end + 1].lower_ == "strong" and \
                doc[end + 2].pos_ == "NOUN":
            return doc[end + 2]  # "a 100,000-strong army": a count of the army's members
    return None


def unit_text(noun: Token) -> str:
    """The unit as written, with a noun compound right before it ("army officers"); lowercase unless a name."""
    words = [c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1 and c.pos_ == "NOUN"
             and c.lower_ not in SUFFIXES and not c.text[:1].isdigit()]  # not "m" of "2m people", "6bn" of "5-6bn units"
    text = " ".join([w.text for w in words] + [noun.text])
    return text if noun.pos_ == "PROPN" else text.lower()


def parallel(ctx: Context, lo: int):
    """An earlier quantity of the same sentence whose unit an elliptical number carries on."""
    sent = ctx.doc[lo].sent
    for q in reversed(ctx.found):
        if q.tokens[1] <= sent.start:
            break
        if q.unit is not None and q.kind in {"count", "money"} and not q.unit_inferred or \
                (q.unit is not None and q.unit_inferred) or q.kind == "measure" and q.canonical_unit == "point":
            return q
    return None
