"""Characterisations: how reports describe one thing, and whether two descriptions oppose.

A report that says who did what also says what the "what" is like: "sent *battle-hardened* units" against "sent
*exhausted, poorly fed* conscripts ... *as expendable*". Analysis finds these in its parse
(analyse/facts/characterise.py) and stores them in the document JSON's `characterisations`: per described noun,
its sentence, theme, owners, anchor and descriptors (each with its evaluative polarity and negation). This module
reads them back and compares them; it parses nothing. Two descriptions oppose when one asserts a descriptor that
the other negates, when their summed polarities have opposite signs, or when one makes the thing grave and the
other slight ("one of the worst accidents" against "a minor incident" or "played down the fire"). A document stored without the section
(by an analysis that did not write it) describes nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon.severity import severity
from ..settings import default

LIGHT_VERBS = frozenset({"have", "get", "make", "take", "give", "do", "be", "use", "need", "want", "see", "find"})
MIN_SIDE = default("link.min_side")  # a description evaluates when the sum of its polarities reaches this
NEUTRAL = default("link.neutral")  # a descriptor scoring less evaluates nothing ("the mental side")


@dataclass(frozen=True)
class Descriptor:
    """One thing said of the theme: its words, the head compared across reports, negation and polarity."""

    text: str
    head: str
    negated: bool
    polarity: float   # as asserted: a negated descriptor's polarity is reversed
    start: int        # offsets into the document text
    end: int
    predicative: bool = False  # said of the thing ("were poorly trained", "as expendable"), not naming a kind


@dataclass(frozen=True)
class Described:
    """A noun of one sentence and its descriptors, as the document JSON's `characterisations` holds it."""

    sentence: tuple[int, int]
    theme: str
    owners: frozenset[str]
    anchor: tuple | None
    descriptors: list[Descriptor]
    namer: tuple[int, int] | None = None  # who names it so, when the sentence says ("Reyl called the tax unfair")


def _descriptor(d: dict) -> Descriptor:
    return Descriptor(text=str(d.get("text") or ""), head=str(d["head"]), negated=bool(d.get("negated")),
                      polarity=float(d.get("polarity") or 0.0), start=int(d["start"]), end=int(d["end"]),
                      predicative=bool(d.get("predicative")))


def described(section: list | None) -> list[Described]:
    """The described nouns of one document's `characterisations` section; a malformed entry is skipped."""
    out = []
    for c in section or []:
        try:
            start, end = c["sentence"]
            out.append(Described(sentence=(int(start), int(end)), theme=str(c["theme"]),
                                 owners=frozenset(c.get("owners") or ()), anchor=tuple(c.get("anchor") or ()) or None,
                                 descriptors=[_descriptor(d) for d in c.get("descriptors") or []],
                                 namer=tuple(int(x) for x in c["namer"][:2]) if c.get("namer") else None))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return out


def asked(sentence: str) -> bool:
    """A question asserts no description ("would the original memo prove it was forged?")."""
    return sentence.rstrip().rstrip("\"'”’)").endswith("?")


def anchors_meet(a: tuple | None, b: tuple | None) -> bool:
    """Two descriptions can be of one thing: the same event's theme, or named/predicated of a definite thing,
    with at least one side tied to it by an action or a naming verb; a light verb ties nothing ("has easy
    access" and "has slower access" are two accesses)."""
    if a is None or b is None or a == b == ("copula",):
        return False
    if a[0] == "event" and b[0] == "event":
        return a == b and a[-1] not in LIGHT_VERBS
    return True


# words that say which one is meant, in time or order, not what it is like ("the late goal", "her final hope",
# "the original memo")
IDENTIFYING = frozenset({"late", "early", "last", "first", "final", "next", "latest", "former", "previous",
                         "recent", "second", "third", "new", "old", "original"})


def kinds(descs: list[Descriptor]) -> frozenset[str]:
    """The neutral words before a noun that say which kind of it is meant ("the mental side", "the domestic
    market"): evaluating nothing, they still make it another thing than a noun without them. A capitalised word
    ("Belarusian soldiers") says whose, which the owners compare, not which kind."""
    return frozenset(d.head.lower() for d in descs if not d.predicative and abs(d.polarity) < NEUTRAL
                     and d.head.lower() not in IDENTIFYING and not d.text[:1].isupper())


def same_kind(a: list[Descriptor], b: list[Descriptor]) -> bool:
    """Two descriptions of one kind of thing: the same neutral kind words, or none ("a side that is not so
    strong" and "the mental side" are two things). Asked only off one action: themes of one action ("sent elite
    units" against "sent young, inexperienced conscripts") are one thing whatever their adjectives."""
    return kinds(a) == kinds(b)


def side_polarity(descs: list[Descriptor]) -> float:
    """The evaluation a description adds up to (sum of its descriptors' polarities, identifying words left out:
    "the late goal" is no bad goal); a negated fault is a charge denied, no praise ("not racist" is not "good":
    it opposes "racist", through the head rule, and not "dangerous"), while a negated merit still blames ("not
    ready")."""
    return sum(d.polarity for d in descs if d.head.lower() not in IDENTIFYING and not (d.negated and d.polarity > 0))


def side_severity(descs: list[Descriptor]) -> int:
    """How grave a description makes its thing: the sum of its descriptors' severities (lexicon/severity.py)."""
    return sum(-1 if d.head == "downplay" else severity(d.text, d.negated) for d in descs)


def summary(descs: list[Descriptor]) -> str:
    """The descriptors as one readable list ("brave, valuable, not expendable")."""
    return ", ".join(("not " if d.negated else "") + d.text for d in descs)


def opposition(a: list[Descriptor], b: list[Descriptor], *, grading: bool = True) -> str | None:
    """Why two descriptions of the same theme oppose (a note naming both sides), or None when they do not;
    severity counts only when `grading` (a source names the thing: "described the fire as minor")."""
    reasons = []
    for da in a:
        for db in b:
            if da.head == db.head and da.negated != db.negated:
                yes, no, which = (da, db, "the first") if not da.negated else (db, da, "the second")
                reasons.append(f"{which} asserts '{yes.text}', the other denies it ('not {no.text}')")
                break
        if reasons:
            break
    pa, pb = side_polarity(a), side_polarity(b)
    if (pa >= MIN_SIDE and pb <= -MIN_SIDE) or (pa <= -MIN_SIDE and pb >= MIN_SIDE):
        reasons.append(f"opposite evaluations ({pa:+.2f} vs {pb:+.2f})")
    sa, sb = (side_severity(a), side_severity(b)) if grading else (0, 0)
    if sa * sb < 0:
        reasons.append("one makes it " + ("grave" if sa > 0 else "slight") + ", the other " +
                       ("grave" if sb > 0 else "slight"))
    if not reasons:
        return None
    return f"'{summary(a)}' vs '{summary(b)}': " + "; ".join(reasons)
