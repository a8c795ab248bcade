"""The Python API the CLI, web UI and scripts share: analyse inputs into document JSON, optionally into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .errors import IngestError, UsageError
from .ingest import DEFAULT_MAX_BYTES, JsonlKeys, SourceDoc, iter_documents

DEFAULT_BATCH_SIZE = 32


@dataclass
class RunReport:
    """What an analysis run did: counts, and one error per input that failed."""

    analysed: int = 0
    skipped: int = 0
    statements: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def analyse_sources(sources: Iterable[SourceDoc], *, nlp=None, batch_size: int = DEFAULT_BATCH_SIZE,
                    n_process: int = 1) -> Iterator[tuple[SourceDoc, dict]]:
    """Stream SourceDocs through the pipeline (batched `nlp.pipe`), yielding (source, document JSON) in order.

    With `n_process` > 1 the batches go to that many worker processes, each loading claimscope's pipeline
    once (claimscope.scale.local); the results are the same as with one process.
    """
    from .analyse.pipeline import load_pipeline
    from .scale.batches import analyse_stream

    if n_process > 1:
        if nlp is not None:
            raise UsageError("n_process > 1 loads claimscope's pipeline in each worker; pass nlp only with n_process=1")
        from .scale.local import analyse_parallel

        yield from analyse_parallel(sources, n_process=n_process, batch_size=batch_size)
        return
    yield from analyse_stream(nlp or load_pipeline(), sources, batch_size)


def analyse_text(text: str, **meta) -> dict:
    """Analyse one text (metadata as keyword arguments: title, published, publisher, url, path)."""
    src = SourceDoc(text=text, origin=meta.pop("origin", "<text>"), **meta)
    return next(analyse_sources([src]))[1]


def extract(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, jsonl_keys: JsonlKeys | None = None,
            encoding: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE, stdin=None,
            on_error: Callable[[IngestError], None] | None = None) -> Iterator[dict]:
    """Analyse inputs without storing; broken inputs go to `on_error` and the rest goes on."""
    docs = _good(iter_documents(inputs, max_bytes=max_bytes, jsonl_keys=jsonl_keys, encoding=encoding, stdin=stdin),
                 on_error)
    for _, doc in analyse_sources(docs, batch_size=batch_size):
        yield doc


def analyse_into(store, inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 jsonl_keys: JsonlKeys | None = None, encoding: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, stdin=None, n_process: int = 1,
                 on_error: Callable[[IngestError], None] | None = None,
                 on_document: Callable[[SourceDoc, dict | None], None] | None = None) -> RunReport:
    """Analyse inputs into a store; documents already stored are skipped, so a killed run resumes."""
    report = RunReport()
    known = store.document_ids()
    seen: set[str] = set()

    def errors(err: IngestError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    def fresh(docs: Iterable[SourceDoc]) -> Iterator[SourceDoc]:
        for src in docs:
            doc_id = src.id
            if doc_id in known or doc_id in seen:
                report.skipped += 1
                if on_document:
                    on_document(src, None)
                continue
            seen.add(doc_id)
            yield src

    docs = _good(iter_documents(inputs, max_bytes=max_bytes, jsonl_keys=jsonl_keys, encoding=encoding, stdin=stdin),
                 errors)
    for src, doc in analyse_sources(fresh(docs), batch_size=batch_size, n_process=n_process):
        store_document(store, doc, src, src.origin, report, errors, on_document)
    return report


def store_document(store, doc: dict, item, origin: str, report: RunReport,
                   on_error: Callable[[IngestError], None], on_document=None) -> None:
    """Store one analysed document and count it; a document the store refuses is reported, the run goes on."""
    try:
        added = store.add_document(doc)
    except ValueError as exc:
        on_error(IngestError(origin, f"not stored: {exc}"))
        if on_document:
            on_document(item, None)
        return
    if added:
        report.analysed += 1
        report.statements += len(doc["statements"])
    else:
        report.skipped += 1
    if on_document:
        on_document(item, doc)


def _good(items: Iterable[SourceDoc | IngestError], on_error) -> Iterator[SourceDoc]:
    for item in items:
        if isinstance(item, IngestError):
            if on_error:
                on_error(item)
            continue
        yield item
