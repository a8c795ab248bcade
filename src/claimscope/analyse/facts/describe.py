"""Descriptor rules: what a parsed sentence says a noun is like, and what ties the noun to one specific thing.

`describe(noun, window)` runs two cascades over the parse, each rule a function returning the tokens it finds
as `Found` (the descriptor's head token, whether it is negated, whether it is said of the thing):

1. `NOUN_RULES`, for each child of the noun in order, every rule: `too_to_be_after` ("troops too valuable to be
   bait": not bait), `attributive` ("exhausted conscripts", with conjuncts), `apposition` ("the units,
   veterans all"), `relative_copula` ("soldiers who are not ready");
2. `subject_of_adjective` ("called the operation slow": the noun is the subject of "slow"), `downplayed`
   ("played down the fire": said to be slight), `one_of_named` ("called the crash at Port Arn one of the worst
   accidents", where the parse hangs the "one" from the place);
3. `CLAUSE_RULES`, for each later token of the noun's clause that hangs from its verb through clause words, the
   first rule that answers: `as_phrase` ("described them as reckless": asserted), `conjoined_predicate` ("slow,
   chaotic and badly coordinated"), `state_of_mind` ("worried that ...": nothing), `copular_predicate` ("the
   units were poorly trained"), `adjectival_predicate` ("called it chaotic"), `naming_complement` ("called the
   plan a disaster"); then `too_to_be` on the same token
   ("too valuable to be bait": "bait" negated).

Each descriptor is scored with the evaluative polarity of its words (lexicon/polarity.py); the first descriptor
with a given start and head is kept.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from ...lexicon.evaluation import NAMING_VERBS, NON_DESCRIPTORS
from ...lexicon.negation import NEGATING_MODIFIERS
from ...lexicon.polarity import polarity
from ...lexicon.severity import DOWNPLAYING, DOWNPLAYING_PHRASES
from ...lexicon.themes import norm_word
from ..extensions import sentence_of
from ..model import Descriptor

_CLAUSE_POS = {"VERB", "AUX", "ADJ", "ADP", "PART", "ADV", "SCONJ"}
_ARGUMENTS = {"dobj", "obj", "nsubjpass", "nsubj"}
_PREDICATES = {"attr", "acomp"}


class Found(NamedTuple):
    """A descriptor's head token, whether it is negated, and whether it is said of the thing."""

    token: Token
    negated: bool = False
    predicative: bool = True


def negated(tok: Token) -> bool:
    """A "not" child ("not ready") or a negating modifier ("hardly prepared")."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATING_MODIFIERS for c in tok.children)


def head_words(tok: Token) -> str:
    """A noun with its compounds ("rescue team"), or an adjective, as lowercase lemmas."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok]
    return " ".join(p.lemma_.lower() for p in sorted(parts, key=lambda t: t.i))


def word_polarity(word: Token, head: Token) -> float:
    """A word's polarity; a manner adverb on a participle reads as its prefix ("poorly trained" as
    "poorly-trained", "well organised" as "well-organised")."""
    if word.i != head.i and word.dep_ == "advmod" and head.tag_ == "VBN":
        joined = polarity(f"{word.lower_}-{head.lower_}")
        if joined:
            return joined - polarity(head.lower_)
    return polarity(word.text) or polarity(word.lemma_)


def phrase(found: Found) -> Descriptor | None:
    """The descriptor headed by a found token, its own adverbs and adjectives counted in its polarity."""
    tok = found.token
    if tok.pos_ == "VERB" and downplaying(tok):  # "played down": the verb and its particle, slight by definition
        parts = sorted([tok] + [c for c in tok.children if c.dep_ == "prt"], key=lambda t: t.i)
        return Descriptor(text=" ".join(t.text for t in parts), head="downplay", negated=found.negated,
                          polarity=0.0, start=parts[0].idx, end=parts[-1].idx + len(parts[-1].text),
                          predicative=True)
    words = [tok] + [c for c in tok.children if c.dep_ in {"amod", "advmod"} and c.lower_ not in NEGATING_MODIFIERS]
    words.sort(key=lambda t: t.i)
    if tok.lower_ in NON_DESCRIPTORS or not tok.is_alpha and "-" not in tok.text:
        return None
    score = round(sum(word_polarity(w, tok) for w in words), 3)
    span = sorted(words + [c for c in tok.children if c.dep_ == "compound"], key=lambda t: t.i)
    start, end = span[0].idx, span[-1].idx + len(span[-1].text)
    # the words as written, from the first to the last (`doc.text` would rebuild the whole text each time)
    return Descriptor(text=tok.doc[span[0].i:span[-1].i + 1].text, head=head_words(tok), negated=found.negated,
                      polarity=-score if found.negated and score else score, start=start, end=end,
                      predicative=found.predicative)


def reaches(tok: Token, verb: Token) -> bool:
    """True when `tok` hangs from `verb` through clause words only (not inside a noun phrase)."""
    seen = 0
    while tok.i != verb.i and seen < 50:
        if tok.head.i == tok.i or tok.head.pos_ not in _CLAUSE_POS and tok.head.i != verb.i:
            return False
        tok, seen = tok.head, seen + 1
    return tok.i == verb.i


def has_too(tok: Token) -> bool:
    """'too ADJ': an adverb 'too', or a token glued to punctuation that ends in 'too' ('-“too')."""
    if any(c.lower_ == "too" for c in tok.children):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_.strip("'\"“”‘’-–—(") == "too"


# --- rules on the noun's own children: (child, noun) -> found ------------------------------------------------


def too_to_be(tok: Token) -> list[Found]:
    """"too valuable to be mere bait": the predicate of the "to be" is denied."""
    if tok.pos_ != "ADJ" or not has_too(tok):
        return []
    return [Found(pred, True) for be in tok.children if be.dep_ in {"xcomp", "ccomp"} and be.lemma_ == "be"
            for pred in be.children if pred.dep_ in _PREDICATES]


def too_to_be_after(child: Token, noun: Token) -> list[Found]:
    """An adjective after the noun ("troops too valuable to be bait")."""
    if child.dep_ in {"amod", "acl"} and child.pos_ == "ADJ" and child.i > noun.i:
        return too_to_be(child)
    return []


def attributive(child: Token, noun: Token) -> list[Found]:
    """"exhausted, poorly fed conscripts": before the noun it may only say which ones; after it, it is said of
    it ("called the operation slow")."""
    if child.dep_ != "amod":
        return []
    after = child.i > noun.i
    return [Found(child, negated(child), after)] + [Found(c, negated(c), after) for c in child.conjuncts]


def apposition(child: Token, noun: Token) -> list[Found]:
    """"the units, veterans of two wars"."""
    return [Found(child, negated(child))] if child.dep_ == "appos" else []


def relative_copula(child: Token, noun: Token) -> list[Found]:
    """"soldiers who are (not) ready"."""
    if child.dep_ != "relcl" or child.lemma_ != "be":
        return []
    return [Found(p, negated(child) or negated(p)) for p in child.children if p.dep_ in _PREDICATES]


NOUN_RULES = (too_to_be_after, attributive, apposition, relative_copula)


def subject_of_adjective(noun: Token, verb: Token) -> list[Found]:
    """"called the operation slow": the parse makes the noun the subject of the adjective."""
    if noun.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ == "ADJ":
        return [Found(verb, negated(verb))]
    return []


# --- rules on the clause: (token, verb) -> found, or None when the rule does not answer ----------------------


def as_phrase(tok: Token, verb: Token) -> list[Found] | None:
    """"described the units as reckless", "used as a mere show of force": asserted, conjuncts too."""
    if tok.lower_ != "as" or tok.dep_ != "prep":
        return None
    out: list[Found] = []
    for pobj in tok.children:
        if pobj.dep_ == "pobj" and one_of(pobj).pos_ in {"NOUN", "ADJ", "PROPN"}:
            pobj = one_of(pobj)
            out.append(Found(pobj, negated(tok.head) and tok.head.i != verb.i))
            out += [Found(c, False) for c in pobj.conjuncts]
    return out


def one_of(tok: Token, deps: set[str] | frozenset[str] = frozenset({"pobj"})) -> Token:
    """"as one of the worst accidents": the noun after "one of" stands for the "one"."""
    if tok.lower_ == "one" and tok.dep_ in deps:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), tok)
    return tok


def downplaying(verb: Token) -> bool:
    """"played down", "downplayed", "brushed off": the verb says its object is slight."""
    lemma = verb.lemma_.lower()
    return lemma in DOWNPLAYING or any((lemma, c.lower_) in DOWNPLAYING_PHRASES for c in verb.children
                                      if c.dep_ == "prt")


def downplayed(noun: Token, verb: Token) -> list[Found]:
    """"the company played down the fire": the fire is said to be slight (the verb is the descriptor)."""
    if noun.dep_ in {"dobj", "obj"} and downplaying(verb):
        return [Found(verb, negated(verb))]
    return []


def conjoined_predicate(tok: Token, verb: Token) -> list[Found] | None:
    """"slow, chaotic and badly coordinated": a conjoined participle or adjective."""
    if tok.dep_ == "conj" and tok.pos_ in {"VERB", "ADJ"} and tok.tag_ in {"VBN", "JJ"}:
        return [Found(tok, negated(tok))]
    return None


def state_of_mind(tok: Token, verb: Token) -> list[Found] | None:
    """"worried that ...", "unhappy about ...", "likely to ...": a state of mind or a likelihood, no description."""
    if tok.pos_ == "ADJ" and not has_too(tok) and any(c.dep_ in {"xcomp", "ccomp", "prep"} for c in tok.children):
        return []
    return None


def copular_predicate(tok: Token, verb: Token) -> list[Found] | None:
    """"the units were poorly trained": the predicate of "be"."""
    if tok.pos_ in {"ADJ", "VERB", "NOUN"} and tok.dep_ in _PREDICATES and verb.lemma_ == "be" \
            and tok.head.i == verb.i:
        return [Found(tok, negated(verb) or negated(tok))]
    return None


def adjectival_predicate(tok: Token, verb: Token) -> list[Found] | None:
    """"called it chaotic", "left the town ruined": an adjective of the clause."""
    if tok.pos_ == "ADJ" and tok.dep_ in {"advcl", "acomp", "xcomp", "ccomp", "dep", "conj", "oprd", "amod", "attr"}:
        return [Found(tok, negated(tok))]
    return None


def naming_complement(tok: Token, verb: Token) -> list[Found] | None:
    """"called the plan a disaster", "branded the deal one of the worst": the noun a naming verb gives it."""
    if tok.dep_ == "oprd" and tok.pos_ in {"NOUN", "PROPN", "NUM"} and verb.lemma_.lower() in NAMING_VERBS:
        return [Found(one_of(tok, deps={"pobj", "oprd"}), negated(verb))]
    return None


def one_of_named(noun: Token, verb: Token) -> list[Found]:
    """"called the collision at Port Arn one of the worst accidents": after a naming verb's object, a "one of
    the N" that the parse hung inside a phrase of the clause (from the place, or as the object of the place's
    preposition: "called the crash near Arn one of the worst") still names the object."""
    if noun.dep_ not in {"dobj", "obj"} or verb.lemma_.lower() not in NAMING_VERBS:
        return []
    for tok in verb.subtree:
        if tok.i > noun.i and tok.lower_ == "one" and (tok.dep_ in {"nummod", "appos", "npadvmod", "dep"} or
                                                       tok.dep_ == "pobj" and tok.head.head.i == verb.i):
            target = one_of(tok, deps={tok.dep_})
            return [Found(target, negated(verb))] if target.i != tok.i else []
    return []


CLAUSE_RULES = (as_phrase, conjoined_predicate, state_of_mind, copular_predicate, adjectival_predicate,
                naming_complement)


def clause_found(tok: Token, verb: Token) -> list[Found]:
    """The first clause rule that answers for `tok`, then "too ADJ to be X" on it."""
    first = next((f for f in (rule(tok, verb) for rule in CLAUSE_RULES) if f is not None), [])
    return first + too_to_be(tok)


def describe(noun: Token, window: tuple[int, int] | None = None) -> list[Descriptor]:
    """Descriptors of one parsed noun (module docstring); `window` (token start, end) keeps them in its sentence."""
    lo, hi = window if window is not None else (0, len(noun.doc))
    found = [f for child in noun.children for rule in NOUN_RULES for f in rule(child, noun)]
    verb = noun.head if (noun.dep_ in _ARGUMENTS or named_predicand(noun)) and noun.head.i != noun.i else None
    if verb is not None:
        found += subject_of_adjective(noun, verb) + downplayed(noun, verb) + one_of_named(noun, verb)
        sent, doc = sentence_of(verb), noun.doc
        for i in range(max(lo, sent.start, noun.i + 1), min(hi, sent.end)):  # the clause after the noun
            if i != verb.i and reaches(doc[i], verb):
                found += clause_found(doc[i], verb)
    out: list[Descriptor] = []
    for f in found:
        d = phrase(f) if lo <= f.token.i < hi else None
        if d is not None and all(d.start != o.start or d.head != o.head for o in out):
            out.append(d)
    return out


def named_predicand(noun: Token) -> bool:
    """"called the fuel tax unfair": the parse may make the named thing a second predicate of the naming verb
    ("oprd") beside the adjective; it is still the thing named (not "called it a disaster", whose noun names)."""
    head = noun.head
    return noun.dep_ == "oprd" and head.pos_ == "VERB" and head.lemma_.lower() in NAMING_VERBS and \
        any(c.dep_ == "det" for c in noun.children) and \
        any(c.dep_ == "oprd" and c.pos_ == "ADJ" and c.i > noun.i for c in head.children)


def namer(noun: Token) -> tuple[int, int] | None:
    """Who names a thing so: the character span of the naming verb's subject ("Opposition leader Tomas Reyl" of
    "... called the fuel tax unfair"), or None (a passive, "was described as", names no one)."""
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # "he called it reckless": a pronoun is no source the link stage can name
    left, right = subject.left_edge, subject.right_edge
    return left.idx, right.idx + len(right.text)


def anchor(noun: Token) -> tuple | None:
    """What ties a described noun to one specific thing, or None for a generic mention ("investors may be wary",
    "poor countries"): the object of a naming verb ("described the units as"), the object of an action
    ("sent exhausted conscripts": the theme of that event), or a definite subject of a copula ("the soldiers
    were")."""
    head = noun.head
    if noun.dep_ in {"dobj", "obj"} and head.pos_ == "VERB" or named_predicand(noun):
        lemma = head.lemma_.lower()
        return ("named",) if lemma in NAMING_VERBS or downplaying(head) else ("event", lemma)
    if noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ == "be" and \
            any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an", "some", "any", "many"} for c in noun.children):
        return ("copula",)
    return None


def theme_key(noun: Token) -> str:
    """What a described noun is, as compared across reports: its compounds and its class ("troops",
    "soldiers", "units" -> "military"; "rescue operation")."""
    parts = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN"]
    return " ".join(parts + [norm_word(noun.lower_)])


def owners(noun: Token) -> frozenset[str]:
    """Proper-name modifiers that say whose the noun is ("Ruritanian units", "Ruritania's forces")."""
    return frozenset(c.lower_ for c in noun.children
                     if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.text[:1].isupper() and c.i < noun.i
                     and c.pos_ in {"PROPN", "ADJ"})
