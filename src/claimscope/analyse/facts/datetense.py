"""Which side of the publication date an expression lies on, from its clause (spaCy tokens in, booleans out).

`points_ahead(span, role, status, verb)` asks `TENSE_RULES` in order; the first that has an opinion decides
(True: ahead of the publication date, False: behind), and with none the expression lies behind:

1. `past_deadline`: "by Monday the crowds had gone": a by/until deadline of a past-tense clause is behind;
2. `deadline`: "no later than June", "ahead of the 12 March tie": ahead;
3. `planned`: a planned clause ("will open in June", `status.clause_status`), or a possible one with a bare
   verb, active or passive ("could open in June", "could be signed in June"): ahead;
4. `forecast`: what a forecast verb foresees ("expect a rebound in March", "warned of gales from Tuesday
   night"), never the day of the forecast itself ("warned on Monday"): ahead;
5. `scheduled`: "the vote, set for Thursday, may be delayed": ahead unless the main clause is past.

`coming_in_present(parse, span, verb)` then says whether a weekday, a day of a month, or a month hanging on
the verb, in a present-tense clause, is the coming one ("the vote is due on Thursday", "the financial year
ends in June"; not "slower than in January, figures show").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...lexicon.time import FORECAST_VERBS
from .clauses import governing_verb
from .dateparse import TimeParse

_SCHEDULE = {"set", "schedule", "slate", "plan", "due", "timetable"}  # "set for Thursday"
_BY = {"by", "until", "till", "before"}  # a deadline these give a past clause lies behind ("had gone by Monday")
STRETCH = {"from", "into", "until", "till", "through", "after"}  # prepositions of a stretch of time, not a moment


def _present(verb: Token | None) -> bool:
    """A clause in the present tense with no past auxiliary: a weekday in it is the coming one."""
    if verb is None:
        return False
    aux = {c.tag_ for c in verb.children if c.dep_ == "aux"}
    passive = {c.tag_ for c in verb.children if c.dep_ == "auxpass"}
    if verb.tag_ == "VBN" and passive & {"VBZ", "VBP"} and not aux:
        return True  # "a meeting is planned for Monday": present passive (not "has been planned")
    tags = {verb.tag_} | aux | passive
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "VBN"} and verb.lemma_ != "say"


def _on_verb(span: Span, verb: Token | None) -> bool:
    """The expression hangs on the verb itself ("ends [in June]"), not deeper ("slower than in January,
    figures show"), and the verb reports nothing."""
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    return verb is not None and head.i == verb.i and verb.lemma_ not in {"say", "show", "suggest", "indicate"}


def _scheduled(verb: Token | None) -> bool:
    """"The vote, set for Thursday, may be delayed": a schedule in a clause that is not past lies ahead."""
    if verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _SCHEDULE:
        return False
    main = governing_verb(verb.head)
    return main is not None and not _past(main)


def _past(verb: Token | None) -> bool:
    """A clause in the past tense ("by Tuesday the crowd had gone"): a deadline in it lies behind."""
    return verb is not None and (verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                                           for c in verb.children))


def _forecast(span: Span, verb: Token | None) -> bool:
    """A day inside what a forecast verb foresees ("expects a rebound after Friday", "warned of gales from
    Tuesday night"), not one that dates the forecast itself ("warned on Monday", "said in March")."""
    if verb is None or verb.lemma_ not in FORECAST_VERBS:
        return False
    head = span.root.head
    if head.dep_ == "prep" and head.lower_ in STRETCH:
        return True  # a stretch of time foreseen
    if head.dep_ == "prep":
        head = head.head
    if head.i == verb.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    # what is foreseen: the object ("expect [a rebound] in March") or "of"/"for" one ("warned of [gales]"),
    # not the subject nor a noun that dates the forecast ("in [a speech] on Friday")
    return head.dep_ == "dobj" or head.dep_ == "pobj" and head.head.lower_ in {"of", "for"} \
        and head.head.head.i == verb.i


# ---- the rules, in the order of TENSE_RULES --------------------------------------------------------------

def past_deadline(span: Span, role: str, status: str | None, verb: Token | None) -> bool | None:
    if role == "deadline" and _past(verb) and span.start > 0 and span.doc[span.start - 1].lower_ in _BY:
        return False
    return None


def deadline(span: Span, role: str, status: str | None, verb: Token | None) -> bool | None:
    return True if role == "deadline" else None


def planned(span: Span, role: str, status: str | None, verb: Token | None) -> bool | None:
    if status == "planned" or status == "possible" and verb is not None and (
            verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)):
        return True  # "could open in June", "could be signed in June" (not "could have opened")
    return None


def forecast(span: Span, role: str, status: str | None, verb: Token | None) -> bool | None:
    return True if role in {"event", "start"} and _forecast(span, verb) else None


def scheduled(span: Span, role: str, status: str | None, verb: Token | None) -> bool | None:
    return True if _scheduled(verb) else None


TENSE_RULES: tuple[Callable[[Span, str, str | None, Token | None], bool | None], ...] = (
    past_deadline, deadline, planned, forecast, scheduled,
)


def points_ahead(span: Span, role: str, status: str | None, verb: Token | None) -> bool:
    """Whether the expression lies ahead of the publication date (TENSE_RULES, in order; behind with none)."""
    for rule in TENSE_RULES:
        got = rule(span, role, status, verb)
        if got is not None:
            return got
    return False


def coming_in_present(p: TimeParse, span: Span, verb: Token | None) -> bool:
    """A weekday, a day of a month, or a month on the verb itself, in a present-tense clause: the coming one."""
    if p.direction != 0 or not _present(verb) or span.start > 0 and span.doc[span.start - 1].lower_ == "since":
        return False  # "prices rise at fastest pace since February": a start, so behind
    if p.weekday is not None or p.day is not None and p.year is None and not p.ends:
        return True
    return p.precision == "month" and p.year is None and p.year_offset is None and _on_verb(span, verb) \
        and verb.tag_ in {"VBZ", "VBP"}
