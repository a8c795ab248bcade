"""The rules of the coreference stage, tried in order for each candidate mention; the first that answers wins.

Each rule takes the document context, the candidate, the resolver's parameters and the genders known so far,
and returns a CorefMention (or None to pass the mention on). Syntax decides relative and reflexive pronouns;
the interview and quotation rules decide first person; the learned ranking decides the other pronouns and
the descriptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon.organisations import DESCRIPTION_KINDS, other_kind
from ...lexicon.pronouns import REFLEXIVE, RELATIVE
from ...lexicon.reporting import SPEECH_LEMMAS
from .context import DocContext
import math

from ...lexicon.sources import ANONYMOUS_NOUNS
from .features import null_features, options, pair_features, role_match, shared_of
from .mentions import Candidate
from .names import near_surname
from .model import Weights, score_of
from .records import CorefMention


@dataclass(frozen=True)
class Params:
    """The resolver's tunables (from settings) and the model weights."""

    window: int
    max_candidates: int
    max_mentions: int
    weights: Weights | None
    min_score: float | None = None
    salient: int = 0  # the document's most named actors offered beyond the window
    question_words: int = 100  # an interview paragraph longer than this is an answer, whatever it ends with


def _record(ctx: DocContext, cand: Candidate, actor_id: str | None, score: float, rule: str,
            quote: tuple[int, int] | None = None) -> CorefMention:
    doc = ctx.doc
    start, end = doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1])
    form = {"description": "description", "name": "proper", "nested": "proper"}.get(cand.form, "pronoun")
    return CorefMention(start, end, ctx.text[start:end], form, actor_id, round(score, 4), rule, quote)


def acronym(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'HWU' after 'the Harbour Workers Union': capitals that spell an organisation's initials are that body."""
    if cand.form != "name" or not cand.word.isupper() or len(cand.word) > 6:
        return None
    actor = ctx.acronyms.get(cand.word)
    return _record(ctx, cand, actor, 1.0, "acronym") if actor else None


def repeated_name(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'Harbour Lodge' or 'Okafor' where the linker left it unlinked: words that spell one actor's whole name are
    that actor, else a surname only one person has, else a first name only one person has ("Ada" after "Ada
    Okafor"); a name two actors share (two Okafors, the person Anne
    Paris and the city Paris for "Paris") names no one, unless one of them bears it as its whole name. Two
    actors that both bear it whole (one name the linker typed twice: "Holt" a body and a place) yield the one
    the text names most, else the one named last before it."""
    if cand.form != "name":
        return None
    key = cand.word.lower()
    whole = ctx.names.get(key, ())
    if len(whole) == 1:
        return _record(ctx, cand, next(iter(whole)), 0.9, "repeated-name")
    if len(whole) > 1:
        return _record(ctx, cand, _most_named(ctx, whole, cand.start), 0.8, "repeated-name")
    people = ctx.surname_of.get(key, ())
    if not whole and len(people) == 1:
        return _record(ctx, cand, next(iter(people)), 0.8, "repeated-name")
    called = ctx.first_of.get(key, ())
    if not whole and not people and len(called) == 1:
        return _record(ctx, cand, next(iter(called)), 0.7, "first-name")
    return None


def _most_named(ctx: DocContext, actors, before: int) -> str:
    """Of actors that share one name, the one named most in the text, ties to the one named last before `before`."""
    def key(aid: str) -> tuple[int, int]:
        last = ctx.latest_before(aid, before)
        return len(ctx.named_at.get(aid, ())), last.tok if last is not None else -1
    return max(sorted(actors), key=key)


def nested_name(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'Lyon' inside "the University of Lyon" where the text also names the city Lyon: the nested words are a
    mention of the one other actor whose whole name they spell as written, when that actor is a place or a
    person of two names or more, inside a name that is no person's ("Ana" in "Ana Ruiz" is not another Ana; a
    name two other actors bear names neither)."""
    owner = ctx.token_actor.get(cand.i)
    if cand.form != "nested" or owner not in ctx.actors or ctx.actors[owner].type == "PERSON":
        return None
    others = [a for a in ctx.names.get(cand.word.lower(), set()) - {owner} if ctx.actors[a].name == cand.word]
    if len(others) != 1:
        return None
    actor = ctx.actors[others[0]]
    if actor.type in ("GPE", "LOC") or (actor.type == "PERSON" and len(actor.name.split()) >= 2):
        return _record(ctx, cand, actor.id, 0.9, "nested-name")
    return None


def misspelt_surname(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'Morena' in an article about Linda Moreno: a surname one or two letters off an introduced person's,
    unless the parser calls the word a place or a body (a person and a place may share a name)."""
    if cand.form != "name" or cand.word.isupper() or ctx.doc[cand.i].ent_type_ not in ("", "PERSON"):
        return None
    actor = near_surname(cand.word.split()[-1], ctx.surnames)
    return _record(ctx, cand, actor, 0.8, "misspelt-surname") if actor else None


def relative_pronoun(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'Ana Ruiz, who said': the noun a relative clause hangs on is what "who"/"whose" stands for."""
    if cand.word not in RELATIVE:
        return None
    verb = ctx.doc[cand.i].head
    for _ in range(3):
        if verb.dep_ == "relcl":
            actor = ctx.actor_at(verb.head.i)
            return _record(ctx, cand, actor, 1.0, "relative") if actor else None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def reflexive(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'the minister praised himself': a reflexive pronoun is the subject of its own clause."""
    if cand.word not in REFLEXIVE:
        return None
    verb = ctx.doc[cand.i].head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    actor = ctx.actor_at(subj.i) if subj is not None else None
    return _record(ctx, cand, actor, 1.0, "reflexive") if actor else None


def said_of_a_name(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'Ana Ruiz, the mayor,' / 'Ana Ruiz is a geologist' / 'he is a geologist' ("he" resolved): the noun describes
    the actor of the name or pronoun."""
    if cand.via < 0:
        return None
    actor = ctx.actor_at(cand.via)
    return _record(ctx, cand, actor, 1.0, "apposition") if actor else None


def interview_answer(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'I' of an answer in an interview (a paragraph that asks nothing, outside quotation marks) is the
    interviewee the title names ("Reporters interview Ana Ruiz ..."), or the speaker a turn starts with
    ("Ana Ruiz: I think ...")."""
    if cand.form != "first" or cand.i in ctx.quote_of or cand.i < ctx.title_end:
        return None
    text = ctx.text
    at = ctx.doc[cand.i].idx
    p_start = text.rfind("\n", 0, at) + 1
    p_end = text.find("\n", at)
    para = text[p_start: len(text) if p_end < 0 else p_end]
    colon = para.find(":")
    if 0 < colon < 40:
        turn = ctx.doc.char_span(p_start, p_start + colon, alignment_mode="expand")
        speaker = ctx.actor_at(turn.root.i) if turn is not None else None
        if speaker and ctx.actors[speaker].type == "PERSON":
            return _record(ctx, cand, speaker, 0.9, "interview-turn")
    if ctx.interviewee and not asks(para, params.question_words) and cand.word in ("i", "me", "my", "mine", "myself"):
        return _record(ctx, cand, ctx.interviewee, 0.8, "interview-answer")
    return None


def interview_question(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'What drew you to ants?' / 'You have toured a lot lately.' (then an answer in first person): "you" of a
    question in an interview (outside quotation marks) is the interviewee; "you" of an answer is anyone ("you
    can carve it") and stays unresolved."""
    if cand.form != "second" or not ctx.interviewee or cand.i in ctx.quote_of or cand.i < ctx.title_end:
        return None
    text = ctx.text
    at = ctx.doc[cand.i].idx
    p_end = text.find("\n", at)
    p_end = len(text) if p_end < 0 else p_end
    para = text[text.rfind("\n", 0, at) + 1: p_end]
    if not asks(para, params.question_words) and not _prompts_an_answer(para, text[p_end:].lstrip("\n").split("\n", 1)[0]):
        return None
    return _record(ctx, cand, ctx.interviewee, 0.8, "interview-question")


def asks(para: str, most_words: int) -> bool:
    """Whether an interview paragraph is a question: it ends with a question mark and is no longer than
    `most_words` words (a long answer may end on a question of its own: "... so why should it exist?")."""
    return para.rstrip().endswith("?") and len(para.split()) <= most_words


_I = re.compile(r"\b(?:I|me|my|mine|myself)\b")


def _prompts_an_answer(para: str, following: str) -> bool:
    """A paragraph with no "I" of its own whose next paragraph answers in first person: an interviewer's remark
    that asks without a question mark ("You have toured a lot lately." / "I have, yes.")."""
    return not _I.search(para) and bool(_I.search(following))


def quote_speaker(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'"I will stay," Ana Ruiz said': first person inside a quotation is its speaker, named by the statements."""
    quote = ctx.quote_of.get(cand.i)
    if cand.form != "first" or quote is None:
        return None
    return _record(ctx, cand, None, 1.0, "quote-speaker", quote)


def speaking_body(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'Norvale cut jobs. It said ...': "it" that says, tells or announces is a body, the latest one named in
    the last sentences (things do not speak)."""
    head = ctx.doc[cand.i]
    if cand.word != "it" or head.dep_ != "nsubj" or head.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    for opt in options(ctx, cand, params.window, params.max_candidates):
        if ctx.actors[opt.actor_id].type in ("ORG", "GPE"):
            return _record(ctx, cand, opt.actor_id, 0.9, "speaking-body")
    return None


def sole_organisation(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """'Norvale Systems cut jobs. The company said ...': "the company", "the firm" (the noun and its article
    only: "the parent company" may be another) is the one organisation of that kind the last sentences name."""
    if cand.form != "description" or cand.via >= 0 or cand.poss >= 0 or cand.end - cand.start != 2 \
            or cand.word not in DESCRIPTION_KINDS:
        return None
    kind = DESCRIPTION_KINDS[cand.word]
    fits = [o.actor_id for o in options(ctx, cand, params.window, params.max_candidates)
            if ctx.actors[o.actor_id].type == "ORG" and kind in (None, ctx.actors[o.actor_id].kind)]
    return _record(ctx, cand, fits[0], 0.9, "sole-organisation") if len(fits) == 1 else None


def ranked_antecedent(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> CorefMention | None:
    """A pronoun or description: the candidate actor the model scores highest, when it scores enough."""
    if params.weights is None or cand.form in ("first", "second", "name", "nested") or cand.word in RELATIVE or cand.via >= 0:
        return None
    best, score = rank(ctx, cand, params, gender)
    threshold = params.min_score if params.min_score is not None else params.weights.thresholds.get(cand.form, 0.5)
    if best is None or score < threshold:
        return None
    if cand.form == "description" and cand.word in ANONYMOUS_NOUNS and not role_match(ctx.actors[best], cand.word):
        return None  # "the spokesman" is someone the text called a spokesman, not the person named last
    if cand.form == "description" and other_kind(cand.word, ctx.actors[best].name):
        return None  # "the union" is no "General Hospital" however near
    return _record(ctx, cand, best, score, "ranked")


def rank(ctx: DocContext, cand: Candidate, params: Params, gender: dict) -> tuple[str | None, float]:
    """The best candidate actor for the mention and its probability (None, 0 when there is none)."""
    opts = options(ctx, cand, params.window, params.max_candidates, params.salient)
    if not opts:
        return None, 0.0
    speaker = ctx.last_speaker(cand.start, params.window)
    w = params.weights.weights
    z = [score_of(null_features(ctx, cand, opts, gender), w)]
    sh = shared_of(ctx, cand, opts, gender)
    z += [score_of(pair_features(ctx, cand, opts, k, gender, speaker, sh), w) for k in range(len(opts))]
    top = max(z)
    total = sum(math.exp(v - top) for v in z)
    k = max(range(len(z)), key=z.__getitem__)
    if k == 0:
        return None, 0.0
    return opts[k - 1].actor_id, 1.0 / total


RULES = (acronym, repeated_name, nested_name, misspelt_surname, relative_pronoun, reflexive, said_of_a_name, interview_answer, interview_question,
         quote_speaker, speaking_body, sole_organisation, ranked_antecedent)
