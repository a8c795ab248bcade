"""Prepositional cues: 'according to X', 'as per X', 'in the words of X'; and what a document has it ('In a
county poll, ...', 'Under her plan, ...')."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ....lexicon.speech import DOCUMENT_NOUNS, PREP_CUES
from ...model import Statement
from ..arbitration import Candidate
from ..document import DocView, is_verb
from ..names import Rule
from ..options import Options

_PREP_FIRST = {p[0] for p in PREP_CUES}


def according_to(view: DocView, sent: Span, opts: Options) -> list[Candidate]:
    """'according to X', 'as per X', 'in the words of X': the clause the phrase modifies is the content."""
    toks = list(sent)
    out = []
    for k, tok in enumerate(toks):
        if tok.lower_ not in _PREP_FIRST:
            continue
        for pattern in PREP_CUES:
            n = len(pattern)
            if [t.lower_ for t in toks[k:k + n]] != list(pattern):
                continue
            if pattern == ("per",) and k > 0 and toks[k - 1].lower_ == "as":
                continue
            cue_toks = toks[k:k + n]
            obj = next((c for t in cue_toks for c in t.children if c.dep_ == "pobj"), None)
            if obj is None:
                obj = next((t for t in toks[k + n:k + n + 6] if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
            if obj is None:
                continue
            speaker_ids = view.subtree_ids(obj) - {t.i for t in cue_toks}
            # the phrase's head clause: climb from the cue to the nearest verb
            head = cue_toks[0]
            while head.dep_ != "ROOT" and not is_verb(head.head) and head.head.i != head.i:
                head = head.head
            clause = head.head if head.dep_ != "ROOT" else head
            clause_ids = view.subtree_ids(clause) & {t.i for t in sent}
            phrase_end = max(max(speaker_ids, default=k + n - 1), k + n - 1)
            before = {i for i in clause_ids if i < cue_toks[0].i}
            after = {i for i in clause_ids if i > phrase_end}
            if len([i for i in before if view.doc[i].is_alpha]) >= 3:
                content_ids = before  # "..., according to X, a fellow at Y."
            else:
                content_ids = after  # "According to X, ..."
            ids = view.trim_tokens(content_ids)
            if len(ids) < 2:
                continue
            spans = view.widen_to_quotes(view.char_spans(ids), cue_toks[0].idx)
            speaker = view.resolver.party(view.trim_tokens(speaker_ids))
            cue = (cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1]))
            stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker, cue=cue,
                             confidence=0.9 if speaker else 0.6, rule=Rule.PREP)
            out.append(Candidate(stmt, view.tokens_in(spans), cue_toks[0], obj))
    return out


def reads_document(tok: Token, opts: Options) -> bool:
    """A preposition that may open 'In a poll', 'Under her plan', 'By his own account'."""
    return tok.dep_ == "prep" and tok.lower_ in {"in", "under", "by"}


def document_cue(view: DocView, prep: Token, sent: Span, opts: Options) -> list[Candidate]:
    """'In a county poll released Monday, 58 percent backed the tram', 'Under her plan, taxes would rise': what
    a poll, a study or a plan has it."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    clause = prep.head  # the clause it tells about, however deep the parser hung the phrase (or its root)
    while not is_verb(clause) and clause.head.i != clause.i:
        clause = clause.head
    content_ids = (view.subtree_ids(clause) - view.subtree_ids(prep)) & set(range(sent.start, sent.end))
    ids = view.trim_tokens(content_ids)
    if len(ids) < 3:
        return []
    spans = view.widen_to_quotes(view.char_spans(ids), prep.idx)
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    # "Under her plan": she is the source and the plan the cue; "In a county poll": the poll is the source
    if owner is not None:
        cue_tok, source_ids = obj, {i for i in view.subtree_ids(owner) if view.doc[i].dep_ != "case"}
    else:
        cue_tok, source_ids = prep, view.subtree_ids(obj)
    speaker = view.resolver.party(view.trim_tokens(source_ids))
    # the filter sees the document noun as the speaker word either way ("poll", "plan": what kind of source)
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker,
                     cue=(cue_tok.idx, cue_tok.idx + len(cue_tok)), confidence=0.5, rule=Rule.PREP_DOCUMENT)
    return [Candidate(stmt, view.tokens_in(spans), obj, obj)]
