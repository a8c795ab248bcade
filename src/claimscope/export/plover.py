"""PLOVER JSON records of a document: one per sentence that reports a typed event, in the layout of the PLOVER
gold-standard records (`id`, `text`, `event`, `mode`, `source`, `target`, `eventText`, ...).

Per sentence (`sentences`: lines, cut by spaCy's rule-based sentencizer; "U.S." ends none):
1. the event: the first typed event of the sentence (English puts the main verb before what it governs:
   "agreed to provide", "called on X to release"), of its main clause when it has one there (not "which hosted
   the talks", "after talks with");
2. `plover_type`: PLOVER codes an intention as such: a cooperative event that is only planned ("will visit",
   "is ready to send aid") is AGREE, a hostile one ("will strike") THREATEN; a cooperative event refused or
   negated ("would not accept the terms") is REJECT, and so is any event its actor denies ("denied that its
   troops had shelled the town"); a pledge ("vowed to retaliate") takes the type of what
   it pledges;
3. source and target: the event's actor and recipient coded by `plover_actors.ActorCoder` (country or IGO and
   sector); with no recipient, the place of the event stands as target ("arrived in Lima": PER); with none
   named at all the event is domestic and its target is the source's state ("the Peruvian minister resigned":
   PER), as PLOVER codes events within a state.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .plover_actors import ActorCoder, state_in_words

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION"}  # a planned deployment stays MOBILIZE
PLEDGES = {"pledge", "promise", "vow"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}  # types joined actors do with each other ("A and B met")
_NO_STATE = {"IGO", "NGO"}  # codes of no state: an event of theirs with no target names none
# an auxiliary of the passive just before the verb ("was detained", "have been quietly released")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_AGAINST = re.compile(r"\b(?:against|defiance of|outside)\s+(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+(?:the\s+)?", re.IGNORECASE)
_ETHNIC = re.compile(r"(?:\S+\s+){0,3}?ethnic\s", re.IGNORECASE)
VERSION = "claimscope PLOVER export 1 (PLOVER 0.8 type names)"


@lru_cache(maxsize=1)
def _sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a text; a line break ends one (a headline is a sentence of its own)."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        if line.group().strip():
            doc = _sentencizer()(line.group())
            out.extend((line.start() + s.start_char, line.start() + s.end_char) for s in doc.sents)
    return out


def plover_type(event: dict) -> tuple[str | None, str | None]:
    """(type, mode) as PLOVER codes it: a planned cooperative event is AGREE, a planned hostile one THREATEN,
    a negated cooperative one REJECT (CAMEO 03, 13 and 12)."""
    etype, mode = event.get("type"), event.get("mode")
    status = event.get("status")
    if status == "planned":
        if etype in COOPERATIVE:
            return "AGREE", None
        if etype in HOSTILE:
            return "THREATEN", None
    if status in {"negated", "denied"} and etype in COOPERATIVE | {"AGREE"}:
        return "REJECT", "refuse"
    if status == "denied" and etype is not None:  # "denied that its forces had shelled the town": the denial
        return "REJECT", None  # rejects an accusation (CAMEO 12); what is denied is no event of the record
    return etype, mode


def main_event(inside: list[dict]) -> dict:
    """The sentence's event: its first typed main event (not one of a relative or adverbial clause or phrase), or
    what a pledge at its start pledges ("vowed to strike"), or a complaint made after what it says ("X is
    failing refugees, a rights group protested": the protest)."""
    spoken = [e for e in inside[1:] if e.get("lemma") == "protest" and e.get("type") == "ACCUSE"]
    if spoken and inside[0].get("type") != "ACCUSE":  # "summoned the envoy to protest ...": the summons
        return spoken[0]
    inside = [e for e in inside if not e.get("subordinate")] or inside  # not "Kenya, which hosted the talks, ..."
    first = inside[0]
    if (first.get("lemma") or "") in PLEDGES and len(inside) > 1 and inside[1].get("status") == "planned":
        return {**inside[1], "actor": first.get("actor"), "actor_mention": first.get("actor_mention")}
    return first


def _actor(coder: ActorCoder, name: str | None, mention: dict | None) -> list[dict]:
    text = (mention or {}).get("text") or name
    if not text:
        return []
    code, sector = coder.code(name, text)
    return [_entry(text, code, sector)] if code else []


def _entry(text: str, code: str, sector: str | None) -> dict:
    out = {"actorText": text, "code": code}
    if sector:
        out["sector"] = sector
    return out


def _reporting(document: dict) -> list[tuple[int, int, list]]:
    """Character ranges of statement speakers and cues, with the spans of what the statement says: who reports
    an event ("..., a senior official said") is not its actor or target."""
    out = []
    for st in document.get("statements") or []:
        content = [tuple(sp) for sp in ((st.get("content") or {}).get("spans") or [])]
        for part in (st.get("speaker"), st.get("cue")):
            if isinstance(part, dict) and part.get("start") is not None:
                out.append((part["start"], part["end"], content))
    return out


def _record(document: dict, coder: ActorCoder, ev: dict, lo: int, hi: int, n: int, skip) -> dict:
    text = document.get("text") or ""
    etype, mode = plover_type(ev)
    # only a statement that says the event reports it: not "rejected the Freedonian president's proposal", nor
    # "offered concessions that the Ruritanian negotiator believed ..."
    skip = [(a, b) for a, b, content in skip if any(c0 <= ev["start"] < c1 for c0, c1 in content)]
    spans = [s for s in coder.spans(text, lo, hi) if not any(a <= s[0] < b and a >= ev["end"] for a, b in skip)]
    source = _actor(coder, ev.get("actor"), ev.get("actor_mention"))
    passive = not source and not (ev.get("action") or "").endswith("ing") and \
        _PASSIVE.search(text[max(lo, ev["start"] - 40):ev["start"]]) is not None
    if passive:  # "a reporter was detained in Freedonia": done there, by its state; the subject is the target
        after = [s for s in spans if s[0] >= ev["end"]]
        source = [_entry(*after[0][2:])] if after else []
    if not source:  # no coded actor: the nearest coded name before the verb ("neighbouring Finland is ready"),
        # else the sentence's first: a domestic event codes the state it happens in ("Militants ... near Tripoli")
        before = [s for s in spans if s[1] <= ev["start"]]
        if not before and etype == "PROTEST":  # "hundreds protested outside the US embassy in Athens": GRC
            before = [s for s in spans if text[max(lo, s[0] - 3):s[0]] == "in "][:1]
        before = before or spans[:1]
        source = [_entry(*before[-1][2:])] if before else []
    target = _actor(coder, ev.get("recipient"), ev.get("recipient_mention"))
    if not target and etype == "PROTEST":  # whom a protest is against, not where it is held
        against = [sp for sp in spans if sp[0] >= ev["end"] and _AGAINST.search(text[max(lo, sp[0] - 20):sp[0]])]
        target = [_entry(*against[0][2:])] if against else []
    venue = False  # where joined actors met or signed ("Ghana and Togo signed a pact in Accra"): no target
    if not target:  # the first coded name after the verb: its object, whom or where ("bombed Chadian villages")
        own = ev.get("actor_mention") or {}
        after = [s for s in spans if s[0] >= ev["end"] and not own.get("start", -1) <= s[0] < own.get("end", -1)]
        target = [_entry(*after[0][2:])] if after else []
        venue = bool(after) and etype in RECIPROCAL and text[max(lo, after[0][0] - 3):after[0][0]] in {"in ", "at "}
    patient = [s for s in spans if s[1] <= ev["start"]] if passive else []
    if patient and (not target or (source and target[0]["code"] == source[0]["code"])):
        target = [_entry(*patient[-1][2:])]  # "a Freedonian national was questioned in Ruritania"
    own = ev.get("actor_mention") or {}
    if not target and source and own.get("start", -1) >= ev["end"] and _PASSIVE.search(
            text[max(lo, ev["start"] - 40):ev["start"]]):  # "the Iraqi invasion of Kuwait was condemned by ...":
        done_to = [s for s in spans if s[1] <= ev["start"] and s[3] != source[0]["code"]]  # its subject is the
        target = [_entry(*done_to[0][2:])] if done_to else []  # target
    if not target and source and (ev.get("recipient") or ev.get("what")):
        # done to someone the text ties to no state ("arrested the activists", "ordered the broadcaster to shut"):
        # a domestic event, coded with the source's state
        text_of = (ev.get("recipient_mention") or {}).get("text") or ev.get("recipient") or ev.get("what")
        target = [_entry(text_of, source[0]["code"], None)] if source[0]["code"] != "IGO" else []
    if own.get("end") is None and source:  # no mention of its own: the source's name in the sentence
        own = next(({"end": s[1]} for s in spans if s[3] == source[0]["code"]), {})
    partner = _partner(spans, own, source, text)
    if partner is not None and (not target or venue or target[0]["code"] == source[0]["code"]):
        target = [_entry(*partner[2:])]  # "Ghana and Togo established relations (in Accra)": each is the other's
    source, target = _ethnic(source, spans, text[lo:hi], lo), _ethnic(target, spans, text[lo:hi], lo)
    if not target and source and source[0]["code"] not in _NO_STATE:
        target = [_entry(source[0]["actorText"], source[0]["code"], None)]  # "the minister resigned": domestic
    rec = {"id": f"{document.get('id', 'doc')}-{n}", "date": (document.get("published") or "")[:10],
           "source": source, "target": target, "event": etype, "mode": mode or "",
           "eventText": ev.get("action") or "", "text": text[lo:hi].strip(), "language": "en",
           "publication": document.get("publisher") or "", "coder": "claimscope", "version": VERSION,
           "dateCoded": date.today().isoformat()}
    if ev.get("location"):
        rec["eventLoc"] = ev["location"]
    if ev.get("size") is not None:
        rec["size"] = ev["size"]
    return rec


def _partner(spans: list, own: dict, source: list[dict], text: str):
    """The actor joined to the source by "and" ("Peru and Ecuador resumed talks"), coded otherwise than the
    source; None for a single actor."""
    end = own.get("end")
    if not source or end is None:
        return None
    inside = [s for s in spans if own.get("start", end) <= s[0] < end]
    for a, b in zip(inside, inside[1:]):  # "Syrian and Lebanese leaders held a summit"
        if b[3] != source[0]["code"] and _AND.fullmatch(text[a[1]:b[0]]):
            return b
    start = own.get("start")
    joined = _AND.search(text, start, end) if start is not None else None
    if joined is not None:  # "Azerbaijani and Armenian troops": one coded name for the forces of two states
        code = state_in_words(text[joined.end():end])
        if code and code != source[0]["code"]:
            return (joined.end(), end, text[joined.end():end], code, None)
    nxt = next((s for s in spans if s[0] >= end), None)
    if nxt is None or nxt[3] == source[0]["code"] or not _AND.fullmatch(text[end:nxt[0]]):
        return None
    return nxt


def _ethnic(role: list[dict], spans: list, text: str, lo: int) -> list[dict]:
    """PLOVER codes an ethnic group by the state it lives in: "ethnic Ruritanians rallied in Freedonia" is FRD,
    the state after "in" (none named: the group's own code stays)."""
    if not role or not (_ETHNIC.match(role[0]["actorText"]) or re.search(
            r"\bethnic\s+" + re.escape(role[0]["actorText"]), text, re.IGNORECASE)):
        return role
    home = next((s for s in spans if s[3] != role[0]["code"] and text[max(0, s[0] - lo - 3):s[0] - lo] == "in "), None)
    return [{**role[0], "code": home[3]}] if home else role


def records(document: dict) -> list[dict]:
    """The PLOVER records of one document JSON (as `extract --format json` prints it)."""
    text = document.get("text") or ""
    events = sorted((e for e in document.get("events") or [] if e.get("type")), key=lambda e: e["start"])
    if not events:
        return []
    coder = ActorCoder(document)
    skip = _reporting(document)
    out = []
    for n, (lo, hi) in enumerate(sentences(text)):
        inside = [e for e in events if lo <= e["start"] < hi]
        if inside:
            out.append(_record(document, coder, main_event(inside), lo, hi, n, skip))
    return out
