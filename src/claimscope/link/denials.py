"""Denials between statements: one source denies the very proposition another asserts.

A statement stands against another only when its cue denies ("denied", "rejected", not "refused to deny") a
proposition, not a proposal: "denied that the bank sold gold", "denied selling gold", "rejected reports that the
bank sold gold" deny a fact; "rejected calls for an election" or "dismissed questions about the advice" refuse a
demand, which is a position and no contradiction. The other statement must assert (no denial of its own) what
the denial denies: its topic words (names and reporting words left out) cover `link.denied_coverage` of the
denied proposition's and share at least `link.min_shared_words` with it.
"""

from __future__ import annotations

import re

from ..lexicon.negation import DENIAL_CUES, PROPOSAL_NOUNS, PROPOSITION_NOUNS, WITHHOLDING
from ..lexicon.stopwords import ATTRIBUTION_WORDS
from ..sentences import sentence_at
from ..settings import default
from .claim_keys import content_words, has_negation
from .material import Item

MIN_SHARED_WORDS = default("link.min_shared_words")
COVERAGE = default("link.denied_coverage")

_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these",
                          "those", "some", "any", "all", "been", "being", "be", "has", "have", "had", "was", "were",
                          "is", "are", "also", "firmly", "strongly", "flatly", "again"})
_AUXILIARIES = _DETERMINERS
# denial verbs with another common sense: "contested the seat" (stood for it)
_AMBIGUOUS = frozenset({"contest", "contests", "contested", "contesting"})
_CAPITALISED = re.compile(r"(?<![.!?:\"“‘'(]\s)(?<!^)\b[A-Z][\w'’-]+")
_WORD = re.compile(r"[\w'’-]+")


def denies(cue: str | None) -> bool:
    """A cue that denies ("denied", "has rejected"), not one that withholds a denial ("refused to deny")."""
    words = set((cue or "").lower().replace("’", "'").split())
    return bool(words & DENIAL_CUES) and not words & WITHHOLDING


def topic_words(text: str) -> frozenset[str]:
    """Content words of a statement that say what it is about: names, titles and reporting verbs left out, so
    two statements do not look alike only because both mention Mr Ruiz."""
    names = {m.group(0).lower() for m in _CAPITALISED.finditer(text or "")}
    return content_words(text) - ATTRIBUTION_WORDS - content_words(" ".join(names))


def denied_proposition(it: Item) -> frozenset[str] | None:
    """The topic words of what a denying statement denies, or None when it refuses a demand instead ("rejected
    calls for ...") or denies nothing: "denied that P", "denied doing P", "denied reports (that) P"."""
    if not denies(it.cue):
        return None
    cue_words = [w.lower() for w in _WORD.findall(it.cue or "")]
    words = [w.lower() for w in _WORD.findall(it.text or "")]
    # the first words after the denial that are no function words: "rejected (the) calls", "dismissed the
    # maternity pay plan", "denied (the) reports"; a proposal noun among them before any proposition noun
    if set(cue_words) <= _AMBIGUOUS | _AUXILIARIES and not (words and (words[0] == "that" or
                                                                     words[0] in PROPOSITION_NOUNS)):
        return None  # "contested the election" runs in it; only "contested claims that ..." denies
    lead = [w for w in cue_words[1:] + words if w not in DENIAL_CUES and w not in _DETERMINERS][:4]
    for w in lead:
        if w in PROPOSITION_NOUNS or w == "that":
            break
        if w in PROPOSAL_NOUNS:
            return None
    rest = it.text or ""
    words_left = topic_words(rest) - content_words(" ".join(PROPOSITION_NOUNS))
    return words_left or None


def asserts(it: Item) -> bool:
    """A statement that asserts its content: no denying cue, no "denies" stance, no negation of its own ("we
    don't think we got our sums wrong" sides with a denial)."""
    return not denies(it.cue) and it.stance != "denies" and not has_negation(it.text)


def names(text: str) -> frozenset[str]:
    """The capitalised words of a statement not at its start ("sacked their coach Ana Ruiz" -> ana, ruiz)."""
    return frozenset(m.group(0).lower() for m in _CAPITALISED.finditer(text or ""))


def _same_proposition(shared: frozenset[str], denied: frozenset[str], a: Item, b: Item) -> bool:
    """The assertion says what the denial denies: `link.min_shared_words` topic words covering
    `link.denied_coverage` of it, or a short proposition ("denied sacking coach Ana Ruiz") matched whole, with
    a name of its own in both ("Ruiz was sacked" for it, "sacked the kit supplier" not)."""
    if len(shared) >= MIN_SHARED_WORDS and len(shared) / len(denied) >= COVERAGE:
        return True
    return len(shared) >= 2 and shared == denied and bool(names(b.text) & names(a.text))


def statement_denials(statements: list[Item], different) -> list[tuple[Item, Item, str]]:
    """(asserting statement, denying statement, note) for each denial of what another source asserts."""
    out, seen = [], set()
    words = {id(s): topic_words(s.text) for s in statements}
    # a named denier first: the same denial read twice in one sentence (once credited to the outlet) counts once
    for b in sorted(statements, key=lambda s: s.speaker == s.doc.outlet):
        denied = denied_proposition(b)
        if not denied:
            continue
        for a in statements:
            if a is b or not asserts(a) or not different(a, b):
                continue
            shared = words[id(a)] & denied
            where = (id(a), b.doc.id, sentence_at(b.doc.text, b.start))
            if _same_proposition(shared, denied, a, b) and where not in seen:
                seen.add(where)
                note = f"{a.source} {a.cue or 'says'}; {b.source} {b.cue or 'denies'} it " \
                       f"(shared: {', '.join(sorted(shared))})"
                out.append((a, b, note))
    return out
