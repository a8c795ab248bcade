"""Small store builders for the link tests: documents stored with minimal JSON (no spaCy needed)."""

from __future__ import annotations

import hashlib


def doc(text: str, title: str | None = None, published: str | None = None, **extra) -> dict:
    """A minimal storable document JSON whose id derives from its text, like the real ones."""
    return {"id": hashlib.sha256(text.encode()).hexdigest()[:16], "text": text, "title": title,
            "published": published, "statements": [], "actors": [], **extra}
