"""The unit that ingest hands to analysis: text plus where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


def content_id(text: str) -> str:
    """Same text, same id: the first 16 hex digits of the SHA-256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class SourceDoc:
    """One document to analyse; `text` is analysed exactly as given, offsets index into it."""

    text: str
    origin: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None

    @property
    def id(self) -> str:
        return content_id(self.text)

    def source(self) -> dict:
        """The `source` object of the document JSON."""
        out = {}
        if self.path is not None:
            out["path"] = self.path
        if self.url is not None:
            out["url"] = self.url
        return out
