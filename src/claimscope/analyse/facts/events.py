"""The event extractor: who did what to whom, where, when and how many, with the statement that reports it.

For each content verb of a document (`candidate_verbs`: no light verb or cue verb unless PLOVER types it):

1. the actor: who does it (`clauses.agent_of`, resolved by `refs.ActorRefs`: a group noun led by an actor,
   "the Freedonian units", stands for that actor; a capital for its state);
2. the arguments (`event_args.ARG_STEPS`): recipient, location, what is acted on;
3. the size: a count of what the clause acts on (a quantity of the clause, `doc._.quantities`);
4. the date: a time expression of the clause (a deadline, event or start, not when it was reported);
5. the type (`event_types.event_type`, then the CAMEO distinctions of `event_refine.REFINE_RULES`): the PLOVER type (data/plover.json) when the verb, its object or its
   subject says so and the context is political (its actor, object or subject; else a subject of public life,
   `event_subjects.public_subject`, in a sentence that names a state, a people or a city: "she will extend the
   curfew in Freeport"; "shares rallied in London" is none); None rather than a guess otherwise;
6. status and hedges (`status`, `hedges`), and the statement whose content holds the verb, so the source
   travels with the event.

Emitted: every verb with a PLOVER type, and every verb whose actor is a named actor and that has a recipient,
what, location, date or size; and the accusations no verb names (`event_speech.BLAME_RULES`: "said Freedonia
was responsible for the raids"). Cue verbs of statements are events only when PLOVER types them ("accused",
"threatened").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy
from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.tokens import Doc, Token

from ...lexicon.events import ALWAYS_POLITICAL, CAUSATIVE_VERBS, LIGHT_VERBS, POLITICAL_NOUNS, POLITICAL_ORG_KINDS
from ...lexicon.groups import NON_STATE_GROUPS
from ...lexicon.plover import sector_words
from ...settings import component_config, default
from ..cues import is_cue_verb
from ..extensions import register_extensions, sentence_of
from .clauses import agent_of, doc_cache, release
from .dateresolve import TimeExpr
from .event_args import Args, arguments
from .event_nouns import event_noun_indices, noun_candidates, of_object, owner, phrase_ref, target
from .event_refine import Context, decided, refine, subordinate
from .event_speech import blame_events
from .event_subjects import (PREP_SUPPORT, allowed_subject, called_on, group_head, prep_noun, public_subject,
                             stative_subject, subject_noun, told)
from .event_types import event_type, is_political_ref, noun_classes, noun_event, peacekeeping, plover, verb_key
from .hedges import Hedge, clause_hedges
from .quantities import Quantity
from .refs import ActorRefs, Ref
from .status import fact_status

_VERB = _POS_IDS["VERB"]
# Noun classes of an object or subject that make the context political ("deployed missiles").
_POLITICAL_OBJECTS = {"military", "weapons", "police", "sanctions", "envoy", "ceasefire"}
_POLITICAL_SUBJECTS = {"military", "police", "weapons"}
_BUSINESS_KINDS = {"company", "media", "outlet", "team", "club"}
_OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD"}
DEMAND_AUX = {"must", "should"}  # "said Freedonia must / should withdraw": a demand by who said it (CAMEO 10)
MAX_NOUN_EVENTS = default("events.max_noun_events")
PHRASE_CAP = default("events.phrase_cap")  # tokens of a noun phrase looked through for a state or people
# Verbs that do not do what their object noun names: "cancelled the talks", "postponed the rally" are no talks,
# "fled the fighting" is no fight
_NOT_SUPPORT = {"cancel", "postpone", "delay", "suspend", "end", "oppose", "reject", "avoid", "prevent", "want",
                "need", "discuss", "report", "describe", "deny", "call", "criticise", "criticize", "condemn",
                "welcome", "praise", "follow", "attend", "cover", "watch", "plan", "fear", "expect", "dismiss",
                "refute", "rebut", "deny", "investigate", "freeze", "cut", "halt", "stop", "block", "reduce",
                "ban", "lift", "ease", "break", "violate", "flee", "escape", "survive", "witness", "mourn"}


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
    subordinate: bool = False  # told in a relative or adverbial clause ("Kenya, which hosted the talks, ...")
    statement: int | None = None  # position in doc._.statements
    hedges: list[Hedge] = field(default_factory=list)
    verb: int = 0  # token index


class _Builder:
    """The document's actors, statements, stances, and its dates and quantities by clause predicate."""

    def __init__(self, doc: Doc, max_noun_events: int = MAX_NOUN_EVENTS, phrase_cap: int = PHRASE_CAP):
        self.doc = doc
        self.max_noun_events, self.phrase_cap = max_noun_events, phrase_cap
        cache = doc_cache(doc)
        self.text = cache.text
        self.refs = ActorRefs(doc, self.text)
        self.statements = cache.statements
        self.stances = doc._.stances or []
        self.dates_by_verb: dict[int, list[TimeExpr]] = {}
        for d in doc._.dates or []:
            if d.verb is not None and d.kind in {"date", "time"} and d.role != "reported":
                self.dates_by_verb.setdefault(d.verb, []).append(d)
        self._state_sents: dict[int, bool] = {}
        self.quantities_by_verb: dict[int, list[Quantity]] = {}
        for q in doc._.quantities or []:
            if q.verb is not None:
                self.quantities_by_verb.setdefault(q.verb, []).append(q)

    def run(self) -> list[Event]:
        out = []
        cues = self.statements.cue_tokens
        for tok, lemma, typed in candidate_verbs(self.doc, cues):
            ev = self.event(tok, lemma, typed)
            if ev is None:
                continue
            if ev.type is None and (tok.i in cues or is_cue_verb(lemma)):
                continue  # speech is a statement, not an event, unless PLOVER types it
            if ev.type == "PROTEST" and tok.i in cues and lemma == "protest" and \
                    any(c.dep_ == "ccomp" for c in tok.children):
                ev.type, ev.mode = "ACCUSE", "criticize"  # "protested that ...": complaining (CAMEO 114)
            out.append(ev)
        out.extend(blame_events(self, self.blame_event))
        taken = {ev.verb for ev in out} | {c.i for ev in out for c in self.doc[ev.verb].children if c.dep_ == "dobj"}
        typed = {sentence_of(self.doc[ev.verb]).start for ev in out if ev.type is not None}
        out.extend(self.noun_event(tok, sentence_of(tok).start not in typed)
                   for tok in noun_candidates(self.doc, taken, _NOT_SUPPORT, self.max_noun_events))
        return sorted((ev for ev in out if ev is not None), key=lambda ev: ev.start)

    def blame_event(self, word: Token, actor: Ref | None, recipient: Ref | None) -> Event:
        """An accusation no verb names ("said Freedonia was responsible for the raids"; `event_speech`)."""
        return Event(start=word.idx, end=word.idx + len(word), action=word.text, lemma=word.lemma_.lower(),
                     actor=actor, recipient=recipient, status=fact_status(word.head, None), type="ACCUSE",
                     mode="allege", subordinate=subordinate(word.head), statement=self.statements.at(word.idx),
                     verb=word.i)

    def noun_event(self, noun: Token, alone: bool = False) -> Event | None:
        """The event a noun names with its target ("the raid on the camp"), or None without a target; in a
        sentence with no typed verb (`alone`), a subject noun in a sentence naming a state, a people or a body
        needs none ("fighting erupted in the north of Ruritania"; "the meeting started late in Freeport" is none)."""
        etype, mode = noun_event(noun)
        if etype is None:
            return None
        recipient, _ = target(self.refs, noun, etype)
        actor = owner(self.refs, noun)
        theme = of_object(noun) if recipient is None else None
        if theme is not None and etype in {"RETREAT", "MOBILIZE"}:
            actor = actor or self.refs.resolve(theme)  # "the withdrawal of Soviet troops": they withdraw
        elif theme is not None:
            recipient = self.refs.resolve(theme) or phrase_ref(self.refs, theme)
        if recipient is None and (actor is None or theme is None) and not (
                alone and subject_noun(noun) and self.names_state(noun)):
            return None
        etype, mode = peacekeeping(etype, mode, noun)
        k = self.statements.at(noun.idx)
        stance = self.stances[k].stance if k is not None and k < len(self.stances) else None
        return Event(start=noun.idx, end=noun.idx + len(noun), action=noun.text, lemma=noun.lemma_.lower(),
                     actor=actor, recipient=recipient, status=fact_status(noun, stance), type=etype,
                     mode=mode, subordinate=subordinate(noun), statement=k, verb=noun.i)

    def size_of(self, verb: Token) -> Quantity | None:
        """A count of what the clause acts on (no change: "rose 5%" is no size)."""
        return next((q for q in self.quantities_by_verb.get(verb.i, []) if q.kind == "count" and q.change is None),
                    None)

    def is_political(self, actor: Ref | None, subj: Token | None, a: Args, verb: Token) -> bool:
        return (is_political_ref(self.refs, actor, subj) or is_political_ref(self.refs, a.recipient, a.target_tok)
                or bool(noun_classes(a.obj) & _POLITICAL_OBJECTS)
                or bool(noun_classes(subj) & _POLITICAL_SUBJECTS) or self.states_in_phrase(subj)
                or self.states_in_phrase(a.obj) or self.holds_office(actor)
                or ((self.acts_for_itself(actor) or (subj is not None and subj.pos_ == "PRON")
                     or (subj is None and a.patient is not None)
                     or self.org_in_phrase(subj)) and self.names_state(verb)))

    def holds_office(self, ref: Ref | None) -> bool:
        """A named person with a title of state ("President Ana Soto", "General Ruiz")."""
        actor = self.refs.actors.get(ref.actor_id) if ref is not None and ref.actor_id else None
        if actor is None or actor.type != "PERSON":
            return False
        words = sector_words()
        return any(words.get(w.lower()) in _OFFICE_SECTORS for role in getattr(actor, "roles", None) or []
                   for w in role.split())

    def org_in_phrase(self, tok: Token | None) -> bool:
        """A subject phrase that names an organisation of its own ("the party's armed wing")."""
        for n, t in enumerate(tok.subtree if tok is not None else ()):
            if n > self.phrase_cap:
                break
            actor = self.refs.actor(t)
            if actor is not None and actor.type == "ORG" and getattr(actor, "kind", None) not in _BUSINESS_KINDS:
                return True
        return False

    def acts_for_itself(self, ref: Ref | None) -> bool:
        """A named organisation or person that is no company or outlet ("the Liberation Front", "a rebel movement")."""
        actor = self.refs.actors.get(ref.actor_id) if ref is not None and ref.actor_id else None
        return actor is not None and actor.type in {"ORG", "PERSON"} and \
            getattr(actor, "kind", None) not in _BUSINESS_KINDS

    def names_state(self, verb: Token) -> bool:
        """The sentence names a state, a people or an international organisation (not just a city)."""
        sent = sentence_of(verb)
        if sent.start not in self._state_sents:
            self._state_sents[sent.start] = any(e.label_ == "NORP" or self._is_state_or_body(e.root)
                                                for e in sent.ents)
        return self._state_sents[sent.start]

    def places_in_sentence(self, verb: Token) -> bool:
        """The sentence names a state, a people or a city ("the curfew in Freeport", "Ruritanian forces")."""
        key = -1 - sentence_of(verb).start
        if key not in self._state_sents:
            self._state_sents[key] = any(e.label_ in {"NORP", "GPE"} for e in sentence_of(verb).ents) or \
                self.names_state(verb)
        return self._state_sents[key]

    def states_in_phrase(self, tok: Token | None) -> bool:
        """A noun phrase that names a state, a people or a political group in its words ("members of the
        opposition alliance", "marchers in Quito", "exiled Chadian fighters"); a company's is none
        ("a US company")."""
        if tok is None or tok.lemma_.lower() in NON_STATE_GROUPS or tok.pos_ not in {"NOUN", "PROPN", "NUM"}:
            return False
        for n, t in enumerate(tok.subtree):
            if n > self.phrase_cap:
                break
            if t.ent_type_ == "NORP" or self._is_state_or_body(t, capitals=True) or (
                    t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in POLITICAL_NOUNS):
                return True
        return False

    def _is_state_or_body(self, tok: Token, capitals: bool = False) -> bool:
        actor = self.refs.actor(tok)
        return actor is not None and (actor.type == "GPE" or (capitals and getattr(actor, "kind", None) == "capital")
                                      or (
            actor.type == "ORG" and getattr(actor, "kind", None) in POLITICAL_ORG_KINDS))

    def demander(self, verb: Token, k: int | None) -> Ref | None:
        """Who demands it when a clause says someone must do something: the speaker of the statement that holds
        it ("Ruritania said its neighbour must pay the debt": a demand by Ruritania, CAMEO 10), else whoever voiced
        the noun it explains ("gave X a warning that it must ..."); None for other clauses."""
        if not any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in verb.children):
            return None
        sp = self.statements.statements[k].speaker if k is not None and k < len(self.statements.statements) \
            else None
        if sp is not None and sp.name is not None:
            return Ref(sp.name, sp.start, sp.end, sp.text, sp.actor_id, sp.type)
        noun = verb.head
        if verb.dep_ in {"acl", "ccomp"} and noun.pos_ == "NOUN" and noun.head.pos_ == "VERB":
            return self.refs.resolve(agent_of(noun.head))
        return None

    def event(self, verb: Token, key: str, typed: bool = True) -> Event | None:
        """The event of one verb, or None when it is neither typed nor done by a named actor with arguments."""
        doc = self.doc
        lemma = key.split(" ")[0]
        subj_tok = called_on(verb) or stative_subject(verb, lemma) or agent_of(verb)
        causee = None
        if subj_tok is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAUSATIVE_VERBS \
                and subj_tok.dep_ == "dobj" and subj_tok.head.i == verb.head.i:
            # "the army ordered the broadcaster to shut down": coerced by the army
            causee, subj_tok = subj_tok, agent_of(verb.head)
        actor = self.refs.resolve(subj_tok) if subj_tok is not None else None
        if actor is None and group_head(subj_tok) is not subj_tok:  # "hundreds of Freedonian prisoners"
            head = group_head(subj_tok)
            actor = self.refs.resolve(head) or phrase_ref(self.refs, head)
        must = any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in verb.children)
        if not typed and not must and (actor is None or actor.actor_id is None):
            return None  # neither a PLOVER verb nor a named actor: no event, skip the rest
        k = self.statements.at(verb.idx)
        demander = self.demander(verb, k) if must else None
        a = arguments(self.refs, verb, lemma)
        size = self.size_of(verb)
        what = a.what if not (size is not None and a.what is None and size.unit) else size.unit
        date = next((d for d in self.dates_by_verb.get(verb.i, []) if d.role in {"deadline", "event", "start"}),
                    None)
        typed_obj = a.obj or allowed_subject(verb)  # a passive subject too: "hostages were released"
        if typed_obj is not None and self.refs.actor(typed_obj) is not None:  # "provided Jordan with a grant"
            typed_obj = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                              for p in c.children if p.dep_ == "pobj"), typed_obj)
        if typed_obj is not None and typed_obj.like_num and size is not None and size.unit_token is not None:
            typed_obj = doc[size.unit_token]  # "deploy 500": the 500 are police officers
        memo: list[bool] = []

        def political() -> bool:  # asked only of typed verbs: the context check is the costly part
            if not memo:
                memo.append(self.is_political(actor, subj_tok, a, verb) or (
                    public_subject(subj_tok, verb) and self.places_in_sentence(verb)))
            return memo[0]

        etype, mode = event_type(self.refs, key, typed_obj, group_head(subj_tok), True)
        if etype is not None and key not in ALWAYS_POLITICAL and not political():
            etype, mode = None, None  # "sent money to relatives", "visiting restaurants": not political events
        if etype is None and lemma not in _NOT_SUPPORT:
            etype, mode = noun_event(typed_obj)  # "issued an ultimatum", "held a rally"
            if etype is None:
                etype, mode = noun_event(prep_noun(verb))  # "went on strike", "was put under investigation"
            if etype not in {None, "PROTEST"} and not political():
                etype, mode = None, None  # strikes and protests are PLOVER events whoever holds them
        etype, mode = peacekeeping(etype, mode, subj_tok, typed_obj)
        refined = refine(Context(self.refs, verb, key, etype, mode, subj_tok, typed_obj, causee))
        if etype is not None or refined[0] is None or political():  # "ordered the Red Cross to leave"
            etype, mode = refined
        recipient = a.recipient
        if causee is not None:  # a PLOVER event of whoever caused it, else the causee's own doing
            causee_ref = self.refs.resolve(causee) or phrase_ref(self.refs, causee)
            recipient, actor = (recipient or causee_ref, actor) if etype is not None else (recipient, causee_ref)
        if recipient is not None and actor is not None and recipient.start == actor.start:
            recipient = None  # "Freedonia is opposed to ...": who holds the stance is not its target
        if demander is not None and not any(c.lower_ == "must" for c in verb.children) and \
                not is_political_ref(self.refs, actor, subj_tok):
            demander = None  # "should" asks an actor ("Freedonia should withdraw"), not "prices should fall"
        if demander is not None and (political() or self.names_state(verb)):
            etype, mode, recipient, actor = "REQUEST", "demand", actor or self.refs.resolve(told(verb)), demander
        has_args = any(x is not None for x in (a.recipient, what, a.location, size, date))
        if etype is None and not (actor is not None and actor.actor_id is not None and has_args):
            return None
        stance = self.stances[k].stance if k is not None and k < len(self.stances) else None
        action_toks = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        lo, hi = min(t.i for t in action_toks), max(t.i for t in action_toks)
        start, end = doc[lo].idx, doc[hi].idx + len(doc[hi])
        action = " ".join(t.text for t in sorted(action_toks, key=lambda t: t.i))
        return Event(start=start, end=end, action=action, lemma=lemma + "".join(
            " " + c.lower_ for c in verb.children if c.dep_ == "prt"), actor=actor, recipient=recipient,
            what=what, location=a.location, date=date, size=size, status=decided(verb, fact_status(verb, stance)),
            type=etype,
            mode=mode, subordinate=subordinate(verb), statement=k,
            hedges=clause_hedges(verb, self.text, set(self.statements.cue_tokens)),
            verb=verb.i)


def candidate_verbs(doc: Doc, cues: dict[int, int]):
    """(token, lemma, typed) of the verbs that may be events: PLOVER verbs, and content verbs that are no
    light verb ("be", "have") and no cue of a statement."""
    data = plover()
    # verbs whose direct object is an event noun ("held a rally"), found once through the noun arrays
    noun_heads = {t.head.i for t in (doc[int(j)] for j in event_noun_indices(doc)) if t.dep_ == "dobj"}
    for i in numpy.nonzero(doc_cache(doc).array(POS) == _VERB)[0]:
        tok = doc[int(i)]
        if tok.dep_ in {"amod", "aux", "auxpass", "compound"}:
            continue
        lemma = tok.lemma_.lower()
        key = verb_key(tok, lemma)
        typed = key in data["verbs"] or key in data["object_verbs"]
        if not typed and lemma not in _NOT_SUPPORT:
            typed = tok.i in noun_heads or (lemma in PREP_SUPPORT and noun_event(prep_noun(tok))[0] is not None)
        if lemma in LIGHT_VERBS and not typed and not any(c.lower_ in DEMAND_AUX for c in tok.children):
            continue  # a light verb is an event only as a demand ("Y must take back ...")
        if not typed and (tok.i in cues or is_cue_verb(lemma)):
            continue
        yield tok, key, typed


def find_events(doc: Doc, max_noun_events: int = MAX_NOUN_EVENTS, phrase_cap: int = PHRASE_CAP) -> list[Event]:
    """Every event of a parsed document (needs actors, statements, stances, dates and quantities)."""
    return _Builder(doc, max_noun_events, phrase_cap).run()


class EventExtractor:
    """spaCy component: writes the document's events to `doc._.events`."""

    def __init__(self, nlp: Language, name: str = "claimscope_events", max_noun_events: int = MAX_NOUN_EVENTS,
                 phrase_cap: int = PHRASE_CAP):
        register_extensions()
        self.name = name
        self.max_noun_events, self.phrase_cap = max_noun_events, phrase_cap

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = find_events(doc, self.max_noun_events, self.phrase_cap)
        release(doc)  # the last fact component: drop the shared per-document cache
        return doc


@Language.factory(
    "claimscope_events",
    assigns=["doc._.events"],
    requires=["doc._.actors", "doc._.statements", "doc._.stances", "doc._.dates", "doc._.quantities",
              "token.dep", "token.lemma"],
    default_config=component_config("events"),
)
def make_event_extractor(nlp: Language, name: str, max_noun_events: int, phrase_cap: int) -> EventExtractor:
    """Factory for the event extractor (entry point `claimscope_events`)."""
    return EventExtractor(nlp, name, max_noun_events, phrase_cap)
