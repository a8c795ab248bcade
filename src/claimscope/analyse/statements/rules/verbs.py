"""The cue-verb rule: 'X said that ...', '“...,” X said', 'announced a ban', 'called for X', 'said so'.

The verb's speaker, addressee and nearby quotations are found once (`cue_verb`); the first of the readings in
`verb_content.VERB_READINGS` that finds content decides the rule; each reading of where that content ends
(`syntax.content_variants`) becomes a candidate, and with open candidates so do the readings beside it
(`verb_forms`: the object next to a quotation, what follows 'accused X of', how something seems).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ....lexicon.speech import ADDRESSEE_OBJECT, PERSON_OBJECT, SEEM, SPEECH, XCOMP_CUES
from ...model import Statement
from ..arbitration import Candidate
from ..document import DocView, merge, only_marks, quote_words
from ..names import Rule
from ..options import Options
from ..syntax import (SUBJECT_DEPS, addressable, content_variants, cue_span, resolved_speaker, speaker_ids,
                      stray_complement, subject, surface_speaker)
from . import verb_forms
from .verb_content import VERB_READINGS, CueVerb, Reading

_CONTENT_DEPS = {"ccomp"}


def adjacent_quotes(view: DocView, verb: Token, speakers: set[int], sent: Span,
                    *, open_candidates: bool) -> list[tuple[int, int]] | None:
    """Quotations right before or after the cue ('“...,” X said', 'X said: “...”', split around the cue)."""
    inside = view.quote_containing(verb)
    text = view.text
    index = view.outer_index if inside is None else view.nested_index
    # those opening after the sentence's start, or with only marks before it, or ending just before it
    first = min(view.marks_from(sent.start_char), sent.start_char - 2 - index.reach)
    pool = [q for q in index.opening_from(first, sent.end_char)
            if (q.start < sent.end_char
                and (q.start >= sent.start_char - 1 or only_marks(text[q.start:sent.start_char]))
                # a quotation the parser ended a sentence with ('“... at once!” Ana Ruiz said')
                or (open_candidates and inside is None and 0 <= sent.start_char - q.end <= 2
                    and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children)
                    and text[q.end:sent.start_char] in {"", " "}))
            and q is not inside]
    if inside is not None:
        pool = [q for q in pool if inside.start <= q.start and q.end <= inside.end]
    if not pool:
        return None
    if open_candidates:
        # a speaker shared with an earlier verb ('“A,” X said, adding: “B.”') does not glue that verb's quote
        own = view.subtree_ids(verb)
        speakers = {i for i in speakers if i in own}
    glue = {verb.i} | speakers | {c.i for c in verb.children
                                  if c.dep_ in {"prt", "dobj", "dative", "prep", "advmod", "aux", "auxpass", "neg"}
                                  and c.i not in speakers
                                  and not any(fs <= c.idx < fe for q in pool for fs, fe in q.fragments)}
    doc = view.doc
    for c in list(glue):
        glue |= view.subtree_ids(doc[c]) if c != verb.i and doc[c].dep_ != "ccomp" else set()
    lo, hi = min(glue), max(glue)
    chosen = []
    for q in pool:
        if q.end <= doc[lo].idx:
            gap = text[q.end:doc[lo].idx]
        elif q.start >= doc[hi].idx + len(doc[hi]):
            gap = text[doc[hi].idx + len(doc[hi]):q.start]
        else:
            continue
        if len(gap) <= 4 and not any(ch.isalnum() for ch in gap) and quote_words(text, q) >= 3:
            chosen.append(q)
    if not chosen:
        return None
    return [f for q in chosen for f in q.fragments]


def closed_before_clause(view: DocView, verb: Token, adjacent: list[tuple[int, int]] | None,
                         comps: list[Token]) -> list[tuple[int, int]] | None:
    """'“... a late penalty?” Ana Ruiz accepted the referee had no choice', '“... a late penalty?” Ana Ruiz
    said: “We were lucky.”': a quotation that closes its own sentence before a cue verb whose clause or
    quotation follows it is no content of that verb (an earlier speaker's words go on, or nobody's), nor of a
    verb that is no verb of speech ('“... enforcement.” Her call was backed by ...'); a quotation after the
    verb, or one the cue's comma joins ('“A,” she said, “B.”'), stays."""
    after = any(a > verb.idx for a, _ in adjacent or ())
    speech = verb.lemma_.lower() in SPEECH
    if not adjacent or speech and not (comps or after) or any(c.i < verb.i for c in comps):
        return adjacent
    text = view.text
    kept = [(a, b) for a, b in adjacent
            if b > verb.idx or text[a:b].rstrip().rstrip("\"”’'").rstrip()[-1:] not in (".", "?", "!")]
    return kept or None


def cue_verb(view: DocView, verb: Token, sent: Span, opts: Options) -> CueVerb:
    """The verb with its speaker, addressee, complements and the quotations around it."""
    lemma = verb.lemma_.lower()
    open_ = opts.open
    lex = opts.lexicon
    subj = subject(verb)
    speakers = set() if subj is None else speaker_ids(view, subj, verb, open_candidates=open_,
                                                      max_walk=opts.max_subtree_walk)
    if open_ and lemma in SPEECH and (subj is None or (
            view.quote_containing(subj) is not None and view.quote_containing(verb) is None)):
        surface = surface_speaker(view, verb)
        if surface:
            speakers = surface
            subj = next((view.doc[i] for i in sorted(surface) if view.doc[i].pos_ in {"PROPN", "PRON", "NOUN"}),
                        view.doc[min(surface)])
    adjacent = adjacent_quotes(view, verb, speakers, sent, open_candidates=open_)
    comps = [c for c in verb.children if c.dep_ in _CONTENT_DEPS]
    if not comps and open_ and lemma in SPEECH:
        comps = stray_complement(view, verb, opts.max_subtree_walk)
    if lemma in XCOMP_CUES or lemma in ADDRESSEE_OBJECT:
        comps += [c for c in verb.children if c.dep_ == "xcomp"]
    if adjacent and comps:
        # a quotation inside the verb's own complement is part of it ("said the plan was “a drop in the ocean”")
        comp_ids = set().union(*(view.subtree_ids(c) for c in comps))
        comp_chars = (min(view.doc[i].idx for i in comp_ids), max(view.doc[i].idx for i in comp_ids))
        if all(comp_chars[0] <= a <= comp_chars[1] + 2 for a, _ in adjacent):
            adjacent = None
    adjacent = closed_before_clause(view, verb, adjacent, comps)
    if adjacent:
        comps = []
    addressee = None
    for c in verb.children:
        if c.dep_ in {"dobj", "dative"} and lemma in ADDRESSEE_OBJECT and c.pos_ in {"PROPN", "PRON", "NOUN"}:
            addressee = c
        elif c.dep_ == "prep" and c.lower_ == "to" and lemma in SPEECH:
            for p in c.children:
                if p.dep_ == "pobj" and (p.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or p.pos_ == "PRON"):
                    addressee = p
    # "promised a veto", "urged restraint": a verb that may address someone, but its object is no one
    thing_object = open_ and lemma in ADDRESSEE_OBJECT - PERSON_OBJECT \
        and addressee is not None and addressee.dep_ == "dobj" and not addressable(addressee)
    if thing_object:
        addressee = None
    cue_ids = {verb.i} | {c.i for c in verb.children if c.dep_ == "prt"}
    return CueVerb(verb=verb, sent=sent, lemma=lemma, cue_ids=cue_ids,
                   subj=subj, speaker_ids=speakers, adjacent=adjacent, comps=comps, addressee=addressee,
                   thing_object=thing_object, speaks=subj is not None or (open_ and lex.is_cue_verb(lemma)),
                   open=open_, lexicon=lex)


def read_content(view: DocView, cv: CueVerb) -> Reading | None:
    """The first reading in `VERB_READINGS` that finds content."""
    for reading in VERB_READINGS:
        found = reading(view, cv)
        if found is not None and found.content_ids:
            return found
    return None


def verb_cue(view: DocView, verb: Token, sent: Span, opts: Options) -> list[Candidate]:
    """The statements a cue verb reports, each reading of their extent a candidate."""
    cv = cue_verb(view, verb, sent, opts)
    open_ = opts.open
    found = read_content(view, cv)
    if found is None:
        if open_ and cv.lemma in SEEM:
            return verb_forms.seem_reading(view, verb, cv.subj, cue_span(view, verb, cv.cue_ids, open_candidates=open_),
                                           opts)
        return []
    rule = found.rule
    cue_ids = cv.cue_ids | found.cue_extra
    content_ids = found.content_ids - (cue_ids | cv.speaker_ids)
    if cv.addressee is not None:
        content_ids -= view.subtree_ids(cv.addressee)
    speaker = resolved_speaker(view, cv.speaker_ids)
    rel = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ in {"who", "which", "that"}), None)
    if speaker is not None and open_ and rel is not None and verb.dep_ == "relcl" and cv.subj is not None \
            and cv.subj.i == verb.head.i:
        # "Smith, who said ...": the source in the text is the relative pronoun, standing for Smith
        speaker = replace(speaker, start=rel.idx, end=rel.idx + len(rel), text=rel.text)
    addressee = None if cv.addressee is None else view.resolver.party(
        view.trim_tokens(view.subtree_ids(cv.addressee)))
    cue = cue_span(view, verb, cue_ids, open_candidates=open_)
    strength = opts.lexicon.cue_strength(cv.lemma)
    out = []
    for variant, ids_set in content_variants(view, rule, content_ids, open_candidates=open_):
        ids = view.trim_tokens(ids_set)
        if not ids or (len(ids) < 2 and rule not in {Rule.VERB_OBJECT, Rule.VERB_PROFORM} and not (
                open_ and rule == Rule.VERB_PREP_OBJECT)):
            continue
        spans = view.widen_to_quotes(view.char_spans(ids), verb.idx)
        if found.quote_spans is not None:
            spans = merge(found.quote_spans)
        kind = view.kind(spans)
        conf = strength
        if speaker is None:
            conf *= 0.7
        if kind == "direct":
            conf = min(0.99, conf + 0.05)
        if rule in {Rule.VERB_OBJECT, Rule.VERB_INVERTED}:
            conf *= 0.85
        out.append(Candidate(Statement(kind=kind, content=spans, speaker=speaker, cue=cue, addressee=addressee,
                                       confidence=round(conf, 3), rule=rule), view.tokens_in(spans), verb, cv.subj,
                             ("variant=" + variant, "rule|variant=" + rule + "|" + variant)))
    if open_ and rule == Rule.VERB_OBJECT:
        out += verb_forms.object_then_prep(view, verb, cv.subj, speaker, strength)
    if open_ and cv.lemma in SEEM:
        out += verb_forms.seem_reading(view, verb, cv.subj, cue, opts)
    if open_ and rule in {Rule.VERB_QUOTE, Rule.VERB_ADJACENT_QUOTE} and cv.lemma not in ADDRESSEE_OBJECT:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if obj is not None:
            out += verb_forms.object_beside_quote(view, verb, obj, cv.subj, speaker, addressee, cue,
                                                  cue_ids | cv.speaker_ids, strength)
    return out
