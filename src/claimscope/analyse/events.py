"""Events: who did what to whom, where, when and how many, with the statement that reports it.

For each content verb of a sentence:
- `actor`: who does it (`clauses.agent_of`, resolved to a canonical actor; a group noun led by an actor,
  "DPRK military units", stands for that actor; a capital for its state);
- `action` as written (with a particle: "pulled out") and its `lemma`;
- `recipient`: to or against whom (an indirect object, "to"/"against" + an actor, an actor as direct object,
  the object of a purpose clause: "deploy ... to support Russia");
- `what`: what is acted on when that is no actor ("troops"), `size`: the count of it (a quantity);
- `location`: the place named after "in", "at", "near", "into"... (a place entity, or a proper noun the
  recogniser missed), canonical through `doc._.actors` and the knowledge base;
- `date`: a time expression of the clause; `status` and `hedges` from `status`;
- `type`/`mode`: the PLOVER event type (data/plover.json) when the verb, its object or its subject says so
  and the context is political; None rather than a guess otherwise;
- `statement`: the statement whose content holds the verb, so the source travels with the event.

Emitted: every verb with a PLOVER type, and every verb whose actor is a named actor and that has an object,
recipient, location, date or size. Cue verbs of statements are events only when they have a PLOVER type
("accused", "threatened").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.tokens import Doc, Token

from .cues import is_cue_verb
from .clauses import GROUP_NOUNS, ActorRefs, Ref, agent_of, doc_cache, place_name, release
from .dates import TimeExpr
from .extensions import register_extensions
from .quantities import Quantity
from .status import Hedge, clause_hedges, fact_status

_VERB = _POS_IDS["VERB"]
LIGHT_VERBS = {"be", "have", "do", "seem", "appear", "become", "get", "let", "make", "go", "come", "take", "accord",
               "include", "mean", "need", "want", "like", "see", "look", "know", "think", "feel", "remain", "say",
               "tell", "add", "base", "follow", "use", "try", "help", "begin", "start", "continue", "keep"}
TRANSFER_VERBS = {"send", "deploy", "dispatch", "give", "provide", "supply", "deliver", "ship", "sell", "lend",
                  "transfer", "donate", "offer", "pledge", "grant", "export", "hand", "return", "pay", "loan"}
MOTION_VERBS = {"arrive", "move", "travel", "go", "return", "fly", "come", "head", "march", "advance", "flee",
                "retreat", "withdraw", "cross", "enter", "relocate", "redeploy", "sail", "drive", "walk"}
PURPOSE_RECIPIENT = {"support", "help", "assist", "aid", "back", "defend", "reinforce", "bolster", "protect",
                     "strengthen", "fight", "attack", "punish", "pressure", "deter"}
TARGET_PREPS = {"against", "on", "upon", "at"}
RECIPIENT_PREPS = {"to", "toward", "towards", "for"}
LOCATION_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "into", "onto", "along",
                  "around", "within", "off", "over", "on", "to", "towards", "toward", "from", "outside"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
POLITICAL_ORG_KINDS = {"government", "military", "intelligence", "party", "igo", "police", "ngo", "court",
                       "legislature", "agency", "ministry"}
POLITICAL_NOUNS = GROUP_NOUNS - {"company", "firm", "bank", "team", "board", "worker", "employee", "executive",
                                 "staff", "crew"} | {"protester", "demonstrator", "opposition", "insurgent",
                                                     "terrorist", "separatist", "activist", "union", "striker"}
# A type needs a political context (a state, a government body, forces or their weapons, a state's
# official) except for these verbs, which are political whatever the context
ALWAYS_POLITICAL = {"invade", "bomb", "shell", "assassinate", "massacre", "abduct", "kidnap", "hijack", "annex",
                    "arrest", "detain", "imprison", "jail", "deport", "kill", "murder", "wound", "torture",
                    "ambush", "bombard", "besiege", "sanction", "embargo", "riot", "protest", "demonstrate",
                    "mobilize", "mobilise", "deploy"}
_FORCE_MODIFIERS = {"military", "army", "naval", "armed", "police", "paramilitary", "combat"}
_PEOPLE_OBJECTS = {"prisoner", "hostage", "detainee", "captive", "activist", "journalist", "dissident", "soldier",
                   "civilian", "people", "man", "woman", "citizen", "national", "politician", "leader", "member"}


@dataclass
class Event:
    """One event of a document (character offsets of the verb into the text)."""

    start: int
    end: int
    action: str
    lemma: str
    actor: Ref | None = None
    recipient: Ref | None = None
    what: str | None = None
    location: Ref | None = None
    date: TimeExpr | None = None
    size: Quantity | None = None
    status: str | None = None
    type: str | None = None
    mode: str | None = None
    statement: int | None = None  # position in doc._.statements
    hedges: list[Hedge] = field(default_factory=list)
    verb: int = 0  # token index


@lru_cache(maxsize=1)
def plover() -> dict:
    """The verb -> PLOVER mapping shipped in data/plover.json, with noun classes as lemma -> class sets."""
    raw = json.loads((resources.files("claimscope.analyse") / "data" / "plover.json").read_text("utf-8"))
    classes: dict[str, set[str]] = {}
    for cls, nouns in raw["noun_classes"].items():
        for n in nouns:
            classes.setdefault(n, set()).add(cls)
    return {"types": raw["types"], "verbs": raw["verbs"], "object_verbs": raw["object_verbs"], "classes": classes}


def noun_classes(tok: Token | None) -> set[str]:
    if tok is None:
        return set()
    classes = plover()["classes"]
    out = set(classes.get(tok.lemma_.lower(), ())) | set(classes.get(tok.lower_, ()))
    for c in tok.children:
        if c.dep_ in {"compound", "amod"} and c.lower_ in _FORCE_MODIFIERS:
            out.add("police" if c.lower_ == "police" else "military")  # "military units", "police officers"
    return out


class _Builder:
    def __init__(self, doc: Doc):
        self.doc = doc
        cache = doc_cache(doc)
        self.text = cache.text
        self.refs = ActorRefs(doc, self.text)
        self.statements = cache.statements
        self.stances = doc._.stances or []
        self.dates_by_verb: dict[int, list[TimeExpr]] = {}
        for d in doc._.dates or []:
            if d.verb is not None and d.kind in {"date", "time"} and d.role != "reported":
                self.dates_by_verb.setdefault(d.verb, []).append(d)
        self.quantities_by_verb: dict[int, list[Quantity]] = {}
        for q in doc._.quantities or []:
            if q.verb is not None:
                self.quantities_by_verb.setdefault(q.verb, []).append(q)

    def run(self) -> list[Event]:
        out = []
        cues = self.statements.cue_tokens
        verbs = numpy.nonzero(doc_cache(self.doc).array(POS) == _VERB)[0]
        for i in verbs:
            tok = self.doc[int(i)]
            if tok.dep_ in {"amod", "aux", "auxpass", "compound"}:
                continue
            lemma = tok.lemma_.lower()
            data = plover()
            typed = lemma in data["verbs"] or lemma in data["object_verbs"]
            if lemma in LIGHT_VERBS and not typed:
                continue
            if not typed and (tok.i in cues or is_cue_verb(lemma)):
                continue
            ev = self._event(tok, lemma, typed)
            if ev is None:
                continue
            if ev.type is None and (tok.i in cues or is_cue_verb(lemma)):
                continue  # speech is a statement, not an event, unless PLOVER types it
            out.append(ev)
        return out

    # ---- arguments -----------------------------------------------------------------------------------
    def _place(self, tok: Token, depth: int = 0) -> Ref | None:
        """The place a prepositional object names, looking through "the combat zone in ..." to the name."""
        if depth > 3:
            return None
        actor = self.refs.actor(tok)
        if actor is not None and (actor.type in PLACE_TYPES or tok.ent_type_ in PLACE_LABELS):
            m = ActorRefs._mention_at(actor, tok.idx)
            start, end = (m.start, m.end) if m is not None else (tok.idx, tok.idx + len(tok))
            return Ref(actor.name, start, end, self.text[start:end], actor.id, actor.type)
        if tok.ent_type_ in PLACE_LABELS:
            ent = next((e for e in self.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None:
                name = ent.text
                return Ref(place_name(name) or name, ent.start_char, ent.end_char, name, None, ent.label_)
        if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper():
            # a proper noun the recogniser missed ("Russia's Kursk Oblast"): its compound chain names a place
            lo = tok.i
            while lo > 0 and self.doc[lo - 1].dep_ == "compound" and self.doc[lo - 1].head.i in range(lo, tok.i + 1) \
                    and self.doc[lo - 1].pos_ == "PROPN":
                lo -= 1
            start, end = self.doc[lo].idx, tok.idx + len(tok)
            name = self.text[start:end]
            return Ref(place_name(name) or name, start, end, name, None, "LOC")
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "of", "at", "near", "on", "outside", "inside"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self._place(p, depth + 1)
                        if found is not None:
                            return found
        return None

    def _political_ref(self, ref: Ref | None, tok: Token | None) -> bool:
        if ref is None:
            return False
        if ref.type == "GPE":
            return True
        if ref.actor_id is not None:
            actor = self.refs.actors.get(ref.actor_id)
            kind = getattr(actor, "kind", None) if actor is not None else None
            if ref.type == "ORG" and kind in POLITICAL_ORG_KINDS:
                return True
            if ref.type == "PERSON" and any(self.refs._is_state(a) for a in getattr(actor, "affiliations", None) or []):
                return True  # a state's leader or official, not a company's
        if tok is not None and (tok.lemma_.lower() in POLITICAL_NOUNS or tok.lower_ in POLITICAL_NOUNS):
            return True
        return False

    def _type(self, lemma: str, verb: Token, obj: Token | None, subj: Token | None, political: bool) \
            -> tuple[str | None, str | None]:
        data = plover()
        conditional = data["object_verbs"].get(lemma)
        got: tuple[str | None, str | None] = (None, None)
        if conditional:
            classes = noun_classes(obj)
            if obj is not None and (obj.ent_type_ in PLACE_LABELS or
                                    (self.refs.actor(obj) is not None and self.refs.actor(obj).type in PLACE_TYPES)):
                classes.add("place")
            if obj is not None and (obj.lemma_.lower() in _PEOPLE_OBJECTS or obj.ent_type_ == "PERSON"):
                classes.add("people")
            for cls, value in conditional.items():
                if cls in classes:
                    got = (value[0], value[1])
                    break
            else:
                if "_object" in conditional and obj is not None:
                    got = tuple(conditional["_object"])
                elif "_none" in conditional and obj is None:
                    got = tuple(conditional["_none"])
                if "_military_subject" in conditional and subj is not None and \
                        noun_classes(subj) & {"military", "police"}:
                    got = tuple(conditional["_military_subject"])
        if got[0] is None and lemma in data["verbs"]:
            if lemma in {"release", "free", "pardon", "execute"}:
                if obj is None or not (obj.lemma_.lower() in _PEOPLE_OBJECTS or obj.ent_type_ == "PERSON"):
                    return None, None
            if lemma == "demonstrate" and obj is not None:
                return None, None
            got = tuple(data["verbs"][lemma])
        if got[0] is None:
            return None, None
        if lemma not in ALWAYS_POLITICAL and not political:
            return None, None  # "sent money to relatives", "visiting restaurants": not political events
        return got[0], got[1]

    def _event(self, verb: Token, lemma: str, typed: bool = True) -> Event | None:
        doc = self.doc
        subj_tok = agent_of(verb)
        actor = self.refs.resolve(subj_tok) if subj_tok is not None else None
        if not typed and (actor is None or actor.actor_id is None):
            return None  # neither a PLOVER verb nor a named actor: no event, skip the rest
        obj = None
        patient = None
        for c in verb.children:
            if c.dep_ == "dobj":
                obj = c
            elif c.dep_ == "nsubjpass":
                patient = c
        if obj is None and patient is not None:
            obj = patient
        if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}:
            obj = verb.head
        recipient: Ref | None = None
        location: Ref | None = None
        what: str | None = None
        target_tok = None
        for c in verb.children:
            if c.dep_ == "dative":
                tok = next((p for p in c.children if p.dep_ == "pobj"), None) if c.pos_ == "ADP" else c
                if tok is not None:
                    recipient = self.refs.resolve(tok)
                    target_tok = tok
        obj_ref = self.refs.resolve(obj) if obj is not None else None
        if obj is not None:
            place = self._place(obj) if lemma in MOTION_VERBS else None
            if place is not None:
                location = place  # "the troops entered Ukraine": where they went
            elif obj_ref is not None and (obj_ref.actor_id is not None or self._political_ref(obj_ref, obj)) \
                    and lemma not in TRANSFER_VERBS | MOTION_VERBS and not obj.like_num:
                if recipient is None:
                    recipient, target_tok = obj_ref, obj
            else:
                what = self._what(obj)  # "moved 2,000 troops": what moved, not whom it was done to
        preps = [c for c in verb.children if c.dep_ == "prep"]
        for prep in preps:
            low = prep.lower_
            pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if low in RECIPIENT_PREPS and recipient is None and lemma not in MOTION_VERBS and low != "for":
                ref = self.refs.resolve(pobj)
                if ref is not None and (ref.actor_id is not None or self._political_ref(ref, pobj)):
                    recipient, target_tok = ref, pobj
                    continue
            if low in TARGET_PREPS and recipient is None and low != "at" or (low == "at" and lemma in {"fire", "shoot", "aim"}):
                ref = self.refs.resolve(pobj)
                if ref is not None and ref.actor_id is not None and (ref.type not in PLACE_TYPES or low != "on"):
                    recipient, target_tok = ref, pobj
                    continue
            if low in LOCATION_PREPS and location is None and low not in {"from"}:
                place = self._place(pobj)
                if place is not None and (recipient is None or place.start != recipient.start):
                    location = place
        if location is None and obj is not None and obj.i > verb.i:
            # "stationed two brigades in the border region near Lublin": the place hangs on the object
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS - {"to", "towards", "toward", "from", "on"}:
                    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    place = self._place(pobj) if pobj is not None else None
                    if place is not None:
                        location = place
                        break
        if recipient is None and obj is not None and lemma in TRANSFER_VERBS:
            # "send a delegation to Ukraine": the destination hangs on the object
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in {"to", "toward", "towards"}:
                    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
                    ref = self.refs.resolve(pobj) if pobj is not None else None
                    if ref is not None and ref.actor_id is not None:
                        recipient, target_tok = ref, pobj
        if recipient is None:
            recipient = self._purpose_recipient(verb)
        # size: a count of what the clause acts on
        size = None
        for q in self.quantities_by_verb.get(verb.i, []):
            if q.kind == "count" and q.change is None:
                size = q
                break
        if size is not None and what is None and size.unit:
            what = size.unit
        dates = self.dates_by_verb.get(verb.i, [])
        date = next((d for d in dates if d.role in {"deadline", "event", "start"}), None)
        political = (self._political_ref(actor, subj_tok) or self._political_ref(recipient, target_tok)
                     or bool(noun_classes(obj) & {"military", "weapons", "police", "sanctions", "envoy", "ceasefire"})
                     or bool(noun_classes(subj_tok) & {"military", "police"}))
        typed_obj = obj if obj is not patient else None
        if typed_obj is not None and typed_obj.like_num and size is not None and size.unit_token is not None:
            typed_obj = doc[size.unit_token]  # "deploy 500": the 500 are police officers
        etype, mode = self._type(lemma, verb, typed_obj, subj_tok, political)
        has_args = any(x is not None for x in (recipient, what, location, size, date))
        if etype is None and not (actor is not None and actor.actor_id is not None and has_args):
            return None
        k = self.statements.at(verb.idx)
        stance = self.stances[k].stance if k is not None and k < len(self.stances) else None
        action_toks = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        lo, hi = min(t.i for t in action_toks), max(t.i for t in action_toks)
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
        action = " ".join(t.text for t in sorted(action_toks, key=lambda t: t.i))
        return Event(start=start, end=end, action=action, lemma=lemma + "".join(
            " " + c.lower_ for c in verb.children if c.dep_ == "prt"), actor=actor, recipient=recipient, what=what,
            location=location, date=date, size=size, status=fact_status(verb, stance), type=etype, mode=mode,
            statement=k, hedges=clause_hedges(verb, self.text, set(self.statements.cue_tokens)), verb=verb.i)

    def _what(self, obj: Token) -> str | None:
        if obj.like_num or obj.pos_ == "NUM":
            return None
        if obj.pos_ == "PRON":
            return None
        words = [c for c in obj.lefts if c.dep_ == "compound" and c.i == obj.i - 1]
        return " ".join([w.text for w in words] + [obj.text]) if obj.pos_ == "PROPN" else \
            " ".join([w.lower_ for w in words] + [obj.lower_])

    def _purpose_recipient(self, verb: Token) -> Ref | None:
        """'deploy 10,000 to support Russia': whom the purpose clause helps or acts against."""
        for c in verb.children:
            if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PURPOSE_RECIPIENT and \
                    any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
                for o in c.children:
                    if o.dep_ == "dobj":
                        ref = self.refs.resolve(o)
                        if ref is not None and ref.actor_id is not None:
                            return ref
        return None


def find_events(doc: Doc) -> list[Event]:
    """Every event of a parsed document (needs actors, statements, stances, dates and quantities)."""
    return _Builder(doc).run()


class EventExtractor:
    """spaCy component: writes the document's events to `doc._.events`."""

    def __init__(self, nlp: Language, name: str = "claimscope_events"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc)
        release(doc)  # the last fact component: drop the shared per-document cache
        return doc


@Language.factory(
    "claimscope_events",
    assigns=["doc._.events"],
    requires=["doc._.actors", "doc._.statements", "doc._.stances", "doc._.dates", "doc._.quantities",
              "token.dep", "token.lemma"],
)
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    """Factory for the event extractor (entry point `claimscope_events`)."""
    return EventExtractor(nlp, name)
