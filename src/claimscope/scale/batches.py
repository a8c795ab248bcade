"""Batches of SourceDocs through the pipeline, each inside a spaCy memory zone, so memory stays flat.

spaCy interns every new word it meets in the pipeline's StringStore and vocabulary, which otherwise grow
with the corpus for as long as the process lives. `Language.memory_zone()` (spaCy >= 3.8) frees what a
batch added when the batch ends; the Docs are turned into document JSON inside the zone and never leave it.
Inside a zone spaCy keeps no new lexeme and no tokenizer cache entry past the batch, so every batch would rebuild
the lexemes of all its words (about 3 ms per BBC article, a fifth of claimscope's own cost); the texts are
therefore tokenised outside the zone while the vocabulary holds fewer than `pipeline.kept_words` lexemes, so
common words stay for later batches and memory stays bounded (the tokens, and so the output, are the same).
Every engine (one process, the local pool, Ray) analyses through `analyse_batch`, so all give the same JSON.

No document stops a batch: Docs are made by `claimscope.scale.docs.make_doc` (long punctuation runs and texts
over spaCy's `max_length` handled there), and the batch runs under a time budget of `doc_timeout` seconds.
When the batch fails or runs past it, its documents are analysed again one at a time, each under the budget;
a document that still fails becomes an IngestError naming it and the reason, and the others are analysed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from ..errors import IngestError
from ..settings import default
from .budget import DocTimeout, time_budget
from .docs import make_doc, split_pipeline

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """What bounds the analysis of one document (see docs/settings.md, `pipeline.*`)."""

    doc_timeout: float | None = field(default_factory=lambda: default("pipeline.doc_timeout"))
    max_run: int = field(default_factory=lambda: default("pipeline.max_run_chars"))
    piece_chars: int = field(default_factory=lambda: default("pipeline.piece_chars"))
    kept_words: int = field(default_factory=lambda: default("pipeline.kept_words"))


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items, read lazily from `items`."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, not {size!r}")
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def analyse_batch(nlp, sources: list, batch_size: int | None = None,
                  limits: Limits | None = None) -> list[dict | IngestError]:
    """Document JSON (or the IngestError of a document that failed) for each SourceDoc of `sources`, in order."""
    limits = limits or Limits()
    try:
        with time_budget(limits.doc_timeout):
            return _analyse(nlp, sources, batch_size, limits)
    except Exception as exc:  # noqa: BLE001 - find the document at fault; the others are analysed
        if len(sources) == 1:
            return [failure(sources[0], exc, limits)]
    out: list[dict | IngestError] = []
    for src in sources:
        try:
            with time_budget(limits.doc_timeout):
                out.extend(_analyse(nlp, [src], 1, limits))
        except Exception as exc:  # noqa: BLE001 - one document's failure is reported, the batch goes on
            out.append(failure(src, exc, limits))
    return out


def failure(src, exc: BaseException, limits: Limits) -> IngestError:
    """The one-line error for a document whose analysis failed or ran out of time."""
    if isinstance(exc, DocTimeout):
        return IngestError(src.origin, f"analysis stopped: over the time limit of {limits.doc_timeout:g} s; "
                           "raise --doc-timeout")
    message = " ".join(str(exc).split())
    message = message if len(message) <= 300 else message[:297] + "..."
    return IngestError(src.origin, f"analysis failed ({type(exc).__name__}: {message})" if message
                       else f"analysis failed ({type(exc).__name__})")


def _analyse(nlp, sources: list, batch_size: int | None, limits: Limits) -> list[dict]:
    from ..analyse.facts.published import with_published
    from ..analyse.serialize import doc_to_json

    zone = getattr(nlp, "memory_zone", None)  # a spaCy without memory zones: same output, memory then grows
    long = [len(s.text) > nlp.max_length for s in sources]
    early = _tokenised_early(nlp, sources, long, limits) if zone is not None else [None] * len(sources)
    with zone() if zone is not None else nullcontext():
        docs = [with_published(make_doc(nlp, s.text, limits.max_run, limits.piece_chars) if made is None else made,
                               s.published) for s, made in zip(sources, early)]
        piped = nlp.pipe((d for d, is_long in zip(docs, long) if not is_long),
                         batch_size=batch_size or len(sources) or 1)
        document_level = split_pipeline(nlp)[1] if any(long) else []
        out = []
        for src, doc, is_long in zip(sources, docs, long):
            if is_long:  # tokenised, tagged, parsed and NER'd in pieces by make_doc
                for _, proc in document_level:
                    doc = proc(doc)
            else:
                doc = next(piped)
            out.append(doc_to_json(doc, src))
        return out


def _tokenised_early(nlp, sources: list, long: list[bool], limits: Limits) -> list:
    """The Doc of each text under spaCy's length limit (only tokenised), made before the memory zone so that its
    words' lexemes outlive the batch, while the vocabulary holds fewer than `limits.kept_words` lexemes; None for
    the others (a long text runs model components in `make_doc`, so it stays inside the zone).

    `len(nlp.vocab)` counts the lexemes a zone made and dropped too, so the cap errs low: memory stays bounded."""
    if len(nlp.vocab) >= limits.kept_words:
        return [None] * len(sources)
    return [None if is_long else make_doc(nlp, s.text, limits.max_run, limits.piece_chars)
            for s, is_long in zip(sources, long)]


def analyse_stream(nlp, sources: Iterable, batch_size: int,
                   limits: Limits | None = None) -> Iterator[tuple[object, dict | IngestError]]:
    """(source, document JSON or IngestError) for each SourceDoc, streamed in batches, in input order."""
    for batch in batched(sources, batch_size):
        yield from zip(batch, analyse_batch(nlp, batch, batch_size, limits))
