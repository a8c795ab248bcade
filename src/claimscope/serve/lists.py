"""What list endpoints over derived rows share: sorting, facet counts, and 'download CSV / JSON of this view'.

Lists computed in Python (events, claims, contradictions, stories) are sorted by `sort_items` on one of their
keys (`-key` for descending) and counted by `facet_counts` over every row the filters keep, not one page.

Every list endpoint takes `format=csv|json`; with it the endpoint answers all the rows its filters keep, in the
view's order, as an attachment instead of one JSON page (at most `serve.download_max_rows`; when more match, the
`X-Claimscope-Truncated` header says so). CSV cells are plain values (lists and objects as JSON) with formula
characters neutralised, as `claimscope export` writes them.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Literal, Optional

from fastapi import Query
from fastapi.responses import Response

from claimscope.export.tables import csv_cell
from claimscope.settings import default

DownloadFormat = Annotated[Optional[Literal["csv", "json"]], Query(
    description="csv or json: all rows the filters keep, as a file (the view's download link).")]
MAX_ROWS = default("serve.download_max_rows")


def columns_of(rows: list[dict]) -> list[str]:
    """Every key the rows have, in first-seen order (rows of one endpoint share their keys)."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def download(rows: list, fmt: str, name: str, *, total: int | None = None) -> Response:
    """The rows as `name.csv` or `name.json`, offered for saving; `total` is how many matched in all."""
    matched = len(rows) if total is None else total
    rows = [dict(r) for r in rows[:MAX_ROWS]]
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    if matched > len(rows):
        headers["X-Claimscope-Truncated"] = f"{len(rows)} of {matched}"
    if fmt == "json":
        body = json.dumps(rows, ensure_ascii=False, default=str)
        return Response(body, media_type="application/json", headers=headers)
    buf = io.StringIO()
    writer = csv.writer(buf)
    cols = columns_of(rows)
    writer.writerow(cols)
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in cols])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def sort_items(items: list[dict], sort: str | None, allowed: tuple[str, ...]) -> list[dict]:
    """Items ordered by `sort` ("sources", "-sources"), a key in `allowed`; missing values last either way."""
    if not sort:
        return items
    key = sort.lstrip("-")
    if key not in allowed:
        return items
    present = [i for i in items if i.get(key) not in (None, "")]
    missing = [i for i in items if i.get(key) in (None, "")]
    present.sort(key=lambda i: (str(type(i[key]).__name__), i[key]), reverse=sort.startswith("-"))
    return present + missing


def facet_counts(items: list[dict], keys: dict[str, str], limit: int = 10) -> dict[str, list[dict]]:
    """{facet: [{"value", "label", "count", "params"}]}: the commonest values of each item key; `keys` maps the
    item key to the query parameter that filters on it."""
    out: dict[str, list[dict]] = {}
    for key, param in keys.items():
        counts: dict[str, int] = {}
        for item in items:
            value = item.get(key)
            if value in (None, "", []):
                continue
            if isinstance(value, bool) or key == "contradicted":
                value = "true" if value else "false"
            counts[str(value)] = counts.get(str(value), 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        out[key] = [{"value": v, "label": v, "count": n, "params": {param: v}} for v, n in top]
    return out
