"""The unit that ingest hands to analysis: text plus where it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields

from claimscope.ingest.normalise import normalise_text, replace_surrogates


def content_id(text: str) -> str:
    """Same text, same id: the first 16 hex digits of the SHA-256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class SourceDoc:
    """One document to analyse; `text` is analysed as normalised here (claimscope.ingest.normalise: one character
    for one, so offsets index the given text too)."""

    text: str
    origin: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    author: str | None = None

    def __post_init__(self) -> None:
        self.text = normalise_text(self.text)
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "text" and isinstance(value, str):
                setattr(self, f.name, replace_surrogates(value))

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
