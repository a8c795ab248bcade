"""The quantity finder: numbers with what they count, money, percentages, vague amounts and changes.

For each token that may start a number (number words, tokens starting with a digit), not inside a date or
a name (number words the date finder took for a date are no date when a unit of another dimension follows,
"two and a half miles", or when they end in a scale word, "two and a half million"; the leading span of "the
three months to June" is a duration; a date holding a scaled amount, "5-6bn", and an age decade with its
pronoun, "his 60s", are none), in order:

1. `quantity_words.number_span`: the number's words ("4,500", "4.5bn", "two dozen", "tens of thousands");
2. `quantity_words.is_no_quantity`: skip identifiers, names, scores, times, ages and a lone "one";
3. `quantity_read.read_quantity`: read outwards through `quantity_read.READ_STEPS` (currency, range,
   qualifier, "or more", percent and currency words, what it counts);
4. `quantity_attach.attach`: the change it measures, the actor, the statement, a date and the status;
5. `conversions`: "more than $499 (£264)": a converted amount shares the bound of the one it converts;
6. `shared_units`: "45 and 50 mg": a bare number joined to a measure takes its unit;
7. `rate_ranges`: "$3 per kg to $5 per kg", "between 10% and 20%": two rates or percentages of one unit joined
   by "to", "-" or "between ... and" are one range (not a change and its level: "rose from $3 per kg to $5 per
   kg" and "rose 3% to 5%" stay two, as "rose from 29% to 40%" does);
8. `tolerances`: "5 ± 0.5 cm", "12 +/- 2 kg": the value with its tolerance as `low`-`high`.

Vague amounts are intervals whose bounds are conventions (lexicon/numbers.py): dozens 24-99, hundreds
200-999, tens of thousands 20,000-99,999; "several X" 3X-9X, "a few X" 2X-5X. "at least/more than N" give
`low` N, "up to/fewer than/nearly N" `high` N, "about N" keeps `value` N; all of them are `approximate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from ...lexicon.numbers import FRACTION_WORDS, NUMBER_WORDS, SUFFIXES, VAGUE
from ...lexicon.quantities import PERCENT_WORDS
from ...settings import component_config
from ..extensions import register_extensions
from .clauses import doc_cache
from .dateresolve import TimeExpr
from .hedges import Hedge
from ...lexicon.money import CURRENCY_SIGNS
from .numbers import VULGAR, clean_number, glued
from .units import glued_compound, glued_unit_of, lookup, measures_non_time
from .quantity_attach import Clauses, attach, change_verb
from .quantity_norm import normalised
from .quantity_read import Context, Reading, read_quantity
from .quantity_words import is_no_quantity, number_span, numberish
from .refs import ActorRefs, Ref

_NUMBER_LOWER = set(VAGUE) | {"tens"} | NUMBER_WORDS | set(FRACTION_WORDS)
_BIG_SCALES = {"thousand", "million", "billion", "trillion"}
_DIGIT_START = re.compile(r"(?<![\w.,])[\d½⅓⅔¼¾⅕⅛⅜⅝⅞]|\b[A-Z]{1,2}\$(?=\d)")
# "in 4.2 seconds", "within 10 years": a date counted from now that also measures a span of time
_SPAN_DATE = re.compile(r"^(?:(?:in|within|after|for|over|the\s+past|the\s+last|the\s+next|the\s+coming)\s+)?"
                        r"(?:a\s+further\s+|another\s+)?(?:[\d.,]+|[a-z]+)\s+"
                        r"(?:second|minute|hour|day|week|fortnight|month|year|decade)s?$", re.I)
# "the three months to September": a date whose leading span ("three months") is also a quantity
_LEADING_SPAN = re.compile(r"^(?:the\s+)?(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s+(?:second|minute|hour|day|week|fortnight|"
                           r"month|year|decade)s?(?=\s+(?:to|since|until|till|through|ending|before|after)\b)", re.I)
_SCALED = re.compile(r"^[£$€¥₹]?\d+(?:\.\d+)?(?:bn|tn|mn|mln)$", re.I)  # "6bn": an amount, never in a date
_EVERY_SPAN = re.compile(r"^every\s+(?:[\d.,]+|[a-z]+)\s+(?:second|minute|hour|day|week|month|year)s$", re.I)
_TIMES_SET = re.compile(r"^(?:[\d.,]+|[a-z]+)\s+times\b", re.I)
_MAY_MEASURE = re.compile(r"[\d$£€¥₹₽₩₴½⅓⅔¼¾⅕⅛⅜⅝⅞]")
_EXCLUDED_ENTS = {"ORDINAL", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "LAW", "FAC", "EVENT", "GPE", "LOC",
                  "NORP", "LANGUAGE"}


@dataclass
class Quantity:
    """One quantity of a document (character offsets into the text)."""

    start: int
    end: int
    text: str
    kind: str  # count | money | percent | fraction | measure | age
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    unit: str | None = None
    currency: str | None = None
    canonical_unit: str | None = None
    dimension: str | None = None
    per: str | None = None
    si_value: float | None = None
    si_low: float | None = None
    si_high: float | None = None
    si_unit: str | None = None
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


def _clean(v):
    return None if v is None else clean_number(v)


def _glued_amount(text: str) -> bool:
    """A percentage or an amount of money in one token ("12pc", "£5m"), which no date or name holds."""
    g = glued(text) if text[:1].isdigit() or "$" in text[:4] or text[:1] in "£€¥" else None
    return g is not None and (g.currency is not None or g.unit is not None and g.unit.lower() in PERCENT_WORDS)


def _measure_token(tok) -> bool:
    """A token the tagger takes for a name that is a glued measure or amount ("250hp", "A$", "HK$5bn")."""
    text = tok.text
    if text.lower() in CURRENCY_SIGNS:
        return True
    if _glued_amount(text) or _SCALED.match(text):
        return True  # "£5m", "12pc"; "2bn" (of "2bn baht") the tagger took for an ordinal
    g = glued(text) if text[:1].isdigit() or "$" in text[:4] else None
    nxt = tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""
    if text[:1] in VULGAR and nxt:
        return lookup(nxt) is not None  # "½ tsp" the tagger took for a name
    if text.replace(",", "").replace(".", "").isdigit() and nxt[:1].isalpha():
        nxt2 = tok.doc[tok.i + 2].text if tok.i + 2 < len(tok.doc) else ""
        if lookup(f"{nxt} {nxt2}") is not None or len(nxt) > 2 and lookup(nxt) is not None:
            return True  # "104 degrees Fahrenheit" the tagger took for a product
    return g is not None and (g.currency is not None or glued_unit_of(text) is not None or g.unit == "p"
                              or glued_compound(text, nxt) is not None) or \
        bool(tok.i > 0 and tok.doc[tok.i - 1].lower_ in CURRENCY_SIGNS and text.lstrip("-−")[:1].isdigit())


def excluded_tokens(doc: Doc, dates: list[TimeExpr]) -> frozenset[int]:
    """Tokens no quantity starts in: time expressions other than durations, and names ("Aerion Airways")."""
    out: set[int] = set()
    for d in dates:
        first = d.tokens[0]  # "in her 30s", or the date "his 60s" with its pronoun: an age
        age_decade = re.fullmatch(r"(?:\w+\s+)?\d0s", d.text) and (
            doc[first].tag_ == "PRP$" or first > 0 and doc[first - 1].tag_ == "PRP$" and d.tokens[1] - first == 1)
        counted_set = d.kind == "set" and (_TIMES_SET.match(d.text) or _EVERY_SPAN.match(d.text))  # "four times a
        # day": a count per day; "every 15 minutes": a span of 15 minutes
        scaled = any(_SCALED.match(doc[i].text) for i in range(*d.tokens))  # "5-6bn" taken for a date
        nxt = doc[d.tokens[1]].text if d.tokens[1] < len(doc) else ""
        words = d.text.lower().replace("-", " ").split()
        unit_next = set(words) <= _NUMBER_LOWER | {"and", "a", "half"} and (
            nxt[:1].isalpha() and measures_non_time(f"{d.text} {nxt}")  # "two and a half" "miles"
            or words[-1] in _BIG_SCALES)  # "two and a half million"
        lead = _LEADING_SPAN.match(d.text) if d.kind != "duration" else None  # not "two hours to 35 minutes"
        if lead:  # "the 12 months to March": only what follows the span is no quantity
            out.update(i for i in range(*d.tokens) if doc[i].idx >= doc[d.tokens[0]].idx + lead.end())
        elif d.kind != "duration" and not _SPAN_DATE.match(d.text) and not measures_non_time(d.text) \
                and not unit_next and not age_decade and not counted_set and not scaled:  # "in her 30s" is an age
            first = d.tokens[0]  # "12pc last year" taken for a date: the amount before it is no date
            out.update(range(first + 1 if _glued_amount(doc[first].text) else first, d.tokens[1]))
    for ent in doc.ents:
        if ent.label_ not in _EXCLUDED_ENTS:
            continue
        if ent.label_ != "ORDINAL" and not _MAY_MEASURE.search(ent.text):
            out.update(range(ent.start, ent.end))  # the common case: a name with no digit or sign in it
            continue
        out.update(t.i for t in ent if not (ent.label_ == "ORDINAL" and t.lower_ in FRACTION_WORDS)
                   and not _measure_token(t))
    return frozenset(out)


def clauses_of(doc: Doc, text: str, dates: list[TimeExpr]) -> Clauses:
    """What attachment reads of the document, with dates indexed by the predicate of their clause."""
    by_verb: dict[int, list[TimeExpr]] = {}
    for d in dates:
        if d.verb is not None and d.kind in {"date", "time"}:
            by_verb.setdefault(d.verb, []).append(d)
    return Clauses(doc, text, ActorRefs(doc, text), doc_cache(doc).statements, doc._.stances or [], by_verb)


def build(ctx: Context, clauses: Clauses, r: Reading) -> Quantity:
    """The Quantity record of a finished Reading, attached to its clause."""
    doc = ctx.doc
    start, end = r.start, r.end
    span_start, span_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    last = doc[end - 1].text
    if len(last) > 1 and last.endswith(".") and (last.lower().rstrip(".") in SUFFIXES or lookup(last[:-1])
                                                 or glued_unit_of(last[:-1])):
        span_end -= 1  # "£2.3m.", "97 km/h.", "35,000ft." at the end of a sentence
    approximate = r.vague or r.qual_kind in {"min", "max", "nearly", "about"} or r.range_kind is not None \
        or r.or_after
    unit_tok = doc[r.unit_tok] if r.unit_tok is not None else None
    fields = attach(clauses, doc[r.anchor], unit_tok, start, span_start)
    return Quantity(start=span_start, end=span_end, text=ctx.text[span_start:span_end], kind=r.kind,
                    value=_clean(r.value), low=_clean(r.low), high=_clean(r.high), unit=r.unit,
                    currency=r.currency, approximate=bool(approximate), qualifier=r.qual_text,
                    unit_inferred=r.unit_inferred, tokens=(start, end), unit_token=r.unit_tok,
                    **normalised(r, difference=(fields.get("change") or {}).get("part") == "by"), **fields)


def conversions(found: list[Quantity], text: str) -> list[Quantity]:
    """'more than $499 (£264)': an amount converted in brackets shares the bound of the one it converts."""
    out = list(found)
    for k in range(1, len(out)):
        prev, q = out[k - 1], out[k]
        gap = text[prev.end:q.start]
        if prev.kind != "money" or q.kind != "money" or gap.strip() not in {"(", ";", ",", "/"} or \
                q.value is None or prev.qualifier is None or q.qualifier is not None:
            continue
        if prev.low is not None:
            q = replace(q, low=q.value, value=None)
        elif prev.high is not None:
            q = replace(q, high=q.value, value=None)
        out[k] = replace(q, approximate=prev.approximate, qualifier=prev.qualifier)
    return out


def shared_units(found: list[Quantity], text: str) -> list[Quantity]:
    """'45 and 50 mg', '3, 4 or 5 km': a bare number before a measure joined to it takes its unit."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        gap = text[q.end:nxt.start].strip().lower()
        own_noun = q.unit is not None and not (q.unit_token is not None and q.unit_token >= nxt.tokens[0])
        if q.kind != "count" or own_noun or nxt.kind != "measure" or gap not in {"and", "or", ",", "to"} \
                or q.value is None or nxt.value is None or q.tokens[1] != (nxt.tokens[0] - 1):
            continue
        factor = nxt.si_value / nxt.value if nxt.si_value is not None and nxt.value else None
        out[k] = replace(q, kind="measure", unit=nxt.unit, canonical_unit=nxt.canonical_unit,
                         dimension=nxt.dimension, si_unit=nxt.si_unit, unit_inferred=True,
                         si_value=None if factor is None or "deg" in (nxt.si_unit or "") else q.value * factor)
    return out


def rate_ranges(found: list[Quantity], text: str, doc: Doc) -> list[Quantity]:
    """'$3 per kg to $5 per kg', 'between 2 and 4 euros a litre', 'between 10% and 20%', '5.5% to 5.75%': two
    rates or percentages of one unit are one range ("rose 3% to 5%" stays a change and a level)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        gap = text[prev.end:q.start].strip().lower() if prev is not None else ""
        before = text[:prev.start].rstrip().lower() if prev is not None else ""
        joined = gap in {"to", "-", "–"} or gap == "and" and before.endswith("between")
        rates = prev is not None and prev.per is not None and prev.per == q.per
        shares = prev is not None and prev.kind == q.kind == "percent" and prev.per is None and q.per is None and \
            not (gap == "to" and change_verb(doc[prev.tokens[0]]))  # "rose 3% to 5%": a change and a level
        if prev is None or not joined or not (rates or shares) or prev.value is None \
                or q.value is None or prev.canonical_unit != q.canonical_unit or q.value <= prev.value \
                or re.search(r"\bfrom(?:\s+\w+)?$", before) and change_verb(doc[prev.tokens[0]]):
            out.append(q)
            continue
        start = text.rfind("between", 0, prev.start) if gap == "and" else prev.start
        out[-1] = replace(prev, start=start, end=q.end, text=text[start:q.end], value=None, low=prev.value, high=q.value,
                          si_value=None, si_low=prev.si_value, si_high=q.si_value, approximate=True,
                          tokens=(prev.tokens[0], q.tokens[1]))
    return out


_PLUS_MINUS = {"±", "+/-", "+ / -", "+-"}


def tolerances(found: list[Quantity], text: str) -> list[Quantity]:
    """'5 ± 0.5 cm', '12 kg +/- 2 kg': one quantity whose value is the first number, within the tolerance."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        sep = text[prev.end:q.start].strip() if prev is not None else ""
        if prev is not None and not sep and prev.text.endswith(("±", "+/-")):  # "6 ±" read as a count of "±"
            sep = "+/-" if prev.text.endswith("+/-") else "±"
        if prev is None or sep not in _PLUS_MINUS or prev.value is None or q.value is None or q.value < 0 \
                or not (prev.canonical_unit is None or q.canonical_unit in {None, prev.canonical_unit}
                        or prev.kind == "percent" and q.canonical_unit in {"point", "percentage point"}):
            out.append(q)
            continue
        base = prev if prev.canonical_unit is not None else q  # "5.1% ± 0.2 points" stays a percentage
        factor = base.si_value / base.value if base.si_value is not None and base.value \
            and "deg" not in (base.si_unit or "") else None
        si = (lambda v: None if factor is None else v * factor)
        v, tol = prev.value, q.value
        out[-1] = replace(base, start=prev.start, end=q.end, text=text[prev.start:q.end], value=v,
                          low=_clean(v - tol), high=_clean(v + tol), si_value=si(v), si_low=si(v - tol),
                          si_high=si(v + tol), approximate=True, qualifier=sep, tokens=(prev.tokens[0], q.tokens[1]),
                          change=prev.change, actor=prev.actor, statement=prev.statement, date=prev.date)
    return out


def _candidates(doc: Doc, text: str) -> list[int]:
    """Tokens that may start a number: number words, and tokens starting with a digit."""
    cache = doc_cache(doc)
    found = set(cache.with_lower(_NUMBER_LOWER))
    found.update(cache.token_at(m.start()) for m in _DIGIT_START.finditer(text))
    return sorted(found)


def find_quantities(doc: Doc, dates: list[TimeExpr] | None = None, *, max_unit_gap: int = 6,
                    max_digits: int = 12) -> list[Quantity]:
    """Every quantity of a parsed document (needs statements and actors for sources and actors)."""
    dates = dates if dates is not None else (doc._.dates or [])
    text = doc_cache(doc).text
    excluded = excluded_tokens(doc, dates)
    clauses = clauses_of(doc, text, dates)
    out: list[Quantity] = []
    consumed: set[int] = set()
    pos = 0
    for i in _candidates(doc, text):
        if i < pos or i in consumed or i in excluded or numberish(doc[i]) is None:
            continue
        lo, hi = number_span(doc, i, excluded)
        r = None
        if not is_no_quantity(doc, lo, hi, excluded, max_digits):
            ctx = Context(doc, text, excluded, tuple(out), max_unit_gap)
            r = read_quantity(ctx, lo, hi)
        if r is not None and not r.rejected:
            q = build(ctx, clauses, r)
            out.append(q)
            consumed.update(range(*q.tokens))
            pos = max(hi, q.tokens[1])
        else:
            pos = max(hi, r.skip_until if r is not None and r.skip_until is not None else hi)
    return tolerances(rate_ranges(shared_units(conversions(out, text), text), text, doc), text)


class QuantityFinder:
    """spaCy component: writes the document's quantities to `doc._.quantities`."""

    def __init__(self, nlp: Language, name: str = "claimscope_quantities", max_unit_gap: int = 6,
                 max_digits: int = 12):
        register_extensions()
        self.name = name
        self.max_unit_gap = max_unit_gap
        self.max_digits = max_digits

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = find_quantities(doc, max_unit_gap=self.max_unit_gap, max_digits=self.max_digits)
        return doc


@Language.factory(
    "claimscope_quantities",
    assigns=["doc._.quantities"],
    requires=["doc._.dates", "doc._.statements", "doc._.actors", "doc._.stances", "token.dep", "token.tag"],
    default_config=component_config("quantities"),
)
def make_quantity_finder(nlp: Language, name: str, max_unit_gap: int, max_digits: int) -> QuantityFinder:
    """Factory for the quantity finder (entry point `claimscope_quantities`)."""
    return QuantityFinder(nlp, name, max_unit_gap, max_digits)
