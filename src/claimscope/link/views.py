"""Read the link tables back as rows for the CLI: stories with their documents named."""

from __future__ import annotations

import sqlite3

from . import duplicates, stories


def story_rows(conn: sqlite3.Connection, story_id: str | None = None) -> list[dict]:
    """Stories (largest first), each with its documents (id, url, path, title, publisher, published, copy_of)."""
    stories.ensure_tables(conn)
    duplicates.ensure_tables(conn)
    where, args = ("WHERE s.id = ?", (story_id,)) if story_id else ("", ())
    rows = [{"id": r[0], "label": r[1], "first_seen": r[2], "last_seen": r[3], "documents": r[4],
             "sources": r[5], "members": []}
            for r in conn.execute("SELECT s.id, s.label, s.first_seen, s.last_seen, s.documents, s.sources "
                                  f"FROM stories s {where} ORDER BY s.documents DESC, s.first_seen, s.id", args)]
    by_id = {r["id"]: r for r in rows}
    for sid, doc_id, url, path, title, publisher, published, canon in conn.execute(
            "SELECT sd.story_id, d.id, d.url, d.path, d.title, d.publisher, d.published, x.canonical_id "
            "FROM story_documents sd JOIN documents d ON d.id = sd.document_id "
            "LEFT JOIN document_duplicates x ON x.document_id = d.id ORDER BY d.published, d.n"):
        if sid in by_id:
            by_id[sid]["members"].append({"id": doc_id, "url": url, "path": path, "title": title,
                                        "publisher": publisher, "published": published, "copy_of": canon})
    for r in rows:
        r["publishers"] = sorted({d["publisher"] for d in r["members"] if d["publisher"]})
        r["titles"] = [d["title"] for d in r["members"]]
    return rows
