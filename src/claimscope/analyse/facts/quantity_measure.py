"""Reading steps for measures: units glued or written after a number, per-units, unit ranges and ages.

Part of `quantity_read.READ_STEPS` (in this order, after the percent and currency words):

0. `ratio`: "one in five adults", "9 out of 10" as a share (right after the range step);
1. `glued_unit`: a unit glued to the number ("45km2", "3.6GHz", "330ml", "41C"); "4G" is no unit;
2. `measure_unit`: the unit words after the number, longest spelling first ("sq ft", "km/h", "kilometres per
   hour", "degrees Celsius", "points", "years"); short symbols ("in", "m", "h") only after digits;
   a spaced capital "C" or "F" after digits is a degree ("30 C in the shade": `spaced_degree`);
   "half a mile", "half a percentage point" are half the unit, "three-quarters of a mile" three quarters;
   "pounds" is money unless it weighs ("five pounds of rice", "a twenty-pound bag"); "18-carat gold" is a purity;
3. `unit_range`: "44 mg to 50 mg", "between 3 km and 5 km" as one range;
4. `per_unit`: "$4.10 a gallon", "12 pence per share", "30 metres a year", "$450 a night", "£25 a head"
   ("a week earlier" is no rate);
5. `count_rate`: a count's rate once `counted` found its noun ("four times per week");
6. `age`: "aged 7", "a 38-year-old driver", "10 years old", "the minister, 54,", "turned 100" (an age, not a
   duration).

Each step takes the `Reading` and returns the next (see quantity_read). Units come from the project registry
(`units.lookup`: pint names, dimensions and SI values).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...lexicon.units import AMBIGUOUS_SYMBOLS, DISTANCE_NOUNS, GLUED_ONLY, RACE_DISTANCES, RATE_NOUNS, SPORT_CUES
from .numbers import glued, read_number
from .quantity_words import number_span, numberish
from .units import Unit, glued_compound, glued_unit_of, lookup, per_unit as join_per, pint_unit, subunit

_MAX_UNIT_TOKENS = 4
_SIZE_WORDS = {"high", "long", "tall", "deep", "wide", "thick", "across", "away", "apart", "square", "below",
               "above", "off", "in", "of"}
_NOT_PER = {"earlier", "later", "ago", "before", "after", "previously", "back"}
_AGE_NOUNS = {"year", "years", "month", "months", "week", "weeks", "day", "days"}


def _set_unit(r, unit: Unit, tok: int | None, end: int):
    """The Reading as a measure in `unit`, its words running to `end`."""
    return replace(r, kind="measure", measure=unit, unit=unit.name, unit_tok=tok, end=max(end, r.end))


def glued_unit(ctx, r):
    """"45km2", "3.6GHz", "540sq ft": a unit glued to the number's last token."""
    if r.kind not in {"count", "fraction"}:
        return r
    text = ctx.doc[r.end - 1].text
    unit = glued_unit_of(text)
    if unit is None and r.end < len(ctx.doc):
        unit = glued_compound(text, ctx.doc[r.end].text)  # "540sq ft"
        if unit is not None:
            return _set_unit(r, unit, r.end, r.end + 1)
    one_token = r.hi - r.lo == 1 and text[:1].isdigit()
    split = r.hi - r.lo == 2 and text == "m" and not ctx.doc[r.lo].whitespace_ and ctx.doc[r.lo].text[:1].isdigit()
    if unit is None and text[-1:] == "m" and (one_token or split) and r.currency is None \
            and r.value is not None and _metres(ctx.doc, r.end, r.value / 1_000_000, r.lo):
        r = replace(r, value=r.value / 1_000_000)  # "a 3,000m race", "a 5m-high wall": metres, not millions
        return _set_unit(r, lookup("metre"), r.end - 1, r.end)
    if unit is None and text[-1:] == "m" and r.value is None and r.low is not None and r.high is not None and \
            r.range_kind is not None and r.currency is None and r.high >= 1_000_000 and \
            _sized(ctx.doc, r.end):  # "a 3-4m high wall": a range of metres, not of millions
        r = replace(r, low=r.low / 1_000_000, high=r.high / 1_000_000)
        return _set_unit(r, lookup("metre"), r.end - 1, r.end)
    return _set_unit(r, unit, r.end - 1, r.end) if unit is not None else r


def _metres(doc: Doc, i: int, metres: float, lo: int) -> bool:
    """Whether "300m" before token i measures something: a size word or a race follows ("a 100m sprint", "5m
    high"); "5m people", "a 300m loan" and "£5m" are millions."""
    if _sized(doc, i):
        return True
    if any(j < len(doc) and doc[j].lower_ in DISTANCE_NOUNS for j in (i, i + 1)):  # "400m individual medley"
        return True
    return _raced(doc, i, metres, lo)


def _raced(doc: Doc, i: int, metres: float, lo: int) -> bool:
    """Whether "the 100m" (number words from token lo, token i after them) is a race: a race distance after
    "the", a preposition, verb or punctuation after it, and a sport word in the sentence ("ran the 100m in 10.2
    seconds"); "the 100m it raised" and "100m fans" are millions."""
    det = lo > 0 and doc[lo - 1].lower_ in {"the", "a", "her", "his", "their", "'s", "’s"}  # "the women's 400m"
    nxt = doc[i] if i < len(doc) else None
    open_after = nxt is None or nxt.is_punct or nxt.pos_ in {"ADP", "CCONJ", "VERB", "AUX"}
    if metres not in RACE_DISTANCES or not det or not open_after:
        return False
    if lo > 1 and doc[lo - 1].lower_ in {"'s", "’s"} and doc[lo - 2].lower_ in {"men", "women", "boys", "girls"}:
        return True  # "the men's 400m"
    return any(t.lower_ in SPORT_CUES for t in doc[lo].sent)


def _sized(doc: Doc, i: int) -> bool:
    """Whether the words after token i make a number a size ("5m high", "5m-high", "5m long")."""
    j = i + 1 if i < len(doc) and doc[i].text in {"-", "–"} else i
    return j < len(doc) and doc[j].lower_ in _SIZE_WORDS - {"in", "of"}


def unit_at(doc: Doc, text: str, i: int, after_digits: bool) -> tuple[Unit, int] | None:
    """The longest unit spelling starting at token i: (Unit, token end); None when none starts there."""
    n = len(doc)
    if i >= n:
        return None
    for j in range(min(n, i + _MAX_UNIT_TOKENS) - 1, i - 1, -1):
        surface = " ".join(text[doc[i].idx:doc[j].idx + len(doc[j])].split())
        if j > i and not doc[j].text[:1].isalnum() and doc[j].text not in {"²", "³", "/"} \
                and doc[j - 1].whitespace_ or j > i and doc[j].text == ".":
            continue  # a full stop ends the sentence, not the unit ("41,000 ft.")
        unit = lookup(surface)
        if unit is None:
            continue
        word = surface.lower()
        if word in AMBIGUOUS_SYMBOLS or surface in {"in", "m", "h", "s", "t", "min", "W", "V", "K", "J", "N"}:
            if not after_digits or not _symbol_fits(doc, i, j, word):
                continue
        return unit, j + 1
    return None


def _symbol_fits(doc: Doc, i: int, j: int, word: str) -> bool:
    """A short symbol ("in", "m", "h") is a unit only glued-close after digits and before a size word or the
    end of the clause ("2 in thick", "a 2 in gap"); "45 in the bank" is no unit."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if word == "in":
        return nxt is None or nxt.is_punct or nxt.lower_ in _SIZE_WORDS - {"in", "of"} or nxt.pos_ == "NOUN"
    return nxt is None or nxt.is_punct or nxt.pos_ in {"NOUN", "ADJ", "ADP", "CCONJ", "VERB", "AUX", "ADV"}


def measure_unit(ctx, r):
    """"120 sq ft", "97 km/h", "27-kilometre", "4 km squared": the unit words after the number."""
    if r.kind not in {"count", "fraction"} or r.measure is not None:
        return r
    doc, end = ctx.doc, r.end
    j = end + 1 if end < len(doc) and doc[end].text in {"-", "–"} and not doc[end - 1].whitespace_ else end
    if r.hi - r.lo == 1 and doc[r.lo].lower_ == "half" and j + 1 < len(doc) and doc[j].lower_ in {"a", "an"}:
        j += 1  # "half a mile", "half a percentage point": 0.5 of the unit
    elif r.kind == "fraction" and j + 2 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ in {"a", "an"} \
            and unit_at(doc, ctx.text, j + 2, False) is not None:
        j += 2  # "three-quarters of a percentage point", "a third of a mile"
    after_digits = doc[r.hi - 1].text[:1].isdigit()
    got = unit_at(doc, ctx.text, j, after_digits) or spaced_degree(doc, j, after_digits)
    if got is None:
        return r
    unit, stop = got
    if unit.name == "carat" and stop < len(doc) and doc[stop].lower_ in {"gold", "white", "rose", "yellow"}:
        unit = lookup("karat") or unit  # "24-carat gold": a purity, not a weight
    if unit.name == "pound" and not _weighs(doc, j, stop, j > end):
        return replace(r, kind="money", currency="GBP", unit="GBP", unit_tok=j, end=stop)
    if stop < len(doc) and doc[stop].lower_ in {"squared", "cubed"} and unit.expr:  # "4 km squared"
        power = 2 if doc[stop].lower_ == "squared" else 3
        unit, stop = pint_unit(f"({unit.expr})**{power}") or unit, stop + 1
    return _set_unit(r, unit, j, stop)


def spaced_degree(doc: Doc, j: int, after_digits: bool) -> tuple[Unit, int] | None:
    """'30 C in the shade', 'a high of 95 F': a capital C or F after digits, no name going on after it."""
    if not after_digits or j >= len(doc) or doc[j].text not in {"C", "F"}:
        return None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() or not doc[j - 1].whitespace_:
        return None  # "3 C Block": a name; glued "41C" is glued_unit's
    unit = pint_unit(GLUED_ONLY[doc[j].text])
    return None if unit is None else (unit, j + 1)


def _weighs(doc: Doc, i: int, stop: int, hyphenated: bool) -> bool:
    """'pounds' of weight: "a twenty-pound bag", "five pounds of rice", "weighs 200 pounds"."""
    if hyphenated or stop < len(doc) and doc[stop].lower_ == "of":
        return True
    verb = doc[i].head
    return verb.lemma_.lower() in {"weigh", "lose", "gain", "lift", "carry"} or doc[i].lower_ in {"lb", "lbs"}


def unit_range(ctx, r):
    """'44 mg to 50 mg': a range whose ends both carry the unit."""
    doc, end = ctx.doc, r.end
    if r.measure is None or r.low is not None or r.value is None or end + 1 >= len(doc) or \
            doc[end].lower_ not in {"to", "-", "–", "and"}:
        return r
    j = end + 1
    if numberish(doc[j]) != "digit":
        return r
    lo2, hi2 = number_span(doc, j, ctx.excluded)
    got = unit_at(doc, ctx.text, hi2, True) if glued_unit_of(doc[hi2 - 1].text) is None else \
        (glued_unit_of(doc[hi2 - 1].text), hi2)
    between = r.start > 0 and doc[r.start - 1].lower_ == "between"
    if got is None or got[0] != r.measure or (doc[end].lower_ == "and" and not between):
        return r
    v2 = read_number([t.lower_ for t in doc[lo2:hi2]])[0]
    if v2 is None:
        return r
    low, high = sorted((r.value, v2))
    start = r.start - 1 if between else r.start
    return replace(r, value=None, low=low, high=high, range_kind=doc[end].lower_, end=got[1], start=start)


def per_unit(ctx, r):
    """"$4.10 a gallon", "per share", "a year", "/hour": the rate's second unit."""
    doc, end = ctx.doc, r.end
    if r.kind not in {"measure", "money", "count"} or end + 1 >= len(doc):
        return r
    i = end
    if r.kind == "count" and r.unit_tok is None:
        return r
    if doc[i].lower_ == "of" and i + 2 < len(doc) and doc[i + 1].pos_ == "NOUN":
        i += 2  # "500 tonnes of coal a day"
    if doc[i].text == "-" and i + 2 < len(doc) and doc[i + 1].lower_ in {"a", "an", "per"} and doc[i + 2].text == "-":
        i += 1  # "£30,000-a-year"
    word = doc[i].lower_
    if word not in {"per", "a", "an", "/", "each"} or i + 1 >= len(doc):
        return r
    k = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "-" else i + 1
    per = unit_at(doc, ctx.text, k, True)
    if per is None and doc[k].text.endswith(".") and (u := lookup(doc[k].text[:-1])) is not None:
        per = (u, k + 1)  # "km/h." at the end of a sentence, tokenised "km" "/" "h."
    if per is None and (word in {"per", "/"} or doc[k].lower_ in RATE_NOUNS) and doc[k].pos_ in {"NOUN", "PROPN"}:
        noun = doc[k]
        per = (Unit(noun.lemma_.lower(), None), k + 1)
    if per is None or (per[1] < len(doc) and doc[per[1]].lower_ in _NOT_PER):
        return r
    unit, stop = per
    if r.kind == "count" and not unit.expr:
        return r
    base = _rate_base(r)
    if base is None:
        return r
    return replace(r, measure=join_per(base, unit), per=unit.name, end=stop)


def _base_unit(r) -> Unit | None:
    """The first unit of a money or count rate ("dollar" of "$4.10 a gallon", "penny" of "12 pence")."""
    from .units import currency_name

    if r.kind == "money":
        coin = subunit(r.coin) if r.coin else None
        return Unit(coin[0] if coin else currency_name(r.currency), "currency")
    if r.kind == "count":
        return Unit("count", "count")
    return None


def _rate_base(r) -> Unit | None:
    """The first unit of a rate: "four times per week" counts times."""
    if r.measure is not None and r.measure.name == "dimensionless":
        return Unit("count", "count")
    return r.measure or _base_unit(r)


def ratio(ctx, r):
    """"one in five adults", "9 out of 10 doctors": a share, N/M."""
    doc, end, n = ctx.doc, r.end, len(ctx.doc)
    if r.kind != "count" or r.value is None or r.range_kind is not None or end + 1 >= n:
        return r
    j = end + 1 if doc[end].lower_ == "in" else end + 2 if doc[end].lower_ == "out" and end + 2 < n and \
        doc[end + 1].lower_ == "of" else None
    if j is None or numberish(doc[j]) not in {"digit", "word"} or j in ctx.excluded:
        return r
    lo2, hi2 = number_span(doc, j, ctx.excluded)
    v2 = read_number([t.lower_ for t in doc[lo2:hi2]])[0]
    if v2 is None or not 0 < r.value < v2 or v2 >= 1000 or doc[lo2].text.isdigit() and len(doc[lo2].text) == 4:
        return r
    return replace(r, kind="fraction", value=r.value / v2, end=hi2, hi=hi2, range_kind="ratio")


def count_rate(ctx, r):
    """"four times per week": a count's rate, once what it counts is known."""
    return per_unit(ctx, r) if r.kind == "count" and r.unit_tok is not None and r.per is None else r


def age(ctx, r):
    """"aged 7", "at the age of 91", "38-year-old", "10 years old", "the minister, 54,": an age in years."""
    doc = ctx.doc
    start, end = r.start, r.end
    t = doc[r.lo].text
    if r.kind == "count" and t[-1:] == "s" and t[:-1].isdigit() and int(t[:-1]) % 10 == 0 and start > 0 \
            and doc[start - 1].tag_ == "PRP$":  # "in his 20s"
        return replace(r, kind="age", measure=lookup("year"), unit="years", value=None, low=float(t[:-1]),
                       high=float(t[:-1]) + 9, vague=True)
    if r.kind == "count" and (r.unit is None or r.unit_inferred) and start > 0 and \
            doc[start - 1].lower_ in {"aged", "age"}:  # "two women aged between 19 and 45": not women
        return _age(replace(r, unit_inferred=False), start - 1, end)
    if r.kind == "count" and (r.unit is None or r.unit_inferred) and start > 1 and doc[start - 1].lower_ == "of" \
            and doc[start - 2].lower_ == "age":
        return _age(replace(r, unit_inferred=False), start, end)  # "died at the age of 72"
    if r.kind == "measure" and r.measure is not None and doc[r.unit_tok].lower_ in _AGE_NOUNS:
        k = r.end + 1 if r.end < len(doc) and doc[r.end].text in {"-", "–"} else r.end
        if k < len(doc) and doc[k].lower_ in {"old", "olds"}:
            return _age(r, start, k + 1)
    if r.kind == "count" and r.unit is None and r.value is not None and 0 < r.value < 120 and \
            r.value == int(r.value) and 1 < start and end < len(doc) and doc[start - 1].text == "," \
            and doc[end].text == "," and doc[start - 2].pos_ in {"NOUN", "PROPN"} and \
            doc[start].dep_ in {"appos", "npadvmod", "amod", "nummod"}:
        return _age(r, start, end)  # "the minister, 54, said"
    if r.kind == "count" and r.unit is None and r.value is not None and 0 < r.value < 120 and start > 0 and \
            doc[start - 1].lemma_.lower() == "turn" and doc[start - 1].pos_ == "VERB" and \
            (end == len(doc) or not doc[end].pos_ == "NOUN"):
        return _age(r, start, end)  # "she turned 100 on Sunday"
    return r


def _age(r, start: int, end: int):
    """The Reading as an age in years over tokens start-end."""
    return replace(r, kind="age", measure=lookup("year"), unit="years", start=start, end=end)
