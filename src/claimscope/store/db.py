"""The Store object: one SQLite connection and the public API that the CLI and pipeline use."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimscope.document import Document
from claimscope.errors import StoreError
from claimscope.store import overrides, read, read_actors, read_facts, write
from claimscope.store.filters import Filters
from claimscope.store.schema import connect
from claimscope.store.text import fold, sqlite_text


class Store:
    """An embedded claimscope store (SQLite, WAL, FTS5); one writer, analysis runs in the same process."""

    def __init__(self, path: str | Path = "claimscope.db"):
        self.path = path
        self._conn = connect(path)
        self._conn.create_function("cs_fold", 1, fold, deterministic=True)

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL when the last connection goes."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def _db(self):
        """The open connection, or a clear error instead of an AttributeError after close()."""
        if self._conn is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._conn

    def has_document(self, doc_id: str) -> bool:
        """Cheap membership test so the pipeline can skip documents it already analysed."""
        return self._db.execute("SELECT 1 FROM documents WHERE id = ?", (sqlite_text(doc_id),)).fetchone() is not None

    def document_ids(self) -> set[str]:
        """All stored ids at once, for fast skipping when a run resumes."""
        return {row[0] for row in self._db.execute("SELECT id FROM documents")}

    def add_document(self, doc: dict | Document) -> bool:
        """Store one document (its JSON or the typed document) atomically; False (nothing written) if its id is
        already stored."""
        return write.add_document(self._db, doc)

    def add_documents(self, docs: Iterable[dict | Document]) -> int:
        """Add many documents, committing each on its own so an interruption keeps the finished ones."""
        return sum(1 for doc in docs if self.add_document(doc))

    def get_document(self, doc_id: str) -> dict | None:
        """The document JSON exactly as added, or None."""
        return read.document_json(self._db, doc_id)

    def read_document(self, doc_id: str) -> Document | None:
        """The stored document, typed, or None."""
        return read.read_document(self._db, doc_id)

    def statements(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        document: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[read.StatementRow]:
        """Statements by speaker substring, full-text search and document; best matches first when searching."""
        filters = Filters(speaker=speaker, search=search, document=document)
        return read.select_statements(self._db, filters, limit=limit, offset=offset, count=False)[0]

    def search_documents(self, query: str, limit: int = 20, highlight: tuple[str, str] = ("«", "»")) -> list[dict]:
        """Full-text search over document titles and text, with snippets."""
        return read.search_documents(self._db, query, limit=limit, highlight=highlight)

    def actors(self, *, search: str | None = None, type: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[dict]:
        """Canonical actors with mention, document and statement counts."""
        return read_actors.actor_listing(self._db, search=search, type=type, limit=limit, offset=offset)

    def actor(self, name: str, *, limit: int = 200) -> dict | None:
        """One actor (by id, name or a name a document used): names, roles over time, mentions, statements by
        it and about it; None when nothing matches."""
        return read_actors.actor_detail(self._db, name, limit=limit)

    def merge_actors(self, target: str, variant: str, *, type: str | None = None,
                     document: str | None = None) -> int:
        """User override: records named `variant` are `target` (now and in documents added later); returns how
        many stored documents changed."""
        return overrides.add_override(self._db, "merge", variant, target, type_=type, target_type=type,
                                         document=document)

    def split_actors(self, actor: str, variant: str, *, document: str | None = None) -> int:
        """User override: records named `variant` stay apart from `actor` (undoes a merge or an automatic
        surname attachment), everywhere or in one document; returns how many stored documents changed."""
        return overrides.add_override(self._db, "split", variant, actor, document=document)

    def actor_overrides(self) -> list[dict]:
        """The merge and split overrides in force, oldest first."""
        return overrides.overrides(self._db)

    def remove_actor_override(self, override_id: int) -> int:
        """Forget one override and re-link the documents it touched."""
        return overrides.remove_override(self._db, override_id)

    def events(self, *, actor: str | None = None, type: str | None = None, document: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[dict]:
        """Events (who did what to whom), filtered by actor or recipient substring, PLOVER type and document."""
        return read_facts.events(self._db, actor=actor, type=type, document=document, limit=limit, offset=offset)

    def quantities(self, *, actor: str | None = None, unit: str | None = None, document: str | None = None,
                   limit: int | None = None) -> list[dict]:
        """Quantities, filtered by actor substring, unit and document."""
        return read_facts.quantities(self._db, actor=actor, unit=unit, document=document, limit=limit)

    def stats(self) -> dict:
        """Counts of documents, statements, actors and mentions."""
        return read.stats(self._db, dates=False)
