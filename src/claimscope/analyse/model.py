"""The one module of the records every component writes to `Doc._`, cross-referenced by id.

Offsets are characters into `doc.text`. A party names the document actor it is by `actor_id` (`Actor.id`);
facts name the statement that reports them by its position in `doc._.statements`, and `doc._.stances[k]` is
the stance of statement k. These records live while the pipeline runs; at the end, analyse/serialize.py turns
them into the typed document (claimscope.document), where every statement reference is a statement id.
`analyse/extensions.py` registers the `Doc._` attributes that hold them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Quote:
    """A stretch of text inside quotation marks; `fragments` are per-paragraph pieces of one quotation."""

    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when unclosed)
    depth: int = 0  # 0 for an outer quotation, 1 for one nested inside it
    fragments: list[tuple[int, int]] = field(default_factory=list)

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - 1)


@dataclass
class Mention:
    """One mention of an actor: where it is, the words used and their form (proper | pronoun | description)."""

    start: int
    end: int
    text: str
    form: str = "proper"


@dataclass
class Actor:
    """A canonical actor of one document, with every mention that refers to it."""

    id: str
    name: str
    type: str  # PERSON | ORG | GPE (a state) | LOC (a place) | NORP (a group named by nationality, faith, politics)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # "Research Fellow at the Harbour Institute", "former diplomat"
    kind: str | None = None  # ORG: government, military, intelligence, media, company, party, ngo, igo; LOC: city, capital, region
    affiliations: list[str] = field(default_factory=list)  # canonical names of the states/organisations it belongs to
    country: str | None = None  # places: the state they lie in; states: themselves
    lat: float | None = None
    lon: float | None = None


@dataclass
class Party:
    """A speaker or addressee: the words in the text and the actor they resolve to.

    `resolved` is False when the words name no actor ("they", "I" with no quotation speaker, "analysts"): `name`
    is then None for a pronoun, the description otherwise ("former diplomat"), typed `SOURCE` with a `kind` when it
    describes an unnamed source (analyse/statements/unnamed.py)."""

    start: int
    end: int
    text: str
    name: str | None
    type: str | None = None
    actor_id: str | None = None
    resolved: bool = True
    kind: str | None = None  # for an unnamed source (type SOURCE): unnamed, document or description


@dataclass
class Statement:
    """One attribution: who (speaker) said/believes what (content), signalled by a cue."""

    kind: str  # direct | indirect | mixed
    content: list[tuple[int, int]]
    speaker: Party | None
    cue: tuple[int, int] | None
    addressee: Party | None = None
    confidence: float = 0.5
    rule: str = ""  # which rule found it, for debugging and evaluation breakdowns
    nested_in: "Statement | None" = None  # the statement whose content reports this one
    features: tuple = ()  # what its confidence was looked up by (see analyse/statements/confidence.py)


@dataclass(frozen=True)
class Descriptor:
    """One thing said of a noun ("battle-hardened", "not expendable"): its words, the head compared across
    reports, negation and polarity as asserted (a negated descriptor's polarity is reversed)."""

    text: str
    head: str  # lowercase lemmas of the head with its compounds ("rescue team")
    negated: bool
    polarity: float
    start: int
    end: int
    predicative: bool = False  # said of the thing ("were poorly trained", "as expendable"), not naming a kind


@dataclass
class Characterisation:
    """A noun of one sentence described by evaluative or negated descriptors, with what ties it to one thing."""

    sentence: tuple[int, int]  # the sentence (claimscope.sentences.sentence_at) that holds it
    theme: str  # the noun as compared across reports ("rescue operation", "military")
    owners: list[str]  # proper-name modifiers, folded ("ruritania" of "Ruritania's forces"), sorted
    anchor: tuple[str, ...]  # ("named",), ("event", "send") or ("copula",): see analyse/facts/describe.py
    descriptors: list[Descriptor] = field(default_factory=list)
    namer: tuple[int, int] | None = None  # who names it so ("Reyl called the tax unfair"): the verb's subject
