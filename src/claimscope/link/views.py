"""The link tables read back as rows for the CLI: stories, claims and contradictions, their documents named."""

from __future__ import annotations

import json
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


def _has(conn, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() \
        is not None


def _documents(conn, ids: set[str]) -> dict[str, dict]:
    """document id -> how the output names it."""
    out = {}
    for doc_id in ids:
        row = conn.execute("SELECT id, url, path, title, publisher, published FROM documents WHERE id = ?",
                           (doc_id,)).fetchone()
        if row:
            out[doc_id] = dict(zip(("id", "url", "path", "title", "publisher", "published"), row))
    return out


def _statement(conn, statement_id: str | None) -> dict | None:
    """A statement as the output shows it: speaker, cue, content."""
    if not statement_id:
        return None
    row = conn.execute("SELECT s.id, coalesce(a.name, s.speaker_text), s.cue_text, s.content_text, s.kind "
                       "FROM statements s LEFT JOIN actors a ON a.id = s.speaker_actor_id WHERE s.id = ?",
                       (statement_id,)).fetchone()
    return dict(zip(("id", "speaker", "cue", "content", "kind"), row)) if row else {"id": statement_id}


def _offsets(conn, doc_id: str | None, text: str | None) -> tuple[int | None, int | None]:
    """Where a side's sentence lies in its document (offsets into the text), or (None, None)."""
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone() if doc_id and text else None
    at = row[0].find(text.strip()) if row and row[0] else -1
    return (at, at + len(text.strip())) if at >= 0 else (None, None)


def contradiction_rows(conn, *, story: str | None = None, claim_ids: set[str] | None = None) -> list[dict]:
    """Contradictions with both sides spelled out: document, statement, source, text and evidence."""
    if not _has(conn, "contradictions"):
        return []
    cur = conn.execute("SELECT * FROM contradictions" + (" WHERE story_id = ?" if story else "") + " ORDER BY id",
                       (story,) if story else ())
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur]
    if claim_ids is not None:
        rows = [r for r in rows if r.get("claim_a") in claim_ids or r.get("claim_b") in claim_ids]
    docs = _documents(conn, {r[k] for r in rows for k in ("document_a", "document_b") if r.get(k)})
    for r in rows:
        for side in ("a", "b"):
            start, end = _offsets(conn, r.get(f"document_{side}"), r.get(f"text_{side}"))
            r[side] = {"claim": r.get(f"claim_{side}"), "source": r.get(f"source_{side}"),
                       "text": r.get(f"text_{side}"), "start": start, "end": end,
                       "evidence": r.get(f"evidence_{side}"), "document": docs.get(r.get(f"document_{side}")),
                       "statement": _statement(conn, r.get(f"statement_{side}"))}
    return rows


def claim_rows(conn, *, story: str | None = None, contradicted: bool = False, actor: str | None = None,
               ids: list[str] | None = None) -> list[dict]:
    """Claims with their reports (document and statement) and, when contradicted, the other sides; with `ids`
    (a page the read path chose, store/read_claims.py), those claims in that order."""
    from ..store.text import fold

    if not _has(conn, "claims"):
        return []
    sql, params = "SELECT * FROM claims WHERE 1 = 1", []
    if ids is not None:
        order = {claim_id: i for i, claim_id in enumerate(ids)}
        sql, params = sql + " AND id IN (SELECT value FROM json_each(?))", params + [json.dumps(list(ids))]
    if story:
        sql, params = sql + " AND story_id = ?", params + [story]
    if contradicted:
        sql += " AND contradicted = 1"
    cur = conn.execute(sql + " ORDER BY story_id, first_seen, id", params)
    names = [d[0] for d in cur.description]
    rows = []
    for raw in cur:
        row = dict(zip(names, raw))
        for key in ("speakers", "outlet_names", "documents", "key"):
            if isinstance(row.get(key), str):
                row[key] = json.loads(row[key])
        if actor:
            needle = fold(actor)
            if needle not in fold(row.get("actor") or "") and needle not in fold(row.get("text") or "") and \
                    not any(needle in fold(s) for s in row.get("speakers") or []):
                continue
        rows.append(row)
    if ids is not None:
        rows.sort(key=lambda r: order[r["id"]])
    ids = {r["id"] for r in rows}
    links: dict[str, list[tuple]] = {}
    for start in range(0, len(ids), 500):
        chunk = sorted(ids)[start:start + 500]
        for link in conn.execute("SELECT claim_id, statement_id, document_id, item, source FROM claim_statements "
                                 f"WHERE claim_id IN ({','.join('?' * len(chunk))})", chunk):
            links.setdefault(link[0], []).append(link[1:])
    docs = _documents(conn, {l[1] for ls in links.values() for l in ls})
    against: dict[str, list[dict]] = {}
    for c in contradiction_rows(conn, claim_ids=ids) if contradicted else []:
        for me, other in (("a", "b"), ("b", "a")):
            if c.get(f"claim_{me}") in ids:
                against.setdefault(c[f"claim_{me}"], []).append(
                    {"kind": c["kind"], "note": c["note"], "this": c[me], "other": c[other]})
    for row in rows:
        row["reports"] = [{"item": item, "source": source, "document": docs.get(doc_id),
                           "statement": _statement(conn, sid)} for sid, doc_id, item, source in links.get(row["id"], [])]
        if contradicted:
            row["contradictions"] = against.get(row["id"], [])
            row["against"] = "; ".join(f"{c['other']['source']}: {c['other']['text']} ({c['kind']})"
                                       for c in row["contradictions"])
    return rows
