"""Resolve every candidate mention of a document in text order, each by the first rule that answers."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ...lexicon.pronouns import THIRD_PERSON
from .context import Anchor, DocContext, build_context
from .features import null_features, options, pair_features, shared_of
from .mentions import Candidate, find_candidates
from .records import CorefMention
from .rules import RULES, Params

# A trainer's oracle: the gold actor of a candidate (None when it has none among the document's actors).
Oracle = Callable[[Candidate], "str | None"]


def _pronoun_gender(cand: Candidate) -> str:
    g = THIRD_PERSON.get(cand.word, ("", ""))[0] if cand.form == "pronoun" else ""
    return g if g in ("m", "f") else ""


Group = tuple[list[list[str]], int]  # features of "unresolved" then of each option; the gold one's index


def resolve_document(doc: Doc, params: Params, first_names: dict[str, str] | None = None,
                     oracle: Oracle | None = None) -> tuple[list[CorefMention], list[Group]]:
    """The resolved mentions of `doc`, and with an oracle the training groups of the ranked rule: for every
    candidate it reaches, the features of leaving it unresolved and of each option, and the gold choice (later
    mentions then chain through the gold answer, not the predicted one)."""
    ctx = build_context(doc, first_names)
    gender = dict(ctx.gender)
    found: list[CorefMention] = []
    examples: list[Group] = []
    named = {i: a for i, a in ctx.token_actor.items() if i not in ctx.alias_tokens}
    for cand in find_candidates(doc, named, params.max_mentions, ctx.own_words, ctx.names):
        result = next((r for r in (rule(ctx, cand, params, gender) for rule in RULES) if r is not None), None)
        if oracle is not None:
            examples += _examples(ctx, cand, params, gender, oracle, result)
        actor = oracle(cand) if oracle is not None else (result.actor_id if result is not None else None)
        if result is not None:
            found.append(result)
        if actor is not None and actor in ctx.actors:
            _learn(ctx, cand, actor, gender)
    return found, examples


def _learn(ctx: DocContext, cand: Candidate, actor: str, gender: dict[str, str]) -> None:
    """Chain later mentions through this one, and take the gender a "he"/"she" gives a person not yet known."""
    form = {"description": "description", "name": "proper", "nested": "proper"}.get(cand.form, "pronoun")
    ctx.add_anchor(Anchor(cand.i, ctx.sent_of[cand.i], actor, form, ctx.doc[cand.i].dep_))
    g = _pronoun_gender(cand)
    cls = "pl" if THIRD_PERSON.get(cand.word, ("", ""))[1] == "pl" else THIRD_PERSON.get(cand.word, ("", ""))[0]
    if cand.form == "pronoun" and cls in ("m", "f", "n", "pl"):
        ctx.add_chain(actor, cls)
    if g and not gender.get(actor) and ctx.actors[actor].type == "PERSON":
        gender[actor] = g


def _examples(ctx: DocContext, cand: Candidate, params: Params, gender: dict, oracle: Oracle,
              result: CorefMention | None) -> list[Group]:
    if cand.form in ("first", "second", "name", "nested") or cand.via >= 0 or (result is not None and result.rule != "ranked") \
            or cand.word in ("who", "whom", "whose"):
        return []
    opts = options(ctx, cand, params.window, params.max_candidates, params.salient)
    if not opts:
        return []
    speaker = ctx.last_speaker(cand.start, params.window)
    gold = oracle(cand)
    feats = [null_features(ctx, cand, opts, gender)]
    sh = shared_of(ctx, cand, opts, gender)
    feats += [pair_features(ctx, cand, opts, k, gender, speaker, sh) for k in range(len(opts))]
    pick = next((k + 1 for k, o in enumerate(opts) if o.actor_id == gold), 0)
    return [(feats, pick)]
