"""What a run did and how one analysed document reaches the store: shared by every engine and by `api`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import IngestError


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
