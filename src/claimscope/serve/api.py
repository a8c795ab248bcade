"""JSON API routes (all GET, all read-only). Lists answer {items, total, limit, offset, ...}; see /docs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from claimscope import __version__
from claimscope.settings import default
from claimscope.serve import derived
from claimscope.serve.lists import MAX_ROWS, DownloadFormat, download, facet_counts, sort_items
from claimscope.serve.links import external_link
from claimscope.serve.memo import memoised
from claimscope.store import facets, filters, read, read_actors
from claimscope.store.filters import Filters

router = APIRouter(prefix="/api")

MAX_LIMIT = default("serve.max_limit")
TEXT = dict(max_length=500)


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request."""
    conn = read.open_readonly(request.app.state.db_path)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(connection)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (1-{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Text = Annotated[Optional[str], Query(max_length=500)]


def _page(items: list, total: int, limit: int, offset: int, **extra) -> dict:
    return {"items": items, "total": total, "limit": limit, "offset": offset, **extra}


def _slice(items: list, limit: int, offset: int, **extra) -> dict:
    return _page(items[offset:offset + limit], len(items), limit, offset, **extra)


def _not_computed(kind: str, computed: bool) -> dict:
    return {"computed": computed, **({} if computed else {"message": derived.NOT_COMPUTED[kind]})}


class StatementQuery:
    """The statement filters, shared by /api/statements, /api/documents and /api/network."""

    def __init__(
        self,
        search: Text = None,
        speaker: Annotated[Optional[str], Query(max_length=500, description="Speaker name (substring).")] = None,
        actor: Annotated[Optional[str], Query(
            max_length=500, description="Actor id, or name substring: statements it makes, receives or is "
                                        "mentioned in.")] = None,
        kind: Annotated[Optional[Literal["direct", "indirect", "mixed"]], Query()] = None,
        cue: Annotated[Optional[str], Query(max_length=200, description="Cue words (substring).")] = None,
        date_from: Annotated[Optional[str], Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
        date_to: Annotated[Optional[str], Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
        document: Annotated[Optional[str], Query(max_length=100)] = None,
        publisher: Text = None,
        story: Annotated[Optional[str], Query(max_length=100, description="Story id (needs stories).")] = None,
        contradicted: Annotated[Optional[bool], Query(description="Only (not) contradicted claims.")] = None,
        min_confidence: Annotated[Optional[float], Query(ge=0, le=1, description="Least confidence.")] = None,
    ):
        self.filters = Filters(search=search, speaker=speaker, actor=actor, kind=kind, cue=cue,
                               date_from=date_from, date_to=date_to, document=document, publisher=publisher,
                               story=story, contradicted=contradicted, min_confidence=min_confidence)


StatementFilters = Annotated[StatementQuery, Depends()]


@router.get("/health", summary="Liveness")
def health() -> dict:
    return {"status": "ok", "version": __version__, "read_only": True}


@router.get("/stats", summary="What the store holds")
def stats(conn: Conn, request: Request) -> dict:
    out = read.stats(conn)
    out["computed"] = derived.computed(conn, str(request.app.state.db_path))  # flags only: no rows are read
    out["actor_types"] = read_actors.actor_types(conn)
    return out


@router.get("/search", summary="Full-text search over documents, statements and actors")
def search(conn: Conn, q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find.")],
           limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict:
    docs, n_docs = read.select_documents(conn, query=q, limit=limit)
    sts, n_sts = read.select_statements(conn, Filters(search=q), limit=limit)
    actors, n_actors = read_actors.select_actors(conn, search=q, limit=limit)
    return {"query": q, "snippet_marks": list(read.SNIPPET_MARKS),
            "documents": {"items": docs, "total": n_docs},
            "statements": {"items": sts, "total": n_sts},
            "actors": {"items": actors, "total": n_actors}}


@router.get("/documents", summary="Documents, with full-text search and the statement filters")
def documents(conn: Conn, f: StatementFilters, limit: Limit = 50, offset: Offset = 0,
              q: Annotated[Optional[str], Query(max_length=500, description="Words in title or text.")] = None,
              sort: Annotated[Optional[Literal[read.DOCUMENT_SORTS]], Query()] = None, format: DownloadFormat = None):
    if format:
        rows, total = read.select_documents(conn, f.filters, query=q, sort=sort, limit=MAX_ROWS, offset=0)
        return download(derived.document_links(conn, rows), format, "documents", total=total)
    rows, total = read.select_documents(conn, f.filters, query=q, sort=sort, limit=limit, offset=offset)
    return _page(derived.document_links(conn, rows), total, limit, offset, snippet_marks=list(read.SNIPPET_MARKS))


@router.get("/documents/{doc_id}", summary="One document: text, statements and actors, with store actor ids")
def document(conn: Conn, doc_id: Annotated[str, Path(max_length=100)]) -> dict:
    doc = read.document_json(conn, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {doc_id!r}")
    ids = {(name, type_): i for i, name, type_ in conn.execute(
        "SELECT DISTINCT a.id, a.name, a.type FROM actors a WHERE a.id IN ("
        "SELECT actor_id FROM mentions WHERE document_id = ? UNION "
        "SELECT speaker_actor_id FROM statements WHERE document_id = ? UNION "
        "SELECT addressee_actor_id FROM statements WHERE document_id = ?)", (doc_id, doc_id, doc_id))}
    by_name = {}
    for (name, type_), i in ids.items():
        by_name.setdefault(name, i)
    for actor in doc.get("actors") or []:
        actor["actor_id"] = ids.get((actor.get("name"), actor.get("type") or "")) or by_name.get(actor.get("name"))
    rows = {r["id"]: r for r in read.select_statements(conn, Filters(document=doc_id), limit=None,
                                                         count=False)[0]}
    for st in doc.get("statements") or []:
        row = rows.get(st.get("id"), {})
        st["speaker_actor_id"] = row.get("speaker_actor_id")
        st["addressee_actor_id"] = row.get("addressee_actor_id")
    source = doc.get("source")
    if isinstance(source, dict):
        source["link"] = external_link(source.get("url"))
    return doc


@router.get("/statements", summary="Statements with filters, sorting and pagination")
def statements(conn: Conn, f: StatementFilters, limit: Limit = 50, offset: Offset = 0,
               sort: Annotated[Optional[Literal[read.STATEMENT_SORTS]], Query(
                   description="Default: relevance when searching, else document order.")] = None,
               format: DownloadFormat = None):
    if format:
        rows, total = read.select_statements(conn, f.filters, sort=sort, limit=MAX_ROWS, offset=0)
        return download(rows, format, "statements", total=total)
    rows, total = read.select_statements(conn, f.filters, sort=sort, limit=limit, offset=offset)
    state = filters.derived_state(conn)
    notes = []
    if f.filters.story is not None and not state["stories"]:
        notes.append(derived.NOT_COMPUTED["stories"])
    if f.filters.contradicted is not None and not state["claims"]:
        notes.append(derived.NOT_COMPUTED["claims"])
    return _page(rows, total, limit, offset, sort=sort or ("relevance" if f.filters.search else "document"),
                 derived=state, notes=notes)


@router.get("/statements/{statement_id}", summary="One statement")
def statement(conn: Conn, statement_id: Annotated[str, Path(max_length=100)]) -> dict:
    rows = read.statements_by_ids(conn, [statement_id])
    if not rows:
        raise HTTPException(404, f"no statement with id {statement_id!r}")
    return rows[0]


@router.get("/actors", summary="Canonical actors with their counts")
def actors(conn: Conn, limit: Limit = 50, offset: Offset = 0,
           search: Annotated[Optional[str], Query(max_length=500, description="Name substring.")] = None,
           type: Annotated[Optional[str], Query(max_length=40, pattern=r"^[A-Za-z_]+$")] = None,
           sort: Annotated[Literal[read_actors.ACTOR_SORTS], Query()] = "statements", format: DownloadFormat = None):
    if format:
        rows, total = read_actors.select_actors(conn, search=search, type=type, sort=sort, limit=MAX_ROWS)
        return download(rows, format, "actors", total=total)
    rows, total = read_actors.select_actors(conn, search=search, type=type, sort=sort, limit=limit, offset=offset)
    return _page(rows, total, limit, offset)


@router.get("/actors/{actor_id}", summary="One actor: what it said, what others said about it, roles over time")
def actor(conn: Conn, actor_id: Annotated[int, Path(ge=0, le=2**63 - 1)], limit: Limit = 50,
          offset: Offset = 0) -> dict:
    found, _ = read_actors.select_actors(conn, ids=[actor_id], limit=1)
    if not found:
        raise HTTPException(404, f"no actor with id {actor_id}")
    a = found[0]
    said, said_total = _said(conn, actor_id, limit, offset)
    about, about_total = read_actors.statements_about(conn, actor_id, limit=limit, offset=offset)
    return {"actor": a, "said": _page(said, said_total, limit, offset),
            "about": _page(about, about_total, limit, offset), "roles": _roles(conn, a)}


def _said(conn: sqlite3.Connection, actor_id: int, limit: int, offset: int) -> tuple[list[dict], int]:
    rows = read.statements_where(conn, "s.speaker_actor_id = ?", (actor_id,), order="published", limit=limit,
                                 offset=offset)
    total = conn.execute("SELECT count(*) FROM statements WHERE speaker_actor_id = ?", (actor_id,)).fetchone()[0]
    return rows, total


def _roles(conn: sqlite3.Connection, actor: dict, max_documents: int = 300) -> list[dict]:
    """Roles the documents give the actor, each with the date and document that gave it, oldest first.

    From the store's `actor_roles` table when it has one (cross-document actors: every name variant), else from
    the document JSON's actors of the same name and type.
    """
    if "actor_roles" in filters.table_names(conn) and {"actor_id", "value", "document_id"} <= set(
            filters.columns(conn, "actor_roles")):
        has_kind = "kind" in filters.columns(conn, "actor_roles")
        rows = conn.execute(
            f"SELECT r.value, {'r.kind' if has_kind else 'NULL'}, r.document_id, d.title, d.published "
            "FROM actor_roles r JOIN documents d ON d.id = r.document_id WHERE r.actor_id = ? "
            "ORDER BY d.published IS NULL, d.published, d.n, r.rowid LIMIT 1000", (actor["id"],)).fetchall()
        if rows:
            return [{"role": value if kind in (None, "", "role") else f"{value} ({kind})",
                     "date": (published or "")[:10] or None, "document_id": doc_id, "title": title}
                    for value, kind, doc_id, title, published in rows if value]
    ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT m.document_id FROM mentions m JOIN documents d ON d.id = m.document_id "
        "WHERE m.actor_id = ? ORDER BY d.published IS NULL, d.published, d.n LIMIT ?", (actor["id"], max_documents))]
    out = []
    for doc in read.iter_document_json(conn, ids):
        for entry in doc.get("actors") or []:
            if entry.get("name") != actor["name"] or (entry.get("type") or None) != actor["type"]:
                continue
            for role in entry.get("roles") or []:
                label = role if isinstance(role, str) else (role.get("role") or role.get("text") or role.get("name")
                                                             if isinstance(role, dict) else None)
                if label:
                    out.append({"role": str(label), "date": (role.get("date") if isinstance(role, dict) else None)
                                or (doc.get("published") or "")[:10] or None,
                                "document_id": doc["id"], "title": doc.get("title")})
    out.sort(key=lambda r: (r["date"] is None, r["date"] or ""))
    return out


@router.get("/network", summary="Who speaks about whom: speaker -> actors mentioned in the content")
def network(conn: Conn, request: Request, f: StatementFilters,
            min_weight: Annotated[int, Query(ge=1, le=1000, description="Least statements per edge.")] = 1,
            max_edges: Annotated[int, Query(ge=1, le=2000)] = 150) -> dict:
    every = memoised(str(request.app.state.db_path), "network", tuple(vars(f.filters).items()),
                     lambda: read_actors.speaks_about_edges(conn, f.filters))
    edges = [e for e in every if e["statements"] >= min_weight]
    total_edges = len(edges)
    edges.sort(key=lambda e: (-e["statements"], e["source"], e["target"]))
    edges = edges[:max_edges]
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes, _ = read_actors.select_actors(conn, ids=ids, limit=None) if ids else ([], 0)
    return {"nodes": nodes, "edges": edges, "total_edges": total_edges}


EVENT_SORTS = ("type", "-type", "actor", "-actor", "published", "-published", "status")
CLAIM_SORTS = ("sources", "-sources", "independent", "-independent", "first_seen", "-first_seen", "kind")
CONTRADICTION_SORTS = ("kind", "story_id", "-story_id")
Sort = Annotated[Optional[str], Query(max_length=40, description="A column, or -column for descending.")]


def _listed(items: list[dict], fmt: str | None, name: str, sort: str | None, sorts: tuple[str, ...],
            facet_keys: dict[str, str], limit: int, offset: int, kind: str, computed: bool, page_hook=None,
            memo: tuple[str, tuple] | None = None):
    """One derived list as the API answers it: sorted, then a file (`format=`) or a page with facet counts
    (kept per store state when `memo` gives the store and the filters); `page_hook` fills in what only the rows
    of the page need (a claim's statements)."""
    if sort and sort not in sorts:
        raise HTTPException(400, f"sort: {sort!r} is not one of {', '.join(sorts)}")
    items = sort_items(items, sort, tuple(k.lstrip("-") for k in sorts))
    if fmt:
        return download(items, fmt, name)
    counts = (memoised(memo[0], f"{name}-facets", memo[1], lambda: facet_counts(items, facet_keys)) if memo
              else facet_counts(items, facet_keys))
    page = _slice(items, limit, offset, facets=counts, **_not_computed(kind, computed))
    if page_hook is not None:
        page["items"] = page_hook(page["items"])
    return page


@router.get("/events", summary="Events (who did what to whom), once the facts stage has run")
def events(conn: Conn, request: Request, limit: Limit = 50, offset: Offset = 0,
           actor: Text = None, type: Annotated[Optional[str], Query(max_length=100)] = None,
           document: Annotated[Optional[str], Query(max_length=100)] = None,
           status: Annotated[Optional[str], Query(max_length=40)] = None, sort: Sort = None,
           format: DownloadFormat = None):
    computed, items = derived.events(conn, str(request.app.state.db_path), actor=actor, type=type, document=document)
    if status:
        items = [e for e in items if e.get("status") == status]
    return _listed(items, format, "events", sort, EVENT_SORTS, {"type": "type", "actor": "actor", "status": "status"},
                   limit, offset, "events", computed)


@router.get("/quantities", summary="Quantities (numbers with what they count), once the facts stage has run")
def quantities(conn: Conn, request: Request, limit: Limit = 50, offset: Offset = 0,
               unit: Annotated[Optional[str], Query(max_length=100)] = None, actor: Text = None,
               document: Annotated[Optional[str], Query(max_length=100)] = None, format: DownloadFormat = None):
    computed, items = derived.quantities(conn, str(request.app.state.db_path), unit=unit, actor=actor,
                                         document=document)
    if format:
        return download(items, format, "quantities")
    return _slice(items, limit, offset, **_not_computed("quantities", computed))


def _text_day(date: object) -> str | None:
    """'2025-03-04' (or the first of a month, '2025-03' -> '2025-03-01') from a quantity's date in the text."""
    value = date.get("value") if isinstance(date, dict) else None
    if not isinstance(value, str):
        return None
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return value
    if len(value) == 7 and value[4] == "-":
        return value + "-01"
    return None


@router.get("/timeline", summary="Quantities over time by source, for one unit")
def timeline(conn: Conn, request: Request,
             unit: Annotated[Optional[str], Query(max_length=100, description="Default: the commonest unit.")] = None,
             actor: Text = None) -> dict:
    computed, items = derived.quantities(conn, str(request.app.state.db_path), actor=actor)
    counts: dict[str, int] = {}
    for q in items:
        if q.get("point") is not None and q.get("unit"):
            counts[str(q["unit"])] = counts.get(str(q["unit"]), 0) + 1
    units = [{"unit": u, "count": n} for u, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    chosen = unit or (units[0]["unit"] if units else None)
    picked = [q for q in items if q.get("point") is not None and str(q.get("unit")) == chosen]
    series: dict[str, list[dict]] = {}
    undated = []
    for q in picked:
        point = {k: q.get(k) for k in ("point", "value", "low", "high", "text", "status", "approximate",
                                         "document_id", "title", "statement", "actor")}
        point["date"], point["dated_by"] = q.get("reported"), "published"
        if not point["date"]:  # an undated article: the date the text gives the quantity, when it names a day
            point["date"], point["dated_by"] = _text_day(q.get("date")), "text"
        if point["date"]:
            series.setdefault(str(q.get("source")), []).append(point)
        else:
            undated.append({**point, "source": q.get("source")})
    out = [{"source": s, "points": sorted(p, key=lambda x: x["date"])} for s, p in series.items()]
    out.sort(key=lambda s: (-len(s["points"]), s["source"]))
    return {**_not_computed("quantities", computed), "unit": chosen, "units": units, "series": out,
            "undated": undated[:200], "undated_total": len(undated)}


@router.get("/stories", summary="Stories (groups of articles), once the linking stage has run")
def stories(conn: Conn, limit: Limit = 50, offset: Offset = 0, format: DownloadFormat = None):
    computed, items = derived.stories(conn)
    if format:
        return download(items, format, "stories")
    return _slice(items, limit, offset, **_not_computed("stories", computed))


@router.get("/stories/{story_id}", summary="One story: documents, claims with corroboration, contradictions")
def story(conn: Conn, story_id: Annotated[str, Path(max_length=100)]) -> dict:
    computed, found = derived.story(conn, story_id)
    if found is None:
        raise HTTPException(404, f"no story with id {story_id!r}" if computed else derived.NOT_COMPUTED["stories"])
    return found


@router.get("/claims", summary="Claims with corroboration counts, once the linking stage has run")
def claims(conn: Conn, request: Request, limit: Limit = 50, offset: Offset = 0,
           story: Annotated[Optional[str], Query(max_length=100)] = None, contradicted: Optional[bool] = None,
           actor: Text = None, kind: Annotated[Optional[str], Query(max_length=40)] = None, sort: Sort = None,
           format: DownloadFormat = None):
    computed, items = derived.claims(conn, story=story, contradicted=contradicted, actor=actor, with_statements=False,
                                     db_key=str(request.app.state.db_path))
    if kind:
        items = [c for c in items if c.get("kind") == kind]
    return _listed(items, format, "claims", sort, CLAIM_SORTS,
                   {"kind": "kind", "contradicted": "contradicted", "story_id": "story"},
                   limit, offset, "claims", computed, page_hook=lambda page: derived.claim_contradictions(conn, derived.attach_statements(conn, page)),
                   memo=(str(request.app.state.db_path), (story, contradicted, actor, kind)))


@router.get("/contradictions", summary="Contradictions between sources, both sides with evidence")
def contradictions(conn: Conn, limit: Limit = 50, offset: Offset = 0,
                   story: Annotated[Optional[str], Query(max_length=100)] = None,
                   kind: Annotated[Optional[str], Query(max_length=40)] = None, sort: Sort = None,
                   format: DownloadFormat = None):
    computed, items = derived.contradictions(conn, story=story, kind=kind)
    return _listed(items, format, "contradictions", sort, CONTRADICTION_SORTS,
                   {"kind": "kind", "story_id": "story"}, limit, offset, "claims", computed)


@router.get("/facets/statements", summary="Facet counts of the statements the filters keep")
def statement_facets(conn: Conn, f: StatementFilters) -> dict:
    return {"facets": facets.statement_facets(conn, f.filters)}


@router.get("/facets/documents", summary="Facet counts of the documents the filters keep")
def document_facets(conn: Conn, f: StatementFilters) -> dict:
    return {"facets": facets.document_facets(conn, f.filters)}
