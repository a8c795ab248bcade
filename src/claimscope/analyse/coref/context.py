"""What the coreference rules read about a document, computed once: sentences, actor anchors, quotes, speech."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..extensions import doc_text
from ...lexicon.reporting import SPEECH_LEMMAS
from .gender import text_gender
from .names import acronyms, aliases, surnames


@dataclass(frozen=True)
class Anchor:
    """A place where an actor is mentioned: its head token, sentence, form and syntactic role."""

    tok: int
    sent: int
    actor_id: str
    form: str  # proper | pronoun | description
    dep: str


@dataclass
class DocContext:
    """Per-document facts shared by every rule; `anchors` grows as mentions are resolved, in text order."""

    doc: Doc
    text: str = ""  # doc.text, joined once (spaCy rebuilds it on every access)
    actors: dict = field(default_factory=dict)
    sent_of: list[int] = field(default_factory=list)
    token_actor: dict[int, str] = field(default_factory=dict)
    anchors: list[Anchor] = field(default_factory=list)
    quote_of: dict[int, tuple[int, int]] = field(default_factory=dict)
    speech_subject: list[tuple[int, int]] = field(default_factory=list)  # (verb token, subject token)
    gender: dict[str, str] = field(default_factory=dict)
    anchor_toks: list[int] = field(default_factory=list)  # anchors' tokens, kept sorted with `anchors`
    speech_toks: list[int] = field(default_factory=list)  # the verbs of `speech_subject`
    title_end: int = 0  # first token after the first line (the title)
    named_at: dict[str, list[int]] = field(default_factory=dict)  # actor -> tokens of its named mentions
    in_title: set[str] = field(default_factory=set)  # actors the title names
    acronyms: dict[str, str] = field(default_factory=dict)  # "HWU" -> the actor named "Harbour Workers Union"
    surnames: dict[str, str] = field(default_factory=dict)  # "Moreno" -> the actor "Linda Moreno"
    alias_tokens: set[int] = field(default_factory=set)  # tokens of actors that are another's short name
    interviewee: str | None = None  # the person an interview's title names, whose answers say "I"
    by_actor: dict[str, list[Anchor]] = field(default_factory=dict)  # actor -> its anchors, in text order
    chain: dict[str, dict[str, int]] = field(default_factory=dict)  # actor -> pronoun classes tied to it so far
    name_gender: dict[str, str] = field(default_factory=dict)  # any actor whose name starts with a first name
    names: dict[str, set[str]] = field(default_factory=dict)  # an actor's whole name, lower case -> actors
    surname_of: dict[str, set[str]] = field(default_factory=dict)  # a person's last name, lower case -> people
    first_of: dict[str, set[str]] = field(default_factory=dict)  # a person's first name, lower case -> people
    salient: list[str] = field(default_factory=list)  # actors by how often the text names them, most first
    salient_rank: dict[str, int] = field(default_factory=dict)  # actor -> its place in `salient`
    own_words: frozenset[str] = frozenset()  # head words of actors' roles and organisation names ("curator")
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)  # actor -> its name's words, lower case
    things: dict[str, list[int]] = field(default_factory=dict)  # "sg"/"pl" -> tokens of nouns no actor holds

    def anchors_before(self, i: int, window: int) -> list[Anchor]:
        """Anchors before token i in the last `window` sentences, latest first."""
        k = bisect.bisect_left(self.anchor_toks, i)
        low = self.sent_of[i] - window
        out = []
        while k > 0:
            k -= 1
            a = self.anchors[k]
            if a.sent < low:
                break
            out.append(a)
        return out

    def add_anchor(self, anchor: Anchor) -> None:
        """Record a resolved mention so that later pronouns can chain through it."""
        k = bisect.bisect_left(self.anchor_toks, anchor.tok)
        self.anchors.insert(k, anchor)
        self.anchor_toks.insert(k, anchor.tok)
        self.token_actor.setdefault(anchor.tok, anchor.actor_id)
        own = self.by_actor.setdefault(anchor.actor_id, [])
        bisect.insort(own, anchor, key=lambda a: a.tok)

    def latest_before(self, actor_id: str, i: int) -> Anchor | None:
        """The actor's latest anchor before token i (None when the text has not mentioned it yet)."""
        own = self.by_actor.get(actor_id, [])
        k = bisect.bisect_left(own, i, key=lambda a: a.tok)
        return own[k - 1] if k else None

    def add_chain(self, actor_id: str, cls: str) -> None:
        """Count a pronoun of class `cls` (m, f, n, pl) tied to the actor: "he" twice makes "she" unlikely."""
        counts = self.chain.setdefault(actor_id, {})
        counts[cls] = counts.get(cls, 0) + 1

    def times_named(self, actor_id: str, before: int) -> int:
        """How often the text named the actor before token `before` (its salience in the whole document)."""
        return bisect.bisect_left(self.named_at.get(actor_id, []), before)

    def things_between(self, number: str, start: int, end: int) -> int:
        """How many nouns no actor holds, of that number, head a subject or object in tokens [start, end): the
        things an "it" or a "they" may stand for instead ("Norvale bought a plant. It ..." has one)."""
        toks = self.things.get(number, [])
        return bisect.bisect_left(toks, end) - bisect.bisect_left(toks, start)

    def actor_at(self, i: int) -> str | None:
        return self.token_actor.get(i)

    def last_speaker(self, i: int, window: int) -> str | None:
        """The actor of the subject of the latest speech verb before token i ("Ana Ruiz said ..., he added")."""
        low = self.sent_of[i] - window
        k = bisect.bisect_left(self.speech_toks, i)
        while k > 0:
            k -= 1
            verb, subj = self.speech_subject[k]
            if self.sent_of[verb] < low:
                return None
            actor = self.token_actor.get(subj)
            if actor is not None:
                return actor
        return None


def build_context(doc: Doc, first_names: dict[str, str] | None = None) -> DocContext:
    """The context of one document whose actors are linked (`doc._.actors`) and quotes found (`doc._.quotes`)."""
    ctx = DocContext(doc=doc, text=doc_text(doc), actors={a.id: a for a in (doc._.actors or [])})
    ctx.acronyms, ctx.surnames = acronyms(ctx.actors), surnames(ctx.actors)
    alias = aliases(ctx.actors)
    sent_of = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            sent_of[t] = k
    ctx.sent_of = sent_of
    newline = ctx.text.find("\n")
    ctx.title_end = len(doc) if newline < 0 else next((t.i for t in doc if t.idx >= newline), len(doc))
    anchors = []
    for actor in ctx.actors.values():
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            target = alias.get(actor.id, actor.id)
            for t in span:
                ctx.token_actor.setdefault(t.i, target)
                if target != actor.id:
                    ctx.alias_tokens.add(t.i)
            root = span.root
            anchors.append(Anchor(root.i, sent_of[root.i], target, "proper", root.dep_))
        ctx.gender[actor.id] = text_gender(ctx.text, actor, first_names)
        target = alias.get(actor.id, actor.id)
        ctx.names.setdefault(actor.name.lower(), set()).add(target)
        parts = actor.name.split()
        if actor.type == "PERSON" and len(parts) >= 2:
            ctx.surname_of.setdefault(parts[-1].lower(), set()).add(target)
            ctx.first_of.setdefault(parts[0].lower(), set()).add(target)
        first = actor.name.split()[0].lower() if actor.name.split() else ""
        if first_names and first in first_names:
            ctx.name_gender[actor.id] = first_names[first]
    anchors.sort(key=lambda a: a.tok)
    ctx.anchors = anchors
    ctx.anchor_toks = [a.tok for a in anchors]
    for a in anchors:
        ctx.named_at.setdefault(a.actor_id, []).append(a.tok)
        ctx.by_actor.setdefault(a.actor_id, []).append(a)
        if a.tok < ctx.title_end:
            ctx.in_title.add(a.actor_id)
    for q in doc._.quotes or []:
        if q.depth:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for t in range(span.start, span.end):
                ctx.quote_of[t] = (q.start, q.end)
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_LEMMAS:
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                ctx.speech_subject.append((tok.i, subj.i))
    ctx.speech_toks = [v for v, _ in ctx.speech_subject]
    ctx.salient = sorted(ctx.named_at, key=lambda aid: (-len(ctx.named_at[aid]), ctx.named_at[aid][0]))
    ctx.salient_rank = {aid: k for k, aid in enumerate(ctx.salient)}
    ctx.interviewee = _interviewee(ctx)
    ctx.things = _things(doc, ctx.token_actor)
    ctx.name_words = {aid: frozenset(w.lower() for w in a.name.split()) for aid, a in ctx.actors.items()}
    ctx.own_words = own_words(ctx.actors.values())
    return ctx


_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"})


def _things(doc: Doc, token_actor: dict[int, str]) -> dict[str, list[int]]:
    """Nouns heading a subject or object that no actor mention covers, by number ("sg" for "plant", "pl" for
    "plants"), in text order: what a pronoun may stand for when it is no actor."""
    out: dict[str, list[int]] = {"sg": [], "pl": []}
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.dep_ in _ARGUMENT and tok.i not in token_actor:
            out["pl" if tok.tag_ == "NNS" else "sg"].append(tok.i)
    return out


_HEAD_STOP = re.compile(r"\s(?:of|at|for|in|from|with|to)\s|,")


def head_word(phrase: str) -> str:
    """The head word of a role or a name, lower case: "senior curator at the museum" -> "curator", "Ministry of
    Works" -> "ministry" ('' when it is no lower-case-able word)."""
    words = _HEAD_STOP.split(phrase, maxsplit=1)[0].split()
    last = words[-1].lower() if words else ""
    return last if last.isalpha() and len(last) >= 3 else ""


def own_words(actors) -> frozenset[str]:
    """The words this text's actors are called by that a description can take up ("the curator" after "Ana
    Ruiz, senior curator,"; "the ministry" after "the Ministry of Works"): role heads, organisation name heads."""
    out = set()
    for a in actors:
        out.update(head_word(r) for r in a.roles)
        if a.type == "ORG":
            out.add(head_word(a.name))
    out.discard("")
    return frozenset(out)


def _interviewee(ctx: DocContext) -> str | None:
    """The person the title names when the document is an interview (the title says so, or it asks questions
    paragraph after paragraph)."""
    title = ctx.doc[:ctx.title_end]
    people = [ctx.token_actor[t.i] for t in title if t.i in ctx.token_actor
              and ctx.actors[ctx.token_actor[t.i]].type == "PERSON"]
    questions = sum(1 for p in ctx.text.split("\n") if p.rstrip().endswith("?"))
    if people and ("interview" in title.text.lower() or questions >= 3):
        return people[0]
    if questions >= 3:
        # no one named in the title: the person the answers talk about most is who answers
        counts = {a.id: len(a.mentions) for a in ctx.actors.values() if a.type == "PERSON"}
        return max(counts, key=counts.get) if counts else None
    return None
