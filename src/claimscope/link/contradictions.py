"""Contradictions between the items of one story, each with the evidence on both sides.

- number: the same quantity (unit, actor, status, time) given different values by different sources; a value
  that a later report raises (a toll that grows over days) is a timeline, not a conflict;
- polarity: a negated event against an affirmed one with the same actor, action and theme, at a time and place
  that can be one (`same_time_and_place`); a statement that
  denies a proposition against one that asserts it (denials.py: "denied that P" vs "P", never "rejected calls");
- characterisation: the same thing described by different sources in opposing terms (characterisation.py,
  from the descriptors analysis stored in each document's JSON).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..sentences import sentence_at
from . import characterisation, denials
from .claim_keys import (DENIAL_CUES, NEGATIVE_STANCE, NEGATIVE_STATUS, actor_key,
                         actors_compatible, content_words, has_negation, theme_class, unit_key)
from .material import Item, identified
from .number_conflicts import (_info, comparable, interval, modifiers, number_conflict,  # noqa: F401 (re-exported)
                               predicate)

_WITHHELD = re.compile(r"\b(?:not|n't|never)\s+(?:rule|ruled|ruling)\s+out\b|\b(?:not|n't|never)\s+"
                       r"(?:exclude|excluded|deny|denied|dismiss|dismissed)\b", re.IGNORECASE)
LEAD_CHARS = 60  # an event this near the start of a denying statement's content is what it denies


@dataclass
class Contradiction:
    """Two items that cannot both be right, and why."""

    kind: str          # number | polarity | characterisation
    a: Item
    b: Item
    note: str
    evidence_a: str
    evidence_b: str


def _info(a: Item, b: Item) -> dict[str, dict]:
    return {**a.doc.actors, **b.doc.actors}


def _different_sources(a: Item, b: Item) -> bool:
    """Different sources: not one speaker (or outlet), and not one report and its copy."""
    return a.source_key != b.source_key


# --- numbers -------------------------------------------------------------------------------------------------


def numbers(items: list[Item]) -> list[Contradiction]:
    """Number conflicts among the quantities of a story."""
    groups: dict[tuple, list[Item]] = defaultdict(list)
    lemmas = {(it.doc.id, it.data.get("quantity")): it.data.get("lemma") for it in items
              if it.kind == "event" and isinstance(it.data.get("quantity"), int)}
    for it in items:
        if it.kind == "quantity" and (it.doc.id, it.position) in lemmas:
            it.data = {**it.data, "event_lemma": lemmas[(it.doc.id, it.position)]}
        if it.kind == "quantity":
            q = it.data
            groups[(q.get("kind"), unit_key(q.get("unit") or q.get("currency")))].append(it)
    out = []
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _different_sources(a, b) and comparable(a, b, group):
                    note = number_conflict(a, b)
                    if note:
                        out.append(Contradiction("number", a, b, note, a.data.get("text") or "",
                                                 b.data.get("text") or ""))
    return out


# --- polarity ------------------------------------------------------------------------------------------------


def event_negative(it: Item, statements: dict | None = None) -> bool:
    """An event that the text says did not (or will not) happen, or that its source (or a statement the
    reporting one is nested in) denies."""
    status, real_denial = it.data.get("status"), it.cue is None or denials.denies(it.cue)
    lo, hi = sentence_span(it)
    if status == "negated" and _WITHHELD.search(it.doc.text[lo:hi]):
        return False  # "did not rule out raising rates": a possibility kept open, not a denial
    if status == "negated" or ((status == "denied" or it.stance in NEGATIVE_STANCE) and real_denial):
        return True  # a "denies" of a cue that is no denial ("ruled that", "questioned") does not count
    sid, hops, at = it.statement_id, 0, it.data.get("start") if isinstance(it.data.get("start"), int) else it.start
    while statements and sid and hops < 10:
        st = statements.get((it.doc.id, sid))
        if st is None:
            break
        if statement_negative(st) and at - st.start <= LEAD_CHARS:
            return True  # the denial's own proposition, not an event further inside it ("denied X after Y")
        sid, hops = st.data.get("nested_in"), hops + 1
    return False


def statement_negative(it: Item) -> bool:
    """A statement whose cue denies, rejects or dismisses its content."""
    cue_words = set((it.cue or "").lower().split())
    return (it.stance in NEGATIVE_STANCE and denials.denies(it.cue)) or bool(cue_words & DENIAL_CUES) or \
        has_negation(it.text)


# before an event's words, in its clause: a condition ("if he did not want to take part") or a refusal ("has ruled
# out taking part", "refused to take part"), which neither affirms nor denies that it happened
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b[^,;:.!?]*$", re.IGNORECASE)
_REFUSAL = re.compile(r"\b(?:rul(?:e|es|ed|ing)\s+out|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|"
                      r"reject(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def unasserted(it: Item) -> bool:
    """An event its sentence only supposes or refuses: "if Mr Blair did not want to take part" denies nothing and
    "Blair has ruled out taking part" affirms nothing."""
    at = it.data.get("start") if isinstance(it.data.get("start"), int) else None
    if at is None:
        return False
    lo, _hi = sentence_at(it.doc.text, at)
    before = it.doc.text[lo:at]
    return bool(_CONDITION.search(before) or _REFUSAL.search(before))


def _one_sentence(a: Item, b: Item) -> bool:
    """Two items of one sentence (in one document, or the same words quoted in two): one report, never two
    sides."""
    sa, sb = sentence_span(a), sentence_span(b)
    if a.doc.id == b.doc.id and sa == sb:
        return True
    ta, tb = (content_words(it.doc.text[s:e]) for it, (s, e) in ((a, sa), (b, sb)))
    return len(ta) >= 3 and len(tb) >= 3 and (ta <= tb or tb <= ta)


def sentence_span(it: Item) -> tuple[int, int]:
    """The sentence (offsets) an item's own words start in."""
    at = it.data.get("start") if isinstance(it.data.get("start"), int) else it.start
    return sentence_at(it.doc.text, at)


def same_time_and_place(ea: dict, eb: dict) -> bool:
    """Two events that may be one in time and place: dates, when both give one, that agree ("2000" and
    "2000-09"; "in August" only with "in August"), and places, when both name one, that are one ("won in Sydney"
    and "did not win in Athens" are two events)."""
    da, db = ea.get("date") if isinstance(ea.get("date"), dict) else None, \
        eb.get("date") if isinstance(eb.get("date"), dict) else None
    if da and db:
        va, vb = str(da.get("value") or ""), str(db.get("value") or "")
        if va and vb:
            if not (va.startswith(vb) or vb.startswith(va)):
                return False
        elif (da.get("text") or "").strip().lower() != (db.get("text") or "").strip().lower():
            return False
    la, lb = actor_key(ea.get("location")), actor_key(eb.get("location"))
    return not (la and lb and la != lb)


def _same_event(a: Item, b: Item) -> bool:
    ea, eb = a.data, b.data
    if ea.get("lemma") != eb.get("lemma") or not ea.get("lemma"):
        return False
    if not same_time_and_place(ea, eb):
        return False
    ta, tb = theme_class(ea.get("what")), theme_class(eb.get("what"))
    if ta and tb and ta != tb:
        return False
    if not (ea.get("actor") and eb.get("actor")) or not (ea.get("what") or ea.get("recipient")) \
            or not (eb.get("what") or eb.get("recipient")):
        return False  # one event needs its doer and what it was done to (or whom) on both sides
    if not ((ta and ta == tb) or (ea.get("recipient") and eb.get("recipient"))):
        return False  # the same theme, or a recipient on both sides: "not convinced" and "not interested" are not
    info = _info(a, b)
    return same_agent(ea.get("actor"), eb.get("actor"), info) and \
        actors_compatible(ea.get("recipient"), eb.get("recipient"), info)


def same_agent(a: str | None, b: str | None, info: dict[str, dict]) -> bool:
    """Two known doers that are one: the same actor, or one belonging to the other ("the Ruritanian army" and
    Ruritania); a person of unknown allegiance is no stand-in for a state here ("Labour's Blackman won the seat"
    and "UKIP won seats" are two events)."""
    ka, kb = actor_key(a), actor_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    ia, ib = info.get(ka, {}), info.get(kb, {})
    links_a = {actor_key(x) for x in (ia.get("affiliations") or [])} | {actor_key(ia.get("country"))}
    links_b = {actor_key(x) for x in (ib.get("affiliations") or [])} | {actor_key(ib.get("country"))}
    return kb in links_a or ka in links_b


def polarity(items: list[Item]) -> list[Contradiction]:
    """A source confirming or asserting what another denies: events, then statements."""
    out = []
    events = defaultdict(list)
    by_statement = {(it.doc.id, it.statement_id): it for it in items if it.kind == "statement"}
    for it in items:
        if it.kind == "event" and it.data.get("lemma"):
            events[it.data["lemma"]].append(it)
    for group in events.values():
        group = [e for e in group if not unasserted(e)]
        neg = [e for e in group if event_negative(e, by_statement)]
        pos = [e for e in group if not event_negative(e, by_statement)
               and e.data.get("status") in {"done", "ongoing", None}]
        for a in pos:
            for b in neg:
                if _different_sources(a, b) and _same_event(a, b) and not _one_sentence(a, b):
                    note = f"{a.source} reports it happened; {b.source} " + \
                           ("denies it" if b.stance in NEGATIVE_STANCE or b.data.get("status") == "denied"
                            else "says it did not")
                    out.append(Contradiction("polarity", a, b, note, a.text, b.text))
    statements = [s for s in items if s.kind == "statement" and s.data.get("nested_in") is None]
    for a, b, note in denials.statement_denials(statements, _different_sources):
        if not _one_sentence(a, b):
            out.append(Contradiction("polarity", a, b, note, a.text, b.text))
    return out


# --- characterisation ----------------------------------------------------------------------------------------


def _described(items: list[Item]) -> list[tuple[Item, characterisation.Described]]:
    """The described nouns of a story's documents (read from their JSON), each with the sentence as an item
    carrying the statement that reports it."""
    statements = [it for it in items if it.kind == "statement"]
    out = []
    for doc in {it.doc.id: it.doc for it in items}.values():
        for noun in characterisation.described(doc.characterisations):
            start, end = noun.sentence
            if characterisation.asked(doc.text[start:end]):
                continue  # a question describes nothing
            owner = _statement_for(doc, start, end, statements) or _namer_item(doc, noun.namer, start)
            sent = Item("sentence", doc, start, {"namer": True} if owner and owner.data.get("namer") else {},
                        owner.statement_id if owner else None,
                        owner.speaker if owner else None, doc.text[start:end], stance=owner.stance if owner else None,
                        cue=owner.cue if owner else None, start=start,
                        speaker_text=owner.speaker_text if owner else None,
                        identified=owner.identified if owner else True)
            out.append((sent, noun))
    return out


def _namer_item(doc, namer: tuple[int, int] | None, at: int) -> Item | None:
    """A sentence no statement reports whose naming verb has a subject ("Opposition leader Tomas Reyl called the
    tax unfair"): that subject is its source, as the actor one of whose mentions it holds (the longest), else
    as written when material.identified accepts the words ("the union", "the Pilots Guild")."""
    if not namer:
        return None
    lo, hi = namer
    best, size = None, 0
    for actor in doc.actors.values():
        for m in actor.get("mentions") or []:
            s, e = m.get("start"), m.get("end")
            if isinstance(s, int) and isinstance(e, int) and lo <= s and e <= hi and e - s > size:
                best, size = actor.get("name"), e - s
    words = doc.text[lo:hi]
    speaker = best or words
    known = best is not None or identified({"name": words, "text": words})
    return Item("statement", doc, -1, {"namer": True}, None, speaker, words, stance="says", cue=None, start=at,
                speaker_text=words, identified=known)


def _statement_for(doc, start: int, end: int, statements: list[Item]) -> Item | None:
    """The statement that a sentence carries: the one whose content (else whose cue) lies in it."""
    best = None
    for st in statements:
        if st.doc is not doc:
            continue
        for s, e in (st.data.get("content") or {}).get("spans") or []:
            if s < end and e > start and (best is None or (e - s) > (best[1])):
                best = (st, e - s)
    if best:
        return best[0]
    for st in statements:
        cue = st.data.get("cue") or {}
        if st.doc is doc and isinstance(cue.get("start"), int) and start <= cue["start"] < end:
            return st
    return None


def _owner_of_descriptors(sent: Item, descs: list, statements: list[Item]) -> Item:
    """The sentence as reported by the statement whose content holds these descriptors ("X said A, and he
    described B as swift": B's description belongs to the second statement), else by the sentence's owner."""
    if not descs:
        return sent
    lo, hi = min(d.start for d in descs), max(d.end for d in descs)
    for st in statements:
        if st.doc is not sent.doc or st.statement_id == sent.statement_id:
            continue
        spans = (st.data.get("content") or {}).get("spans") or []
        if any(s <= lo and hi <= e for s, e in spans):
            return Item("sentence", sent.doc, sent.position, {}, st.statement_id, st.speaker, sent.text,
                        stance=st.stance, cue=st.cue, start=sent.start, speaker_text=st.speaker_text,
                        identified=st.identified)
    return sent


def characterisations(items: list[Item]) -> list[Contradiction]:
    """Opposing descriptions of the same thing (one theme class, owners that can be one) by different sources."""
    found = _described(items)
    if len(found) < 2:
        return []
    statements = [it for it in items if it.kind == "statement"]
    by_theme: dict[str, list[tuple]] = defaultdict(list)
    for sent, noun in found:
        owner = _owner_of_descriptors(sent, noun.descriptors, statements)
        by_theme[noun.theme].append((owner, noun.owners, noun.descriptors, noun.anchor))
    out, seen = [], set()
    for theme, group in by_theme.items():
        for i, (a, owners_a, da, anchor_a) in enumerate(group):
            for b, owners_b, db, anchor_b in group[i + 1:]:
                if not _different_sources(a, b) or (owners_a and owners_b and not owners_a & owners_b):
                    continue
                if not (a.statement_id or a.data.get("namer")) or not (b.statement_id or b.data.get("namer")):
                    continue  # a report's own wording ("the singer was the last hope") is no source's claim
                if not characterisation.anchors_meet(anchor_a, anchor_b):
                    continue
                pair = tuple(sorted((a.source_key, b.source_key))) + (theme,)
                if pair in seen:
                    continue
                # how grave a thing is opposes only when a source names it so ("described the blast as minor"):
                # "little impact on markets" and "a devastating impact on tourism" are two impacts
                named = "named" in ((anchor_a or ("",))[0], (anchor_b or ("",))[0])
                # an adjective before the noun mostly says which thing is meant ("the latest campaign", "new
                # anti-poverty plans"); it counts only when both describe the theme of one action ("sent
                # exhausted conscripts" against "sent elite units")
                one_action = anchor_a == anchor_b and (anchor_a or ("",))[0] == "event" and \
                    anchor_a[-1] not in characterisation.LIGHT_VERBS
                if not one_action and not characterisation.same_kind(da, db):
                    continue  # "a side that is not so strong" and "the mental side": a kind word makes two things
                sa, sb = (da, db) if one_action else ([d for d in da if d.predicative], [d for d in db if d.predicative])
                note = characterisation.opposition(sa, sb, grading=named) if sa and sb else None
                if note:
                    seen.add(pair)
                    out.append(Contradiction("characterisation", a, b, f"{theme}: {note}",
                                             characterisation.summary(da), characterisation.summary(db)))
    return out


def find(items: list[Item]) -> list[Contradiction]:
    """Every contradiction among the items of one story whose two sources are known (material.identified: a
    "he said" or a misparsed speaker cannot be counted as contradicting anyone)."""
    return [c for c in numbers(items) + polarity(items) + characterisations(items)
            if c.a.identified and c.b.identified]
