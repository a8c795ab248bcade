"""Claims as the read path selects them: which claims match the filters, one page at a time, most
corroborated first.

The filters are `filters.Filters` (the statements' own, applied to the statements that report a claim) and
the claim's kind; `claim_query` builds the SQL. Rows are filled in by the caller (link/views.claim_rows), so
a page costs what its rows cost, not what the store's claims cost.
"""

from __future__ import annotations

import sqlite3

from claimscope.store.filters import Filters, claim_query, where_sql

CLAIM_ORDER = "c.sources DESC, c.outlets DESC, c.first_seen IS NULL, c.first_seen, c.id"
"""Most independent sources first; then the claims seen earliest."""


def select_claim_ids(conn: sqlite3.Connection, filters: Filters | None = None, *, kind: str | None = None,
                     limit: int | None = 50, offset: int = 0) -> tuple[list[str], int]:
    """(ids, total): one page of the ids of the claims matching the filters, and how many match in all."""
    built = claim_query(conn, filters or Filters(), kind=kind)
    if built is None:
        return [], 0
    where, params = built
    tail = f"FROM claims c{where_sql(where)}"
    page = [-1 if limit is None else max(int(limit), 0), max(int(offset), 0)]
    ids = [r[0] for r in conn.execute(f"SELECT c.id {tail} ORDER BY {CLAIM_ORDER} LIMIT ? OFFSET ?", params + page)]
    if limit is None or (len(ids) < limit and (ids or offset == 0)):
        return ids, offset + len(ids)
    return ids, conn.execute(f"SELECT count(*) {tail}", params).fetchone()[0]
