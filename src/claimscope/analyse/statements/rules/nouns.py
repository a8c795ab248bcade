"""Cue nouns and adjectives: 'his claim that ...', 'criticism of X', 'is confident that ...', 'One view is that
...', 'it is clear that ...'. Each rule has a trigger (which words it reads) and the rule itself."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ....lexicon.speech import ADJECTIVE_PREPS, NOUN_CONTENT_PREPS
from ...model import Statement
from ..arbitration import Candidate
from ..document import DocView
from ..names import Rule
from ..options import Options
from ..syntax import SUBJECT_DEPS, speaker_ids

_WHEN_ENTS = {"DATE", "TIME"}  # "a statement on Friday": when, not what
_NOT_HOLDERS = {"it", "there", "this", "that"}


def reads_adjective(tok: Token, opts: Options) -> bool:
    """An adjective after a copula that may report a belief or attitude."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and opts.lexicon.is_candidate_adjective(
        tok.lower_, open_candidates=opts.open)


def adjective_cue(view: DocView, adj: Token, sent: Span, opts: Options) -> list[Candidate]:
    """'X is confident that ...', 'X was eager to ...', 'X is worried about ...': a stated belief or attitude."""
    copula = adj.head
    subj = next((c for c in copula.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.lower_ in _NOT_HOLDERS:
        return []
    content_ids: set[int] = set()
    cue_end = adj
    for c in adj.children:
        if c.dep_ in {"ccomp", "xcomp"}:
            content_ids |= view.subtree_ids(c)
        elif c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPS:
            objs = [p for p in c.children if p.dep_ in {"pobj", "pcomp"}]
            if objs:
                content_ids |= view.subtree_ids(objs[0])
                if c.i == adj.i + 1 and opts.open:
                    cue_end = c  # "critical of": the preposition belongs to the cue
    ids = view.trim_tokens(content_ids)
    if len(ids) < (1 if cue_end is not adj else 2):
        return []
    spans = view.widen_to_quotes(view.char_spans(ids), adj.idx)
    speaker = view.resolver.party(view.trim_tokens(speaker_ids(view, subj, copula, open_candidates=opts.open,
                                                                  max_walk=opts.max_subtree_walk)))
    cue_ids = {adj.i, copula.i} | {c.i for c in copula.children if c.dep_ in {"aux", "neg"}}
    cue = (view.doc[min(cue_ids)].idx, cue_end.idx + len(cue_end))
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker, cue=cue, confidence=0.55,
                     rule=Rule.ADJECTIVE)
    return [Candidate(stmt, view.tokens_in(spans), adj, subj)]


def reads_noun(tok: Token, opts: Options) -> bool:
    """A noun that may report content ('claim', and openly every noun annotated as a cue often enough)."""
    return tok.pos_ == "NOUN" and opts.lexicon.is_candidate_noun(tok.lemma_.lower(), open_candidates=opts.open)


def noun_cue(view: DocView, noun: Token, sent: Span, opts: Options) -> list[Candidate]:
    """'his claim that ...', 'a statement saying ...', 'the view of X that ...': a reported content noun."""
    open_ = opts.open
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    # "the mayor is a keen supporter of the tram": the subject of the copula holds the stance
    copula = noun.head if open_ and noun.dep_ == "attr" and noun.head.lemma_ == "be" else None
    if owner is None and copula is not None:
        owner = next((c for c in copula.children if c.dep_ == "nsubj" and c.lower_ not in _NOT_HOLDERS), None)
        if owner is None:
            copula = None
    if clause is None and open_:
        # "her decision to open the borders", "their refusal to stand with": an intention's infinitive
        clause = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and c.pos_ in {"VERB", "AUX"}
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None and open_:
        # "criticism of the plan", "his support for the bill", "questions about her emails"
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i
                     and c.lower_ in NOUN_CONTENT_PREPS), None)
        clause = next((p for p in prep.children if p.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
        if clause is not None and prep.lower_ == "of" and owner is None and (
                clause.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or clause.pos_ == "PRON"):
            return []  # "the comments of the senator": whose, not what
        if clause is not None and clause.ent_type_ in _WHEN_ENTS:
            return []
    if clause is None:
        return []
    if owner is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"} and clause.head.i != c.i:
                owner = next((p for p in c.children if p.dep_ == "pobj"), None)
    ids = view.trim_tokens(view.subtree_ids(clause))
    if len(ids) < (3 if clause.dep_ != "pobj" else 1):
        return []
    spans = view.widen_to_quotes(view.char_spans(ids), noun.idx)
    speaker = view.resolver.party(view.trim_tokens(view.subtree_ids(owner))) if owner is not None else None
    by_prep = clause.dep_ in {"pobj", "pcomp"}
    cue_end = clause.head if by_prep and clause.head.i > noun.i else noun
    cue_start = noun
    if open_:
        # "a growing fear of", "in the hope that"
        left = [c for c in noun.lefts if c.dep_ in {"det", "amod", "compound"} and c.i >= noun.i - 3]
        if left:
            cue_start = min(left, key=lambda t: t.i)
        if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "with"} and noun.head.i == cue_start.i - 1:
            cue_start = noun.head
        if copula is not None and copula.i < cue_start.i:
            cue_start = copula
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker,
                     cue=(cue_start.idx, cue_end.idx + len(cue_end)), confidence=0.6 if speaker else 0.45,
                     rule=Rule.NOUN_PREP if by_prep else Rule.NOUN)
    return [Candidate(stmt, view.tokens_in(spans), noun, owner)]


def reads_copula(tok: Token, opts: Options) -> bool:
    """A main-verb 'be' (not an auxiliary)."""
    return tok.lemma_ == "be" and tok.pos_ == "AUX" and tok.dep_ != "aux"


def copula_cue(view: DocView, copula: Token, sent: Span, opts: Options) -> list[Candidate]:
    """'One view is that ...', 'it is clear that ...': a clause that a view noun, or an impersonal judgement,
    puts forward (no one in particular holds it)."""
    comp = next((c for c in copula.children if c.dep_ == "ccomp" and c.i > copula.i), None)
    subj = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)
    if comp is None or subj is None:
        return []
    lex = opts.lexicon
    if subj.lower_ == "it":
        adj = next((c for c in copula.children if c.dep_ == "acomp" and c.i < comp.i), None)
        if adj is None or not lex.is_candidate_adjective(adj.lower_, open_candidates=opts.open):
            return []
        cue_ids, head, rule = {subj.i, copula.i, adj.i}, adj, Rule.ADJECTIVE_IT
    elif subj.pos_ == "NOUN" and lex.is_candidate_noun(subj.lemma_.lower(), open_candidates=opts.open):
        cue_ids, head, rule = set(view.subtree_ids(subj)) | {copula.i}, subj, Rule.NOUN_COPULA
    else:
        return []
    cue_ids |= {c.i for c in copula.children if c.dep_ in {"aux", "neg", "advmod"} and c.i < comp.i}
    ids = view.trim_tokens(view.subtree_ids(comp))
    if len(ids) < 2:
        return []
    spans = view.widen_to_quotes(view.char_spans(ids), copula.idx)
    lo, hi = min(cue_ids), max(cue_ids)
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=None,
                     cue=(view.doc[lo].idx, view.doc[hi].idx + len(view.doc[hi])), confidence=0.45, rule=rule)
    return [Candidate(stmt, view.tokens_in(spans), head, None)]
