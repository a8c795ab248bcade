"""The typed document: what analysis hands on, the store writes and reads back, and the API and exports serve.

`docs/document.schema.json` is its contract (tests/document/test_document_model.py checks that every object
there has exactly these fields, in this order). Field order is the key order of the JSON, and fields the schema requires may be missing here (the
store reads hand-made documents too); a key that the JSON
leaves out in some documents (a party's `actor`, an actor's `country` and `coordinates`, which only places and
states carry) is a field the builder does not set, so `to_json()` (`exclude_unset`) leaves it out too, and
`Document.from_json(d).to_json() == d` for every document that follows the schema.

Facts refer to statements by statement id (`Quantity.statement`, `Event.statement`, `Stance.statement`);
`Event.quantity` is the position of the event's size in the document's `quantities`. `characterisations` are
what the link stage compares across reports; a document stored without them takes part in no characterisation
contradiction.
"""

from __future__ import annotations

from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict

Number = Union[int, float]  # int stays int and float stays float, so the JSON keeps its numbers as written


class _Model(BaseModel):
    """Unknown keys are kept, so a document written by a newer claimscope survives a round trip."""

    model_config = ConfigDict(extra="allow")

    def to_json(self) -> dict:
        """The JSON object, with the keys this object was built with, in field order."""
        return self.model_dump(exclude_unset=True)


class Span(_Model):
    """Words of the text and where they are (character offsets, end exclusive)."""

    text: Optional[str] = None
    start: int
    end: int


class Party(_Model):
    """A speaker or addressee: the words in the text, the canonical name and the document actor it is."""

    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    name: Optional[str] = None
    type: Optional[str] = None
    actor: Optional[str] = None  # the document actor's id; left out when the party is no actor of the document
    resolved: Optional[bool] = None  # False when the words name no actor ("they" with no antecedent, "analysts")
    kind: Optional[str] = None  # an unnamed source's kind (type SOURCE): unnamed, document or description


class Mention(_Model):
    """An actor's mention: its words, where they are, and their form (proper, pronoun or description)."""

    text: Optional[str] = None
    start: int
    end: int
    form: Optional[str] = None


class Content(_Model):
    """What a statement says: its fragments (`spans`) and their text joined by ' … '."""

    text: Optional[str] = None
    spans: list[list[int]] = []


class Statement(_Model):
    """One attribution: who (speaker) said what (content) to whom (addressee), signalled by a cue."""

    id: str
    kind: str  # direct | indirect | mixed
    speaker: Optional[Party] = None
    cue: Optional[Span] = None
    content: Content
    addressee: Optional[Party] = None
    confidence: Number = 0.0
    nested_in: Optional[str] = None  # id of the statement whose content reports this one


class Coordinates(_Model):
    lat: Number
    lon: Number


class Actor(_Model):
    """A canonical actor of one document with every mention; places and states also where they are."""

    id: Optional[str] = None
    name: Optional[str] = None
    type: Optional[str] = None
    kind: Optional[str] = None
    mentions: list[Mention] = []
    roles: list[str] = []
    affiliations: list[str] = []
    country: Optional[str] = None  # set for GPE and LOC only
    coordinates: Optional[Coordinates] = None  # set for GPE and LOC only


class Timex(_Model):
    """The TIMEX3 of a time expression, so the output interoperates with TimeML tools (export --format timeml)."""

    type: str  # DATE | TIME | DURATION | SET
    value: Optional[str] = None  # 2024-11-04, 2024-W44, 199, 18, P3Y, XXXX-WI, PRESENT_REF ...
    mod: Optional[str] = None  # START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE
    freq: Optional[str] = None  # a set's frequency: "twice a year" 2X
    begin: Optional[str] = None  # a range's first end: "2015-2016" 2015
    end: Optional[str] = None  # and its last: 2016
    zone: Optional[str] = None  # a clock time's zone as written: BST


class TimeExpression(_Model):
    """A time expression with its value resolved against the publication date when known."""

    text: Optional[str] = None
    start: int
    end: int
    kind: Optional[str] = None  # date | time | duration | set
    value: Optional[str] = None
    precision: Optional[str] = None
    relative: Optional[dict[str, Any]] = None
    role: Optional[str] = None
    mod: Optional[str] = None
    timex: Optional[Timex] = None


class DateRef(_Model):
    """The time expression a fact is dated by."""

    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    value: Optional[str] = None
    precision: Optional[str] = None
    role: Optional[str] = None


class Quantity(_Model):
    """A number with what it counts, who it is about and the statement that reports it."""

    text: Optional[str] = None
    start: int
    end: int
    kind: Optional[str] = None  # count | money | percent | fraction | measure | age
    value: Optional[Number] = None
    low: Optional[Number] = None
    high: Optional[Number] = None
    unit: Optional[str] = None
    currency: Optional[str] = None
    canonical_unit: Optional[str] = None
    dimension: Optional[str] = None
    per: Optional[str] = None
    si_value: Optional[Number] = None
    si_low: Optional[Number] = None
    si_high: Optional[Number] = None
    si_unit: Optional[str] = None
    approximate: bool = False
    qualifier: Optional[str] = None
    unit_inferred: bool = False
    change: Optional[dict[str, Any]] = None
    status: Optional[str] = None
    actor: Optional[str] = None
    actor_mention: Optional[Span] = None
    statement: Optional[str] = None
    source: Optional[str] = None
    stance: Optional[str] = None
    date: Optional[DateRef] = None
    hedges: list[str] = []


class Event(_Model):
    """Who did what to whom, where, when and how many, and the statement that reports it."""

    start: int
    end: int
    actor: Optional[str] = None
    actor_mention: Optional[Span] = None
    action: Optional[str] = None
    lemma: Optional[str] = None
    recipient: Optional[str] = None
    recipient_mention: Optional[Span] = None
    what: Optional[str] = None
    location: Optional[str] = None
    location_mention: Optional[Span] = None
    date: Optional[DateRef] = None
    size: Optional[Number] = None
    quantity: Optional[int] = None  # position of the size in the document's quantities
    status: Optional[str] = None
    type: Optional[str] = None
    mode: Optional[str] = None
    subordinate: Optional[bool] = None  # set only when true: told in a relative or adverbial clause
    statement: Optional[str] = None
    source: Optional[str] = None
    stance: Optional[str] = None
    hedges: list[str] = []


class Stance(_Model):
    """What a statement's cue does with its content ("denied", "warned"), and the hedges inside the content."""

    statement: str
    stance: str
    hedges: list[Span] = []


class Descriptor(_Model):
    """One thing a sentence says of a noun ("poorly trained", "not expendable"), scored as asserted."""

    text: Optional[str] = None
    head: str  # lowercase lemmas of its head and compounds, compared across reports
    negated: bool = False
    polarity: Number = 0.0  # evaluative polarity (-: pejorative), reversed when negated
    start: int
    end: int
    predicative: bool = False  # said of the thing ("were poorly trained"), not naming a kind ("poor countries")


class Characterisation(_Model):
    """A noun of one sentence that the sentence describes: what it is, whose, what ties it to one thing, and how."""

    sentence: list[int]  # [start, end] of the sentence
    theme: str  # the noun as compared across reports ("rescue operation", "military")
    owners: list[str] = []  # proper-name modifiers, folded ("ruritania")
    anchor: list[str] = []  # ["named"], ["event", LEMMA] or ["copula"]
    descriptors: list[Descriptor] = []
    namer: Optional[list[int]] = None  # [start, end] of the naming verb's subject ("Reyl called the tax unfair")


class Document(_Model):
    """One analysed article (docs/document.schema.json); every offset indexes `text`."""

    id: str
    source: dict[str, Any] = {}
    title: Optional[str] = None
    published: Optional[str] = None
    publisher: Optional[str] = None
    author: Optional[str] = None
    text: str = ""
    statements: list[Statement] = []
    actors: list[Actor] = []
    dates: list[TimeExpression] = []
    quantities: list[Quantity] = []
    events: list[Event] = []
    stances: list[Stance] = []
    characterisations: list[Characterisation] = []
    claimscope_version: Optional[str] = None

    @classmethod
    def from_json(cls, data: dict) -> "Document":
        """The typed document of a document JSON (as `extract` prints and the store keeps it)."""
        return cls.model_validate(data)


SCHEMA_DEFS = {  # the `$defs` of docs/document.schema.json and the model each one describes
    "span": Span, "mention": Mention, "party": Party, "statement": Statement, "actor": Actor,
    "time_expression": TimeExpression, "timex": Timex, "quantity": Quantity, "event": Event, "stance": Stance,
    "characterisation": Characterisation, "descriptor": Descriptor,
}
