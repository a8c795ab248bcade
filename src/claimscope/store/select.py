"""Read-only access and filtered, sorted, paged queries over a store, shared by the HTTP API and the exporters.

`open_readonly` opens a store so that nothing can be written through the connection (SQLite `mode=ro` plus
`PRAGMA query_only`), which is what `claimscope serve` and `claimscope export` use. The query functions
take that connection and return plain dicts, with a total count next to each page of rows.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from urllib.parse import quote

from claimscope.errors import StoreError, UsageError
from claimscope.store.schema import stored_version
from claimscope.store.fts import fts_query
from claimscope.store.text import fold, sqlite_text

# --- opening -------------------------------------------------------------------------------------------


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to an existing claimscope store; StoreError when it is missing or not a store."""
    p = Path(path)
    if not p.is_file():
        raise StoreError(f"{path}: no such store; run `claimscope analyze INPUT --db {path}` first")
    uri = "file:" + quote(str(p.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
    except sqlite3.Error as err:
        raise StoreError(f"{path}: cannot open store ({err})") from err
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.create_function("cs_fold", 1, fold, deterministic=True)
        _check_schema(conn, str(path))
    except sqlite3.DatabaseError as err:
        conn.close()
        raise StoreError(f"{path}: not a claimscope store ({err})") from err
    except BaseException:
        conn.close()
        raise
    return conn


def _check_schema(conn: sqlite3.Connection, name: str) -> None:
    tables = table_names(conn)
    if "statements" not in tables:
        raise StoreError(f"{name}: not a claimscope store (an SQLite database without a claimscope schema)")
    stored_version(conn, tables, name)


def table_names(conn: sqlite3.Connection) -> set[str]:
    """Names of the tables in the store (other stages add theirs: events, stories, claims ...)."""
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """Column names of `table` (which must come from table_names, never from user input)."""
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


# --- parameters ----------------------------------------------------------------------------------------

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KINDS = ("direct", "indirect", "mixed")
STATEMENT_SORTS = ("relevance", "document", "published", "-published", "speaker", "-speaker",
                   "confidence", "-confidence", "kind")
DOCUMENT_SORTS = ("relevance", "added", "-added", "published", "-published", "title", "-title", "statements",
                  "-statements")
ACTOR_SORTS = ("statements", "mentions", "documents", "name", "-name")


def check_date(value: str | None, name: str) -> str | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date), or a UsageError naming the parameter."""
    if value is None or value == "":
        return None
    value = value.strip()
    ok = bool(_DATE.match(value))
    if ok:
        parts = [int(x) for x in value.split("-")]
        try:
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            ok = False
    if not ok:
        raise UsageError(f"{name}: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@dataclass
class Filters:
    """What the statements table, the API and the exports filter on; None means 'any'.

    - `search`: full-text words in the statement content (all must match; `word*` for a prefix)
    - `speaker`: substring of the speaker's canonical name or of the words naming it (case-insensitive)
    - `actor`: an actor id (digits) or a name substring: statements it speaks, is addressed by, or is
      mentioned in
    - `kind`: direct, indirect or mixed; `cue`: substring of the cue words
    - `date_from` / `date_to`: publication date range, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD
    - `document`: a document id; `publisher`: substring of the publisher
    - `story`, `contradicted`: need stories and claims (computed by the linking stage); empty until then
    """

    search: str | None = None
    speaker: str | None = None
    actor: str | None = None
    kind: str | None = None
    cue: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    document: str | None = None
    publisher: str | None = None
    story: str | None = None
    contradicted: bool | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = value.strip()
                setattr(self, f.name, value or None)
        if self.kind is not None and self.kind not in KINDS:
            raise UsageError(f"kind: {self.kind!r} is not one of {', '.join(KINDS)}")
        self.date_from = check_date(self.date_from, "date_from")
        self.date_to = check_date(self.date_to, "date_to")
        if self.date_from and self.date_to and self.date_from[:len(self.date_to)] > self.date_to:
            raise UsageError(f"date_from {self.date_from} is after date_to {self.date_to}")

    def statement_filters_set(self) -> bool:
        """True when something beyond the document-level filters is set."""
        return any(getattr(self, n) is not None for n in
                   ("search", "speaker", "actor", "kind", "cue", "story", "contradicted"))


# --- derived data from later stages (stories, claims) ----------------------------------------------------


def derived_state(conn: sqlite3.Connection) -> dict[str, bool]:
    """Which derived tables exist: statements can be filtered by story / contradiction only once they do.

    The contract for the linking stage: `story_documents(story_id, document_id)` for stories and
    `claim_statements(claim_id, statement_id)` with `claims(id, contradicted)` for contradictions.
    """
    tables = table_names(conn)
    stories = "story_documents" in tables and {"story_id", "document_id"} <= set(columns(conn, "story_documents"))
    claims = ("claim_statements" in tables and "claims" in tables
              and {"claim_id", "statement_id"} <= set(columns(conn, "claim_statements"))
              and {"id", "contradicted"} <= set(columns(conn, "claims")))
    return {"stories": stories, "claims": claims}


# --- statements ------------------------------------------------------------------------------------------

_STATEMENT_SELECT = """
    s.id, s.document_id, d.title, d.path, d.url, d.published, d.publisher, s.kind,
    s.speaker_text, sa.name, NULLIF(sa.type, ''), s.speaker_actor_id, s.speaker_start, s.speaker_end,
    s.cue_text, s.cue_start, s.cue_end, s.content_text, s.content_spans,
    s.addressee_text, aa.name, NULLIF(aa.type, ''), s.addressee_actor_id, s.confidence, s.content_start,
    s.content_end
"""
STATEMENT_KEYS = (
    "id", "document_id", "title", "path", "url", "published", "publisher", "kind",
    "speaker_text", "speaker_name", "speaker_type", "speaker_actor_id", "speaker_start", "speaker_end",
    "cue_text", "cue_start", "cue_end", "content_text", "content_spans",
    "addressee_text", "addressee_name", "addressee_type", "addressee_actor_id", "confidence", "start", "end",
)
_STATEMENT_ORDER = {
    "document": "d.n, s.content_start, s.n",
    "published": "d.published IS NULL, d.published, d.n, s.content_start, s.n",
    "-published": "d.published IS NULL, d.published DESC, d.n, s.content_start, s.n",
    "speaker": "coalesce(sa.name, s.speaker_text) IS NULL, cs_fold(coalesce(sa.name, s.speaker_text)), d.n, s.n",
    "-speaker": "coalesce(sa.name, s.speaker_text) IS NULL, cs_fold(coalesce(sa.name, s.speaker_text)) DESC, d.n, s.n",
    "confidence": "s.confidence, d.n, s.n",
    "-confidence": "s.confidence DESC, d.n, s.n",
    "kind": "s.kind, d.n, s.n",
}


_ACTOR_ID = re.compile(r"[0-9]{1,18}")


def _actor_ids(conn: sqlite3.Connection, actor: str) -> list[int]:
    """An id (ASCII digits that fit SQLite's integer), else the actors whose name contains `actor`."""
    if _ACTOR_ID.fullmatch(actor):
        return [int(actor)]
    needle = fold(sqlite_text(actor))
    return [row[0] for row in conn.execute("SELECT id FROM actors WHERE instr(cs_fold(name), ?) > 0", (needle,))]


def _document_where(f: Filters, where: list[str], params: list) -> None:
    if f.document is not None:
        where.append("d.id = ?")
        params.append(sqlite_text(f.document))
    if f.publisher is not None:
        where.append("instr(cs_fold(d.publisher), ?) > 0")
        params.append(fold(sqlite_text(f.publisher)))
    if f.date_from is not None:
        where.append("substr(d.published, 1, ?) >= ?")
        params += [len(f.date_from), f.date_from]
    if f.date_to is not None:
        where.append("substr(d.published, 1, ?) <= ?")
        params += [len(f.date_to), f.date_to]


def _statement_query(conn: sqlite3.Connection, f: Filters) -> tuple[list[str], list[str], list] | None:
    """(joins, where, params) for the filters, or None when nothing can match."""
    joins = [
        "FROM statements s JOIN documents d ON d.id = s.document_id",
        "LEFT JOIN actors sa ON sa.id = s.speaker_actor_id",
        "LEFT JOIN actors aa ON aa.id = s.addressee_actor_id",
    ]
    where: list[str] = []
    params: list = []
    if f.search is not None:
        query = fts_query(f.search)
        if query is None:
            return None
        joins.append("JOIN statements_fts ON statements_fts.rowid = s.n")
        where.append("statements_fts MATCH ?")
        params.append(query)
    _document_where(f, where, params)
    if f.kind is not None:
        where.append("s.kind = ?")
        params.append(f.kind)
    if f.cue is not None:
        where.append("instr(cs_fold(s.cue_text), ?) > 0")
        params.append(fold(sqlite_text(f.cue)))
    if f.speaker is not None:
        needle = fold(sqlite_text(f.speaker))
        where.append("(s.speaker_actor_id IN (SELECT id FROM actors WHERE instr(cs_fold(name), ?) > 0)"
                     " OR instr(cs_fold(s.speaker_text), ?) > 0)")
        params += [needle, needle]
    if f.actor is not None:
        ids = _actor_ids(conn, f.actor)
        if not ids:
            return None
        marks = ",".join("?" * len(ids))
        where.append(
            f"(s.speaker_actor_id IN ({marks}) OR s.addressee_actor_id IN ({marks}) OR EXISTS ("
            f"SELECT 1 FROM mentions m WHERE m.document_id = s.document_id AND m.actor_id IN ({marks})"
            ' AND m.start >= s.content_start AND m."end" <= s.content_end))'
        )
        params += ids * 3
    if f.story is not None or f.contradicted is not None:
        state = derived_state(conn)
        if f.story is not None:
            if not state["stories"]:
                return None
            where.append("s.document_id IN (SELECT document_id FROM story_documents WHERE story_id = ?)")
            params.append(sqlite_text(f.story))
        if f.contradicted is not None:
            if not state["claims"]:
                return None if f.contradicted else (joins, where, params)
            test = "EXISTS" if f.contradicted else "NOT EXISTS"
            where.append(f"{test} (SELECT 1 FROM claim_statements cs JOIN claims c ON c.id = cs.claim_id "
                         "WHERE cs.statement_id = s.id AND c.contradicted)")
    return joins, where, params


def select_statements(
    conn: sqlite3.Connection,
    filters: Filters | None = None,
    *,
    sort: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
    count: bool = True,
) -> tuple[list[dict], int]:
    """(rows, total): one page of statements matching `filters`, and how many match in all.

    `sort` is one of STATEMENT_SORTS; the default is relevance when searching, else document order.
    """
    f = filters or Filters()
    sort = sort or ("relevance" if f.search else "document")
    if sort not in STATEMENT_SORTS:
        raise UsageError(f"sort: {sort!r} is not one of {', '.join(STATEMENT_SORTS)}")
    built = _statement_query(conn, f)
    if built is None:
        return [], 0
    joins, where, params = built
    tail = " ".join(joins) + (" WHERE " + " AND ".join(where) if where else "")
    if sort == "relevance":
        order = ("statements_fts.rank, " if f.search else "") + _STATEMENT_ORDER["document"]
    else:
        order = _STATEMENT_ORDER[sort]
    sql = f"SELECT {_STATEMENT_SELECT} {tail} ORDER BY {order} LIMIT ? OFFSET ?"
    page = [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
    rows = [_statement_row(values) for values in conn.execute(sql, params + page)]
    if not count:
        return rows, len(rows)
    if limit is not None and (rows or offset == 0) and len(rows) < limit:
        total = offset + len(rows)
    else:
        total = conn.execute(f"SELECT count(*) {tail}", params).fetchone()[0]
    return rows, total


def _statement_row(values) -> dict:
    row = dict(zip(STATEMENT_KEYS, values))
    row["content_spans"] = json.loads(row["content_spans"])
    return row


def statements_by_ids(conn: sqlite3.Connection, ids: list[str]) -> list[dict]:
    """Statements with these ids, in document order."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sql = (f"SELECT {_STATEMENT_SELECT} FROM statements s JOIN documents d ON d.id = s.document_id "
           "LEFT JOIN actors sa ON sa.id = s.speaker_actor_id LEFT JOIN actors aa ON aa.id = s.addressee_actor_id "
           f"WHERE s.id IN ({marks}) ORDER BY d.n, s.content_start, s.n")
    return [_statement_row(v) for v in conn.execute(sql, [sqlite_text(i) for i in ids])]


# --- documents -------------------------------------------------------------------------------------------

DOCUMENT_KEYS = ("id", "title", "path", "url", "published", "publisher", "author", "added_at", "statements",
                 "snippet", "score")
_DOCUMENT_ORDER = {
    "added": "d.n", "-added": "d.n DESC",
    "published": "d.published IS NULL, d.published, d.n", "-published": "d.published IS NULL, d.published DESC, d.n",
    "title": "cs_fold(d.title), d.n", "-title": "cs_fold(d.title) DESC, d.n",
    "statements": "statements, d.n", "-statements": "statements DESC, d.n",
}
SNIPPET_MARKS = ("\ue000", "\ue001")
"""Private-use characters around search hits in snippets: the UI turns them into <mark> elements."""


def select_documents(
    conn: sqlite3.Connection,
    filters: Filters | None = None,
    *,
    query: str | None = None,
    sort: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> tuple[list[dict], int]:
    """(rows, total): documents matching full-text `query` (titles weigh more) and the filters.

    Statement-level filters keep the documents holding at least one matching statement.
    """
    f = filters or Filters()
    sort = sort or ("relevance" if query else "added")
    if sort not in DOCUMENT_SORTS:
        raise UsageError(f"sort: {sort!r} is not one of {', '.join(DOCUMENT_SORTS)}")
    joins = ["FROM documents d"]
    where: list[str] = []
    params: list = []
    snippet, score = "NULL", "NULL"
    if query is not None and query.strip():
        fts = fts_query(query)
        if fts is None:
            return [], 0
        joins.append("JOIN documents_fts ON documents_fts.rowid = d.n")
        where.append("documents_fts MATCH ?")
        params.append(fts)
        snippet = f"snippet(documents_fts, -1, '{SNIPPET_MARKS[0]}', '{SNIPPET_MARKS[1]}', '…', 24)"
        score = "bm25(documents_fts, 5.0, 1.0)"
    elif sort == "relevance":
        sort = "added"
    _document_where(f, where, params)
    if f.statement_filters_set():
        built = _statement_query(conn, Filters(**{**f.__dict__, "document": None, "publisher": None,
                                                  "date_from": None, "date_to": None}))
        if built is None:
            return [], 0
        s_joins, s_where, s_params = built
        inner = " ".join(s_joins) + (" WHERE " + " AND ".join(s_where) if s_where else "")
        where.append(f"d.id IN (SELECT s.document_id {inner})")
        params += s_params
    tail = " ".join(joins) + (" WHERE " + " AND ".join(where) if where else "")
    order = f"{score}, d.n" if sort == "relevance" else _DOCUMENT_ORDER[sort]
    sql = (f"SELECT d.id, d.title, d.path, d.url, d.published, d.publisher, d.author, d.added_at, "
           f"(SELECT count(*) FROM statements x WHERE x.document_id = d.id) AS statements, {snippet}, {score} "
           f"{tail} ORDER BY {order} LIMIT ? OFFSET ?")
    page = [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
    rows = [dict(zip(DOCUMENT_KEYS, v)) for v in conn.execute(sql, params + page)]
    total = conn.execute(f"SELECT count(*) {tail}", params).fetchone()[0]
    return rows, total


def documents_by_ids(conn: sqlite3.Connection, ids: list[str]) -> list[dict]:
    """Document rows (as select_documents gives them) with these ids, by publication date."""
    rows: list[dict] = []
    for start in range(0, len(ids), 500):
        chunk = [sqlite_text(i) for i in ids[start:start + 500]]
        marks = ",".join("?" * len(chunk))
        rows += [dict(zip(DOCUMENT_KEYS, v)) for v in conn.execute(
            "SELECT d.id, d.title, d.path, d.url, d.published, d.publisher, d.author, d.added_at, "
            "(SELECT count(*) FROM statements x WHERE x.document_id = d.id), NULL, NULL "
            f"FROM documents d WHERE d.id IN ({marks})", chunk)]
    return sorted(rows, key=lambda r: (r["published"] is None, r["published"] or "", r["id"]))


def document_json(conn: sqlite3.Connection, doc_id: str) -> dict | None:
    """The stored document JSON, or None."""
    from claimscope.store.write import unpack_json

    row = conn.execute("SELECT json FROM documents WHERE id = ?", (sqlite_text(doc_id),)).fetchone()
    return unpack_json(row[0]) if row else None


def iter_document_json(conn: sqlite3.Connection, ids: list[str] | None = None):
    """Stored document JSON in the order documents were added (all, or those with these ids)."""
    from claimscope.store.write import unpack_json

    if ids is None:
        cursor = conn.execute("SELECT json FROM documents ORDER BY n")
        for (blob,) in cursor:
            yield unpack_json(blob)
        return
    for start in range(0, len(ids), 500):
        chunk = [sqlite_text(i) for i in ids[start:start + 500]]
        marks = ",".join("?" * len(chunk))
        for (blob,) in conn.execute(f"SELECT json FROM documents WHERE id IN ({marks}) ORDER BY n", chunk):
            yield unpack_json(blob)


# --- actors ----------------------------------------------------------------------------------------------

ACTOR_KEYS = ("id", "name", "type", "mentions", "documents", "statements", "addressed")
_ACTOR_ORDER = {
    "statements": "statements DESC, mentions DESC, cs_fold(a.name), a.id",
    "mentions": "mentions DESC, statements DESC, cs_fold(a.name), a.id",
    "documents": "documents DESC, statements DESC, cs_fold(a.name), a.id",
    "name": "cs_fold(a.name), a.id",
    "-name": "cs_fold(a.name) DESC, a.id",
}
_ACTOR_STATS = """
    WITH sc AS (SELECT speaker_actor_id AS id, count(*) AS n FROM statements
                WHERE speaker_actor_id IS NOT NULL GROUP BY 1),
         ac AS (SELECT addressee_actor_id AS id, count(*) AS n FROM statements
                WHERE addressee_actor_id IS NOT NULL GROUP BY 1),
         mc AS (SELECT actor_id AS id, count(*) AS n FROM mentions GROUP BY 1),
         dc AS (SELECT id, count(*) AS n FROM (
                    SELECT actor_id AS id, document_id FROM mentions
                    UNION SELECT speaker_actor_id, document_id FROM statements WHERE speaker_actor_id IS NOT NULL
                    UNION SELECT addressee_actor_id, document_id FROM statements WHERE addressee_actor_id IS NOT NULL)
                GROUP BY id)
    SELECT a.id, a.name, NULLIF(a.type, ''), coalesce(mc.n, 0) AS mentions, coalesce(dc.n, 0) AS documents,
           coalesce(sc.n, 0) AS statements, coalesce(ac.n, 0) AS addressed
    FROM actors a LEFT JOIN sc ON sc.id = a.id LEFT JOIN ac ON ac.id = a.id LEFT JOIN mc ON mc.id = a.id
         LEFT JOIN dc ON dc.id = a.id
"""


def select_actors(
    conn: sqlite3.Connection,
    *,
    search: str | None = None,
    type: str | None = None,
    ids: list[int] | None = None,
    sort: str = "statements",
    limit: int | None = 50,
    offset: int = 0,
) -> tuple[list[dict], int]:
    """(rows, total): canonical actors with mention, document, statement and addressed counts."""
    if sort not in ACTOR_SORTS:
        raise UsageError(f"sort: {sort!r} is not one of {', '.join(ACTOR_SORTS)}")
    where, params = [], []
    if search:
        where.append("instr(cs_fold(a.name), ?) > 0")
        params.append(fold(sqlite_text(search)))
    if type:
        where.append("a.type = ?")
        params.append(sqlite_text(type).upper())
    if ids is not None:
        if not ids:
            return [], 0
        where.append(f"a.id IN ({','.join('?' * len(ids))})")
        params += list(ids)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    sql = f"{_ACTOR_STATS}{cond} ORDER BY {_ACTOR_ORDER[sort]} LIMIT ? OFFSET ?"
    page = [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
    rows = [dict(zip(ACTOR_KEYS, v)) for v in conn.execute(sql, params + page)]
    total = conn.execute(f"SELECT count(*) FROM actors a{cond}", params).fetchone()[0]
    return rows, total


def actor_types(conn: sqlite3.Connection) -> list[dict]:
    """Actor types with their counts, for filter menus."""
    return [{"type": t, "actors": n} for t, n in conn.execute(
        "SELECT type, count(*) FROM actors WHERE type != '' GROUP BY type ORDER BY count(*) DESC, type")]


def statements_about(conn: sqlite3.Connection, actor_id: int, *, limit: int = 100, offset: int = 0,
                     exclude_own: bool = True) -> tuple[list[dict], int]:
    """(rows, total): statements whose content mentions the actor, or that are addressed to it, by others."""
    sql = """
        SELECT DISTINCT s.id, s.content_spans, m.start, m."end", d.n, s.content_start, s.n
        FROM mentions m JOIN statements s ON s.document_id = m.document_id
             AND m.start >= s.content_start AND m."end" <= s.content_end
        JOIN documents d ON d.id = s.document_id
        WHERE m.actor_id = ? AND (? = 0 OR s.speaker_actor_id IS NULL OR s.speaker_actor_id != ?)
    """
    keep: dict[str, tuple] = {}
    for sid, spans, start, end, dn, cs, sn in conn.execute(sql, (actor_id, int(exclude_own), actor_id)):
        if any(s <= start and end <= e for s, e in json.loads(spans)):  # inside a fragment, not a gap
            keep.setdefault(sid, (dn, cs, sn))
    for sid, dn, cs, sn in conn.execute(
            "SELECT s.id, d.n, s.content_start, s.n FROM statements s JOIN documents d ON d.id = s.document_id "
            "WHERE s.addressee_actor_id = ? AND (? = 0 OR s.speaker_actor_id IS NULL OR s.speaker_actor_id != ?)",
            (actor_id, int(exclude_own), actor_id)):
        keep.setdefault(sid, (dn, cs, sn))
    ordered = sorted(keep, key=keep.__getitem__)
    page = ordered[offset:offset + limit]
    return statements_by_ids(conn, page), len(ordered)


def speaks_about_edges(conn: sqlite3.Connection, filters: Filters | None = None) -> list[dict]:
    """Who speaks about whom: (speaker actor, actor mentioned in the content, number of statements)."""
    f = filters or Filters()
    built = _statement_query(conn, f)
    if built is None:
        return []
    joins, where, params = built
    sql = (
        "SELECT s.speaker_actor_id, m.actor_id, s.id, s.content_spans, m.start, m.\"end\" "
        + " ".join(joins)
        + ' JOIN mentions m ON m.document_id = s.document_id AND m.start >= s.content_start AND m."end" <= s.content_end'
        + " WHERE s.speaker_actor_id IS NOT NULL AND m.actor_id != s.speaker_actor_id"
        + "".join(" AND " + w for w in where)
    )
    seen: dict[tuple[int, int], set[str]] = {}
    for src, dst, sid, spans, start, end in conn.execute(sql, params):
        if any(s <= start and end <= e for s, e in json.loads(spans)):
            seen.setdefault((src, dst), set()).add(sid)
    return [{"source": s, "target": t, "statements": len(ids)} for (s, t), ids in seen.items()]


def stats(conn: sqlite3.Connection) -> dict:
    """Row counts and the publication date range."""
    out = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
           for table in ("documents", "statements", "actors", "mentions")}
    first, last, dated = conn.execute(
        "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)), count(published) FROM documents"
    ).fetchone()
    out.update({"first_published": first, "last_published": last, "dated_documents": dated})
    return out
