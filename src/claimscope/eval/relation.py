"""The one record every scorer input is reduced to, so gold files and pipeline output compare alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

Span = tuple[int, int]
ROLES = ("source", "cue", "content")


def normalise_spans(spans: Iterable[Iterable[int]] | None) -> tuple[Span, ...]:
    """Sorted tuple of (start, end) pairs, so equal annotations compare equal whatever their input order."""
    out = []
    for pair in spans or ():
        start, end = (int(x) for x in pair)
        if start < 0 or end < start:
            raise ValueError(f"bad span ({start}, {end}): need 0 <= start <= end")
        out.append((start, end))
    return tuple(sorted(out))


@dataclass(frozen=True)
class Relation:
    """One attribution: source (who), cue (signalling words), content (what); each a possibly empty span list."""

    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()
    content: tuple[Span, ...] = ()
    label: str | None = field(default=None, compare=False)  # e.g. the brat event id, for messages only
    confidence: float | None = field(default=None, compare=False)  # a prediction's own confidence, if any

    def __post_init__(self) -> None:
        for role in ROLES:
            object.__setattr__(self, role, normalise_spans(getattr(self, role)))

    def spans(self, role: str) -> tuple[Span, ...]:
        return getattr(self, role)


def span_text(text: str, spans: Iterable[Span]) -> str:
    """Fragments joined by one space, as brat writes a discontinuous span's text."""
    return " ".join(text[s:e] for s, e in spans)
