"""The PLOVER type of an event, and whether its context is political (data/plover.json).

`event_type` asks, in order: the verb's object class (`object_verbs`: "fired missiles" is an attack,
"fired staff" is not), then the verb alone (`verbs`); a type then stands only in a political context
(`is_political`: a state, a government body, forces or their weapons, a state's official), except for
verbs that are political whatever the context (lexicon/events.ALWAYS_POLITICAL: "invade", "arrest").
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ...lexicon.events import (ALWAYS_POLITICAL, FORCE_MODIFIERS, PEOPLE_OBJECTS, PEOPLE_VERBS, POLITICAL_NOUNS,
                               POLITICAL_ORG_KINDS)
from ...lexicon.groups import PEOPLE_NOUNS
from ...lexicon.plover import event_rows, place_codes, sector_words
from .refs import ActorRefs, Ref

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
CURRENCY_SIGNS = {"$", "€", "£", "¥", "US$"}
STRIKE_WEAPONS = {"air", "missile", "drone", "rocket", "naval", "artillery", "retaliatory", "pre-emptive",
                  "preemptive", "surgical", "nuclear", "aerial"}


@lru_cache(maxsize=1)
def plover() -> dict:
    """The verb -> PLOVER mapping shipped in data/plover.json, with noun classes as lemma -> class sets."""
    raw = json.loads((resources.files("claimscope.analyse") / "data" / "plover.json").read_text("utf-8"))
    classes: dict[str, set[str]] = {}
    for cls, nouns in raw["noun_classes"].items():
        for n in nouns:
            classes.setdefault(n, set()).add(cls)
    verbs, object_verbs, nouns = dict(raw["verbs"]), {k: dict(v) for k, v in raw["object_verbs"].items()}, {}
    for row in event_rows():  # lexicon/data/plover_events.tsv: the CAMEO-grounded table, winning over the JSON
        value = [row["type"], row["mode"]]
        if row["pos"] == "class":
            classes.setdefault(row["lemma"], set()).add(row["object"])
        elif row["pos"] == "noun":
            nouns[row["lemma"]] = value
        elif row["object"] is None:
            verbs[row["lemma"]] = value
        else:
            object_verbs.setdefault(row["lemma"], {})[row["object"]] = value
    return {"types": raw["types"], "verbs": verbs, "object_verbs": object_verbs, "classes": classes,
            "nouns": nouns, "phrasal": {k for k in (*verbs, *object_verbs) if " " in k},
            "phrasal_heads": {k.split(" ")[0] for k in (*verbs, *object_verbs) if " " in k}}


def noun_classes(tok: Token | None) -> set[str]:
    """The PLOVER noun classes of a token ("missile" -> weapons), with forces named by a modifier."""
    if tok is None:
        return set()
    classes = plover()["classes"]
    out = set(classes.get(tok.lemma_.lower(), ())) | set(classes.get(tok.lower_, ()))
    for c in tok.children:
        if c.dep_ in {"compound", "amod"} and c.lower_ in FORCE_MODIFIERS:
            out.add("police" if c.lower_ == "police" else "military")  # "military units", "police officers"
    return out


def is_political_ref(refs: ActorRefs, ref: Ref | None, tok: Token | None) -> bool:
    """A state, a government body, a state's official, or a group noun that acts for a state."""
    if ref is None:
        return False
    if ref.type == "GPE":
        return True
    if ref.actor_id is not None:
        actor = refs.actors.get(ref.actor_id)
        kind = getattr(actor, "kind", None) if actor is not None else None
        if ref.type == "ORG" and (kind in POLITICAL_ORG_KINDS or place_codes().get(ref.name)):
            return True  # a government body, or a movement PLOVER codes with its state ("the Taliban")
        if ref.type == "PERSON" and any(refs.is_state(a) for a in getattr(actor, "affiliations", None) or []):
            return True  # a state's leader or official, not a company's
    if tok is not None and (tok.lemma_.lower() in POLITICAL_NOUNS or tok.lower_ in POLITICAL_NOUNS):
        return True
    return False


_COUNTS = {"hundred", "thousand", "dozen", "score", "million", "number", "group", "batch", "handful", "some",
           "many", "several", "all", "most", "few", "one", "two", "three", "four", "five", "ten", "team",
           "contingent", "detachment", "column", "convoy", "party", "wave", "rest", "first", "patch"}


def _counted(tok: Token) -> Token:
    """What a count or group names: "hundreds of political prisoners" -> prisoners, "a group of sailors" ->
    sailors; else the token itself."""
    if tok.lemma_.lower() not in _COUNTS and not tok.like_num:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((p for p in of.children if p.dep_ == "pobj"), tok) if of is not None else tok


def _is_person(tok: Token) -> bool:
    """People acted on: a person noun or name ("the hostages", "50 fishermen", "hundreds of prisoners")."""
    tok = _counted(tok)
    lemma = tok.lemma_.lower()
    return lemma in PEOPLE_OBJECTS or lemma in PEOPLE_NOUNS or tok.ent_type_ == "PERSON" or \
        "people" in noun_classes(tok) or (tok.pos_ == "NOUN" and lemma.endswith("man") and len(lemma) > 5) or \
        (lemma not in _BODIES and (sector_words().get(lemma) or sector_words().get(tok.lower_)) is not None)


# Sector words that name a body, not a person: "captured the commander" is a person, "the government" none
_BODIES = {"government", "administration", "regime", "cabinet", "ministry", "authority", "authorities", "embassy",
           "delegation", "leadership", "kremlin", "military", "junta", "army", "navy", "troops", "forces", "force",
           "parliament", "congress", "senate", "legislature", "court", "party", "union", "unions", "company",
           "companies", "militia", "opposition", "crowd", "people"}


def _object_type(refs: ActorRefs, conditional: dict, obj: Token | None, subj: Token | None) -> tuple:
    """The type an object-conditioned verb takes from its object's class ("place", "people", "weapons")."""
    classes = noun_classes(obj) | (noun_classes(_counted(obj)) if obj is not None else set())
    for c in obj.conjuncts if obj is not None else ():
        classes |= noun_classes(c)  # "maps and military intelligence"
    for prep in obj.children if obj is not None else ():
        if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}:  # "$10 million in aid", "tonnes of food"
            classes |= set().union(*(noun_classes(p) for p in prep.children if p.dep_ == "pobj"))
    if obj is not None and (obj.ent_type_ in PLACE_LABELS or
                            (refs.actor(obj) is not None and refs.actor(obj).type in PLACE_TYPES)):
        classes.add("place")
    if obj is not None and _is_person(obj):
        classes.add("people")
    if obj is not None and obj.like_num and any(c.text in CURRENCY_SIGNS for c in obj.children):
        classes.add("money")  # "gave Bangladesh $10 million"
    for cls, value in conditional.items():
        if cls in classes:
            return value[0], value[1]
    got: tuple = (None, None)
    if "_object" in conditional and obj is not None:
        got = tuple(conditional["_object"])
    elif "_none" in conditional and obj is None:
        got = tuple(conditional["_none"])
    if "_military_subject" in conditional and subj is not None and noun_classes(subj) & {"military", "police"}:
        got = tuple(conditional["_military_subject"])
    elif "_weapon_subject" in conditional and subj is not None and "weapons" in noun_classes(subj):
        got = tuple(conditional["_weapon_subject"])  # "a bomb exploded"
    elif "_political_subject" in conditional and subj is not None and _is_official(refs, subj):
        got = tuple(conditional["_political_subject"])  # "the president arrived in ...": a visit
    if "_political_object" in conditional and got[0] is None and obj is not None and _is_official(refs, obj):
        got = tuple(conditional["_political_object"])  # "called the foreign minister": a phone call
    return got


def _is_official(refs: ActorRefs, tok: Token) -> bool:
    """A state, a government body, or a person of a state ("the president", "Chilean President X")."""
    ref = refs.resolve(tok)
    if ref is None:
        return False
    if ref.type != "GPE" and (ref.type == "PERSON" or tok.ent_type_ == "PERSON"):  # "Mali" tagged a person
        actor = refs.actors.get(ref.actor_id) if ref.actor_id else None
        return bool(actor is not None and (getattr(actor, "roles", None) or getattr(actor, "affiliations", None)))
    return is_political_ref(refs, ref, tok)


def verb_key(tok: Token, lemma: str) -> str:
    """The table's key for a verb: with its particle or preposition when the table lists the pair ("blow up",
    "called on", "pushed for"), else the lemma."""
    data = plover()
    if lemma not in data["phrasal_heads"]:
        return lemma
    phrasal = data["phrasal"]
    for c in tok.children:
        if c.dep_ in {"prt", "prep", "advmod"} and f"{lemma} {c.lower_}" in phrasal:
            return f"{lemma} {c.lower_}"
        if c.dep_ in {"dobj", "oprd", "advcl", "xcomp", "npadvmod", "acomp"} and f"{lemma} {c.lower_}" in phrasal:
            return f"{lemma} {c.lower_}"  # "opened fire", "took ten sailors hostage"
    return lemma


def noun_event(tok: Token | None) -> tuple[str | None, str | None]:
    """(type, mode) of an event noun ("an ultimatum", "a hunger strike", "the invasion"), or (None, None)."""
    if tok is None:
        return None, None
    nouns = plover()["nouns"]
    got = nouns.get(tok.lower_) or nouns.get(tok.lemma_.lower())
    if got is not None and got[0] in {"MOBILIZE", "ASSAULT"} and any(
            c.dep_ == "amod" and c.lower_ == "joint" for c in tok.children):
        return "COOPERATE", "military"  # "joint patrols", "joint exercises" (CAMEO 062)
    if got is not None and got[0] == "PROTEST" and any(c.dep_ in {"compound", "amod"} and (
            c.lower_ in STRIKE_WEAPONS or noun_classes(c) & {"weapons", "military"}) for c in tok.children):
        return "ASSAULT", "aerial"  # "air strikes", "missile strikes": no labour strike (CAMEO 195)
    if got is not None and got[0] == "CONSULT" and tok.lemma_.lower() == "call" and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return "REQUEST", "appeal"  # "renewed its call for the release": an appeal, no phone call (CAMEO 02)
    if got is not None:
        for c in tok.children:  # "a hunger strike": the compound names the kind of a strike ("aid workers" no event)
            if c.dep_ == "compound" and c.i == tok.i - 1 and c.lower_ in nouns and nouns[c.lower_][0] == got[0]:
                got = nouns[c.lower_]
    return (got[0], got[1]) if got else (None, None)


def event_type(refs: ActorRefs, lemma: str, obj: Token | None, subj: Token | None, political: bool) \
        -> tuple[str | None, str | None]:
    """(PLOVER type, mode) of a verb with its object and subject, or (None, None)."""
    data = plover()
    conditional = data["object_verbs"].get(lemma)
    got: tuple = _object_type(refs, conditional, obj, subj) if conditional else (None, None)
    if got[0] is None and lemma in data["verbs"]:
        if lemma in PEOPLE_VERBS and (obj is None or not (_is_person(obj) or noun_classes(_counted(obj)) & {
                "military", "police", "envoy"})):  # "released 20 peacekeepers", not "released a report"
            return None, None
        if lemma == "demonstrate" and obj is not None:
            return None, None
        got = tuple(data["verbs"][lemma])
    if got[0] is None:
        return None, None
    if lemma not in ALWAYS_POLITICAL and not political:
        return None, None  # "sent money to relatives", "visiting restaurants": not political events
    return got[0], got[1]


PEACEKEEPING_TYPES = {"MOBILIZE", "CONSULT"}


def peacekeeping(etype: str | None, mode: str | None, *phrases: Token | None, cap: int = 8) -> tuple:
    """Forces sent or arriving to keep the peace are aid (CAMEO 0743: "peacekeepers arrived in Freedonia",
    "deployed peacekeeping troops"); other deployments and visits keep their type."""
    if etype not in PEACEKEEPING_TYPES:
        return etype, mode
    for tok in phrases:
        for n, t in enumerate(tok.subtree if tok is not None else ()):
            if n > cap:
                break
            if t.lower_.startswith("peacekeep") or t.lower_.startswith("peace-keep"):
                return "AID", "military"
    return etype, mode
