"""Who speaks and where a cue or its content ends, read off the parse (shared by the statement rules).

Functions whose reading differs between the two modes take the mode as `open_candidates` (see options.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...lexicon.speech import AGENT_ENDINGS, CUE_ADVERBS, GROUP_NOUNS, RAISING
from .. import actors
from ..cues import CueLexicon
from ..model import Party, Statement
from .document import QUOTE_TOKENS, DocView, is_verb
from .names import TRIMMED_RULES, Rule

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
REL_PRONOUNS = {"who", "that", "which", "whom"}
PRONOUNS = {"he": "PERSON", "she": "PERSON", "it": "OTHER", "they": "OTHER"}
DASHES = {"—", "–", "-", "--", "―"}
ASIDE_MARKS = {","} | DASHES
_CUE_DEPS = {"aux", "auxpass", "neg", "prt"}
_ASIDE_DEPS = {"relcl", "appos", "acl"}
_ADVERBIAL_DEPS = {"advcl", "prep", "npadvmod"}
_ADDRESSEE_NOUNS = GROUP_NOUNS | actors.TITLES | actors.ROLE_HEADS | actors.ORG_KIND_WORDS["government"]


def subject(verb: Token) -> Token | None:
    """The grammatical speaker of a cue verb, following conjunctions, participles and relative clauses."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:
        # inversion ("“...,” says the governor"): the subject right after the verb is the speaker
        after = [c for c in subjects if c.i > verb.i]
        subjects = after[:1] + [c for c in subjects if c not in after[:1]]
    for child in subjects + [c for c in verb.children if c.dep_ == "agent"]:
        if child.dep_ in SUBJECT_DEPS and child.lower_ != "there" and not (
                child.lower_ == "it" and (child.dep_ == "nsubjpass" or verb.lemma_.lower() in RAISING)):
            if child.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            for sub in child.children:
                if sub.dep_ == "pobj":
                    return sub
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return None  # expletive subject: "it was announced"
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return subject(verb.head)
    if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ in {"VBG", "VB"} and verb.head.i != verb.i:
        return subject(verb.head)
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return None


def speaker_ids(view: DocView, subj: Token, verb: Token, *, open_candidates: bool, max_walk: int) -> set[int]:
    """The words of the speaker whose head word is `subj`, without what the parser hung on it that is not them
    (clauses found among the first `max_walk` words of its subtree)."""
    if subj.i > verb.i or subj.head.i == verb.i or subj.dep_ == "pobj":
        ids = view.subtree_ids(subj)
        # a quotation the parser hung under the speaker ('“That's fair,” Ana Ruiz told the radio') is not them
        for c in subj.children:
            if c.dep_ in {"ccomp", "parataxis", "advcl", "csubj"} and c.i < subj.i:
                ids -= view.subtree_ids(c)
        ids = set(view.trim_tokens(ids, marks=True))
        # drop relative clauses and what hangs under them (a comma-set one before the verb describes the
        # source and stays with it when candidates are open: "Smith, who chairs the panel, said ...")
        for t in view.subtree(subj, max_walk):
            if t.dep_ == "relcl" or (t.dep_ == "acl" and t.i > subj.i):
                if open_candidates and t.i < verb.i and t.head.i == subj.i and view.doc[t.left_edge.i - 1].text == ",":
                    continue
                ids -= view.subtree_ids(t)
        if verb.i in ids:
            ids = {subj.i} | {t.i for t in subj.lefts}
        return ids
    # verb's head noun for relative clauses / participles: the noun phrase without the clause
    return {subj.i} | {i for t in subj.lefts for i in view.subtree_ids(t)}


def surface_speaker(view: DocView, verb: Token) -> set[int] | None:
    """The name between a closing quotation and its speech verb when the parse lost it ('“...,” Ramos, 58,
    told the agency'): a short run of name-like words right after the quote mark, with no verb in it."""
    doc = view.doc
    ids: list[int] = []
    i = verb.i - 1
    while i >= 0 and len(ids) < 10:
        tok = doc[i]
        if tok.text in QUOTE_TOKENS:
            break
        if tok.pos_ in {"VERB", "AUX"} or tok.is_space or "\n" in tok.text:
            return None
        ids.append(i)
        i -= 1
    if i < 0 or doc[i].text not in QUOTE_TOKENS or view.quote_containing(doc[i]) is None:
        return None
    words = [doc[j] for j in sorted(ids) if not doc[j].is_punct]
    if not words or not (words[0].pos_ == "PROPN" or words[0].lower_ in PRONOUNS):
        return None
    return set(view.trim_tokens(set(ids), marks=True))


def stray_complement(view: DocView, verb: Token, max_walk: int) -> list[Token]:
    """A 'that' clause the parser hung on a date or place after the verb ('told reporters on Friday that he
    thinks ...'): with 'that' as a conjunction rather than a relative pronoun it is the verb's complement.
    The search reads at most `max_walk` words of the verb's subtree."""
    for t in view.subtree(verb, max_walk):
        if t.i <= verb.i or t.dep_ not in {"relcl", "acl"} or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            continue
        up = t.head  # climb through the date or place phrase; it must lead back to the verb
        while up.i != verb.i and up.dep_ in {"pobj", "prep", "npadvmod", "compound", "det", "amod"}:
            up = up.head
        if up.i == verb.i and t.head.i != verb.i:
            return [t]
    return []


def marked_clause(view: DocView, verb: Token, lexicon: CueLexicon) -> tuple[Token, Token] | None:
    """(clause, its mark) of a question or a wish the parser hung on the verb as an adverbial clause: one
    opening with 'if'/'whether', or 'for' with its own subject, right after the verb or its object; or a
    that-clause a few words on ("tweeted in the early hours that ...")."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or c.left_edge.i - verb.i > 8:
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and m.i == c.left_edge.i), None)
        if mark is None or (mark.lower_ != "that" and c.left_edge.i - verb.i > 4):
            continue
        if mark.lower_ == "that" and lexicon.is_speech_like(verb.lemma_.lower()):
            return c, mark
        between = range(verb.i + 1, mark.i)
        if any(view.doc[i].head.i == c.i or view.doc[i].is_punct for i in between):
            continue
        if mark.lower_ in {"if", "whether"} or (mark.lower_ == "for" and mark.i == verb.i + 1 and any(
                k.dep_ == "nsubj" for k in c.children)):
            return c, mark
    return None


def addressable(tok: Token) -> bool:
    """Whether an object can be the one spoken to: a name, a pronoun, a person's role, a group or an office."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in {"PROPN", "PRON"} or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} \
        or lemma in _ADDRESSEE_NOUNS or (tok.tag_ == "NNS" and lemma.endswith(AGENT_ENDINGS))


def cue_span(view: DocView, verb: Token, cue_ids: set[int], *, open_candidates: bool) -> tuple[int, int]:
    """The cue with its auxiliaries, negation, particle and 'also' ("has also said", "did not deny")."""
    ids = set(cue_ids)
    heads = [verb]
    if open_candidates and verb.dep_ == "xcomp" and is_verb(verb.head) and 0 < verb.i - verb.head.i <= 3:
        heads.append(verb.head)  # "sought to distinguish", "demanded to know", "goes on to say"
        ids.add(verb.head.i)
        ids.update(t.i for t in verb.head.children if t.dep_ == "prt" and t.i < verb.i)
    subjects = [c.i for h in heads for c in h.children if c.dep_ in SUBJECT_DEPS]
    for h in heads:
        for c in h.children:
            if c.dep_ in _CUE_DEPS or (c.dep_ == "advmod" and (c.lower_ in CUE_ADVERBS or (
                    open_candidates and c.tag_ == "RB" and c.i < h.i))):
                if abs(c.i - h.i) <= 4 and not any(min(c.i, h.i) < s < max(c.i, h.i) for s in subjects):
                    ids.add(c.i)
    lo, hi = view.doc[min(ids)], view.doc[max(ids)]
    return (lo.idx, hi.idx + len(hi))


def antecedent_speaker(pronoun: Party, kept: list[Statement]) -> Party:
    """An unresolved pronoun speaker takes the latest earlier speaker of the matching kind among those kept."""
    want = PRONOUNS[pronoun.text.lower()]
    for st in sorted(kept, key=lambda x: x.speaker.start if x.speaker else -1, reverse=True):
        sp = st.speaker
        if sp is None or sp.start >= pronoun.start or sp.text.lower() in PRONOUNS:
            continue
        if (sp.type == "PERSON") == (want == "PERSON"):
            return replace(pronoun, name=sp.name, type=sp.type, actor_id=sp.actor_id)
    return pronoun


def resolved_speaker(view: DocView, ids: set[int]) -> Party | None:
    """The speaker of these words, an unresolved pronoun taking its antecedent."""
    speaker = view.resolver.party(view.trim_tokens(ids)) if ids else None
    if speaker is not None and speaker.actor_id is None and speaker.text.lower() in PRONOUNS:
        speaker = antecedent_speaker(speaker, view.kept)
    return speaker


def drop_trailing_aside(view: DocView, ids: set[int], deps=None, heads=None) -> set[int]:
    """Content without a comma-set aside at its end that tells about a noun of it rather than what was said
    ("..., who was his chief of staff at the time", "..., a plan he has since modified")."""
    if not ids:
        return ids
    doc = view.doc
    last = max(ids)
    deps = _ASIDE_DEPS if deps is None else deps
    heads = {"NOUN", "PROPN"} if deps is _ASIDE_DEPS and heads is None else heads
    for i in sorted(ids):
        tok = doc[i]
        if tok.dep_ not in deps or tok.head.i not in ids or (heads is not None and tok.head.pos_ not in heads):
            continue
        left = tok.left_edge.i
        if left - 1 not in ids or doc[left - 1].text not in ASIDE_MARKS or tok.right_edge.i < last - 1:
            continue
        if view.quote_containing(doc[left - 1]):
            continue
        return {j for j in ids if j < left - 1}
    return ids


def drop_trailing_clause(view: DocView, ids: set[int]) -> set[int]:
    """Content without a closing subordinate clause ("... was not part of the deal because it did not want
    ...", "... tough enough as he faces a test"): often the writer's framing rather than what was said."""
    doc = view.doc
    last = max(ids)
    for i in sorted(ids):
        tok = doc[i]
        if tok.dep_ != "advcl" or tok.head.i not in ids or tok.i <= min(ids) + 1:
            continue
        if tok.right_edge.i < last - 1 or not any(c.dep_ == "mark" and c.i < tok.i for c in tok.children):
            continue
        left = tok.left_edge.i
        return {j for j in ids if j < left and not (j == left - 1 and doc[j].is_punct)}
    return ids


def content_variants(view: DocView, rule: Rule, ids: set[int], *, open_candidates: bool):
    """Readings of where the content ends: without a comma- or dash-set aside about one of its nouns ("...,
    who was his chief of staff"), and with open candidates also without a trailing comma-set adverbial ("...,
    after prosecutors found ...") or subordinate clause; the learned filter keeps the likelier."""
    if not open_candidates:
        yield "base", (drop_trailing_aside(view, ids) if rule in TRIMMED_RULES else ids)
        return
    if rule not in TRIMMED_RULES or not ids:
        yield "base", ids
        return
    ids = drop_trailing_aside(view, ids)
    yield "base", ids
    cut = drop_trailing_aside(view, ids, _ADVERBIAL_DEPS, None)
    if cut and cut != ids:
        yield "adverbial", cut
    clause = drop_trailing_clause(view, ids)
    if clause and clause != ids and clause != cut:
        yield "clause", clause
