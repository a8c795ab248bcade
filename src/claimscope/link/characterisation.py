"""Characterisations: how a report describes the theme of an event, and whether two descriptions oppose.

A report that says who did what also says what the "what" is like: "sends his *elite* forces" versus "sends
*young, inexperienced, malnourished* soldiers ... *as mere cannon fodder*". The descriptors of the theme noun
come from its dependency parse: adjectival modifiers (with their negation), appositions, "who are (not) X"
relative clauses, copular predicates of the theme ("the troops are poorly trained"), and subject-less
predicates of the event's clause: "as X" asserts X, an adjective ("too valuable") is asserted, and "too ADJ to
be X" *negates* X. Each descriptor gets an evaluative polarity from the lexicon (polarity.py). Two descriptions
oppose when one asserts a descriptor that the other negates, or when their summed polarities have opposite signs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon.evaluation import NAMING_VERBS, NON_DESCRIPTORS
from ..lexicon.negation import NEGATING_MODIFIERS
from ..settings import default
from .polarity import polarity

MAX_CHARS = default("link.descriptor_max_chars")  # a descriptor lives in the event's sentence; longer inputs are cut
MIN_SIDE = default("link.min_side")  # a description evaluates when the sum of its polarities reaches this
_CLAUSE_POS = {"VERB", "AUX", "ADJ", "ADP", "PART", "ADV", "SCONJ"}


@dataclass(frozen=True)
class Descriptor:
    """One thing said of the theme: its words, the head compared across reports, negation and polarity."""

    text: str
    head: str
    negated: bool
    polarity: float   # as asserted: a negated descriptor's polarity is reversed
    start: int
    end: int
    predicative: bool = False  # said of the thing ("were poorly trained", "as cannon fodder"), not naming a kind


@lru_cache(maxsize=1)
def _nlp():
    """The bare English pipeline without NER (tagger, parser, lemmatizer), loaded once."""
    import spacy

    from claimscope.analyse.pipeline import BASE_MODEL

    return spacy.load(BASE_MODEL, disable=["ner"])


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATING_MODIFIERS for c in tok.children)


def _head_words(tok) -> str:
    """A noun with its compounds ("cannon fodder"), or an adjective, as lowercase lemmas."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    return " ".join(p.lemma_.lower() for p in sorted(parts, key=lambda t: t.i))


def _phrase(tok, negated: bool, *, offset: int, predicative: bool = False) -> Descriptor | None:
    """A descriptor headed by `tok` with its own modifiers (adverbs, adjectives) counted in its polarity."""
    words = [tok] + [c for c in tok.children if c.dep_ in {"amod", "advmod"}
                     and c.lower_ not in NEGATING_MODIFIERS]
    words.sort(key=lambda t: t.i)
    if tok.lower_ in NON_DESCRIPTORS or not tok.is_alpha and "-" not in tok.text:
        return None
    score = round(sum(_word_polarity(w, tok) for w in words), 3)
    span = sorted(words + [c for c in tok.children if c.dep_ == "compound"], key=lambda t: t.i)
    start, end = span[0].idx, span[-1].idx + len(span[-1].text)
    return Descriptor(text=tok.doc.text[start:end], head=_head_words(tok), negated=negated,
                      polarity=-score if negated and score else score, start=start + offset, end=end + offset,
                      predicative=predicative)


def _word_polarity(word, head) -> float:
    """A word's polarity; a manner adverb on a participle reads as its prefix ("poorly trained" as
    "poorly-trained", "well organised" as "well-organised")."""
    if word.i != head.i and word.dep_ == "advmod" and head.tag_ == "VBN":
        joined = polarity(f"{word.lower_}-{head.lower_}")
        if joined:
            return joined - polarity(head.lower_)
    return polarity(word.text) or polarity(word.lemma_)


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
    doc = _nlp()(text[:MAX_CHARS])
    verb, noun = _find(doc, verb_offset, theme)
    return describe_token(noun, verb, offset=offset) if noun is not None else []


def describe_token(noun, verb=None, *, offset: int = 0) -> list[Descriptor]:
    """Descriptors of one parsed noun: its modifiers, appositions, relative and copular predicates, and the
    subject-less predicates ("as X", "too ADJ to be X", "called it ADJ") of the clause it is an argument of."""
    out: list[Descriptor] = []

    def add(tok, negated=False, predicative=True):
        d = _phrase(tok, negated, offset=offset, predicative=predicative)
        if d is not None and all(d.start != o.start or d.head != o.head for o in out):
            out.append(d)

    def too_to_be(tok):
        if tok.pos_ == "ADJ" and _too(tok):  # "too valuable to be cannon fodder": not cannon fodder
            for be in tok.children:
                if be.dep_ in {"xcomp", "ccomp"} and be.lemma_ == "be":
                    for pred in be.children:
                        if pred.dep_ in {"attr", "acomp"}:
                            add(pred, True)

    for child in noun.children:
        if child.dep_ in {"amod", "acl"} and child.pos_ == "ADJ" and child.i > noun.i:
            too_to_be(child)
        if child.dep_ == "amod":  # "poor countries": attributive, it may only say which ones; after the noun
            after = child.i > noun.i  # it is said of it ("called the operation slow")
            add(child, _negated(child), after)
            for conj in child.conjuncts:
                add(conj, _negated(conj), after)
        elif child.dep_ == "appos":
            add(child, _negated(child))
        elif child.dep_ == "relcl" and child.lemma_ == "be":
            for pred in child.children:
                if pred.dep_ in {"attr", "acomp"}:
                    add(pred, _negated(child) or _negated(pred))
    if verb is None and noun.dep_ in {"dobj", "obj", "nsubjpass", "nsubj"} and noun.head.i != noun.i:
        verb = noun.head
    if verb is None or verb.i == noun.i:
        return out
    if noun.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ == "ADJ":  # "called the operation slow"
        add(verb, _negated(verb))
    for tok in verb.sent:
        if tok.i <= noun.i or tok.i == verb.i or not _reaches(tok, verb):
            continue
        if tok.lower_ == "as" and tok.dep_ == "prep":
            for pobj in tok.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in {"NOUN", "ADJ", "PROPN"}:
                    add(pobj, _negated(tok.head) and tok.head.i != verb.i)
                    for conj in pobj.conjuncts:
                        add(conj, False)
        elif tok.dep_ == "conj" and tok.pos_ in {"VERB", "ADJ"} and tok.tag_ in {"VBN", "JJ"}:
            add(tok, _negated(tok))  # "slow, chaotic and badly coordinated"
        elif tok.pos_ == "ADJ" and not _too(tok) and any(c.dep_ in {"xcomp", "ccomp", "prep"} for c in tok.children):
            continue  # "worried that ...", "unhappy about ...", "likely to ...": a state of mind or a likelihood
        elif tok.pos_ in {"ADJ", "VERB", "NOUN"} and tok.dep_ in {"attr", "acomp"} and verb.lemma_ == "be" \
                and tok.head.i == verb.i:
            add(tok, _negated(verb) or _negated(tok))
        elif tok.pos_ == "ADJ" and tok.dep_ in {"advcl", "acomp", "xcomp", "ccomp", "dep", "conj", "oprd",
                                                "amod", "attr"}:
            add(tok, _negated(tok))
        too_to_be(tok)
    return out


def anchor(noun) -> tuple | None:
    """What ties a described noun to one specific thing, or None for a generic mention ("investors may be wary",
    "poor countries"): the object of a naming verb ("described the units as"), the object of an action
    ("sends his elite forces": the theme of that event), or a definite subject of a copula ("the soldiers were")."""
    head = noun.head
    if noun.dep_ in {"dobj", "obj"} and head.pos_ == "VERB":
        lemma = head.lemma_.lower()
        return ("named",) if lemma in NAMING_VERBS else ("event", lemma)
    if noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ == "be" and \
            any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "some", "any", "many"} for c in noun.children):
        return ("copula",)
    return None


def anchors_meet(a: tuple | None, b: tuple | None) -> bool:
    """Two descriptions can be of one thing: the same event's theme, or named/predicated of a definite thing,
    with at least one side tied to it by an action or a naming verb."""
    if a is None or b is None or a == b == ("copula",):
        return False
    if a[0] == "event" and b[0] == "event":
        return a == b
    return True


def theme_key(noun) -> str:
    """What a described noun is, as compared across reports: its compounds and its class ("troops",
    "soldiers", "units" -> "military"; "rescue operation")."""
    from .claim_keys import norm_word

    parts = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN"]
    return " ".join(parts + [norm_word(noun.lower_)])


def owners(noun) -> frozenset[str]:
    """Proper-name modifiers that say whose the noun is ("Ruritanian units", "Ruritania's forces")."""
    return frozenset(c.lower_ for c in noun.children
                     if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.text[:1].isupper() and c.i < noun.i
                     and c.pos_ in {"PROPN", "ADJ"})


def describe_sentences(texts: list[str]) -> list[list[tuple[object, list[Descriptor]]]]:
    """For each text, its described nouns: (noun token, descriptors) where at least one descriptor evaluates
    or is negated."""
    out = []
    for doc in _nlp().pipe([t[:MAX_CHARS] for t in texts], batch_size=64):
        found = []
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.dep_ in {"compound", "amod"}:
                continue
            tied = anchor(tok)
            if tied is None:
                continue
            descs = [d for d in describe_token(tok) if d.head != theme_key(tok)]
            # a characterisation says something of the thing ("were poorly trained", "as mere cannon fodder") or
            # of what an action was done to ("sent exhausted conscripts"); elsewhere adjectives alone ("poor
            # countries", "retail investors") mostly pick out which things are meant
            if any(d.polarity or d.negated for d in descs) and (tied[0] == "event" or any(d.predicative for d in descs)):
                found.append((tok, descs))
        out.append(found)
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
