"""One record per name whatever type the recogniser gave it: the type most of the store's articles give wins.

A statistical recogniser labels one company a person in one article and an organisation in the next, a product a
place, a bank a nationality. Records are keyed by (name, type), so each label would make its own record. For the
types it confuses (`FLUID_TYPES`), a document actor that the knowledge base does not back (no kind, no state)
joins the record of the same name and another fluid type when that record is in at least `MIN_DOCS` documents
and in more documents than the record of its own type; after each document, the documents of the smaller
records of its names are linked again, so the result depends on the set of articles, not their order. States
and cities (GPE) are never in the set: a person named like a place stays a person.
"""

from __future__ import annotations

import sqlite3

FLUID_TYPES = ("PERSON", "ORG", "NORP", "LOC", "FAC", "PRODUCT")
MIN_DOCS = 2
_IN = ", ".join("?" * len(FLUID_TYPES))


def records_by_documents(conn: sqlite3.Connection, norm_: str) -> list[tuple[int, str, int]]:
    """(actor id, type, documents) of the fluid-typed records of a name, the most documents first."""
    return conn.execute(
        "SELECT a.id, a.type, count(DISTINCT d.document_id) AS docs FROM actors a "
        "JOIN doc_actors d ON d.actor_id = a.id "
        f"WHERE a.norm = ? AND a.type IN ({_IN}) GROUP BY a.id ORDER BY docs DESC, a.id",
        (norm_, *FLUID_TYPES)).fetchall()


def fluid(actor, type_: str) -> bool:
    """Whether this document actor's type may yield to the store's: a confusable type, no knowledge-base facts."""
    return type_ in FLUID_TYPES and (actor is None or (actor.kind is None and actor.country is None))


def by_store_type(x) -> tuple[int, str] | None:
    """The name's record of another type, when the store's articles mostly give it that type ('Acme' ORG)."""
    if not x.norm or not fluid(x.actor, x.type):
        return None
    rows = records_by_documents(x.conn, x.norm)
    own = next((docs for _, ty, docs in rows if ty == x.type), 0)
    best = next(((aid, ty, docs) for aid, ty, docs in rows if ty != x.type), None)
    if best is not None and best[2] >= MIN_DOCS and best[2] > own:
        return best[0], "type"
    return None


def documents_to_relink(conn: sqlite3.Connection, norms, doc_id: str) -> set[str]:
    """Documents whose actors of these names sit in a smaller record than the name's largest fluid one."""
    todo: set[str] = set()
    for n in sorted(set(norms)):
        rows = records_by_documents(conn, n)
        if len(rows) < 2 or rows[0][2] < MIN_DOCS:
            continue
        small = [aid for aid, _, docs in rows[1:] if docs < rows[0][2]]
        for aid in small:
            todo.update(r[0] for r in conn.execute(
                "SELECT document_id FROM doc_actors WHERE actor_id = ? AND how IN ('name', 'type') "
                "AND document_id != ?", (aid, doc_id)))
    return todo
