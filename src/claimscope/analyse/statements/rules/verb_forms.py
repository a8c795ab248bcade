"""Readings of a cue verb beyond its complement, proposed with open candidates for the learned filter to weigh:
passives, clauses that tell about a noun, how something seems, the object beside a quotation, 'accused X of Y'."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...model import Party, Statement
from ..arbitration import Candidate
from ..document import DocView
from ..names import Rule
from ..options import Options
from ..syntax import REL_PRONOUNS, cue_span, resolved_speaker, speaker_ids


def passive_cue(view: DocView, verb: Token, sent: Span, opts: Options) -> list[Candidate]:
    """'Symbolic gestures were announced', 'he was seen by many as a spoiler', 'X was said to be furious':
    the passive subject is what is reported (with its predicate) and the agent, if named, is the source."""
    if any(c.dep_ in {"ccomp", "dobj", "csubjpass"} for c in verb.children):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in {"it", "there"}:
        return []
    content_ids = view.subtree_ids(subj)
    cue_ids = {verb.i} | {c.i for c in verb.children if c.dep_ == "prt"}
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ in {"xcomp", "oprd"}:
            content_ids |= view.subtree_ids(c)  # "was said to be furious", "was declared the winner"
        elif c.dep_ == "prep" and c.lower_ == "as":
            objs = [p for p in c.children if p.dep_ in {"pobj", "pcomp", "amod"}]
            if objs:
                content_ids |= view.subtree_ids(objs[0])  # "is seen as empowering voters"
                cue_ids.add(c.i)
    speakers = set() if source is None else speaker_ids(view, source, verb, open_candidates=opts.open,
                                                        max_walk=opts.max_subtree_walk)
    if agent is not None:
        cue_ids.add(agent.i)
    content_ids -= cue_ids | speakers
    ids = view.trim_tokens(content_ids)
    if not ids:
        return []
    spans = view.widen_to_quotes(view.char_spans(ids), verb.idx)
    speaker = view.resolver.party(view.trim_tokens(speakers)) if speakers else None
    conf = opts.lexicon.cue_strength(verb.lemma_.lower()) * (1.0 if speaker is not None else 0.7)
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker,
                     cue=cue_span(view, verb, cue_ids, open_candidates=opts.open), confidence=round(conf, 3),
                     rule=Rule.VERB_PASSIVE)
    return [Candidate(stmt, view.tokens_in(spans), verb, source)]


def modifier_cue(view: DocView, verb: Token, sent: Span, opts: Options) -> list[Candidate]:
    """'a treaty she once backed', 'the tax bill, opposed by most farmers': a cue verb in a clause that tells
    about a noun, the noun being what was said, backed or reported (and the clause's subject or agent who)."""
    noun = verb.head
    if noun.i == verb.i or noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return []
    kids = list(verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        cue_ids = {verb.i} | ({agent.i} if agent is not None else set())
        rule = Rule.VERB_ACL
    elif verb.dep_ == "relcl":
        source = next((c for c in kids if c.dep_ == "nsubj"), None)
        if source is None or source.lower_ in REL_PRONOUNS or any(
                c.dep_ in {"ccomp", "xcomp", "nsubjpass"} or (c.dep_ == "dobj" and c.lower_ not in REL_PRONOUNS)
                for c in kids):
            return []  # the noun is not the verb's object ("a man who said ...", "the plan she said would fail")
        cue_ids = {verb.i}
        rule = Rule.VERB_RELCL
    else:
        return []
    cue_ids |= {c.i for c in kids if c.dep_ == "prt"}
    content_ids = view.subtree_ids(noun) - view.subtree_ids(verb)
    content_ids = {i for i in content_ids if not (view.doc[i].dep_ == "relcl" and i != noun.i)}
    speakers = set() if source is None else speaker_ids(view, source, verb, open_candidates=opts.open,
                                                        max_walk=opts.max_subtree_walk)
    content_ids -= cue_ids | speakers
    ids = view.trim_tokens(content_ids)
    if not ids:
        return []
    spans = view.char_spans(ids)
    speaker = resolved_speaker(view, speakers)
    conf = opts.lexicon.cue_strength(verb.lemma_.lower()) * (1.0 if speaker is not None else 0.7)
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker,
                     cue=cue_span(view, verb, cue_ids, open_candidates=opts.open), confidence=round(conf, 3),
                     rule=rule)
    return [Candidate(stmt, view.tokens_in(spans), verb, source)]


def seem_reading(view: DocView, verb: Token, subj: Token | None, cue: tuple[int, int],
                 opts: Options) -> list[Candidate]:
    """'The minister seemed to overstay his welcome': how something seems, told by no one in particular."""
    if subj is None or subj.dep_ != "nsubj" or subj.i > verb.i or subj.lower_ in {"it", "there", "this", "that"}:
        return []
    pred = next((c for c in verb.children if c.dep_ in {"xcomp", "oprd", "acomp", "attr"} and c.i > verb.i), None)
    if pred is None:
        return []
    spans = view.content_spans(view.subtree_ids(subj) | view.subtree_ids(pred), verb.idx)
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=None, cue=cue, rule=Rule.VERB_SEEM,
                     confidence=round(opts.lexicon.cue_strength(verb.lemma_.lower()) * 0.6, 3))
    return [Candidate(stmt, view.tokens_in(spans), verb, None)]


def object_beside_quote(view: DocView, verb: Token, obj: Token, subj: Token | None, speaker: Party | None,
                        addressee: Party | None, cue: tuple[int, int], taken: set[int],
                        strength: float) -> list[Candidate]:
    """'recalled a visit to his church, “...”': the object may be what is reported rather than the quotation
    (proposed beside the quotation reading; the filter picks)."""
    ids = view.trim_tokens(view.subtree_ids(obj) - taken)
    if not ids:
        return []
    spans = view.widen_to_quotes(view.char_spans(ids), verb.idx)
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker, cue=cue, addressee=addressee,
                     confidence=round(strength * 0.7, 3), rule=Rule.VERB_OBJECT_NOT_QUOTE)
    return [Candidate(stmt, view.tokens_in(spans), verb, subj)]


def object_then_prep(view: DocView, verb: Token, subj: Token | None, speaker: Party | None,
                     strength: float) -> list[Candidate]:
    """'accused the mayor of lying', 'voiced support for the bill': the object belongs to the cue and what
    follows the preposition is the content (proposed beside the plain object reading; the filter picks)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    prep = next((c for c in list(verb.children) + list(obj.children) if c.dep_ == "prep" and c.i > obj.i
                 and c.lower_ in {"of", "for", "about", "on", "against", "over", "to"}), None)
    pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
    if pobj is None:
        return []
    ids = view.trim_tokens(view.subtree_ids(pobj))
    if not ids:
        return []
    spans = view.widen_to_quotes(view.char_spans(ids), verb.idx)
    cue = cue_span(view, verb, {verb.i, prep.i}, open_candidates=True)
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker, cue=cue,
                     confidence=round(strength, 3), rule=Rule.VERB_OBJECT_PREP)
    return [Candidate(stmt, view.tokens_in(spans), verb, subj)]
