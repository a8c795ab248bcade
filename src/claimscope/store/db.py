"""The Store object: one SQLite connection and the public API that the CLI and pipeline use."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimscope.errors import StoreError
from claimscope.store import facts
from claimscope.store import actors as store_actors
from claimscope.store import query as q
from claimscope.store import write
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

    def add_document(self, doc: dict) -> bool:
        """Store one document JSON atomically; False (nothing written) if its id is already stored."""
        return write.add_document(self._db, doc)

    def add_documents(self, docs: Iterable[dict]) -> int:
        """Add many documents, committing each on its own so an interruption keeps the finished ones."""
        return sum(1 for doc in docs if self.add_document(doc))

    def get_document(self, doc_id: str) -> dict | None:
        """The document JSON exactly as added, or None."""
        row = self._db.execute("SELECT json FROM documents WHERE id = ?", (sqlite_text(doc_id),)).fetchone()
        return write.unpack_json(row[0]) if row else None

    def statements(
        self,
        *,
        speaker: str | None = None,
        search: str | None = None,
        document: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
        """Statements as flat rows; see query.statements for the filters."""
        return q.statements(
            self._db, speaker=speaker, search=search, document=document, limit=limit, offset=offset
        )

    def search_documents(self, query: str, limit: int = 20, highlight: tuple[str, str] = ("«", "»")) -> list[dict]:
        """Full-text search over document titles and text, with snippets."""
        return q.search_documents(self._db, query, limit=limit, highlight=highlight)

    def actors(self, *, search: str | None = None, type: str | None = None, limit: int | None = None) -> list[dict]:
        """Canonical actors with mention, document and statement counts."""
        return q.actors(self._db, search=search, type=type, limit=limit)

    def actor(self, name: str, *, limit: int = 200) -> dict | None:
        """One actor (by id, name or a name a document used): names, roles over time, mentions, statements by
        it and about it; None when nothing matches."""
        return q.actor_detail(self._db, name, limit=limit)

    def merge_actors(self, target: str, variant: str, *, type: str | None = None,
                     document: str | None = None) -> int:
        """User override: records named `variant` are `target` (now and in documents added later); returns how
        many stored documents changed."""
        return store_actors.add_override(self._db, "merge", variant, target, type_=type, target_type=type,
                                         document=document)

    def split_actors(self, actor: str, variant: str, *, document: str | None = None) -> int:
        """User override: records named `variant` stay apart from `actor` (undoes a merge or an automatic
        surname attachment), everywhere or in one document; returns how many stored documents changed."""
        return store_actors.add_override(self._db, "split", variant, actor, document=document)

    def actor_overrides(self) -> list[dict]:
        """The merge and split overrides in force, oldest first."""
        return store_actors.overrides(self._db)

    def remove_actor_override(self, override_id: int) -> int:
        """Forget one override and re-link the documents it touched."""
        return store_actors.remove_override(self._db, override_id)

    def events(self, *, actor: str | None = None, type: str | None = None, document: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[dict]:
        """Events (who did what to whom), filtered by actor or recipient substring, PLOVER type and document."""
        return facts.events(self._db, actor=actor, type=type, document=document, limit=limit, offset=offset)

    def quantities(self, *, actor: str | None = None, unit: str | None = None, document: str | None = None,
                   limit: int | None = None) -> list[dict]:
        """Quantities, filtered by actor substring, unit and document."""
        return facts.quantities(self._db, actor=actor, unit=unit, document=document, limit=limit)

    def stats(self) -> dict:
        """Counts of documents, statements, actors and mentions."""
        return q.stats(self._db)
