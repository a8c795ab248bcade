"""Ingest: turn files, folders, globs, stdin, HTML, feeds and JSONL into SourceDocs (or IngestErrors)."""

from claimscope.errors import IngestError
from claimscope.ingest.document import SourceDoc, content_id
from claimscope.ingest.files import expand_inputs
from claimscope.ingest.jsonl import JsonlKeys
from claimscope.ingest.stream import DEFAULT_MAX_BYTES, iter_documents

__all__ = [
    "DEFAULT_MAX_BYTES",
    "IngestError",
    "JsonlKeys",
    "SourceDoc",
    "content_id",
    "expand_inputs",
    "iter_documents",
]
