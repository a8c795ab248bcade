"""The date finder: every time expression of a Doc, with its role, resolved against the publication date.

Candidates are spaCy's DATE and TIME entities plus `datefind.extra_candidates`, each widened by the word
before it that the recogniser left out (`widen_left`: "this" + "year"), a clock time's zone (`widen_zone`),
a part of the day after a day (`widen_part`: "tomorrow" + "morning") and the period after "year-ago"
(`widen_period`), after a recogniser's span run over two expressions is cut
(`split_linked`: "late Monday after weeks"), then joined when they overlap, when a day touches a time of day
(`join_spans`: "Tuesday" + "evening") or hours and minutes make one length ("2 hours, 9 minutes"). For each,
in order:

1. `trim`: drop punctuation and connectors at the edges, a leading deadline or start phrase ("no later than
   June" -> "June", a deadline), "as early as", leading prepositions and adverbs that are no date words, "over"
   after a noun ("followed 900 patients over 18 months") and a bare count before a period ("65 last year");
2. `dateguards.is_false_date`: skip numbers, ages and "may"/"march" in their other senses;
3. `role_of`: deadline ("by December", "until"), start ("since 2001"), reported (when a statement was
   made: "said on Monday") or event;
4. `read`: parse by rules (`dateparse`) and resolve (`dateresolve`); what the rules cannot read goes to
   dateparser (`dates.use_dateparser`), only on that span, and cached.

Which side of the publication date an expression lies on comes from its clause (`datetense.points_ahead`:
plans, deadlines, forecasts and schedules point ahead, "by Monday" in a past clause behind), and a
present-tense clause makes a weekday, a day of a month or a month the coming one (`datetense.coming_in_present`).
Each expression then gets its TIMEX3 (`datetimex.timex_of`), and `dateanchor.anchor_dates` places narrative
offsets ("three years later"), months whose sentence names the year ("in 1987 ... on Oct. 19"), fiscal
quarters and "the year-earlier quarter".
The publication date comes from `published.doc_published` (`doc._.published`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy
from spacy.attrs import SENT_START

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...lexicon.time import (DATE_WORDS, DAY_WORDS, DEADLINE_BEFORE, MONTHS, PARTS_OF_DAY, START_BEFORE,
                             UNIT_WORDS, WEEKDAYS, ZONES)
from ...settings import component_config
from ..extensions import register_extensions
from .clauses import doc_cache, governing_verb
from .datefind import (day_range, extra_candidates, split_linked, widen_left, widen_part, widen_period,
                       widen_zone)
from .dateguards import is_false_date
from .dateparse import TimeParse, parse_expression
from .daterange import parse_range
from .dateanchor import anchor_dates
from .dateresolve import TimeExpr, dateparser_value, published_date, resolve
from .datetimex import timex_of
from .published import doc_published
from .datetense import STRETCH, coming_in_present, points_ahead
from .status import clause_status


_TIME_OF_DAY = PARTS_OF_DAY | ZONES | {"noon", "midday", "midnight"}
_CONNECTORS = {"to", "and", "or", "until", "-", "–"}
_LEADING_PREPS = {"in", "on", "at", "during", "between", "for", "throughout", "of", "from", "into", "after"}


def _per_unit(span: Span) -> bool:
    """"a week" after a count ("passengers a week", "£300 a month"): a rate, not a length of time."""
    words = [t.lower_ for t in span]
    if len(words) != 2 or words[0] not in {"a", "an", "per"} or words[1] not in UNIT_WORDS or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ in {"NOUN", "NUM", "PROPN", "SYM"} and not before.ent_type_ in {"DATE", "TIME"}


def _follows(before: list[str], first: str, pattern: tuple[str, ...]) -> bool:
    return tuple(before[-len(pattern):]) == pattern or (len(pattern) == 1 and first == pattern[0])


def role_of(doc: Doc, span: Span, cue_tokens: dict[int, int], verb: Token | None,
            intentions: set[int] = frozenset()) -> str:
    """deadline, start, reported or event, from the words before the span and the verb it depends on."""
    before = [t.lower_ for t in doc[max(0, span.start - 4):span.start]]
    if before[-1:] in (["the"], ["a"], ["an"]):
        before = before[:-1]  # "ahead of the [12 March] tie": the article is the noun's
    before = before[-3:]
    first = span[0].lower_ if len(span) else ""
    if any(_follows(before, first, pattern) for pattern in DEADLINE_BEFORE):
        return "deadline"
    if any(_follows(before, first, pattern) for pattern in START_BEFORE):
        return "start"
    if verb is not None and verb.i in cue_tokens and verb.i not in intentions:
        head = span.root.head
        if head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i and head.lower_ not in STRETCH):
            return "reported"  # "said on Monday", not "blamed the rise in January sales" nor "warned ... into May"
    return "event"


def _over_as_preposition(doc: Doc, span: Span) -> bool:
    """"followed 900 patients [over] 18 months": after a noun, "over" says during, not more than (as it does
    in "for over 18 months" or "lasted over a decade")."""
    return span.start > 0 and doc[span.start - 1].pos_ in {"NOUN", "PROPN", "PRON"} and span[1].like_num


def _count_before_period(span: Span) -> bool:
    """"closing [65] last year": a bare count the recogniser glued to a "last"/"next"/"this" period."""
    return len(span) > 2 and span[0].like_num and span[1].lower_ in {"last", "next", "this"} \
        and span[0].lower_ not in MONTHS


def trim(doc: Doc, span: Span) -> tuple[Span, str | None]:
    """The span without edge punctuation, a leading role phrase ("no later than") or adverbs; and that role."""
    while len(span) and (span[-1].is_punct or span[-1].is_space or span[-1].lower_ in _CONNECTORS
                         or len(span) > 1 and span[-1].tag_ == "POS"):
        span = doc[span.start:span.end - 1]  # "15 November 2004 to" -> "15 November 2004"; "last year's"
    while len(span) and (span[0].is_punct or span[0].is_space):
        span = doc[span.start + 1:span.end]
    lead_role = None
    lows = [t.lower_ for t in span[:3]]
    if len(span) > 3 and lows[0] == "as" and lows[2] == "as" and lows[1] in {"early", "late", "soon", "recently"}:
        span = doc[span.start + 3:span.end]  # "as early as next week" -> "next week"
        lows = [t.lower_ for t in span[:3]]
    for patterns, name in ((DEADLINE_BEFORE, "deadline"), (START_BEFORE, "start")):
        for pattern in patterns:
            if len(pattern) < len(span) and tuple(lows[:len(pattern)]) == pattern:
                span = doc[span.start + len(pattern):span.end]  # "no later than June" -> "June"
                lead_role = name
                break
        if lead_role:
            break
    while len(span) > 1 and (span[0].pos_ in {"ADV", "VERB", "ADJ"} and span[0].lower_ not in DATE_WORDS
                             or span[0].lower_ in _LEADING_PREPS and span[1].lower_ not in {"least", "most"}
                             or span[0].lower_ == "over" and (span[1].lower_ in {"the", "a", "an"}
                                                              or _over_as_preposition(doc, span))
                             or _count_before_period(span)):
        span = doc[span.start + 1:span.end]  # "upwards years later" -> "years later"; "between 2015 and 2016"
    if len(span) > 1 and span[0].lower_ in {"the", "a", "an"} and span[0].head.i >= span.end \
            and span.root.head.i == span[0].head.i and span[0].head.pos_ == "NOUN" \
            and any(t.like_num or t.lower_ in MONTHS or t.lower_ in WEEKDAYS for t in span[1:]):
        span = doc[span.start + 1:span.end]  # "the March 15 deadline": the article is the deadline's
    return span, lead_role


def read(expr: str, pub, future: bool, use_dateparser: bool = True) \
        -> tuple[TimeParse, str | None, dict | None, bool]:
    """(parse, value, how it is relative, future) of an expression's text."""
    p = parse_range(expr) or parse_expression(expr)
    if p is not None:
        if p.direction:
            future = p.direction > 0
        value, rel = resolve(p, pub, future)
        return p, value, rel, future
    p = TimeParse(precision="vague")
    value = rel = None
    if any(ch.isdigit() for ch in expr) or any(w in MONTHS for w in expr.lower().split()):
        got = dateparser_value(expr, pub.isoformat() if pub else None, future) \
            if use_dateparser and (pub is not None or re.search(r"\d{4}", expr)) else None
        if got is not None:
            value, p.precision = got
        else:
            p.relative = True
            rel = {"direction": "future" if future else "past"}
    return p, value, rel, future


def join_spans(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping candidates become one, and so do touching ones ("Tuesday" + "evening", "06:00 BST" +
    "Wednesday", "noon" + "today"), so each expression is found once, whole."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and (s < out[-1][1] or s == out[-1][1] and _day_and_time(doc[s - 1], doc[s])
                    or _clock_parts(doc, out[-1], s)):
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _clock_parts(doc: Doc, left: tuple[int, int], s: int) -> bool:
    """"2 hours, 9 minutes", "3 hours and 12 minutes": one length of time in two parts (PT2H9M)."""
    return s == left[1] + 1 and doc[left[1]].lower_ in {",", "and"} and doc[left[1] - 1].lower_ in {"hour", "hours"} \
        and s + 1 < len(doc) and doc[s].like_num and doc[s + 1].lower_ in {"minute", "minutes"}


def _timeish(tok: Token) -> bool:
    if tok.lower_ in _TIME_OF_DAY or tok.lower_ in {"a.m.", "p.m."}:  # "10 a.m." + "Thursday"
        return True
    return bool(re.match(r"^\d{1,2}([:.]\d{2})?(am|pm|a\.m\.|p\.m\.)?$", tok.lower_)) \
        and (":" in tok.text or tok.lower_[-1:] in {"m", "."})


def _day_and_time(left: Token, right: Token) -> bool:
    """A day touching a time of day ("Tuesday" "evening", "BST" "Wednesday"), not "an hour" "Tuesday"."""
    day = set(WEEKDAYS) | DAY_WORDS
    return (left.lower_ in day and _timeish(right)) or (_timeish(left) and right.lower_ in day)


def _candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = [part for e in doc.ents if e.label_ in {"DATE", "TIME"}
                                    for part in split_linked(doc, e.start, e.end)]
    covered = {i for s, e in spans for i in range(s, e)}
    spans += extra_candidates(doc, covered, text)
    spans = [widen_period(doc, *widen_part(doc, *widen_zone(doc, *widen_left(doc, *day_range(doc, s, e)))))
             for s, e in spans]
    return join_spans(doc, [(s, e - 1) if e - s > 1 and doc[e - 1].lower_ in _CONNECTORS else (s, e) for s, e in spans])


def find_dates(doc: Doc, published=None, use_dateparser: bool = True) -> list[TimeExpr]:
    """Every time expression of a parsed document, resolved against `published` when given."""
    cache = doc_cache(doc)
    text = cache.text
    pub = published_date(published)
    spans = _candidates(doc, text)
    if not spans:
        return []
    index = cache.statements if doc._.statements else None
    cue_tokens = index.cue_tokens if index is not None else {}
    intentions = {i for i, k in cue_tokens.items() if index.is_intention(k)} if index is not None else set()
    out: list[TimeExpr] = []
    sentence = numpy.cumsum(cache.array(SENT_START) == 1)  # token -> its sentence's number, without Token objects
    for s, e in sorted(set(spans)):
        span, lead_role = trim(doc, doc[s:e])
        if not len(span) or is_false_date(span, text):
            continue
        expr = text[span.start_char:span.end_char]
        verb = governing_verb(span.root)
        status = clause_status(verb) if verb is not None else None
        role = lead_role or role_of(doc, span, cue_tokens, verb, intentions)
        future = points_ahead(span, role, status, verb)
        p, value, rel, future = read(expr, pub, future, use_dateparser)
        if not future and coming_in_present(p, span, verb):
            p, value, rel, future = read(expr, pub, True, use_dateparser)  # "the vote is due on Thursday"
        if p.kind == "duration" and _per_unit(span):
            p = replace(p, kind="set")  # "a million passengers a week", "£300 a month": a rate, so a set
            value, rel = None, None
        if span[0].ent_type_ == "TIME" and p.kind == "date" and p.precision == "vague" and p.clock is None:
            p.kind = "time"  # "late in the evening": a time of day the rules cannot place
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        defined_after = after in {"that", "when", "as", "which"}
        out.append(TimeExpr(start=span.start_char, end=span.end_char, text=expr, kind=p.kind,
                            precision=p.precision, role=role, parse=p, future=future, value=value,
                            relative=rel, mod=p.mod, verb=verb.i if verb is not None else None,
                            tokens=(span.start, span.end), timex=timex_of(expr, p, value, pub, future),
                            extra={"sent": int(sentence[span.start]), "defined_after": defined_after,
                                   "after": after, "before": doc[span.start - 1].lower_ if span.start else ""}))
    anchor_dates(out, pub)
    return out


class DateFinder:
    """spaCy component: writes the document's time expressions to `doc._.dates`."""

    def __init__(self, nlp: Language, name: str = "claimscope_dates", use_dateparser: bool = True):
        register_extensions()
        self.name = name
        self.use_dateparser = use_dateparser

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(doc, doc_published(doc), self.use_dateparser)
        return doc


@Language.factory(
    "claimscope_dates",
    assigns=["doc._.dates"],
    requires=["doc.ents", "doc._.statements", "token.dep", "token.tag"],
    default_config=component_config("dates"),
)
def make_date_finder(nlp: Language, name: str, use_dateparser: bool) -> DateFinder:
    """Factory for the time expression finder (entry point `claimscope_dates`)."""
    return DateFinder(nlp, name, use_dateparser)
