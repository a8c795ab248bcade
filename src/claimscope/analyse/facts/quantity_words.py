"""The number words of a quantity in a Doc: where a number starts and ends, and numbers that count nothing.

`number_span` grows a number token into its words ("twenty-five", "two hundred and fifty", "tens of
thousands", "300" "m", "a few thousand", "three-quarters", "two and a half", "two-and-a-half", "2 1/2",
"1.2-billion", "a couple of hundred"; a spelled-out "one" never takes the digits after it: "one 20,000-seat stadium");
`is_no_quantity` runs NO_QUANTITY_GUARDS in order: inside a date or a name, a lone "one" that counts nothing
("one way", "a one-off payment"), a fraction word that is no share ("the second half"), a digit glued to letters that are no unit
("4G", "3D", "21st"), a lone scale word, identifiers ("Article 5", "No 10", "junctions 10 and 11", "in '98"),
numbers in names ("Aerion 320", "XR-7", "the Zephyr 11 update", "iOS 17", "the Group of Seven"), years after a preposition
("from 2015 to 2019 exports") or before a noun they date ("1990 levels"), clock times ("10:30", "6 pm") and long digit strings; `qualifier_before` reads
"at least", "up to", "nearly", "about".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ...lexicon.money import CURRENCY_SIGNS
from ...lexicon.numbers import FEW, FRACTION_WORDS, NUMBER_WORDS, SCALES, SUFFIXES, UNITS, VAGUE
from ...lexicon.quantities import GENERIC_NOUNS, IDENTIFIER_NOUNS, ONE_IDIOMS, YEAR_NOUNS, QUALIFIERS, SOFT_IDENTIFIERS
from .numbers import GLUED_SUFFIXES, GROUP, GROUP_HEAD, VULGAR, digits_value, fraction_value, range_value
from ...lexicon.time import MONTHS
from .units import glued_unit_of, is_glued_name, lookup

_MAX_QUAL = max(len(w) for w, _ in QUALIFIERS)
_WORDLIKE_SUFFIXES = {"bn", "tn", "trn", "mn", "mln"}  # scale suffixes no unit shares ("m" may be metres)


def numberish(tok: Token) -> str | None:
    """'vague' ("dozens"), 'word' ("five"), 'digit' ("4,500"), or None for a token that is no number."""
    low = tok.lower_
    if low in VAGUE or low == "tens":
        return "vague"
    if low in NUMBER_WORDS:
        return "word"
    if low in FRACTION_WORDS:
        return "fraction"
    if range_value(tok.text) is not None:
        return "digit"
    if tok.text[-1:] == "-" and tok.text[:1].isdigit():
        nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
        return "digit" if nxt in {"to", "or"} and digits_value(tok.text) is not None else None
    if (tok.text[:1].isdigit() or tok.text[:1] in {"-", "−"} and tok.text[1:2].isdigit() or tok.text[:1] in VULGAR or "$" in tok.text[:4] or tok.text[:1] in "£€¥") \
            and any(c.isdigit() or c in VULGAR for c in tok.text) and digits_value(tok.text) is not None:
        return "digit"
    return None


def _fraction_after(doc: Doc, hi: int) -> int | None:
    """The end of a fraction word after a number word at hi ("three-quarters", "two thirds", "one sixth")."""
    n = len(doc)
    j = hi + 2 if hi + 2 < n and doc[hi + 1].text in {"-", "–"} and not doc[hi].whitespace_ else hi + 1
    if j < n and doc[j].lower_ in FRACTION_WORDS and (doc[hi].lower_ in UNITS or doc[hi].lower_ in {"a", "an"}):
        return j
    return None


def space_group(doc: Doc, lo: int, hi: int) -> bool:
    """The token after hi is the next group of a space-grouped number ("10 000", "1 250 000")."""
    tok, nxt = doc[hi], doc[hi + 1]
    head = GROUP_HEAD.match(doc[lo].text) and (lo == 0 or not doc[lo - 1].text[:1].isdigit())
    glued_unit = not nxt.whitespace_ and nxt.i + 1 < len(doc) and doc[nxt.i + 1].is_alpha  # "2 100m races"
    return bool(head and tok.whitespace_ == " " and GROUP.match(nxt.text) and "." not in tok.text
                and (hi == lo or GROUP.match(tok.text)) and not glued_unit)


def number_span(doc: Doc, i: int, excluded: set[int]) -> tuple[int, int]:
    """Token range of the number words around token i ("twenty-five", "tens of thousands", "a few hundred")."""
    n = len(doc)
    lo = hi = i
    while hi + 1 < n:
        nxt = doc[hi + 1]
        kind = numberish(nxt)
        frac_end = _fraction_after(doc, hi) if numberish(doc[hi]) == "word" else None
        if frac_end is not None:
            hi = frac_end  # "three-quarters", "two thirds"
            if hi + 3 < n and doc[hi + 1].lower_ == "of" and doc[hi + 2].lower_ in {"a", "an"} and \
                    doc[hi + 3].lower_ in SCALES and doc[hi + 3].lower_ not in {"dozen", "hundred"}:
                hi += 3  # "three quarters of a billion"
            break
        if kind == "digit" and numberish(doc[hi]) == "digit" and fraction_value(nxt.text) is not None \
                and fraction_value(doc[hi].text) is None:
            hi += 1  # "2 1/2"
            break
        if nxt.lower_ == "and" and hi + 3 < n and doc[hi + 2].lower_ == "a" and doc[hi + 3].lower_ == "half" \
                and numberish(doc[hi]) in {"word", "digit"}:
            hi += 3  # "two and a half"
            if hi + 1 < n and doc[hi + 1].lower_ in SCALES and doc[hi + 1].lower_ not in {"dozen", "hundred"}:
                hi += 1  # "two and a half million"
            break
        if nxt.text == "-" and hi + 6 < n and numberish(doc[hi]) in {"word", "digit"} and \
                [t.lower_ for t in doc[hi + 2:hi + 7]] == ["and", "-", "a", "-", "half"]:
            hi += 6  # "two-and-a-half"
            if hi + 1 < n and doc[hi + 1].lower_ in SCALES and doc[hi + 1].lower_ not in {"dozen", "hundred"}:
                hi += 1  # "three-and-a-half million"
            break
        if doc[hi].lower_ == "half" and nxt.lower_ in {"a", "an"} and hi + 2 < n and doc[hi + 2].lower_ in SCALES:
            hi += 2  # "half a million"
            continue
        if nxt.text in {"-", "–"} and not nxt.whitespace_ and not doc[hi].whitespace_ and hi + 2 < n and \
                numberish(doc[hi]) == "digit" and (doc[hi + 2].lower_ in SCALES and doc[hi + 2].lower_ not in
                                                   {"dozen", "hundred"} or doc[hi + 2].lower_ in _WORDLIKE_SUFFIXES):
            hi += 2  # "$1.2-billion", "a 3-million-tonne order", "$5.3-bn"
            continue
        if doc[hi].lower_ in FRACTION_WORDS and nxt.lower_ == "of" and hi + 3 < n and \
                doc[hi + 2].lower_ in {"a", "an"} and doc[hi + 3].lower_ in SCALES and doc[hi + 3].lower_ not in {"dozen", "hundred"}:
            hi += 3  # "a quarter of a million", "three quarters of a billion"
            break
        if kind == "fraction":
            break
        if kind == "digit" and space_group(doc, lo, hi) and nxt.i not in excluded:
            hi += 1  # "10 000": thousands grouped by a space
            continue
        if kind is not None and nxt.i not in excluded:
            if kind == "digit" and numberish(doc[hi]) in {"digit", "word", "vague"}:
                break  # "2001 4,500": two numbers; "one 20,000-seat stadium": one, then 20,000
            if numberish(doc[hi]) == "digit" and nxt.lower_ not in SCALES:
                break  # "£10 one-way": a digit is not followed by a number word unless a scale
            hi += 1
            continue
        if nxt.lower_ in {"-", "and"} and hi + 2 < n and numberish(doc[hi]) == "word" \
                and doc[hi + 2].lower_ in NUMBER_WORDS and doc[hi + 2].lower_ not in SCALES \
                and (nxt.text == "-" or doc[hi].lower_ in {"hundred", "thousand", "million"}):
            hi += 2  # "twenty-five", "two hundred and fifty"
            continue
        if nxt.lower_ == "of" and doc[hi].lower_ in {"tens", "hundreds", "dozens", "scores"} \
                and hi + 2 < n and doc[hi + 2].lower_ in VAGUE:
            hi += 2  # "tens of thousands"
            continue
        if nxt.lower_.rstrip(".") in GLUED_SUFFIXES and numberish(doc[hi]) == "digit" \
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
        elif low in {"a", "an"} and doc[lo].lower_ in FRACTION_WORDS and doc[lo].lower_ != "half":
            lo -= 1  # "a quarter of", "a third of"
        elif low == "of" and lo > 2 and doc[lo - 2].lower_ == "couple" and doc[lo - 3].lower_ == "a" and \
                doc[lo].lower_ in SCALES and doc[lo].lower_ != "dozen":
            lo -= 3  # "a couple of hundred"
        elif low in FEW and (doc[lo].lower_ in SCALES or doc[lo].lower_ in {"hundred", "thousand"}):
            lo -= 1
            if low == "few" and lo > 0 and doc[lo - 1].lower_ == "a":
                lo -= 1
        else:
            break
    return lo, hi + 1


# ---- numbers that count nothing: NO_QUANTITY_GUARDS, in order -----------------------------------------
# A guard returns True (no quantity), False (a quantity, stop asking) or None (no opinion).

def in_excluded(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    return True if any(i in excluded for i in range(lo, hi)) else None  # inside a date or a name


def lone_one(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    """"one" or "a" alone counts only a noun after it that is no idiom ("one nurse", not "one way")."""
    first = doc[lo]
    if hi - lo == 1 and first.lower_ in {"one", "a", "an"}:
        if first.lower_ == "one" and hi + 1 < len(doc) and doc[hi].lower_ == "in" and numberish(doc[hi + 1]):
            return False  # "one in five adults"
        if first.lower_ == "one" and hi + 1 < len(doc) and doc[hi].text in {"-", "–"} and \
                doc[hi + 1].lower_ in ONE_IDIOMS:
            return True  # "a one-off payment", "a one-way ticket": no count
        if first.lower_ == "one" and hi + 1 < len(doc) and doc[hi].text in {"-", "–"} and not doc[hi].whitespace_ \
                and lookup(doc[hi + 1].lower_) is not None:
            return False  # "a one-day strike", "a one-metre wall": a measure
        return not (first.dep_ == "nummod" and first.head.pos_ == "NOUN" and first.head.i > first.i) \
            or first.head.lemma_.lower() in GENERIC_NOUNS
    return None


def lone_fraction(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    """A fraction word with no number before it is a share only before "of"/"the" ("half of the voters",
    "a quarter of the staff", "half a mile"); "the second half", "a third time" are no quantities."""
    last = doc[hi - 1].lower_
    if last not in FRACTION_WORDS or any(t.lower_ in UNITS or t.lower_ == "and" for t in doc[lo:hi - 1]):
        return None
    nxt = doc[hi].lower_ if hi < len(doc) else ""
    prev = doc[lo - 1] if lo > 0 else None
    if prev is not None and (prev.lower_ in {"the", "this", "that", "its", "his", "her", "their", "first",
                                             "second", "latter", "former"} or prev.pos_ in {"ADJ", "NUM"}) \
            and prev.lower_ not in {"nearly", "almost", "about", "over", "under", "than"}:
        return True
    if nxt in {"of", "the"} or last == "half" and nxt in {"a", "an", "their", "its", "his", "her"} or \
            prev is not None and prev.lower_ == "by":  # "cut by a third", "fell by half"
        return False
    q_start, q_kind, _ = qualifier_before(doc, doc.text, lo)
    if q_kind is not None and q_start > 0 and (doc[q_start - 1].lower_ == "by" or doc[q_start - 1].pos_ == "VERB"):
        return False  # "jumped by more than a third", "fell almost a half"
    return True


def glued_name(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    """A digit glued to letters that are no unit: "4G", "3D" (one token or two)."""
    if is_glued_name(doc[hi - 1].text) or doc[lo].text[-2:].lower() in {"st", "nd", "rd", "th"} and \
            doc[lo].text[:1].isdigit():
        return True  # "4G"; "21st" is an ordinal
    if doc[lo].text[-1:] == "s" and doc[lo].text[:-1].isdigit() and not (lo > 0 and doc[lo - 1].tag_ == "PRP$"):
        return True  # "the 1960s", "the 80s": decades (an age decade "in his 20s" is read by `age`)
    if hi < len(doc) and not doc[hi - 1].whitespace_ and doc[hi].is_alpha and doc[hi].is_upper \
            and len(doc[hi]) <= 2 and doc[hi].lower_ not in SUFFIXES and doc[hi - 1].text[:1].isdigit():
        return True if glued_unit_of("1" + doc[hi].text) is None else None  # "4" "G"
    return None


def lone_scale(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    first = doc[lo]
    return True if hi - lo == 1 and first.lower_ in SCALES and first.lower_ != "dozen" else None  # "hundred"


def identifier_before(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    if lo > 1 and doc[lo - 1].text == "." and doc[lo - 2].lower_ in {"no", "nos"}:
        return True  # "No. 1"
    if lo > 0 and doc[lo - 1].text in {"'", "’", "‘"} and not doc[lo - 1].whitespace_ and len(doc[lo].text) == 2 \
            and doc[lo].text.isdigit():
        return True  # "moved in '98": a year
    if any(t.lower_ == "odds" for t in doc[max(0, lo - 3):lo]):
        return True  # "odds of 1/4", "at odds of 5-2": betting odds, no quantity
    if lo > 0:
        prev = doc[lo - 1]
        if prev.lower_ in IDENTIFIER_NOUNS and (prev.lower_ not in SOFT_IDENTIFIERS or prev.text[:1].isupper()):
            return True  # "Article 5", "No 10", "Flight 17"
        if prev.lower_ in {"and", "or", ",", "to", "-"} and lo > 2 and doc[lo - 2].text.isdigit() and \
                doc[lo - 3].lower_ in IDENTIFIER_NOUNS and doc[lo - 3].lower_ not in SOFT_IDENTIFIERS:
            return True  # the second of "junctions 10 and 11", "pages 4-5"
    return None


def name_before(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    if lo > 0:
        prev, first = doc[lo - 1], doc[lo]
        if prev.text in {"-", "–", "/"} and not prev.whitespace_ and lo > 1 and doc[lo - 2].is_alpha \
                and not doc[lo - 2].whitespace_:
            return True  # "XR-7", "Vex-19"
        if prev.pos_ == "PROPN" and first.head.i == prev.i and lookup(prev.text) is None and \
                first.dep_ in {"nummod", "appos", "compound", "npadvmod"} and prev.lower_ not in CURRENCY_SIGNS:
            return True  # "Aerion 320", "Zephyr 12" (not "₹500 crore", the sign the tagger took for a name)
        if _model_number(doc, lo, hi):
            return True  # "the Windows 11 update", "the 737 MAX"
        if prev.is_alpha and prev.whitespace_ and _camel(prev.text) and lookup(prev.text) is None:
            return True  # "iOS 17", "PlayStation 5": a product's version
        if first.is_alpha and first.text[:1].isupper() and not first.is_sent_start and \
                (prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start
                 or prev.lower_ == "of" and lo > 1 and doc[lo - 2].text[:1].isupper()):
            return True  # "the Group of Seven", "the Big Four": a number word in a name
    return None


def _camel(word: str) -> bool:
    """A word with a capital after a lowercase letter ("iOS", "PlayStation"): a product name, no unit or code."""
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))


def _model_number(doc: Doc, lo: int, hi: int) -> bool:
    """A plain number right after a capitalised name before a singular noun ("the Zephyr 11 update"): a model
    name; "Acme hired 300 engineers" and "148 WTO members" are counts."""
    first = doc[lo]
    if hi - lo != 1 or not first.text.isdigit():
        return False
    nxt = doc[hi] if hi < len(doc) else None
    prev = doc[lo - 1] if lo > 0 else None
    return bool(prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha
                and not prev.is_sent_start and prev.ent_type_ not in {"DATE", "MONEY"} and nxt is not None
                and nxt.tag_ == "NN" and nxt.is_alpha and lookup(nxt.text) is None
                and prev.lower_ not in MONTHS)  # "Acme Research 44%", "Zephyr 12 kg" are quantities


def year_after_preposition(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    """A plain year after "in", "since", "from" or "from 2015 to" is a date even before a noun ("from 2015 to
    2019 exports doubled"), as is a span of years in one token ("the 1991-2020 average"); "2019 exports" alone
    stays for `counted` to judge."""
    span = range_value(doc[lo].text) if hi - lo == 1 else None
    if span is not None and all(1800 <= v <= 2100 and v == int(v) for v in span) and len(doc[lo].text) == 9:
        return True  # "the 1991-2020 average": a period
    if lo == 0 or not is_year(doc, lo, hi, 1) or hi + 1 < len(doc) and doc[hi].lower_ in {"-", "–", "to", "and"} \
            and numberish(doc[hi + 1]):
        return None  # "in 2013-14", "from 2015 to 2019": the range reading skips both
    prev = doc[lo - 1].lower_
    if prev in {"in", "since", "until", "till", "from", "before", "after", "between"}:
        return True
    return True if prev in {"to", "and", "-", "–"} and lo > 1 and is_year(doc, lo - 2, lo - 1, 1) else None


def year_of_a_period(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    """A plain year before a noun it names the period of is a date: "compared with 1990 levels", "in 2015
    prices", "2019 figures" ("2000 people" and "1,990 levels" stay counts: no such noun, or a grouped number)."""
    if hi < len(doc) and is_year(doc, lo, hi, 1) and doc[hi].lower_ in YEAR_NOUNS:
        return True
    return None


def time_after(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    if hi < len(doc):
        nxt = doc[hi]
        if nxt.lower_ in {"am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "o'clock"}:
            return True  # a clock time (durations and ages are quantities: quantity_measure)
        if nxt.text in {":", "/"} and not nxt.whitespace_ and not (hi + 1 < len(doc) and doc[hi + 1].is_alpha):
            return True  # "10:30", "3/4"
    return None


def long_digits(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int) -> bool | None:
    t = doc[lo].text
    return True if hi - lo == 1 and t.isdigit() and len(t) > max_digits else None  # an identifier


NO_QUANTITY_GUARDS: tuple[Callable[[Doc, int, int, set[int], int], bool | None], ...] = (
    in_excluded, lone_one, lone_fraction, glued_name, lone_scale, identifier_before, name_before,
    year_after_preposition, year_of_a_period, time_after, long_digits,
)


def is_no_quantity(doc: Doc, lo: int, hi: int, excluded: set[int], max_digits: int = 12) -> bool:
    """Numbers that count nothing (NO_QUANTITY_GUARDS): identifiers, names, times, ages, a lone "one"."""
    for guard in NO_QUANTITY_GUARDS:
        got = guard(doc, lo, hi, excluded, max_digits)
        if got is not None:
            return got
    return False


def qualifier_before(doc: Doc, text: str, lo: int) -> tuple[int, str | None, str | None]:
    """(new start, kind, words) of a qualifier right before position lo ("at least", "nearly")."""
    before = [t.lower_ for t in doc[max(0, lo - _MAX_QUAL):lo]]
    for words, kind in QUALIFIERS:
        k = len(words)
        if tuple(before[-k:]) == words:
            start = lo - k
            if words == ("some",) and lo < len(doc) and numberish(doc[lo]) == "vague":
                continue
            if words in {("over",), ("under",), ("above",), ("below",)} and start > 0 and \
                    doc[start].dep_ == "prep" and doc[start].head.lemma_ in {"spread", "last", "take"}:
                continue
            return start, kind, text[doc[start].idx:doc[lo - 1].idx + len(doc[lo - 1])]
    return lo, None, None


def scale_of(doc: Doc, lo: int, hi: int) -> float | None:
    """The scale word or suffix that ends a number ("million", "6bn"), or None."""
    last = doc[hi - 1].lower_.rstrip(".")
    if last in SCALES and last != "dozen" and hi - lo > 1:
        return SCALES[last]
    got = digits_value(doc[hi - 1].text)
    if got is not None and got[1]:
        return SUFFIXES[got[1]]
    if last in SUFFIXES and hi - lo > 1:
        return SUFFIXES[last]
    return None

def is_year(doc: Doc, lo: int, hi: int, value) -> bool:
    """A lone four-digit number of a plausible year ("in 2019"): a date, not a count."""
    if hi - lo != 1 or value is None:
        return False
    t = doc[lo].text
    return len(t) == 4 and t.isdigit() and 1800 <= int(t) <= 2100
