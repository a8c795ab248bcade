"""Where time expressions are: candidates the recogniser missed, and guards against false dates.

Candidates beyond spaCy's DATE and TIME entities (`extra_candidates`): capitalised month and weekday names
used as dates, "yesterday"/"today"/"tomorrow", ISO dates, and years after a temporal preposition ("in
2001") or before a noun ("the 2005 budget"). Guards (`is_false_date`): a bare number is no date (a
four-digit year is, unless it counts something: "2001 people"), an age ("62-year-old") is no date, and
"may"/"march" are dates only as capitalised proper nouns, never as a modal or a verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...lexicon.time import AMBIGUOUS_MONTHS, DAY_WORDS, FULL_MONTHS, MONTHS, TEMPORAL_PREPS, UNIT_WORDS, WEEKDAYS
from .clauses import doc_cache
from .dateparse import DAY_NUMBER, ISO_DATE, YEAR

_ISO_SCAN = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_AGE = re.compile(r"\d+\s*-?\s*(?:years?|months?|weeks?|days?)\s*-?\s*old", re.IGNORECASE)


def is_month_token(tok: Token) -> bool:
    low = tok.lower_
    if low not in MONTHS or low not in FULL_MONTHS:
        return False
    if not tok.text[:1].isupper() or tok.tag_ == "MD" or tok.tag_.startswith("VB"):
        return False
    return True


def is_false_date(span: Span, text: str) -> bool:
    """Bare numbers, ages and 'may'/'march' in their other senses are no dates."""
    doc = span.doc
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return True
    if _AGE.search(text[span.start_char:min(len(text), span.end_char + 8)]):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ in {"aged", "age"}:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in {"old", "-old"}:
        return True
    nxt = doc[span.end:span.end + 2]
    if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "old":
        return True
    lows = [t.lower_ for t in words]
    if ISO_DATE.search(span.text):
        return False
    if all(t.like_num or t.lower_ in {"a", "an", "the", "some", "about"} for t in words):
        if len(words) == 1 and YEAR.match(words[0].text):
            tok = words[0]
            # "2001 people" counts people; "in 2001", "2001 was" or the DATE label make it a year
            if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.tag_ == "NNS" \
                    and tok.head.lower_ not in UNIT_WORDS and tok.head.ent_type_ != "DATE":
                return True  # counts a plural noun
            return False
        return True
    for t in words:
        if t.lower_ in AMBIGUOUS_MONTHS and len(words) == 1:
            if not t.text[:1].isupper() or t.tag_ == "MD" or t.tag_.startswith("VB"):
                return True
            if t.lower_ == "may" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in {"PRON", "VERB", "AUX"} \
                    and doc[t.i + 1].tag_ not in {"CD"}:
                return True  # "May I ..." / "May be ..."
    if "old" in lows or "aged" in lows:
        return True
    return False


_TRIGGERS = DAY_WORDS | set(WEEKDAYS) | FULL_MONTHS
_YEAR_SCAN = re.compile(r"(?<![\w.,])(?:1[0-9]|20|21)\d\d(?![\w,]|\.\d)")


def extra_candidates(doc: Doc, covered: set[int], text: str) -> list[tuple[int, int]]:
    """Token ranges of time expressions the recogniser missed."""
    out: list[tuple[int, int]] = []
    n = len(doc)
    cache = doc_cache(doc)
    candidates = set(cache.with_lower(_TRIGGERS))
    candidates.update(cache.token_at(m.start()) for m in _YEAR_SCAN.finditer(text))
    pos = 0
    for i in sorted(candidates):
        if i < pos:
            continue
        tok = doc[i]
        if tok.i in covered or (tok.ent_type_ and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL"}):
            continue
        low = tok.lower_
        if low in DAY_WORDS and tok.pos_ != "PROPN":
            out.append((i, i + 1))
        elif low in WEEKDAYS and tok.text[:1].isupper():
            start = i - 1 if i > 0 and doc[i - 1].lower_ in {"last", "next", "this"} else i
            out.append((start, i + 1))
        elif is_month_token(tok):
            lo, hi = i, i + 1
            if i > 0 and DAY_NUMBER.match(doc[i - 1].text):
                lo = i - 1
            if hi < n and DAY_NUMBER.match(doc[hi].text):
                hi += 1
            if hi - lo > 1 and hi + 1 < n and doc[hi].lower_ in {"and", "-", "–", "to", "or"} \
                    and DAY_NUMBER.match(doc[hi + 1].text) and int(re.match(r"\d+", doc[hi + 1].text).group()) <= 31:
                hi += 2  # "February 16 and 17"
            if hi < n and doc[hi].text == "," and hi + 1 < n and YEAR.match(doc[hi + 1].text):
                hi += 2
            elif hi < n and YEAR.match(doc[hi].text):
                hi += 1
            prev = doc[lo - 1].lower_ if lo > 0 else ""
            if hi - lo > 1 or prev in TEMPORAL_PREPS or (tok.lower_ not in AMBIGUOUS_MONTHS and tok.tag_ == "NNP"):
                out.append((lo, hi))
            pos = hi
            continue
        elif tok.like_num and YEAR.match(tok.text) and (
                (i > 0 and doc[i - 1].lower_ in TEMPORAL_PREPS
                 and doc[i - 1].lower_ not in {"and", "or", "to", "of", "at", "around", "as"}
                 and not (tok.dep_ == "nummod" and tok.head.pos_ == "NOUN"))
                or (tok.dep_ in {"nummod", "compound", "amod"} and tok.head.tag_ == "NN" and tok.head.i > tok.i)):
            out.append((i, i + 1))  # "in 2001", "the 2005 budget"
    for m in _ISO_SCAN.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not any(t.i in covered for t in span):
            out.append((span.start, span.end))
    return out


def day_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'February 16' + 'and 17' / '-17': the second day belongs to the expression."""
    n = len(doc)
    if end + 1 < n and doc[end].lower_ in {"and", "-", "–", "to", "or"} and re.match(r"^\d{1,2}$", doc[end + 1].text) \
            and int(doc[end + 1].text) <= 31 and re.match(r"^\d{1,2}$", doc[end - 1].text) \
            and any(t.lower_ in MONTHS for t in doc[start:end]):
        return start, end + 2
    return start, end
