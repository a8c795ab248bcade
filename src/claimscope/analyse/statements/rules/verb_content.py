"""Where a cue verb's content lies: the readings tried in order (`VERB_READINGS`), the first that finds one wins.

Each reading takes the cue verb as `CueVerb` (its speaker, addressee and nearby quotations, found once) and
returns a `Reading` or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ....lexicon.speech import (ADDRESSEE_OBJECT, BELIEF, CONTENT_PREPS, CUE_VERBS, INTENTION, OBJECT_CONTENT,
                                OPEN_CONTENT_PREPS, PRO_FORMS, SEMI_MODALS, SPEECH)
from ...cues import CueLexicon
from ..document import DocView, is_verb
from ..names import Rule
from ..syntax import ASIDE_MARKS, marked_clause

_WHEN_ENTS = {"DATE", "TIME"}  # a preposition's object that tells when, not what was said


@dataclass
class CueVerb:
    """A cue verb with what every reading of it needs."""

    verb: Token
    sent: Span
    lemma: str
    cue_ids: set[int]
    subj: Token | None
    speaker_ids: set[int]
    adjacent: list[tuple[int, int]] | None  # quotation fragments right before or after the cue
    comps: list[Token]  # clausal complements
    addressee: Token | None
    thing_object: bool  # "promised a veto": an addressee verb whose object is no one
    speaks: bool  # a subject, or (open) a cue verb without one ("by announcing the release")
    open: bool
    lexicon: CueLexicon


@dataclass
class Reading:
    """A verb's content: its tokens, the rule that read it, words it adds to the cue, and the quotation spans
    that are the content as they stand (adjacent quotations)."""

    content_ids: set[int]
    rule: Rule
    cue_extra: set[int] = field(default_factory=set)
    quote_spans: list[tuple[int, int]] | None = None


def complement(view: DocView, cv: CueVerb) -> Reading | None:
    """'X said that ...', 'plans to deploy': the verb's clausal complement."""
    if not cv.comps:
        return None
    return Reading(set().union(*(view.subtree_ids(c) for c in cv.comps)), Rule.VERB_COMP)


def question_or_wish(view: DocView, cv: CueVerb) -> Reading | None:
    """(open) 'asked if he was ever bullied', 'called for the city to step up its efforts'."""
    if cv.adjacent or not cv.open:
        return None
    clause = marked_clause(view, cv.verb, cv.lexicon)
    if clause is None:
        return None
    ids = view.subtree_ids(clause[0])
    extra = set()
    if clause[1].lower_ == "for":
        ids.discard(clause[1].i)
        extra.add(clause[1].i)
    return Reading(ids, Rule.VERB_ADVCL, extra)


def adjacent_quote(view: DocView, cv: CueVerb) -> Reading | None:
    """'“...,” X said', 'X said: “...”': a quotation right before or after the cue."""
    if not cv.adjacent:
        return None
    return Reading(view.tokens_in(cv.adjacent), Rule.VERB_ADJACENT_QUOTE, quote_spans=cv.adjacent)


def inverted(view: DocView, cv: CueVerb) -> Reading | None:
    """'..., X said.', 'the pipeline, the company said, would be built': the clause the verb is set in."""
    verb, lex = cv.verb, cv.lexicon
    if not lex.is_speech_like(cv.lemma) or verb.head.i == verb.i:
        return None
    # the clause it is set in is not itself an attribution (a verb merely proposed to the model does not count)
    head_cue = is_cue(verb.head, lex, open_candidates=cv.open) and (
        not cv.open or lex.is_cue_verb(verb.head.lemma_.lower()))
    # "..., his top aide, Ana Ruiz, told the paper": a speech verb the parser joined to the clause as a conjunct
    own_subject = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    is_inverted = verb.dep_ in {"parataxis", "ccomp", "advcl"} or (
        cv.open and verb.dep_ == "conj" and own_subject and verb.i > verb.head.i)
    # "as the report noted, ...": the clause the as-clause hangs on is what was noted
    as_clause = cv.open and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    # "The minister, aides said, wanted a vote": a comma-set aside is the outer attribution, whatever the clause
    aside = cv.open and verb.dep_ == "parataxis" and (
        verb.left_edge.text in ASIDE_MARKS or view.doc[max(0, verb.left_edge.i - 1)].text in ASIDE_MARKS)
    if (is_inverted or as_clause) and (not head_cue or aside) \
            and (verb.i > verb.head.i or verb.dep_ == "parataxis" or as_clause):
        return Reading(view.subtree_ids(verb.head) - view.subtree_ids(verb), Rule.VERB_INVERTED)
    return None


def object_predicate(view: DocView, cv: CueVerb) -> Reading | None:
    """'called the proposal a “dead end”': the object and its predicate together."""
    obj = next((c for c in cv.verb.children if c.dep_ == "dobj"), None)
    pred = next((c for c in cv.verb.children if c.dep_ in {"oprd", "xcomp"} and c.i > cv.verb.i), None)
    if obj is None or pred is None or cv.lemma in ADDRESSEE_OBJECT:
        return None
    return Reading(view.subtree_ids(obj) | view.subtree_ids(pred), Rule.VERB_OBJECT_PREDICATE)


def sentence_quote(view: DocView, cv: CueVerb) -> Reading | None:
    """A quotation elsewhere in the cue's sentence (not for a cue that is itself quoted, with open candidates)."""
    if cv.open and view.quote_containing(cv.verb) is not None:
        return None
    q = view.quote_in_sentence(cv.sent, cv.cue_ids | cv.speaker_ids)
    return Reading(view.tokens_in(q), Rule.VERB_QUOTE) if q else None


def direct_object(view: DocView, cv: CueVerb) -> Reading | None:
    """'announced a ban', (open) 'supports her', 'accused the mayor of lying' (the reason goes along)."""
    lemma, thing = cv.lemma, cv.thing_object
    if not cv.speaks or not (lemma in OBJECT_CONTENT | INTENTION or thing or (
            (cv.open or lemma not in CUE_VERBS) and lemma not in ADDRESSEE_OBJECT)):
        return None
    found = None
    for c in cv.verb.children:  # the last object that fits
        if c.dep_ == "dobj" and (lemma not in ADDRESSEE_OBJECT or thing) and (
                c.pos_ in {"NOUN", "PROPN"} or (cv.open and c.pos_ == "PRON")):
            found = view.subtree_ids(c)
            if cv.open:
                # "accused the mayor of lying", "criticized him for not doing more", "portrayed himself as a
                # champion": the reason or the predicate goes along
                for p in cv.verb.children:
                    if p.dep_ == "prep" and p.i > c.i and p.lower_ in {"of", "for", "as", "over"}:
                        found |= view.subtree_ids(p)
                        break
    return Reading(found, Rule.VERB_OBJECT) if found else None


def prepositional_object(view: DocView, cv: CueVerb) -> Reading | None:
    """'called for X', 'talking about X': the object of the verb's preposition (with a wish that follows it)."""
    verb = cv.verb
    if not cv.speaks or not (cv.open or (cv.lemma not in ADDRESSEE_OBJECT and cv.lemma not in CUE_VERBS)):
        return None
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i and (c.lower_ in CONTENT_PREPS or (
                cv.open and c.lower_ in OPEN_CONTENT_PREPS and not (
                    c.lower_ == "as" and passive))):  # "is seen as X": the passive reading has it
            objs = [p for p in c.children if p.dep_ in {"pobj", "pcomp"}]
            if objs and not (cv.open and objs[0].ent_type_ in _WHEN_ENTS):
                ids = view.subtree_ids(objs[0])
                # "called on tech companies to become more aggressive": the wish goes with its addressee
                ids |= {i for x in verb.children if x.dep_ == "xcomp" and x.i > objs[0].right_edge.i
                        for i in view.subtree_ids(x)}
                return Reading(ids, Rule.VERB_PREP_OBJECT, {c.i})
    return None


def open_complement(view: DocView, cv: CueVerb) -> Reading | None:
    """(open) 'is considering issuing summonses', 'began to see politics differently'; not a passive ('X is said
    to be intrigued', 'is understood to have signed'): its subject is what is reported, not who reports it, and
    the passive reading (verb_forms.passive_cue) gives the statement with no speaker but its agent."""
    if not cv.open or cv.lemma in SEMI_MODALS or _passive(cv.verb):
        return None
    xcomp = next((c for c in cv.verb.children if c.dep_ == "xcomp" and c.i > cv.verb.i and is_verb(c)), None)
    return Reading(view.subtree_ids(xcomp), Rule.VERB_XCOMP) if xcomp is not None else None


def _passive(verb: Token) -> bool:
    """'is said', 'was understood': a verb with a passive auxiliary or subject."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def pro_form(view: DocView, cv: CueVerb) -> Reading | None:
    """(open) 'said so', 'said yes', 'said that', 'say the same of Y': a word standing for what was said."""
    if not cv.open or cv.subj is None or cv.lemma not in SPEECH | BELIEF:
        return None
    for c in cv.verb.children:
        if c.i > cv.verb.i and c.lower_ in PRO_FORMS and c.dep_ in {"advmod", "intj", "dobj", "ccomp", "oprd"}:
            return Reading(view.subtree_ids(c) if c.dep_ == "dobj" else {c.i}, Rule.VERB_PROFORM)
    return None


def quote_after_colon(view: DocView, cv: CueVerb) -> Reading | None:
    """(open) 'X said in a statement:' closing its paragraph, the quotation opening the next one."""
    if not cv.open:
        return None
    q = view.quote_after_colon(cv.sent)
    if q is None:
        return None
    return Reading(view.tokens_in(q.fragments), Rule.VERB_ADJACENT_QUOTE, quote_spans=list(q.fragments))


# The order matters: a clause or an adjacent quotation beats an object, an object beats a preposition's.
VERB_READINGS = (complement, question_or_wish, adjacent_quote, inverted, object_predicate, sentence_quote,
                 direct_object, prepositional_object, open_complement, pro_form, quote_after_colon)


def is_cue(tok: Token, lexicon: CueLexicon, *, open_candidates: bool) -> bool:
    """A verb (not an auxiliary) that may cue a statement."""
    return is_verb(tok) and tok.dep_ not in {"aux", "auxpass"} and lexicon.is_candidate_verb(
        tok.lemma_.lower(), open_candidates=open_candidates)
