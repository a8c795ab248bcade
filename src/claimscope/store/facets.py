"""Facet counts beside a filtered list (Datasette-style): for each facet, its commonest values with counts.

`statement_facets` counts the statements the filters keep by speaker, outlet, kind, story and month of
publication; each value comes with the filter parameter that selects it, so a page can link "speaker: Ana
Ruiz (12)" to the same list filtered on that speaker (a month selects `date_from` = `date_to` = YYYY-MM). `document_facets` does the same for documents.
"""

from __future__ import annotations

import sqlite3

from claimscope.store.filters import Filters, derived_state, document_where, statement_query, where_sql

FACET_LIMIT = 10


def _counts(conn: sqlite3.Connection, expr: str, tail: str, params: list, limit: int) -> list[tuple]:
    sql = (f"SELECT {expr} AS v, count(*) AS n {tail} GROUP BY v HAVING v IS NOT NULL AND v != '' "
           f"ORDER BY n DESC, v LIMIT ?")
    return conn.execute(sql, [*params, limit]).fetchall()


def statement_facets(conn: sqlite3.Connection, f: Filters | None = None, *, limit: int = FACET_LIMIT) -> dict:
    """{facet: [{"value", "label", "count", "params"}]} over the statements `f` keeps; `params` are the query
    parameters that select the value."""
    built = statement_query(conn, f or Filters())
    if built is None:
        return {name: [] for name in ("speaker", "publisher", "kind", "story", "month")}
    joins, where, params = built
    tail = " ".join(joins) + where_sql(where)
    out: dict[str, list[dict]] = {}
    speakers = conn.execute(
        f"SELECT s.speaker_actor_id, sa.name, count(*) AS n {tail}{' AND' if where else ' WHERE'} "
        "s.speaker_actor_id IS NOT NULL GROUP BY s.speaker_actor_id ORDER BY n DESC, sa.name LIMIT ?",
        [*params, limit]).fetchall()
    out["speaker"] = [{"value": str(i), "label": name, "count": n, "params": {"speaker": name}}
                      for i, name, n in speakers]
    out["publisher"] = [{"value": v, "label": v, "count": n, "params": {"publisher": v}}
                        for v, n in _counts(conn, "d.publisher", tail, params, limit)]
    out["kind"] = [{"value": v, "label": v, "count": n, "params": {"kind": v}}
                   for v, n in _counts(conn, "s.kind", tail, params, limit)]
    out["month"] = [{"value": v, "label": v, "count": n, "params": {"date_from": v, "date_to": v}}
                    for v, n in _counts(conn, "substr(d.published, 1, 7)", tail, params, limit)]
    out["story"] = []
    if derived_state(conn)["stories"]:
        story_tail = tail.replace("FROM statements s", "FROM statements s JOIN story_documents sd "
                                  "ON sd.document_id = s.document_id", 1)
        counts = _counts(conn, "sd.story_id", story_tail, params, limit)
        marks = ",".join("?" * len(counts))
        labels = dict(conn.execute(f"SELECT id, label FROM stories WHERE id IN ({marks})",
                                   [v for v, _ in counts])) if counts else {}
        out["story"] = [{"value": v, "label": labels.get(v) or v, "count": n, "params": {"story": v}}
                        for v, n in counts]
    return out


def document_facets(conn: sqlite3.Connection, f: Filters | None = None, *, limit: int = FACET_LIMIT) -> dict:
    """{facet: [...]} over the documents `f`'s document filters keep: by outlet and month of publication."""
    where: list[str] = []
    params: list = []
    document_where(f or Filters(), where, params)
    tail = "FROM documents d" + where_sql(where)
    return {
        "publisher": [{"value": v, "label": v, "count": n, "params": {"publisher": v}}
                      for v, n in _counts(conn, "d.publisher", tail, params, limit)],
        "month": [{"value": v, "label": v, "count": n, "params": {"date_from": v, "date_to": v}}
                  for v, n in _counts(conn, "substr(d.published, 1, 7)", tail, params, limit)],
    }
