"""Who acts in a clause when the parse alone does not say, and the noun a light verb takes through a preposition."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon.plover import sector_words
from .event_types import noun_classes

STATIVE_PASSIVES = {"oppose", "commit", "determine", "dedicate"}
PRIVATE_SECTORS = {"BUS"}  # sectors that act for no public: companies
# nouns that count or group what their "of" names: "a batch of peacekeepers arrived" is the peacekeepers
GROUP_NOUNS = {"patch", "batch", "group", "contingent", "number", "team", "detachment", "column", "convoy", "party",
               "dozens", "hundreds", "thousands", "scores", "first", "rest", "wave"}
ALLOW_VERBS = {"allow", "permit", "let"}
PREP_SUPPORT = {"go", "put", "place", "come", "remain", "stay"}  # light verbs of "went on strike"


def public_subject(subj: Token | None, verb: Token | None = None) -> bool:
    """A subject that may act in public life: a pronoun, a named person, or a noun of a public sector ("the
    president", "students", "rebels"); not a company, shares or migrants ("shares rallied in ..."). With no
    subject (a passive) the one acted on decides: "soldiers were wounded" may be, "passengers were injured" not."""
    if subj is None:
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
        return patient is None or public_subject(patient)
    if subj.pos_ == "PRON" or subj.ent_type_ == "PERSON":
        return True
    sector = sector_words().get(subj.lower_) or sector_words().get(subj.lemma_.lower())
    return sector is not None and sector not in PRIVATE_SECTORS


def prep_noun(verb: Token) -> Token | None:
    """The noun a light verb takes through a preposition: "went on strike", "was put under investigation"."""
    if verb.lemma_.lower() not in PREP_SUPPORT:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "under", "into"}), None)
    return next((p for p in prep.children if p.dep_ == "pobj"), None) if prep is not None else None


def stative_subject(verb: Token, lemma: str) -> Token | None:
    """"Freedonia is opposed to the plan", "is committed to talks": the subject holds the stance (no passive)."""
    if lemma not in STATIVE_PASSIVES or any(c.dep_ == "agent" for c in verb.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "xcomp" for c in verb.children):
        return None
    holder = verb.head if verb.dep_ == "acomp" else verb  # "is opposed" parsed as "is" + adjective
    return next((c for c in holder.children if c.dep_ in {"nsubjpass", "nsubj"}), None)


def called_on(verb: Token) -> Token | None:
    """"called on the rebels to release the prisoners": the rebels would release them."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() != "call":
        return None
    on = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    return next((p for p in on.children if p.dep_ == "pobj"), None) if on is not None else None


def subject_noun(noun: Token) -> bool:
    """An event noun that is what its clause is about: the subject of a verb ("fighting erupted", "talks
    resumed"), no kind of another thing ("a heart attack", "a price war": a common-noun compound)."""
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(c.dep_ == "compound" and c.pos_ == "NOUN" and not noun_classes(c) for c in noun.children)


def allowed_subject(verb: Token) -> Token | None:
    """"allowed the inspectors to return", "help Mali fight" (parsed as a clause): whom it allows or helps."""
    if verb.lemma_.lower() not in ALLOW_VERBS | {"help"} or any(c.dep_ == "dobj" for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}), None)
    return next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None


def group_head(subj: Token | None) -> Token | None:
    """The noun a group or count subject stands for ("a first batch of Freedonian troops" -> troops), else it."""
    if subj is None or subj.lemma_.lower() not in GROUP_NOUNS and subj.lower_ not in GROUP_NOUNS:
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((p for p in of.children if p.dep_ == "pobj"), subj) if of is not None else subj


def told(verb: Token) -> Token | None:
    """Whom a noun of speech addresses when its clause says they must act: "issued a reminder to Iraq that it
    must cooperate", "gave Chad a warning that it must ..." (Iraq, Chad); None otherwise."""
    noun = verb.head
    if verb.dep_ not in {"acl", "ccomp"} or noun.pos_ != "NOUN":
        return None
    for holder in (noun, noun.head):
        for c in holder.children:
            if c.dep_ in {"prep", "dative"} and c.lower_ == "to":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
            if c.dep_ == "dative" and c.i != noun.i:
                return c
    return None
