"""Characterisations: how a report describes the theme of an event, and whether two descriptions oppose.

A report that says who did what also says what the "what" is like: "sends his *elite* forces" versus "sends
*young, inexperienced, malnourished* soldiers ... *as mere cannon fodder*". The descriptors of the theme noun
come from its dependency parse: adjectival modifiers (with their negation), appositions, "who are (not) X"
relative clauses, copular predicates of the theme ("the troops are poorly trained"), and subject-less
predicates of the event's clause: "as X" asserts X, an adjective ("too valuable") is asserted, and "too ADJ to
be X" *negates* X. Each descriptor gets an evaluative polarity from the lexicon (lexicon.py). Two descriptions
oppose when one asserts a descriptor that the other negates, or when their summed polarities have opposite signs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import polarity

MAX_CHARS = 2000          # a descriptor lives in the event's sentence; longer inputs are cut
MIN_SIDE = 0.3            # a description evaluates when the sum of its polarities reaches this
_NEG_WORDS = {"not", "never", "no", "n't", "hardly"}
_CLAUSE_POS = {"VERB", "AUX", "ADJ", "ADP", "PART", "ADV", "SCONJ"}
_SKIP_WORDS = {"own", "other", "same", "such", "many", "several", "more", "most", "first", "last", "new"}


@dataclass(frozen=True)
class Descriptor:
    """One thing said of the theme: its words, the head compared across reports, negation and polarity."""

    text: str
    head: str
    negated: bool
    polarity: float   # as asserted: a negated descriptor's polarity is reversed
    start: int
    end: int


@lru_cache(maxsize=1)
def _nlp():
    """The bare English pipeline without NER (tagger, parser, lemmatizer), loaded once."""
    import spacy

    from claimscope.analyse.pipeline import BASE_MODEL

    return spacy.load(BASE_MODEL, disable=["ner"])


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEG_WORDS for c in tok.children)


def _head_words(tok) -> str:
    """A noun with its compounds ("cannon fodder"), or an adjective, as lowercase lemmas."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    return " ".join(p.lemma_.lower() for p in sorted(parts, key=lambda t: t.i))


def _phrase(tok, negated: bool, *, offset: int) -> Descriptor | None:
    """A descriptor headed by `tok` with its own modifiers (adverbs, adjectives) counted in its polarity."""
    words = [tok] + [c for c in tok.children if c.dep_ in {"amod", "advmod"}
                     and c.lower_ not in _NEG_WORDS]
    words.sort(key=lambda t: t.i)
    if tok.lower_ in _SKIP_WORDS or not tok.is_alpha and "-" not in tok.text:
        return None
    score = round(sum(polarity(w.text) or polarity(w.lemma_) for w in words), 3)
    span = sorted(words + [c for c in tok.children if c.dep_ == "compound"], key=lambda t: t.i)
    start, end = span[0].idx, span[-1].idx + len(span[-1].text)
    return Descriptor(text=tok.doc.text[start:end], head=_head_words(tok), negated=negated,
                      polarity=-score if negated and score else score, start=start + offset, end=end + offset)


def _reaches(tok, verb) -> bool:
    """True when `tok` hangs from `verb` through clause words only (not inside a noun phrase)."""
    seen = 0
    while tok.i != verb.i and seen < 50:
        if tok.head.i == tok.i or tok.head.pos_ not in _CLAUSE_POS and tok.head.i != verb.i:
            return False
        tok, seen = tok.head, seen + 1
    return tok.i == verb.i


def _too(tok) -> bool:
    """'too ADJ': an adverb 'too', or a token glued to punctuation that ends in 'too' ('-“too')."""
    if any(c.lower_ == "too" for c in tok.children):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_.strip("'\"“”‘’-–—(") == "too"


def _find(doc, verb_offset: int | None, theme: str | None):
    """(verb token, theme token) for the event at `verb_offset` whose object is `theme`."""
    verb = None
    if verb_offset is not None:
        for tok in doc:
            if tok.idx <= verb_offset < tok.idx + max(1, len(tok.text)):
                verb = tok
                break
    want = (theme or "").lower().split()[-1:] or [None]
    want_word = want[0]
    if verb is not None and want_word:
        for child in verb.children:
            if child.dep_ in {"dobj", "obj", "nsubjpass", "attr", "nsubj", "oprd"} and \
                    want_word in {child.lower_, child.lemma_.lower()}:
                return verb, child
    if want_word:
        for tok in doc:
            if tok.lower_ == want_word and (verb is None or tok.i > verb.i):
                return (verb or tok.head), tok
    return verb, None


def describe(text: str, verb_offset: int | None = None, theme: str | None = None, *,
             offset: int = 0) -> list[Descriptor]:
    """Descriptors of `theme` (the object of the verb at `verb_offset`, offsets into `text`) in `text`."""
    if not text or not isinstance(text, str) or not text.strip():
        return []
    text = text[:MAX_CHARS]
    doc = _nlp()(text)
    verb, noun = _find(doc, verb_offset, theme)
    if noun is None:
        return []
    out: list[Descriptor] = []

    def add(tok, negated=False):
        d = _phrase(tok, negated, offset=offset)
        if d is not None and all(d.start != o.start or d.head != o.head for o in out):
            out.append(d)

    for child in noun.children:
        if child.dep_ == "amod":
            add(child, _negated(child))
            for conj in child.conjuncts:
                add(conj, _negated(conj))
        elif child.dep_ == "appos":
            add(child, _negated(child))
        elif child.dep_ == "relcl" and child.lemma_ == "be":
            for pred in child.children:
                if pred.dep_ in {"attr", "acomp"}:
                    add(pred, _negated(child) or _negated(pred))
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ == "be":
        for pred in noun.head.children:
            if pred.dep_ in {"attr", "acomp"}:
                add(pred, _negated(noun.head) or _negated(pred))
    if verb is not None and verb.i != noun.i:
        sent = verb.sent
        for tok in sent:
            if tok.i <= noun.i or tok.i == verb.i or not _reaches(tok, verb):
                continue
            if tok.lower_ == "as" and tok.dep_ == "prep":
                for pobj in tok.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ in {"NOUN", "ADJ", "PROPN"}:
                        add(pobj, _negated(tok.head) and tok.head.i != verb.i)
            elif tok.pos_ == "ADJ" and tok.dep_ in {"advcl", "acomp", "xcomp", "ccomp", "dep", "conj", "oprd"}:
                add(tok, _negated(tok))
                if _too(tok):  # "too valuable to be cannon fodder": not cannon fodder
                    for be in tok.children:
                        if be.dep_ in {"xcomp", "ccomp"} and be.lemma_ == "be":
                            for pred in be.children:
                                if pred.dep_ in {"attr", "acomp"}:
                                    add(pred, True)
    return out


def side_polarity(descs: list[Descriptor]) -> float:
    """The evaluation a description adds up to (sum of its descriptors' polarities)."""
    return sum(d.polarity for d in descs)


def summary(descs: list[Descriptor]) -> str:
    """The descriptors as one readable list ("elite, valuable, not cannon fodder")."""
    return ", ".join(("not " if d.negated else "") + d.text for d in descs)


def opposition(a: list[Descriptor], b: list[Descriptor]) -> str | None:
    """Why two descriptions of the same theme oppose (a note naming both sides), or None when they do not."""
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
    if not reasons:
        return None
    return f"'{summary(a)}' vs '{summary(b)}': " + "; ".join(reasons)
