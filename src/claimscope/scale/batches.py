"""Batches of SourceDocs through the pipeline, each inside a spaCy memory zone, so memory stays flat.

spaCy interns every new word it meets in the pipeline's StringStore and vocabulary, which otherwise grow
with the corpus for as long as the process lives. `Language.memory_zone()` (spaCy >= 3.8) frees what a
batch added when the batch ends; the Docs are turned into document JSON inside the zone and never leave it.
Every engine (one process, the local pool, Ray) analyses through `analyse_batch`, so all give the same JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items, read lazily from `items`."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, not {size!r}")
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def analyse_batch(nlp, sources: list, batch_size: int | None = None) -> list[dict]:
    """Document JSON for each SourceDoc of `sources`, in order, analysed inside one memory zone."""
    from ..analyse.facts.published import with_published
    from ..analyse.serialize import doc_to_json

    zone = getattr(nlp, "memory_zone", None)
    pairs = ((with_published(nlp.make_doc(s.text), s.published), s) for s in sources)
    if zone is None:  # a spaCy without memory zones: same output, memory then grows with the vocabulary
        return [doc_to_json(doc, src) for doc, src in nlp.pipe(pairs, as_tuples=True,
                                                                 batch_size=batch_size or len(sources) or 1)]
    with zone():
        return [doc_to_json(doc, src) for doc, src in nlp.pipe(pairs, as_tuples=True,
                                                                 batch_size=batch_size or len(sources) or 1)]


def analyse_stream(nlp, sources: Iterable, batch_size: int) -> Iterator[tuple[object, dict]]:
    """(source, document JSON) for each SourceDoc, streamed in batches of `batch_size`, in input order."""
    for batch in batched(sources, batch_size):
        yield from zip(batch, analyse_batch(nlp, batch, batch_size))
