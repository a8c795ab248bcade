"""`claimscope claims`, `claimscope contradictions` and `claimscope timeline`: what is asserted across documents,
by whom, where sources disagree, and how a number changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import UsageError
from .options import DbOption, FormatOption, require_store
from .output import RowFormat, emit_rows

CLAIM_COLUMNS = [("id", "claim"), ("kind", "kind"), ("text", "claim text"), ("sources", "independent"),
                 ("outlets", "outlets"), ("speakers", "sources"), ("first_seen", "first seen"),
                 ("last_seen", "last seen"), ("contradicted", "contradicted"), ("against", "contradicted by")]
KINDS = ("number", "polarity", "characterisation")
CONTRADICTION_COLUMNS = [("kind", "kind"), ("source_a", "one side"), ("text_a", "says"), ("source_b", "other side"),
                         ("text_b", "says"), ("note", "why"), ("story_id", "story")]
TIMELINE_COLUMNS = [("date", "date"), ("actor", "actor"), ("value", "value"), ("unit", "unit"), ("status", "status"),
                    ("text", "as written"), ("source", "source"), ("publisher", "outlet"), ("document_id", "doc")]


def _open(db: Path):
    from ..store import Store

    require_store(db)
    return Store(db)


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
            r[side] = {"claim": r.get(f"claim_{side}"), "source": r.get(f"source_{side}"),
                       "text": r.get(f"text_{side}"), "evidence": r.get(f"evidence_{side}"),
                       "document": docs.get(r.get(f"document_{side}")),
                       "statement": _statement(conn, r.get(f"statement_{side}"))}
    return rows


def claim_rows(conn, *, story: str | None = None, contradicted: bool = False, actor: str | None = None) -> list[dict]:
    """Claims with their reports (document and statement) and, when contradicted, the other sides."""
    from ..store.text import fold

    if not _has(conn, "claims"):
        return []
    sql, params = "SELECT * FROM claims WHERE 1 = 1", []
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


def claims(
    db: Path = DbOption,
    contradicted: bool = typer.Option(False, "--contradicted", help="Only contradicted claims, with the other side."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Only claims whose actor, source or text contains NAME."),
    story: Optional[str] = typer.Option(None, "--story", help="Only the claims of this story id."),
    fmt: RowFormat = FormatOption,
) -> None:
    """List claims across documents: what is asserted, by how many independent sources and outlets."""
    with _open(db) as store:
        rows = claim_rows(store._db, story=story, contradicted=contradicted, actor=actor)
    columns = CLAIM_COLUMNS if contradicted else CLAIM_COLUMNS[:-1]
    emit_rows(rows, fmt, columns, title=f"{len(rows)} claim(s)", console=Console(highlight=False))


def contradictions(
    db: Path = DbOption,
    story: Optional[str] = typer.Option(None, "--story", help="Only the contradictions of this story id."),
    kind: Optional[str] = typer.Option(None, "--kind", help="number, polarity or characterisation."),
    fmt: RowFormat = FormatOption,
) -> None:
    """List contradictions with the evidence on both sides."""
    if kind is not None and kind not in KINDS:
        raise UsageError(f"--kind {kind!r}: use one of {', '.join(KINDS)}")
    with _open(db) as store:
        rows = contradiction_rows(store._db, story=story)
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    emit_rows(rows, fmt, CONTRADICTION_COLUMNS, title=f"{len(rows)} contradiction(s)", console=Console(highlight=False))


def timeline(
    db: Path = DbOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Only quantities whose actor contains NAME."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Only quantities of this unit (troops = soldiers)."),
    fmt: RowFormat = FormatOption,
) -> None:
    """A quantity over time, by source: each report of it with its date, value, status and source."""
    from ..link.timeline import timeline as build

    with _open(db) as store:
        rows = build(store._db, actor=actor, unit=unit)
    emit_rows(rows, fmt, TIMELINE_COLUMNS, title=f"{len(rows)} value(s)", console=Console(highlight=False))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("claims")(claims)
    app.command("contradictions")(contradictions)
    app.command("timeline")(timeline)
