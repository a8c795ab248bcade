"""Actors on the store's read path: pages with counts, one actor in detail, who speaks about whom.

Actor pages come from one query (`_ACTOR_STATS` plus `filters.actor_conditions`); statements are
`read.StatementRow`s, fetched through store/read.py.
"""

from __future__ import annotations

import json
import sqlite3

from claimscope.errors import UsageError
from claimscope.store.filters import MENTION_IN_CONTENT, Filters, actor_conditions, statement_query, where_sql
from claimscope.store.names import norm
from claimscope.store.read import StatementRow, statements_by_ids, statements_where
from claimscope.store.text import sqlite_text

ACTOR_KEYS = ("id", "name", "type", "mentions", "documents", "statements", "addressed")
LISTING_KEYS = ("id", "name", "type", "kind", "country", "mentions", "documents", "statements", "variants")
"""The CLI's actor listing: also kind, country and up to eight other names documents used."""
ACTOR_SORTS = ("statements", "mentions", "documents", "name", "-name")
_ACTOR_ORDER = {
    "statements": "statements DESC, mentions DESC, cs_fold(a.name), a.id",
    "mentions": "mentions DESC, statements DESC, cs_fold(a.name), a.id",
    "documents": "documents DESC, statements DESC, cs_fold(a.name), a.id",
    "name": "cs_fold(a.name), a.id",
    "-name": "cs_fold(a.name) DESC, a.id",
    "listing": "statements DESC, mentions DESC, a.name, a.type",
}
_ACTOR_STATS = """
    WITH sc AS (SELECT speaker_actor_id AS id, count(*) AS n FROM statements
                WHERE speaker_actor_id IS NOT NULL{only_s} GROUP BY 1),
         ac AS (SELECT addressee_actor_id AS id, count(*) AS n FROM statements
                WHERE addressee_actor_id IS NOT NULL{only_a} GROUP BY 1),
         mc AS (SELECT actor_id AS id, count(*) AS n FROM mentions WHERE 1{only_m} GROUP BY 1),
         dc AS (SELECT id, count(*) AS n FROM (
                    SELECT actor_id AS id, document_id FROM mentions WHERE 1{only_m}
                    UNION SELECT speaker_actor_id, document_id FROM statements
                          WHERE speaker_actor_id IS NOT NULL{only_s}
                    UNION SELECT addressee_actor_id, document_id FROM statements
                          WHERE addressee_actor_id IS NOT NULL{only_a})
                GROUP BY id)
    SELECT a.id, a.name, NULLIF(a.type, ''), a.kind, a.country, coalesce(mc.n, 0) AS mentions,
           coalesce(dc.n, 0) AS documents, coalesce(sc.n, 0) AS statements, coalesce(ac.n, 0) AS addressed, {variants}
    FROM actors a LEFT JOIN sc ON sc.id = a.id LEFT JOIN ac ON ac.id = a.id LEFT JOIN mc ON mc.id = a.id
         LEFT JOIN dc ON dc.id = a.id
"""
_ALL_KEYS = ("id", "name", "type", "kind", "country", "mentions", "documents", "statements", "addressed", "variants")
_VARIANTS = ("(SELECT group_concat(name, '; ') FROM (SELECT DISTINCT d.name FROM doc_actors d "
             "WHERE d.actor_id = a.id AND d.name != a.name ORDER BY d.name LIMIT 8))")


_ONLY = " AND {col} IN (SELECT value FROM json_each(?))"
_ONLY_UP_TO = 2000
"""A search or an id list keeping at most this many actors counts only their rows (through the actor indexes)."""


def _actor_rows(conn: sqlite3.Connection, where: list[str], params: list, order: str, page: list[int],
                keys: tuple[str, ...], only: list[int] | None = None) -> list[dict]:
    variants = _VARIANTS if "variants" in keys else "NULL"
    if only is None:
        sql = _ACTOR_STATS.format(variants=variants, only_s="", only_a="", only_m="")
        head: list = []
    else:  # the counts of these actors only; the placeholders in the order the CTEs use them
        sql = _ACTOR_STATS.format(variants=variants, only_s=_ONLY.format(col="speaker_actor_id"),
                                  only_a=_ONLY.format(col="addressee_actor_id"), only_m=_ONLY.format(col="actor_id"))
        head = [json.dumps(only)] * 6
    sql += f"{where_sql(where)} ORDER BY {_ACTOR_ORDER[order]} LIMIT ? OFFSET ?"
    out = []
    for values in conn.execute(sql, head + params + page):
        row = dict(zip(_ALL_KEYS, values))
        out.append({k: row[k] for k in keys})
    return out


def select_actors(conn: sqlite3.Connection, *, search: str | None = None, type: str | None = None,
                  ids: list[int] | None = None, sort: str = "statements", limit: int | None = 50,
                  offset: int = 0) -> tuple[list[dict], int]:
    """(rows, total): canonical actors with mention, document, statement and addressed counts."""
    if sort not in ACTOR_SORTS:
        raise UsageError(f"sort: {sort!r} is not one of {', '.join(ACTOR_SORTS)}")
    if ids is not None and not ids:
        return [], 0
    where, params = actor_conditions(search=search, type=type, ids=ids)
    page = [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
    only = None
    if search is not None or ids is not None:
        only = [i for (i,) in conn.execute(f"SELECT a.id FROM actors a{where_sql(where)} LIMIT ?",
                                           params + [_ONLY_UP_TO + 1])]
        if len(only) > _ONLY_UP_TO:
            only = None
    rows = _actor_rows(conn, where, params, sort, page, ACTOR_KEYS, only)
    total = len(only) if only is not None else conn.execute(
        f"SELECT count(*) FROM actors a{where_sql(where)}", params).fetchone()[0]
    return rows, total


def actor_listing(conn: sqlite3.Connection, *, search: str | None = None, type: str | None = None,
                  limit: int | None = None, offset: int = 0,
                  count: bool = False) -> list[dict] | tuple[list[dict], int]:
    """Actors as the CLI lists them: `search` also matches any name a document used (case- and
    accent-insensitive); most statements first. With `count`, (rows, how many match in all)."""
    where, params = actor_conditions(search=search, type=type, variants=True)
    page = [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
    rows = _actor_rows(conn, where, params, "listing", page, LISTING_KEYS)
    if not count:
        return rows
    return rows, conn.execute(f"SELECT count(*) FROM actors a{where_sql(where)}", params).fetchone()[0]


def actor_types(conn: sqlite3.Connection) -> list[dict]:
    """Actor types with their counts, for filter menus."""
    return [{"type": t, "actors": n} for t, n in conn.execute(
        "SELECT type, count(*) FROM actors WHERE type != '' GROUP BY type ORDER BY count(*) DESC, type")]


def find_actor(conn: sqlite3.Connection, name: str) -> int | None:
    """The actor a user means by NAME: an id, an exact name (or a name a document used, or the text of a
    mention: a short form such as an alias), else the best substring match (most statements, then mentions)."""
    text = sqlite_text(name).strip()
    if text.isdigit():
        row = conn.execute("SELECT id FROM actors WHERE id = ?", (int(text),)).fetchone()
        if row:
            return row[0]
    n = sqlite_text(norm(text))
    order = ("ORDER BY (SELECT count(*) FROM statements s WHERE s.speaker_actor_id = a.id) DESC, "
             "(SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) DESC, a.id LIMIT 1")
    for cond, arg in (("a.norm = ?", n), ("a.id IN (SELECT actor_id FROM doc_actors WHERE norm = ?)", n),
                      ("a.id IN (SELECT actor_id FROM mentions WHERE text = ?)", sqlite_text(text)),  # a short form such as "the Greens"
                      ("instr(a.norm, ?) > 0", n)):
        row = conn.execute(f"SELECT a.id FROM actors a WHERE {cond} {order}", (arg,)).fetchone()
        if row:
            return row[0]
    return None


def _in_fragment(spans: list[list[int]], start: int, end: int) -> bool:
    """A mention inside one content fragment, not in the gap between two."""
    return any(s <= start and end <= e for s, e in spans)


def _affiliations(roles: list[tuple]) -> list[dict]:
    """Each affiliation any article stated, with how many articles and the first and last dates they were stated
    on, so an article naming an actor without context still shows what others say of it."""
    aff: dict[str, dict] = {}
    for k, v, published, doc_id, _title in roles:  # in date order
        if k != "affiliation":
            continue
        a = aff.setdefault(v, {"name": v, "docs": set(), "first": published, "last": published})
        a["docs"].add(doc_id)
        a["first"] = a["first"] or published
        a["last"] = published or a["last"]
    rows = [{"name": a["name"], "documents": len(a["docs"]), "first": a["first"], "last": a["last"]}
            for a in aff.values()]
    return sorted(rows, key=lambda r: (-r["documents"], r["name"]))


def actor_detail(conn: sqlite3.Connection, name: str, *, limit: int = 200) -> dict | None:
    """Everything the store knows about one actor: names used, types, roles and affiliations over time,
    mentions, statements by it and statements about it (whose content mentions it, or addressed to it)."""
    aid = find_actor(conn, name)
    if aid is None:
        return None
    row = conn.execute("SELECT id, name, NULLIF(type, ''), kind, country, lat, lon FROM actors WHERE id = ?",
                       (aid,)).fetchone()
    out = dict(zip(("id", "name", "type", "kind", "country", "lat", "lon"), row))
    out["names"] = [{"name": n, "type": ty or None, "documents": c, "how": how} for n, ty, c, how in conn.execute(
        "SELECT name, type, count(DISTINCT document_id), min(how) FROM doc_actors WHERE actor_id = ? "
        "GROUP BY name, type ORDER BY count(*) DESC, name", (aid,))]
    out["documents"] = conn.execute(
        "SELECT count(*) FROM (SELECT document_id FROM mentions WHERE actor_id = ? UNION SELECT document_id "
        "FROM statements WHERE speaker_actor_id = ? OR addressee_actor_id = ?)", (aid, aid, aid)).fetchone()[0]
    roles = conn.execute(
        "SELECT r.kind, r.value, d.published, d.id, d.title FROM actor_roles r JOIN documents d ON d.id = r.document_id "
        "WHERE r.actor_id = ? ORDER BY coalesce(d.published, ''), d.n, r.id", (aid,)).fetchall()
    out["roles"] = [{"role": v, "published": p, "document_id": i, "title": ti} for k, v, p, i, ti in roles
                    if k == "role"]
    out["affiliations"] = _affiliations(roles)
    out["mention_count"] = conn.execute("SELECT count(*) FROM mentions WHERE actor_id = ?", (aid,)).fetchone()[0]
    out["mentions"] = [dict(zip(("document_id", "title", "published", "start", "end", "text"), r)) for r in conn.execute(
        'SELECT m.document_id, d.title, d.published, m.start, m."end", m.text FROM mentions m '
        "JOIN documents d ON d.id = m.document_id WHERE m.actor_id = ? ORDER BY d.n, m.start LIMIT ?", (aid, limit))]
    out["statements_by"] = statements_where(conn, "s.speaker_actor_id = ?", (aid,), order="dated", limit=limit)
    about = []
    for r in statements_where(
            conn, "(s.speaker_actor_id IS NULL OR s.speaker_actor_id != ?) AND (s.addressee_actor_id = ? OR EXISTS ("
            f"SELECT 1 FROM mentions m WHERE m.actor_id = ? AND {MENTION_IN_CONTENT}))", (aid, aid, aid),
            order="dated", limit=limit * 2):
        hits = conn.execute('SELECT start, "end" FROM mentions WHERE document_id = ? AND actor_id = ?',
                            (r["document_id"], aid)).fetchall()
        if any(_in_fragment(r["content_spans"], ms, me) for ms, me in hits) or r["addressee_name"] == out["name"]:
            about.append(r)
    out["statements_about"] = about[:limit]
    return out


def statements_about(conn: sqlite3.Connection, actor_id: int, *, limit: int = 100, offset: int = 0,
                     exclude_own: bool = True) -> tuple[list[StatementRow], int]:
    """(rows, total): statements whose content mentions the actor, or that are addressed to it, by others."""
    sql = f"""
        SELECT DISTINCT s.id, s.content_spans, m.start, m."end", d.n, s.content_start, s.n
        FROM mentions m JOIN statements s ON {MENTION_IN_CONTENT}
        JOIN documents d ON d.id = s.document_id
        WHERE m.actor_id = ? AND (? = 0 OR s.speaker_actor_id IS NULL OR s.speaker_actor_id != ?)
    """
    keep: dict[str, tuple] = {}
    for sid, spans, start, end, dn, cs, sn in conn.execute(sql, (actor_id, int(exclude_own), actor_id)):
        if _in_fragment(json.loads(spans), start, end):
            keep.setdefault(sid, (dn, cs, sn))
    for sid, dn, cs, sn in conn.execute(
            "SELECT s.id, d.n, s.content_start, s.n FROM statements s JOIN documents d ON d.id = s.document_id "
            "WHERE s.addressee_actor_id = ? AND (? = 0 OR s.speaker_actor_id IS NULL OR s.speaker_actor_id != ?)",
            (actor_id, int(exclude_own), actor_id)):
        keep.setdefault(sid, (dn, cs, sn))
    ordered = sorted(keep, key=keep.__getitem__)
    return statements_by_ids(conn, ordered[offset:offset + limit]), len(ordered)


def speaks_about_edges(conn: sqlite3.Connection, filters: Filters | None = None) -> list[dict]:
    """Who speaks about whom: (speaker actor, actor mentioned in the content, number of statements)."""
    built = statement_query(conn, filters or Filters())
    if built is None:
        return []
    joins, where, params = built
    sql = (f'SELECT s.speaker_actor_id, m.actor_id, s.id, s.content_spans, m.start, m."end" {" ".join(joins)} '
           f"JOIN mentions m ON {MENTION_IN_CONTENT} "
           "WHERE s.speaker_actor_id IS NOT NULL AND m.actor_id != s.speaker_actor_id"
           + "".join(" AND " + w for w in where))
    seen: dict[tuple[int, int], set[str]] = {}
    for src, dst, sid, spans, start, end in conn.execute(sql, params):
        if _in_fragment(json.loads(spans), start, end):
            seen.setdefault((src, dst), set()).add(sid)
    return [{"source": s, "target": t, "statements": len(ids)} for (s, t), ids in seen.items()]
