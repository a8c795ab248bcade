"""CAMEO distinctions a verb's table type cannot draw alone, applied after the table has typed a verb.

`refine(ctx)` runs the rules of `REFINE_RULES` in order; the first that applies decides:
0. `complement_decides`: a causative verb with a clause of what it makes happen takes no type of its own
   ("ordered the troops to withdraw" is the withdrawal, RETREAT, not a deployment);
1. `natural_cause`: a death or injury caused by an illness or a natural disaster is no event ("a heart attack
   killed the minister", "the flood killed 200 people"; CAMEO codes deliberate acts only), nor is fighting
   one or a social ill ("aid to fight the drought", "to combat poverty");
2. `violent_repression`: force used by police or troops on protesters is repression, COERCE (CAMEO 175:
   "police opened fire on the demonstrators", "soldiers fired to disperse the crowd"), not an assault;
3. `protesters_riot`: protesters who attack, burn or seize riot, PROTEST (CAMEO 145: "protesters stormed the
   parliament", "demonstrators set fire to cars");
4. `warned_consequence`: a warning of what its speaker would do if something happens, or of reprisals, is
   THREATEN (CAMEO 13: "warned that it would retaliate if ...", "warned of serious consequences");
5. `concern_at_act`: concern voiced about someone's act or an actor is ACCUSE (CAMEO 111: "expressed concern
   about the arrests"); concern about rising prices is no event;
6. `expel_presence`: expelling an international organisation, a humanitarian body or its inspectors, monitors
   or peacekeepers is SANCTION (CAMEO 166: "forced the UN agency out", "ordered the Red Cross to leave");
   ordering diplomats to leave is SANCTION too (reduced relations, CAMEO 16: "ordered two envoys to leave");
   ordering other people to leave a country is an expulsion (CAMEO 174: "ordered the reporters to leave");
7. `allow_presence`: allowing an international body in ("allowed the Red Cross to visit the prisoners") is
   RETREAT (CAMEO 086: allow international involvement), beside the table's "allowed the inspectors to return";
8. `state_protest`: a state or government that protests complains officially, ACCUSE (CAMEO 114: "China
   protested against the arms sales"); people protesting in the street stay PROTEST;
9. `spoken_protest`: "protested" as the cue of a statement placed after what it says ("The ministry is
   failing refugees, a rights group protested") is a complaint in words, ACCUSE (CAMEO 114).

`decided(verb, status)`: what a decision taken decides is done ("decided to impose an embargo" is the
sanction, CAMEO codes the decision as the act).

`subordinate(tok)` says whether an event is told in a relative or adverbial clause or an adverbial phrase
("Kenya, which hosted the talks, condemned ...", "after talks with ..."): a PLOVER record takes a main event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon.events import CAUSATIVE_VERBS, LEAVE_VERBS, NATURAL_CAUSES, PROTESTER_NOUNS
from ..actors import kb
from .event_subjects import ALLOW_VERBS, group_head
from .event_types import is_political_ref, noun_classes, noun_event
from .refs import ActorRefs
from .status import fact_status

_FORCES = {"police", "military"}
_EXPEL_LEMMAS = {"expel", "force out", "kick out", "deport", "oust", "throw out"}
_INTERNATIONAL_KINDS = {"igo", "ngo"}
_STREET_PREPS = {"against", "outside", "in", "at", "near"}
_PURPOSE_VERBS = {"disperse", "quell", "break"}
_FIGHT_VERBS = {"fight", "combat", "battle", "tackle", "attack", "target"}
THREAT_NOUNS = {"retaliation", "reprisal", "reprisals", "consequences", "action", "measures", "war", "force",
                "sanctions", "response", "punishment", "attack", "attacks", "strikes"}
SOCIAL_ILLS = {"poverty", "corruption", "inflation", "unemployment", "hunger", "illiteracy", "crime", "fraud",
               "smuggling", "trafficking", "pollution", "deforestation", "desertification", "malnutrition"}  # "fired to disperse the crowd", "to break up the rally"


@dataclass
class Context:
    """A typed verb with what decides its CAMEO code: subject, object, and who was made to act."""

    refs: ActorRefs
    verb: Token
    key: str
    etype: str | None
    mode: str | None
    subj: Token | None
    obj: Token | None
    causee: Token | None = None


def complement_decides(ctx: Context):
    """"ordered the troops to withdraw": the order is the withdrawal, typed on the complement's verb."""
    if ctx.etype is None or ctx.key not in CAUSATIVE_VERBS:
        return None
    return (None, None) if any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in ctx.verb.children) else None


def _natural(tok: Token | None) -> bool:
    if tok is None:
        return False
    lemma = tok.lemma_.lower()
    compounds = " ".join(c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i)
    return lemma in NATURAL_CAUSES or tok.lower_ in NATURAL_CAUSES or \
        (bool(compounds) and f"{compounds} {lemma}" in NATURAL_CAUSES)  # "heart attack", not "rocket attack"


def natural_cause(ctx: Context):
    """An illness or a disaster as the subject or passive agent of an assault verb: no event."""
    if ctx.etype != "ASSAULT":
        return None
    agents = [ctx.subj] + [p for c in ctx.verb.children if c.dep_ == "agent" for p in c.children
                           if p.dep_ == "pobj"]
    fought = ctx.obj is not None and ctx.verb.lemma_.lower() in _FIGHT_VERBS and (
        _natural(ctx.obj) or ctx.obj.lemma_.lower() in SOCIAL_ILLS)  # "to fight the drought", "combat poverty"
    return (None, None) if fought or any(_natural(t) for t in agents) else None


def _protesters(tok: Token | None) -> bool:
    return tok is not None and (tok.lemma_.lower() in PROTESTER_NOUNS or tok.lower_ in PROTESTER_NOUNS)


def violent_repression(ctx: Context):
    """Police or troops using force on protesters, or to disperse them: COERCE (repress)."""
    if ctx.etype != "ASSAULT" or not (noun_classes(ctx.subj) & _FORCES):
        return None
    verb = ctx.verb
    hit = _protesters(ctx.obj)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"on", "at", "into", "against"}:
            hit = hit or any(_protesters(p) for p in c.children if p.dep_ == "pobj")
        elif c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _PURPOSE_VERBS:
            hit = True  # "opened fire to disperse ..."
    return ("COERCE", "repress") if hit else None


def _international(refs: ActorRefs, tok: Token | None) -> bool:
    """An international organisation, its staff or a presence such as inspectors ("a team of UN experts")."""
    if tok is None:
        return False
    tok = group_head(tok)
    if noun_classes(tok) & {"presence"}:
        return True
    for t in [tok] + [c for c in tok.children if c.dep_ in {"compound", "poss", "nmod"}]:  # "U.N. experts"
        ref = refs.resolve(t)
        actor = refs.actors.get(ref.actor_id) if ref is not None and ref.actor_id else None
        if actor is not None and getattr(actor, "kind", None) in _INTERNATIONAL_KINDS:
            return True
        entry = kb.lookup(t.text) if t.pos_ == "PROPN" else None  # "U.N." linked as an actor of no kind
        if entry is not None and entry.kind in _INTERNATIONAL_KINDS:
            return True
    return False


def protesters_riot(ctx: Context):
    """Protesters who attack, burn or seize are rioting, PROTEST (CAMEO 145: "protesters stormed the
    parliament", "demonstrators set fire to cars"); force used on them stays with `violent_repression`."""
    if ctx.etype not in {"ASSAULT", "COERCE"} or not _protesters(ctx.subj):
        return None
    return "PROTEST", "riot"


def _named(refs: ActorRefs, tok: Token) -> bool:
    ref = refs.resolve(tok)
    return ref is not None and ref.actor_id is not None


def _acts(refs: ActorRefs, tok: Token | None) -> bool:
    """A subject that can act: a pronoun or a named actor ("Beijing would ..."), not "growth would slow"."""
    return tok is not None and (tok.pos_ == "PRON" or _named(refs, tok))


def warned_consequence(ctx: Context):
    """A warning of what its speaker would do if something happens, or of reprisals, is a threat (CAMEO 13:
    "warned that Beijing would take strong measures if ...", "warned of retaliation"); "warned that growth
    would slow" says what it expects, and stays none."""
    if ctx.key != "warn" or ctx.etype == "THREATEN":
        return None
    for c in ctx.verb.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                p.lemma_.lower() in THREAT_NOUNS for p in c.children if p.dep_ == "pobj"):
            return "THREATEN", None
        acts = _acts(ctx.refs, next((x for x in c.children if x.dep_ == "nsubj"), None))
        if c.dep_ == "ccomp" and acts and any(a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll"}
                                              for a in c.children) and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for x in c.children if x.dep_ == "advcl"
                        for m in x.children):
            return "THREATEN", None
    return None


def concern_at_act(ctx: Context):
    """Concern voiced about someone's act is disapproval, ACCUSE (CAMEO 111: "expressed concern about the
    arrests"); concern about rising prices or the weather is only a comment, no event."""
    if ctx.etype != "ACCUSE" or ctx.key not in {"express", "voice"} or "concern" not in noun_classes(ctx.obj):
        return None
    for holder in (ctx.obj, ctx.verb):
        for p in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in {"about", "over", "at", "for"}):
            for pobj in (x for x in p.children if x.dep_ == "pobj"):
                whose = [pobj] + [c for c in pobj.children if c.dep_ == "poss"]  # "at Somalia's decision"
                if noun_event(pobj)[0] is not None or any(_named(ctx.refs, t) for t in whose):
                    return None  # the table's ACCUSE stands
    return None, None


def expel_presence(ctx: Context):
    """Expelling an international body or its staff is SANCTION; ordering people out is COERCE (expel)."""
    if ctx.causee is not None and ctx.verb.lemma_.lower() in LEAVE_VERBS:
        if _international(ctx.refs, ctx.causee):
            return "SANCTION", None
        if "envoy" in noun_classes(ctx.causee):  # "ordered two diplomats to leave": expelled envoys (CAMEO 16)
            return "SANCTION", "diplomatic"
        if ctx.etype is None and "people" in noun_classes(ctx.causee) | _people(ctx.causee):
            return "COERCE", "expel"
        return None
    if ctx.etype == "COERCE" and ctx.key in _EXPEL_LEMMAS and _international(ctx.refs, ctx.obj):
        return "SANCTION", None
    return None


def allow_presence(ctx: Context):
    """Letting an international organisation or humanitarian body in or act: RETREAT (CAMEO 086)."""
    if ctx.verb.lemma_.lower() not in ALLOW_VERBS or ctx.etype not in {None, "CONCEDE"}:
        return None
    return ("RETREAT", None) if _international(ctx.refs, ctx.obj) else None


def _people(tok: Token) -> set[str]:
    return {"people"} if tok.ent_type_ == "PERSON" or tok.lemma_.lower() in {"journalist", "reporter",
                                                                             "diplomat", "foreigner"} else set()


def state_protest(ctx: Context):
    """A state, a government body or a state's official protesting: an official complaint, ACCUSE (CAMEO 114)."""
    if ctx.etype != "PROTEST" or ctx.key != "protest" or ctx.subj is None:
        return None
    ref = ctx.refs.resolve(ctx.subj)
    return ("ACCUSE", "criticize") if ref is not None and is_political_ref(ctx.refs, ref, ctx.subj) and \
        ref.type in {"GPE", "ORG", "PERSON"} and not (noun_classes(ctx.subj) & {"people"}) else None


def spoken_protest(ctx: Context):
    """"..., a rights group protested": a protest in words after what it says is ACCUSE (CAMEO 114)."""
    verb = ctx.verb
    if ctx.etype != "PROTEST" or ctx.key != "protest" or verb.dep_ not in {"acl", "parataxis", "conj"}:
        return None
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _STREET_PREPS) for c in verb.children):
        return None  # "students protested outside the embassy": a demonstration
    left = (verb.head if verb.dep_ == "acl" else verb).left_edge
    before = verb.doc[left.i - 1] if left.i > verb.sent.start else None
    said = before is not None and before.text == "," and any(
        t.pos_ in {"VERB", "AUX"} for t in verb.doc[verb.sent.start:before.i])
    return ("ACCUSE", "criticize") if said else None


REFINE_RULES = (complement_decides, natural_cause, violent_repression, protesters_riot, warned_consequence,
                concern_at_act, expel_presence, allow_presence, state_protest, spoken_protest)


def refine(ctx: Context) -> tuple[str | None, str | None]:
    """(type, mode) after the CAMEO distinctions of `REFINE_RULES`; the table's when none applies."""
    for rule in REFINE_RULES:
        got = rule(ctx)
        if got is not None:
            return got
    return ctx.etype, ctx.mode


DECISION_HEADS = {"decide", "vote", "resolve", "opt"}


def decided(verb: Token, status: str | None) -> str | None:
    """What a decision taken decides is done, as CAMEO codes it ("decided to impose an embargo", "voted to
    suspend aid" are the sanction); "plans to impose" stays planned."""
    head = verb.head
    if status == "planned" and verb.dep_ == "xcomp" and head.lemma_.lower() in DECISION_HEADS and \
            fact_status(head, None) == "done":
        return "done"
    return status


_SUBORDINATE_DEPS = {"relcl", "acl", "advcl", "pcomp"}
_COMPLEMENT_DEPS = {"ROOT", "ccomp", "xcomp", "conj", "dobj", "nsubj", "nsubjpass", "attr", "oprd", "parataxis"}


def subordinate(tok: Token) -> bool:
    """An event told in a relative or adverbial clause ("who attacked the town", "having met the president"), or
    a noun in an adverbial phrase ("after talks with", "following the raid on"); complements and conjuncts of
    the main verb ("agreed to send", "arrested 12 and wounded 3") are main events."""
    cur = tok
    for _ in range(12):
        if cur.dep_ in _SUBORDINATE_DEPS and not (cur.dep_ == "acl" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)):
            return True  # a noun's "that" clause says what it is ("a warning that it must ..."): a complement
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in {"VERB", "AUX"}:
            return True  # "after talks with the premier, the minister condemned ..."
        if cur.dep_ in _COMPLEMENT_DEPS or cur.head.i == cur.i:
            if cur.head.i == cur.i or cur.dep_ == "ROOT":
                return False
            cur = cur.head
            continue
        cur = cur.head
    return False
