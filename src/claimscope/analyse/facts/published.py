"""The publication date a Doc carries, so relative dates ("last Friday") resolve while the pipeline runs.

The one public mechanism is the `doc._.published` extension (an ISO string, a date or a datetime), set before
the Doc enters the pipeline: `nlp(with_published(nlp.make_doc(text), "2024-03-05"))`. The batch runner
(`scale/batches.py`) does so for every SourceDoc; a library user may set it by hand or put the value in
`doc.user_data["published"]`. Components read it through `doc_published(doc)` only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import register_extensions


def with_published(doc: Doc, published) -> Doc:
    """The Doc, carrying `published` in `doc._.published` (None leaves it unknown)."""
    register_extensions()
    doc._.published = published
    return doc


def doc_published(doc: Doc):
    """The publication date known to a Doc: `doc._.published`, else `doc.user_data["published"]`, else None."""
    value = doc._.published if Doc.has_extension("published") else None
    if value is None and isinstance(doc.user_data, dict):
        value = doc.user_data.get("published")
    return value
