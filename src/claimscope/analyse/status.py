"""Certainty and status: how a fact is asserted, and how its source reports it.

- `clause_status(verb)`: the status of what a clause asserts, from tense, aspect, modals, negation and the
  verb that governs it: `done` ("sent", "have arrived"), `ongoing` ("are fighting", "continues to"),
  `planned` ("plans to deploy", "will send", "is to visit", "by December"), `possible` ("could send",
  "if they send", "is likely to"), `negated` ("did not send", "refused to send"). A fact inside a statement
  whose cue denies it is `denied` (see `fact_status`).
- `stance(...)`: what the cue of a statement does with its content: `confirms`, `says`, `indicates`, `claims`,
  `alleges`, `denies`, and for belief and intention cues `believes` and `intends`.
- `hedges(...)`: the words that soften a fact: modals ("could", "might"), adverbs ("reportedly",
  "allegedly") and reporting passives ("is believed to", "is said to"), and "appears/seems to".

The component `claimscope_status` writes one `Stance` per statement to `doc._.stances` (same order as
`doc._.statements`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import cues
from .clauses import doc_cache
from .extensions import register_extensions

STATUSES = ("done", "ongoing", "planned", "possible", "negated", "denied")

# Verbs, adjectives and participles that govern an infinitive and decide the status of what it says.
PLANNED_HEADS = {"plan", "intend", "aim", "want", "seek", "hope", "prepare", "decide", "agree", "promise",
                 "pledge", "vow", "threaten", "propose", "schedule", "set", "due", "mean", "wish", "try",
                 "attempt", "resolve", "expect", "poised", "about", "scheduled", "slated", "going", "determine",
                 "determined", "commit", "committed", "vote", "move", "offer", "opt", "elect", "look"}
POSSIBLE_HEADS = {"likely", "unlikely", "able", "consider", "risk", "may", "might", "could", "possible",
                  "liable", "bound", "need", "have", "ought", "seem", "appear"}
ONGOING_HEADS = {"continue", "keep", "remain", "begin", "start", "carry", "go"}
NEGATING_HEADS = {"fail", "refuse", "decline", "avoid", "stop", "cease", "neglect", "forget", "halt", "abandon",
                  "reject", "quit"}
FUTURE_MODALS = {"will", "shall", "'ll", "’ll", "wo"}
POSSIBLE_MODALS = {"could", "might", "may", "can", "ca", "should", "must", "ought", "'d", "’d"}
POSSIBLE_ADVERBS = {"perhaps", "maybe", "possibly", "probably", "potentially", "conceivably"}
HEDGE_ADVERBS = {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "probably",
                 "likely", "perhaps", "maybe", "seemingly", "presumably", "reputedly", "ostensibly",
                 "potentially", "arguably", "conceivably", "unconfirmed", "rumoured", "rumored"}
HEDGE_MODALS = {"could", "might", "may", "would"}
REPORTING_PASSIVES = {"believe", "think", "say", "report", "allege", "understand", "rumour", "rumor", "expect",
                      "suppose", "estimate", "claim", "fear", "suspect", "consider", "presume", "thought"}
HEDGE_RAISING = {"appear", "seem"}
_NEGATIONS = {"not", "n't", "never", "no", "’t"}
_HEADLINE_END = set(".!?…:;")

_HEDGE_TRIGGERS = (HEDGE_ADVERBS | HEDGE_MODALS | {"appear", "appears", "appeared", "appearing", "seem", "seems",
                                                  "seemed", "seeming", "believed", "thought", "said", "reported",
                                                  "alleged", "understood", "rumoured", "rumored", "expected",
                                                  "supposed", "estimated", "claimed", "feared", "suspected",
                                                  "considered", "presumed"})
STANCES = {
    "confirms": {"confirm", "verify", "acknowledge", "admit", "concede", "affirm", "corroborate", "prove",
                 "establish", "reaffirm", "validate", "certify", "attest", "testify", "recognize", "recognise"},
    "indicates": {"indicate", "suggest", "signal", "hint", "imply", "show", "reveal", "estimate", "find",
                  "conclude", "point", "disclose", "learn", "assess", "calculate", "predict", "forecast",
                  "project"},
    "claims": {"claim", "assert", "insist", "argue", "maintain", "contend", "boast", "purport", "profess",
               "proclaim", "swear", "declare"},
    "alleges": {"allege", "accuse", "charge", "blame", "implicate"},
    "denies": {"deny", "reject", "dispute", "refute", "dismiss", "rebut", "contradict", "disavow", "repudiate",
               "disown", "rule", "counter", "deride", "scoff", "question", "challenge", "doubt"},
}
DENYING_HEADS = {"deny", "refute", "rebut", "disavow", "repudiate"}
"""Verbs whose clausal complement is denied by the subject ("denies moving troops", "denied having met")."""
_STANCE_OF = {lemma: name for name, lemmas in STANCES.items() for lemma in lemmas}


@dataclass
class Hedge:
    start: int
    end: int
    text: str


@dataclass
class Stance:
    """What a statement's cue does with its content, and the hedges inside the content."""

    stance: str
    hedges: list[Hedge] = field(default_factory=list)


def is_negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ in _NEGATIONS and c.dep_ in {"advmod", "det"} and c.i < tok.i)
               for c in tok.children)


def is_headline(sent: Span) -> bool:
    """A line of its own without closing punctuation: headlines use the present for past events."""
    if sent.end - sent.start > 30:
        return False
    key = (sent.start, sent.end)
    cache = doc_cache(sent.doc)
    known = cache.headlines.get(key)
    if known is None:
        text = cache.text
        seg = text[sent.start_char:sent.end_char]
        stripped = seg.rstrip()
        core = stripped.rstrip("”\"’')").rstrip()
        tail = seg[len(stripped):] + text[sent.end_char:sent.end_char + 1]
        known = bool(core) and core[-1] not in _HEADLINE_END and (
            "\n" in tail or sent.end_char >= len(text.rstrip()))
        cache.headlines[key] = known
    return known


def _reported(verb: Token) -> bool:
    """A clause that is the complement of a speech verb: 'would' there is the future seen from the past."""
    t = verb
    for _ in range(4):
        if t.dep_ in {"ccomp", "xcomp"} and cues.is_cue_verb(t.head.lemma_.lower()):
            return True
        if t.dep_ not in {"conj", "ccomp", "xcomp"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def clause_status(verb: Token, depth: int = 0) -> str | None:
    """done, ongoing, planned, possible or negated; None when the clause gives nothing to go on."""
    if is_negated(verb):
        return "negated"
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_MODALS:
        return "planned"
    if "would" in words or "'d" in words or "’d" in words:
        return "planned" if _reported(verb) else "possible"
    if words & POSSIBLE_MODALS:
        return "possible"
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}:
            return "possible"
        if c.dep_ == "advmod" and c.lower_ in POSSIBLE_ADVERBS:
            return "possible"
    head = verb.head
    dep = verb.dep_
    if depth < 6 and head.i != verb.i:
        hl = head.lemma_.lower()
        if dep == "xcomp" or (dep in {"ccomp", "advcl"} and "to" in words and hl in PLANNED_HEADS | POSSIBLE_HEADS):
            if is_negated(head):
                return "negated"
            if hl in NEGATING_HEADS:
                return "negated"
            if hl in DENYING_HEADS:
                return "denied"  # "Belarus denies moving troops": no statement needed to see the denial
            if hl == "go" and head.tag_ == "VBG":
                return "planned"  # "is going to send"
            if hl in PLANNED_HEADS or head.lower_ in PLANNED_HEADS:
                return "planned"
            if hl in POSSIBLE_HEADS or head.lower_ in POSSIBLE_HEADS:
                return "possible"
            if hl in ONGOING_HEADS:
                return "ongoing"
            if hl == "be" and "to" in words:
                return "planned"  # "the minister is to visit"
            if head.dep_ == "acomp" and head.head.i != head.i:
                return clause_status(head.head, depth + 1)
            return clause_status(head, depth + 1) if head.pos_ in {"VERB", "AUX"} else None
        if dep == "advcl" and "to" in words:
            return "planned"  # a purpose: "deployed troops to support Russia"
        if dep == "conj" and verb.tag_ == "VB" and not auxes and head.pos_ in {"VERB", "AUX"}:
            return clause_status(head, depth + 1)  # "could send and deploy"
    if "to" in words and dep == "ROOT":
        return "planned"  # headline infinitive: "Minister to visit Kyiv"
    tag = verb.tag_
    be = any(a.lemma_ == "be" for a in auxes)
    have = any(a.lemma_ == "have" for a in auxes)
    if tag == "VBG":
        if be:
            return "ongoing"
        if dep == "acl":
            return "ongoing"
        return None
    if tag == "VBN":
        if have:
            return "done"
        passive_aux = [a for a in auxes if a.dep_ == "auxpass"]
        if passive_aux:
            return "done" if passive_aux[0].tag_ == "VBD" or have else "ongoing"
        if dep == "acl" or dep == "amod":
            return "done"
        return "done"
    if tag == "VBD":
        return "done"
    if tag in {"VBZ", "VBP"}:
        return "done" if is_headline(verb.sent) else "ongoing"
    if tag == "VB":
        did = [a for a in auxes if a.lemma_ == "do"]
        if did:
            return "done" if did[0].tag_ == "VBD" else "ongoing"
    if verb.pos_ == "AUX" and tag in {"VBD"}:
        return "done"
    return None


def stance_of_lemma(lemma: str) -> str:
    """The stance a cue verb (by lemma) takes towards its content."""
    lemma = lemma.lower()
    if lemma in _STANCE_OF:
        return _STANCE_OF[lemma]
    if lemma in cues.SPEECH:
        return "says"
    if lemma in cues.BELIEF:
        return "believes"
    if lemma in cues.INTENTION:
        return "intends"
    return "says"


def cue_lemma(doc: Doc, cue: tuple[int, int] | None) -> str:
    """The lemma of the word that carries a cue span ('has also said' -> 'say'; 'according to' -> 'accord')."""
    if cue is None:
        return ""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return ""
    verbs = [t for t in span if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass", "neg"}]
    if verbs:
        return verbs[-1].lemma_.lower()
    nouns = [t for t in span if t.pos_ == "NOUN"]
    return (nouns[-1].lemma_ if nouns else span.root.lemma_).lower()


def hedge_at(tok: Token, text: str) -> Hedge | None:
    """The hedge a token starts or carries, if any."""
    low = tok.lower_
    if low in HEDGE_ADVERBS and tok.pos_ in {"ADV", "ADJ"}:
        if low == "likely" and not any(c.dep_ == "xcomp" for c in tok.children) and tok.dep_ != "advmod":
            return None
        return Hedge(tok.idx, tok.idx + len(tok), tok.text)
    if tok.tag_ == "MD" and low in HEDGE_MODALS:
        return Hedge(tok.idx, tok.idx + len(tok), tok.text)
    lemma = tok.lemma_.lower()
    if tok.tag_ == "VBN" and lemma in REPORTING_PASSIVES:
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        auxpass = [c for c in tok.children if c.dep_ == "auxpass"]
        if xcomp is not None and auxpass:
            to = next((c for c in xcomp.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            start = auxpass[0].idx
            end = (to.idx + len(to)) if to is not None else tok.idx + len(tok)
            return Hedge(start, end, text[start:end])
    if lemma in HEDGE_RAISING and tok.pos_ == "VERB":
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if xcomp is not None:
            to = next((c for c in xcomp.children if c.dep_ == "aux" and c.lower_ == "to"), None)
            end = (to.idx + len(to)) if to is not None else tok.idx + len(tok)
            return Hedge(tok.idx, end, text[tok.idx:end])
    return None


def clause_hedges(verb: Token, text: str, stop: set[int] = frozenset()) -> list[Hedge]:
    """Hedges on a clause: on its verb and on the verbs that govern it, up to (not into) a cue."""
    out: list[Hedge] = []
    t = verb
    for _ in range(6):
        if t.i in stop and t.i != verb.i:
            # "appear to", "seem to", and a sourceless "are believed to" carry the fact, not a source
            if t.lemma_.lower() in HEDGE_RAISING or (t.tag_ == "VBN" and t.lemma_.lower() in REPORTING_PASSIVES
                                                     and not any(c.dep_ == "agent" for c in t.children)):
                h = hedge_at(t, text)
                if h is not None:
                    out.append(h)
            break
        h = hedge_at(t, text)
        if h is not None:
            out.append(h)
        for c in t.children:
            if c.dep_ in {"aux", "advmod", "auxpass"}:
                h = hedge_at(c, text)
                if h is not None:
                    out.append(h)
        if t.dep_ not in {"xcomp", "conj", "ccomp"} or t.head.i == t.i:
            break
        if t.dep_ == "ccomp" and cues.is_cue_verb(t.head.lemma_.lower()):
            break
        t = t.head
    seen: set[tuple[int, int]] = set()
    uniq = []
    for h in sorted(out, key=lambda h: h.start):
        if (h.start, h.end) not in seen:
            seen.add((h.start, h.end))
            uniq.append(h)
    return uniq


def fact_status(verb: Token, stance: str | None) -> str | None:
    """A clause's status, `denied` when the statement that reports it denies it."""
    status = clause_status(verb)
    if stance == "denies" and status in {"done", "ongoing", "planned", None}:
        return "denied"
    return status


def statement_stances(doc: Doc) -> list[Stance]:
    """One Stance per statement of `doc._.statements`, in the same order."""
    cache = doc_cache(doc)
    text = cache.text
    out: list[Stance] = []
    statements = doc._.statements or []
    # the only tokens that can carry a hedge: hedge words, modals, reporting participles, raising verbs
    candidates = cache.with_lower(_HEDGE_TRIGGERS) if statements else []
    for st in statements:
        cue_text = text[st.cue[0]:st.cue[1]].lower() if st.cue else ""
        if st.cue is None or cue_text in {":", "according to", "as per", "per", "in the words of"}:
            stance = "says"
        else:
            stance = stance_of_lemma(cue_lemma(doc, st.cue))
        hedges: list[Hedge] = []
        for s, e in st.content:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for i in candidates:
                if span.start <= i < span.end:
                    h = hedge_at(doc[i], text)
                    if h is not None:
                        hedges.append(h)
        out.append(Stance(stance, hedges))
    return out


class StatusTagger:
    """spaCy component: writes each statement's stance and hedges to `doc._.stances`."""

    def __init__(self, nlp: Language, name: str = "claimscope_status"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.stances = statement_stances(doc)
        return doc


@Language.factory(
    "claimscope_status",
    assigns=["doc._.stances"],
    requires=["doc._.statements", "token.dep", "token.tag", "token.lemma"],
)
def make_status_tagger(nlp: Language, name: str) -> StatusTagger:
    """Factory for the stance and hedge tagger (entry point `claimscope_status`)."""
    return StatusTagger(nlp, name)
