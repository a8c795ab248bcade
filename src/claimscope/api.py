"""The Python API the CLI, web UI and scripts share: analyse inputs into document JSON, optionally into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .errors import IngestError, UsageError
from .ingest import DEFAULT_MAX_BYTES, JsonlKeys, SourceDoc, iter_documents
from .scale.report import RunReport, store_document
from .settings import default

DEFAULT_BATCH_SIZE = default("pipeline.batch_size")

__all__ = ["DEFAULT_BATCH_SIZE", "RunReport", "analyse_into", "analyse_sources", "analyse_text", "extract",
           "store_document"]


def analyse_sources(sources: Iterable[SourceDoc], *, nlp=None, batch_size: int = DEFAULT_BATCH_SIZE,
                    n_process: int = 1, doc_timeout: float | None = None,
                    on_error: Callable[[IngestError], None] | None = None) -> Iterator[tuple[SourceDoc, dict]]:
    """Stream SourceDocs through the pipeline (batched `nlp.pipe`), yielding (source, document JSON) in order.

    With `n_process` > 1 the batches go to that many worker processes, each loading claimscope's pipeline
    once (claimscope.scale.local); the results are the same as with one process. A document whose analysis
    fails or takes more than `doc_timeout` seconds (default: the `pipeline.doc_timeout` setting) goes to
    `on_error` and the stream goes on; without `on_error` its IngestError is raised.
    """
    from .analyse.pipeline import load_pipeline
    from .scale.batches import Limits, analyse_stream

    limits = Limits() if doc_timeout is None else Limits(doc_timeout=doc_timeout)
    if n_process > 1:
        if nlp is not None:
            raise UsageError("n_process > 1 loads claimscope's pipeline in each worker; pass nlp only with n_process=1")
        from .scale.local import analyse_parallel

        results = analyse_parallel(sources, n_process=n_process, batch_size=batch_size, limits=limits)
    else:
        results = analyse_stream(nlp or load_pipeline(), sources, batch_size, limits)
    for src, doc in results:
        if isinstance(doc, IngestError):
            if on_error is None:
                raise doc
            on_error(doc)
            continue
        yield src, doc


def analyse_text(text: str, **meta) -> dict:
    """Analyse one text (metadata as keyword arguments: title, published, publisher, url, path)."""
    src = SourceDoc(text=text, origin=meta.pop("origin", "<text>"), **meta)
    return next(analyse_sources([src]))[1]


def extract(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES, jsonl_keys: JsonlKeys | None = None,
            encoding: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE, stdin=None,
            doc_timeout: float | None = None, on_error: Callable[[IngestError], None] | None = None) -> Iterator[dict]:
    """Analyse inputs without storing; broken inputs go to `on_error` and the rest goes on."""
    docs = _good(iter_documents(inputs, max_bytes=max_bytes, jsonl_keys=jsonl_keys, encoding=encoding, stdin=stdin),
                 on_error)
    for _, doc in analyse_sources(docs, batch_size=batch_size, doc_timeout=doc_timeout,
                                  on_error=on_error or (lambda err: None)):
        yield doc


def analyse_into(store, inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 jsonl_keys: JsonlKeys | None = None, encoding: str | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, stdin=None, n_process: int = 1,
                 doc_timeout: float | None = None,
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
    for src, doc in analyse_sources(fresh(docs), batch_size=batch_size, n_process=n_process,
                                    doc_timeout=doc_timeout, on_error=errors):
        store_document(store, doc, src, src.origin, report, errors, on_document)
    return report


def _good(items: Iterable[SourceDoc | IngestError], on_error) -> Iterator[SourceDoc]:
    for item in items:
        if isinstance(item, IngestError):
            if on_error:
                on_error(item)
            continue
        yield item
