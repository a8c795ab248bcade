"""What the discourse speaker rules read about one document, built once: its statements in text order, actors
and their mentions (the linker's and the coreference stage's), sentences, genders, and indexes that keep every
rule linear in the document."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from ..extensions import doc_text
from ...lexicon.pronouns import FIRST_PERSON, SECOND_PERSON, THIRD_PERSON
from ...settings import default
from ..coref.gender import load_first_names, text_gender
from ..model import Actor, Party, Statement

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LOOK_BACK = 20  # statements `previous` reads back, so that a document of thousands stays linear
_PAIR_TYPES = {"it": {"ORG", "GPE"}, "they": {"ORG", "GPE", "NORP"}}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    return load_first_names(default("coref.first_names"))


@dataclass
class Discourse:
    """One document's statements in text order with what the rules read: actors, mentions, sentences, genders."""

    doc: Doc
    text: str
    statements: list[Statement]
    records: list
    actors: dict[str, Actor]
    index: dict[int, str]
    sent_starts: list[int] = field(default_factory=list)
    mentions: list[tuple[int, str, bool]] = field(default_factory=list)  # (char, actor, subject?) in text order
    gender: dict[str, str] = field(default_factory=dict)
    window: int = 3  # sentences a pronoun looks back for its antecedent (setting statements.pronoun_window)
    # full name; "\t" + a person's first or last word; "\b" + an organisation's first word, "\a" + its initials
    by_name: dict[str, list[Actor]] = field(default_factory=dict)
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, statement) of every content span
    reach: int = 0  # the longest content span
    interviewee: str | None = None  # the actor the coreference stage gives most interview answers' "I"

    @classmethod
    def of(cls, doc: Doc, statements: list[Statement], window: int = 3) -> "Discourse":
        actors = {a.id: a for a in (doc._.actors or [])}
        ctx = cls(doc, doc_text(doc), sorted(statements, key=position), list(doc._.coref or []), actors,
                  doc._.actor_index or {}, window=window)
        for a in actors.values():
            ctx.by_name.setdefault(a.name, []).append(a)
            words = a.name.split()
            if a.type == "PERSON" and len(words) > 1:
                for w in {words[0], words[-1]}:
                    ctx.by_name.setdefault("\t" + w, []).append(a)
            elif a.type == "ORG" and len(words) > 1:
                ctx.by_name.setdefault("\b" + words[0], []).append(a)
                ctx.by_name.setdefault("\a" + initials(words), []).append(a)
        answers = Counter(r.actor_id for r in ctx.records if r.rule == "interview-answer" and r.actor_id in actors)
        ctx.interviewee = answers.most_common(1)[0][0] if answers else None
        ctx.spans = sorted((s, e, j) for j, o in enumerate(ctx.statements) for s, e in o.content)
        ctx.reach = max((e - s for s, e, _ in ctx.spans), default=0)
        ctx.sent_starts = [s.start_char for s in doc.sents]
        for a in actors.values():
            for m in a.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                ctx.mentions.append((m.start, a.id, span is not None and len(span) > 0 and subject(span.root)))
            ctx.gender[a.id] = text_gender(ctx.text, a, _first_names())
        for r in ctx.records:  # what coreference resolved is a mention too; its pronouns tell a person's gender
            if r.actor_id in actors and r.form in ("description", "pronoun"):
                span = doc.char_span(r.start, r.end, alignment_mode="expand")
                ctx.mentions.append((r.start, r.actor_id, span is not None and len(span) > 0 and subject(span.root)))
            g = THIRD_PERSON.get(r.text.lower(), ("", ""))[0]
            if r.actor_id in actors and g in ("m", "f") and not ctx.gender.get(r.actor_id):
                ctx.gender[r.actor_id] = g
        ctx.mentions.sort()
        return ctx

    def sentence(self, at: int) -> int:
        return bisect.bisect_right(self.sent_starts, at) - 1

    def paragraph_start(self, at: int) -> int:
        return self.text.rfind("\n", 0, at) + 1

    def party(self, p: Party, actor: Actor) -> Party:
        return Party(p.start, p.end, p.text, actor.name, actor.type, actor.id)

    def agrees(self, word: str, actor: Actor) -> bool:
        """Whether a pronoun can stand for the actor: "she" a person not known to be a man, "it" a body."""
        word = word.lower()
        if word in FIRST_PERSON:
            return actor.type == "PERSON" if FIRST_PERSON[word] == "sg" else actor.type in ("ORG", "GPE", "NORP")
        g = THIRD_PERSON.get(word, ("", ""))[0]
        if g in ("m", "f"):
            return actor.type == "PERSON" and self.gender.get(actor.id, "") in ("", g)
        return actor.type in _PAIR_TYPES.get(word, _PAIR_TYPES["it"] if g == "n" else {"ORG", "GPE", "NORP"})

    def talked_about(self, st: Statement) -> set[str]:
        """The actors a statement's own quotation names in the third person ('"Ben was superb," he said' is not
        Ben speaking): mentions inside its content that are no first or second person."""
        out = set()
        for s, e in st.content:
            lo = bisect.bisect_left(self.mentions, (s, "", False))
            for at, actor_id, _ in self.mentions[lo:bisect.bisect_left(self.mentions, (e, "", False))]:
                first = self.text[at:at + 12].split()[:1]
                w = first[0].strip(".,;:!?\"'“”’").lower() if first else ""
                if w not in FIRST_PERSON and w not in SECOND_PERSON:
                    out.add(actor_id)
        return out

    def previous(self, k: int) -> Statement | None:
        """The latest statement before the k-th (of the last `LOOK_BACK`) whose speaker names an actor."""
        st = self.statements[k]
        for j in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
            o = self.statements[j]
            if o.speaker is not None and o.speaker.actor_id in self.actors and position(o) < position(st):
                return o
        return None


def initials(words: list[str]) -> str:
    """'Office for National Statistics' -> 'ONS': the capitals of its capitalised words."""
    return "".join(w[0] for w in words if w[:1].isupper())


def subject(tok) -> bool:
    """A clause's subject, or the owner in one ("Ana Ruiz's letter said")."""
    return tok.dep_ in SUBJECT_DEPS or tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS


def subject_at(ctx: "Discourse", p: Party) -> bool:
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and subject(span.root)


def position(st: Statement) -> int:
    return min([st.content[0][0]] + ([st.cue[0]] if st.cue else []) + ([st.speaker.start] if st.speaker else []))


def word(p: Party | None) -> str:
    return p.text.strip().lower() if p is not None else ""
