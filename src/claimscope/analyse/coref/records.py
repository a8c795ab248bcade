"""The records the coreference stage writes to `doc._.coref` (character offsets into doc.text)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CorefMention:
    """One resolved mention: a pronoun, description or first person tied to an actor, or to a quote's speaker.

    `actor_id` is None for a first-person mention inside a quotation whose speaker the statements stage names
    ("I" in "'I will stay,' Ana Ruiz said"): `quote` is then the (start, end) of the enclosing quotation.
    """

    start: int
    end: int
    text: str
    form: str  # pronoun | description | proper
    actor_id: str | None
    score: float
    rule: str
    quote: tuple[int, int] | None = None
