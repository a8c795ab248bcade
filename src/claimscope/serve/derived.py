"""Readers for what later stages add to a store: events and quantities (facts stage), stories and claims (linking).

Each reader says whether the data is there (`computed`) so the API and the UI can show "not computed yet"
instead of failing, and fills in by itself once the data appears:

- events / quantities: rows of the `events` / `quantities` tables (store/schema.sql) when they hold any, else
  the `events` / `quantities` arrays of the stored document JSON; "computed" once there is at least one.
- stories / claims: the tables `stories(id, label, first_seen, last_seen, ...)`,
  `story_documents(story_id, document_id)`, `claims(id, story_id, text, sources, contradicted, first_seen,
  last_seen, ...)`, `claim_statements(claim_id, statement_id)` and `contradictions(id, story_id, kind,
  statement_a, statement_b, claim_a, claim_b, note, ...)`. Extra columns are passed through as they are.
  If the linking stage stores them differently, this module is the one place to map them.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any

from claimscope.serve.memo import memoised
from claimscope.store import filters, read
from claimscope.store.blob import unpack_json
from claimscope.store.text import fold, sqlite_text

NOT_COMPUTED = {
    "events": "Events come from the facts stage (numbers, dates and events), which had not run yet when "
              "these articles were analysed; analyse them again into a new store to see them here.",
    "quantities": "Quantities come from the facts stage (numbers, dates and events), which had not run yet when "
                  "these articles were analysed; analyse them again into a new store to see them here.",
    "stories": "Stories come from the linking stage (claimscope link), which has not run on this store yet.",
    "claims": "Claims, corroboration and contradictions come from the linking stage (claimscope link), which has "
              "not run on this store yet.",
}


def _value(v: Any) -> Any:
    """Text columns holding JSON arrays/objects come back parsed."""
    if isinstance(v, str) and v[:1] in "[{":
        try:
            return json.loads(v)
        except ValueError:
            return v
    if isinstance(v, bytes):
        return None
    return v


def _rows(conn: sqlite3.Connection, table: str, where: dict[str, Any] | None = None) -> list[dict]:
    """All rows of a derived table (name from table_names only), optionally where column = value."""
    cols = filters.columns(conn, table)
    clauses, params = [], []
    for col, val in (where or {}).items():
        if col in cols:
            clauses.append(f'"{col}" = ?')
            params.append(val)
    sql = f'SELECT * FROM "{table}"' + (" WHERE " + " AND ".join(clauses) if clauses else "")
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [{k: _value(v) for k, v in zip(names, row)} for row in cur]


# --- events and quantities ---------------------------------------------------------------------------------

_cache_lock = threading.Lock()
_json_cache: dict[str, tuple[tuple, dict[str, list[dict]]]] = {}


def _from_documents(conn: sqlite3.Connection, db_key: str) -> dict[str, list[dict]]:
    """Events and quantities from the document JSON, with their document and speaker; cached per store state."""
    state = tuple(conn.execute("SELECT count(*), max(n) FROM documents").fetchone())
    with _cache_lock:
        hit = _json_cache.get(db_key)
        if hit and hit[0] == state:
            return hit[1]
    out: dict[str, list[dict]] = {"events": [], "quantities": []}
    for (blob,) in conn.execute("SELECT json FROM documents ORDER BY n"):
        doc = unpack_json(blob)
        if not doc.get("events") and not doc.get("quantities"):
            continue
        statements = {st.get("id"): st for st in doc.get("statements") or []}
        local_actors = {a.get("id"): a.get("name") for a in doc.get("actors") or [] if a.get("id")}
        context = {"document_id": doc["id"], "title": doc.get("title"), "published": doc.get("published"),
                   "publisher": doc.get("publisher")}
        for key in ("events", "quantities"):
            for item in doc.get(key) or []:
                if not isinstance(item, dict):
                    continue
                row = {**item, **context}
                ref = item.get("statement")  # a statement id
                st = statements.get(ref) if isinstance(ref, str) else None
                speaker = (st or {}).get("speaker") or {}
                row["speaker"] = speaker.get("name") or speaker.get("text")
                actor = item.get("actor")
                if isinstance(actor, str) and actor in local_actors:
                    row["actor"] = local_actors[actor]
                elif isinstance(actor, dict):
                    row["actor"] = actor.get("name") or local_actors.get(actor.get("id")) or actor.get("text")
                out[key].append(row)
    with _cache_lock:
        _json_cache[db_key] = (state, out)
    return out


def _items(conn: sqlite3.Connection, db_key: str, key: str) -> list[dict]:
    """Rows of the `events` / `quantities` table when it has any, else the arrays in the document JSON."""
    rows = _rows(conn, key) if key in filters.table_names(conn) else []
    if not rows:
        return _from_documents(conn, db_key)[key]
    docs = {r[0]: r[1:] for r in conn.execute("SELECT id, title, published, publisher FROM documents")}
    ids = sorted({r.get("statement_id") for r in rows if isinstance(r.get("statement_id"), str)})
    speakers: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        speakers.update(conn.execute(
            "SELECT s.id, coalesce(a.name, s.speaker_text) FROM statements s LEFT JOIN actors a "
            f"ON a.id = s.speaker_actor_id WHERE s.id IN ({','.join('?' * len(chunk))})", chunk))
    for row in rows:
        meta = docs.get(row.get("document_id"))
        if meta:
            row.setdefault("title", meta[0])
            row.setdefault("published", meta[1])
            row.setdefault("publisher", meta[2])
        if "statement" not in row and "statement_id" in row:
            row["statement"] = row["statement_id"]
        row.setdefault("speaker", speakers.get(row.get("statement")))
    return rows


def computed(conn: sqlite3.Connection, db_key: str) -> dict[str, bool]:
    """Which derived data the store holds, as the readers below would say, without reading any of it: a row
    of the events / quantities table (else of the document JSON, cached), the stories / claims tables."""
    tables = filters.table_names(conn)
    out: dict[str, bool] = {}
    for key in ("events", "quantities"):
        stored = key in tables and conn.execute(f'SELECT 1 FROM "{key}" LIMIT 1').fetchone() is not None
        out[key] = stored or bool(_from_documents(conn, db_key)[key])
    out["stories"] = "stories" in tables
    out["claims"] = "claims" in tables
    return out


def _text(v: Any) -> str:
    if isinstance(v, dict):
        v = v.get("name") or v.get("text") or ""
    return fold(sqlite_text(str(v))) if v is not None else ""


def events(conn: sqlite3.Connection, db_key: str, *, actor: str | None = None, type: str | None = None,
           document: str | None = None) -> tuple[bool, list[dict]]:
    """(computed, events) filtered by actor (substring of actor or recipient), type prefix and document."""
    items = memoised(db_key, "events", None, lambda: _items(conn, db_key, "events"))
    computed = bool(items)
    if actor:
        needle = fold(actor)
        items = [e for e in items if needle in _text(e.get("actor")) or needle in _text(e.get("recipient"))]
    if type:
        items = [e for e in items if _text(e.get("type")).startswith(fold(type))]
    if document:
        items = [e for e in items if e.get("document_id") == document]
    return computed, items


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).replace(",", ""))
    except ValueError:
        return None


def quantities(conn: sqlite3.Connection, db_key: str, *, unit: str | None = None, actor: str | None = None,
               document: str | None = None) -> tuple[bool, list[dict]]:
    """(computed, quantities) with `point` (value, or the middle of low-high), `source` (who reports it, else the
    publisher) and `reported` (the publication date) added for charting."""
    items = memoised(db_key, "quantities", None, lambda: _items(conn, db_key, "quantities"))
    computed = bool(items)
    out = []
    for q in items:
        value, low, high = _number(q.get("value")), _number(q.get("low")), _number(q.get("high"))
        point = value if value is not None else (
            (low + high) / 2 if low is not None and high is not None else low if low is not None else high)
        source = q.get("source") if isinstance(q.get("source"), str) and q.get("source") else None
        out.append({**q, "point": point,
                    "source": source or q.get("speaker") or q.get("publisher") or "(unattributed)",
                    "reported": (q.get("published") or "")[:10] or None})
    if unit:
        out = [q for q in out if _text(q.get("unit")) == fold(unit)]
    if actor:
        needle = fold(actor)
        out = [q for q in out if needle in _text(q.get("actor")) or needle in _text(q.get("source"))]
    if document:
        out = [q for q in out if q.get("document_id") == document]
    return computed, out


# --- stories and claims ------------------------------------------------------------------------------------


def stories(conn: sqlite3.Connection) -> tuple[bool, list[dict]]:
    """(computed, stories) with document counts when story_documents exists."""
    tables = filters.table_names(conn)
    if "stories" not in tables:
        return False, []
    rows = _rows(conn, "stories")
    if filters.derived_state(conn)["stories"]:
        counts = dict(conn.execute("SELECT story_id, count(DISTINCT document_id) FROM story_documents GROUP BY 1"))
        for row in rows:
            row.setdefault("documents", counts.get(row.get("id"), 0))
    if "claims" in tables and "story_id" in filters.columns(conn, "claims"):
        counts = dict(conn.execute("SELECT story_id, count(*) FROM claims GROUP BY 1"))
        for row in rows:
            row.setdefault("claims", counts.get(row.get("id"), 0))
    # biggest first, then the most recently seen: what an analyst opens first
    rows.sort(key=lambda r: str(r.get("last_seen") or ""), reverse=True)
    rows.sort(key=lambda r: int(r.get("documents") or 0), reverse=True)
    return True, rows


def _claim_statements(conn: sqlite3.Connection, claim_ids: list) -> dict[Any, list[dict]]:
    if not claim_ids or "claim_statements" not in filters.table_names(conn):
        return {}
    by_claim: dict[Any, list[str]] = {cid: [] for cid in claim_ids}
    # only the wanted claims' links, through the claim_id index (a page of claims reads a page of links)
    for claim_id, statement_id in conn.execute(
            "SELECT claim_id, statement_id FROM claim_statements WHERE claim_id IN (SELECT value FROM json_each(?))",
            (json.dumps([c for c in claim_ids if isinstance(c, (str, int))]),)):
        by_claim.setdefault(claim_id, []).append(statement_id)
    by_claim = {cid: sids for cid, sids in by_claim.items() if sids}
    every = [sid for sids in by_claim.values() for sid in sids]
    rows = {r["id"]: r for r in read.statements_by_ids(conn, every)}
    return {cid: [rows[s] for s in sids if s in rows] for cid, sids in by_claim.items()}


def claims(conn: sqlite3.Connection, *, story: str | None = None, contradicted: bool | None = None,
           actor: str | None = None, with_statements: bool = True,
           db_key: str | None = None) -> tuple[bool, list[dict]]:
    """(computed, claims) with `corroboration` (distinct sources), each with its statements unless
    `with_statements` is False (a list page attaches them to its one page: `attach_statements`). With the
    store's path as `db_key`, the rows are read once per state of the store (`memo`)."""
    if "claims" not in filters.table_names(conn):
        return False, []
    where = {"story_id": story} if story else None

    def read_rows() -> list[dict]:
        rows = _rows(conn, "claims", where)
        for row in rows:
            row.setdefault("corroboration", row.get("sources"))
        return rows

    rows = memoised(db_key, "claims", story, read_rows) if db_key else read_rows()
    if story and "story_id" not in filters.columns(conn, "claims"):
        rows = []
    if contradicted is not None:
        rows = [r for r in rows if bool(r.get("contradicted")) == contradicted]
    if actor:  # the claim's own text, actor and speakers: no statement needs reading to filter
        needle = fold(actor)
        rows = [r for r in rows if needle in _text(r.get("text")) or needle in _text(r.get("actor"))
                or any(needle in _text(n) for n in (r.get("speakers") or []) if isinstance(n, str))]
    return True, attach_statements(conn, rows) if with_statements else rows


def attach_statements(conn: sqlite3.Connection, rows: list[dict]) -> list[dict]:
    """Claims (copies) with their statements, speakers and outlet count filled in from the statements table."""
    rows = [dict(r) for r in rows]
    linked = _claim_statements(conn, [r.get("id") for r in rows])
    for row in rows:
        sts = linked.get(row.get("id"), [])
        row["statements"] = sts
        speakers = {s.get("speaker_name") or s.get("speaker_text") for s in sts} - {None}
        outlets = {s.get("publisher") or s.get("url") or s.get("document_id") for s in sts}
        if row.get("corroboration") is None:
            row["corroboration"] = len(speakers)
        row.setdefault("speakers", sorted(speakers))
        row.setdefault("outlets", len(outlets))
    return rows


def story(conn: sqlite3.Connection, story_id: str) -> tuple[bool, dict | None]:
    """(computed, story with documents, claims and contradictions) or (computed, None) when there is none."""
    tables = filters.table_names(conn)
    if "stories" not in tables:
        return False, None
    found = [r for r in _rows(conn, "stories", {"id": story_id}) if str(r.get("id")) == story_id]
    if not found:
        return True, None
    out = found[0]
    docs: list[dict] = []
    if filters.derived_state(conn)["stories"]:
        ids = [r[0] for r in conn.execute("SELECT DISTINCT document_id FROM story_documents WHERE story_id = ?",
                                          (out.get("id"),))]
        docs = read.documents_by_ids(conn, ids)
    out["documents"] = docs
    _, out["claims"] = claims(conn, story=out.get("id"))
    out["contradictions"] = []
    if "contradictions" in tables:
        rows = _rows(conn, "contradictions", {"story_id": out.get("id")})
        out["contradictions"] = _with_sides(conn, rows, {c.get("id"): c.get("text") for c in out["claims"]})
    return True, out


def _with_sides(conn: sqlite3.Connection, rows: list[dict], claim_text: dict) -> list[dict]:
    """Contradiction rows with both sides as statements ("a", "b"), else the text of the claim on that side."""
    sides = [r.get(k) for r in rows for k in ("statement_a", "statement_b") if r.get(k)]
    by_id = {s["id"]: s for s in read.statements_by_ids(conn, sides)}
    for r in rows:
        r["a"] = by_id.get(r.get("statement_a")) or {"content_text": claim_text.get(r.get("claim_a"))}
        r["b"] = by_id.get(r.get("statement_b")) or {"content_text": claim_text.get(r.get("claim_b"))}
    return rows


def claim_contradictions(conn: sqlite3.Connection, rows: list[dict]) -> list[dict]:
    """Claims (copies) with `contradictions`: for a contradicted claim, each disagreement it is a side of, both
    sides with their statements, so a page shows the supporting and the contradicting sources together."""
    rows = [dict(r) for r in rows]
    wanted = [r.get("id") for r in rows if r.get("contradicted")]
    found: dict[Any, list[dict]] = {}
    if wanted and "contradictions" in filters.table_names(conn):
        ids = json.dumps([w for w in wanted if isinstance(w, (str, int))])
        cur = conn.execute("SELECT * FROM contradictions WHERE claim_a IN (SELECT value FROM json_each(?)) "
                           "OR claim_b IN (SELECT value FROM json_each(?))", (ids, ids))
        names = [d[0] for d in cur.description]
        pairs = [{k: _value(v) for k, v in zip(names, row)} for row in cur]
        text = {r.get("id"): r.get("text") for r in rows}
        for pair in _with_sides(conn, pairs, text):
            for side in ("claim_a", "claim_b"):
                if pair.get(side) in text:
                    found.setdefault(pair[side], []).append(pair)
    for r in rows:
        r["contradictions"] = found.get(r.get("id"), [])
    return rows


def contradictions(conn: sqlite3.Connection, *, story: str | None = None,
                   kind: str | None = None) -> tuple[bool, list[dict]]:
    """(computed, contradictions) of the whole store, each with both sides, newest story first."""
    if "contradictions" not in filters.table_names(conn):
        return False, []
    rows = _rows(conn, "contradictions", {"story_id": story} if story else None)
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    claim_ids = {r.get(k) for r in rows for k in ("claim_a", "claim_b") if r.get(k)}
    claim_text = {}
    if claim_ids and "claims" in filters.table_names(conn):
        marks = ",".join("?" * len(claim_ids))
        claim_text = dict(conn.execute(f"SELECT id, text FROM claims WHERE id IN ({marks})", list(claim_ids)))
    return True, _with_sides(conn, rows, claim_text)


def document_links(conn: sqlite3.Connection, rows: list[dict]) -> list[dict]:
    """Rows of the articles list with their story (id, label, size) and the copy they duplicate, when linked."""
    tables = filters.table_names(conn)
    ids = [r["id"] for r in rows]
    stories: dict[str, tuple] = {}
    dups: dict[str, str] = {}
    marks = ",".join("?" * len(ids))
    if ids and {"stories", "story_documents"} <= tables:
        stories = {d: (s, label, n) for d, s, label, n in conn.execute(
            "SELECT sd.document_id, s.id, s.label, s.documents FROM story_documents sd JOIN stories s "
            f"ON s.id = sd.story_id WHERE sd.document_id IN ({marks})", ids)}
    if ids and "document_duplicates" in tables:
        dups = dict(conn.execute("SELECT document_id, canonical_id FROM document_duplicates "
                                 f"WHERE document_id IN ({marks}) AND canonical_id != document_id", ids))
    for r in rows:
        story = stories.get(r["id"])
        r["story_id"], r["story_label"], r["story_documents"] = story if story else (None, None, None)
        r["duplicate_of"] = dups.get(r["id"])
    return rows
