"""`claimscope actors` and `claimscope actor NAME`: who appears in the store, and everything about one of them.

    claimscope actors [--db DB] [--search TEXT] [--type TYPE] [--limit N] [--offset N] [--wide] [--format FMT]
    claimscope actors merge TARGET VARIANT [--type TYPE] [--document ID]   # VARIANT's records are TARGET
    claimscope actors split ACTOR VARIANT [--document ID]                  # VARIANT stays apart from ACTOR
    claimscope actors overrides [--remove ID]                              # list (or forget) overrides
    claimscope actor NAME [--db DB] [--limit N] [--format table|json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import UsageError
from ..lexicon.honorifics import HONORIFIC_PREFIXES
from .options import DEFAULT_DB, DbOption, FormatOption, LimitOption, OffsetOption, WideOption, require_store
from .output import Col, RowFormat, emit_page, emit_rows, table_limit

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP")

actors_app = typer.Typer(
    help="Actors in the store: one record per person, organisation, state and place across articles. "
    "With no subcommand, list them; `merge` and `split` record user overrides that re-analysis keeps.",
    invoke_without_command=True,
    no_args_is_help=False,
)

ACTOR_COLUMNS = [Col("id", "id", max_width=8), Col("name", "name", ratio=3, min_width=12), Col("type", "type"),
                 Col("kind", "kind"), Col("country", "country", ratio=1, min_width=8),
                 Col("statements", "statements"), Col("mentions", "mentions"), Col("documents", "documents"),
                 Col("variants", "also named", ratio=3, min_width=12)]


ROLE_COLUMNS = [Col("date", "date", max_width=10), Col("role", "role", ratio=3, min_width=12),
                Col("article", "article", ratio=2, min_width=12)]
ACTOR_STATEMENT_COLUMNS = [
    Col("speaker_name", "speaker", ratio=2, min_width=10,
        show=lambda r: r.get("speaker_name") or r.get("speaker_text")),
    Col("cue_text", "cue", ratio=1, min_width=6), Col("content_text", "content", ratio=6, min_width=24),
    Col("title", "article", ratio=2, min_width=10, show=lambda r: r.get("title") or r.get("document_id")),
]
MENTION_COLUMNS = [Col("text", "text", ratio=2, min_width=10), Col("at", "at", max_width=14),
                   Col("article", "article", ratio=3, min_width=12)]


def _check_type(type_: Optional[str]) -> Optional[str]:
    if type_ is None:
        return None
    if type_.upper() not in TYPES:
        raise UsageError(f"--type must be one of {', '.join(TYPES)} (got {type_!r})")
    return type_.upper()


@actors_app.callback()
def actors(
    ctx: typer.Context,
    db: Path = DbOption,
    search: Optional[str] = typer.Option(None, "--search", help="Only actors whose name (or a name an article "
                                         "used for them) contains this text."),
    type_: Optional[str] = typer.Option(None, "--type", help="PERSON, ORG, GPE (state), LOC (place) or NORP."),
    limit: Optional[int] = LimitOption,
    offset: int = OffsetOption,
    wide: bool = WideOption,
    fmt: RowFormat = FormatOption,
) -> None:
    """List actors: who speaks and is mentioned most, with their kind, country and other names."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    from ..store import Store
    from ..store.read_actors import actor_listing

    type_ = _check_type(type_)
    require_store(db)
    with Store(db) as store:
        rows, total = actor_listing(store._db, search=search, type=type_, limit=table_limit(fmt, limit),
                                    offset=offset, count=True)
    emit_page(rows, fmt, ACTOR_COLUMNS, limit=limit, offset=offset, total=total, one="actor", wide=wide, console=out)


def _db(ctx: typer.Context, db: Optional[Path]) -> Path:
    path = db or (ctx.obj or {}).get("db") or DEFAULT_DB
    require_store(path)
    return path


@actors_app.command("merge")
def merge(
    ctx: typer.Context,
    target: str = typer.Argument(..., help="The actor the records become (e.g. 'Ana Ruiz')."),
    variant: str = typer.Argument(..., help="The name whose records join it (e.g. 'Ruiz', 'Ana M. Ruiz')."),
    type_: Optional[str] = typer.Option(None, "--type", help="Only records of this type."),
    document: Optional[str] = typer.Option(None, "--document", help="Only in this document (id)."),
    db: Optional[Path] = typer.Option(None, "--db", help="SQLite store file; it must exist."),
) -> None:
    """Merge: records named VARIANT are TARGET, in stored documents and in every one added later."""
    from ..store import Store

    type_ = _check_type(type_)
    with Store(_db(ctx, db)) as store:
        changed = store.merge_actors(target, variant, type=type_, document=document)
    err.print(f"merged {escape(variant)!s} into {escape(target)}; {changed} document(s) re-linked")


@actors_app.command("split")
def split(
    ctx: typer.Context,
    actor: str = typer.Argument(..., help="The actor to keep apart (e.g. 'Ana Ruiz')."),
    variant: str = typer.Argument(..., help="The name that must not join it (e.g. 'Ruiz')."),
    document: Optional[str] = typer.Option(None, "--document", help="Only in this document (id)."),
    db: Optional[Path] = typer.Option(None, "--db", help="SQLite store file; it must exist."),
) -> None:
    """Split: records named VARIANT stay apart from ACTOR (undoes a merge or an automatic surname link)."""
    from ..store import Store

    with Store(_db(ctx, db)) as store:
        changed = store.split_actors(actor, variant, document=document)
    err.print(f"kept {escape(variant)} apart from {escape(actor)}; {changed} document(s) re-linked")


@actors_app.command("overrides")
def list_overrides(
    ctx: typer.Context,
    remove: Optional[int] = typer.Option(None, "--remove", help="Forget the override with this id."),
    fmt: RowFormat = FormatOption,
    db: Optional[Path] = typer.Option(None, "--db", help="SQLite store file; it must exist."),
) -> None:
    """The merge and split overrides in force (or forget one with --remove ID)."""
    from ..store import Store

    with Store(_db(ctx, db)) as store:
        if remove is not None:
            changed = store.remove_actor_override(remove)
            err.print(f"removed override {remove}; {changed} document(s) re-linked")
        rows = store.actor_overrides()
    cols = [("id", "id"), ("action", "action"), ("name", "name"), ("type", "type"), ("target", "target"),
            ("document_id", "document"), ("created_at", "created")]
    emit_rows(rows, fmt, cols, title=f"{len(rows)} override(s)", console=out)


def actor(
    name: str = typer.Argument(..., help="Actor id, name, or a name an article used ('Dr Ruiz' works as 'Ruiz')."),
    db: Path = DbOption,
    limit: int = typer.Option(20, "--limit", min=1, help="At most this many mentions and statements per list "
                              "(json: 200)."),
    fmt: RowFormat = typer.Option(RowFormat.table, "--format", help="table or json (jsonl/csv print json)."),
) -> None:
    """One actor: its names, roles over time, mentions, statements by it and statements about it."""
    from ..store import Store

    require_store(db)
    query = name
    for honorific in HONORIFIC_PREFIXES:
        if query.startswith(honorific):
            query = query[len(honorific):]
    with Store(db) as store:
        detail = store.actor(query, limit=max(limit, 200) if fmt != RowFormat.table else limit)
    if detail is None:
        raise UsageError(f"no actor matches {name!r}; list them with `claimscope actors --db {db} --search TEXT`")
    if fmt != RowFormat.table:
        json.dump(detail, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    _print_actor(detail, limit)


def _print_actor(d: dict, limit: int) -> None:
    head = f"[bold]{escape(d['name'])}[/bold]  {d.get('type') or ''}"
    if d.get("kind"):
        head += f" ({d['kind']})"
    if d.get("country") and d.get("type") in ("LOC", "GPE") and d["country"] != d["name"]:
        head += f", {escape(d['country'])}"
    if d.get("lat") is not None:
        head += f"  [dim]{d['lat']:.3f}, {d['lon']:.3f}[/dim]"
    out.print(head)
    out.print(f"[dim]id {d['id']}; {d['documents']} document(s), {d['mention_count']} mention(s), "
              f"{len(d['statements_by'])} statement(s) by it shown, {len(d['statements_about'])} about it[/dim]")
    others = [n["name"] for n in d["names"] if n["name"] != d["name"]]
    if others:
        out.print("also named: " + escape(", ".join(others)))
    if d["affiliations"]:
        out.print("affiliations: " + escape(", ".join(
            f"{a['name']} ({a['documents']}" + (f", from {a['first']}" if a.get("first") else "") + ")"
            for a in d["affiliations"])))
    roles, seen = [], set()
    for r in d["roles"]:
        key = (r["role"], (r["published"] or "")[:10])
        if key not in seen:
            seen.add(key)
            roles.append({"date": key[1], "role": r["role"], "article": r["title"] or r["document_id"]})
    if roles:
        emit_rows(roles, RowFormat.table, ROLE_COLUMNS, title="roles over time", console=out)
    for title, rows in (("statements by it", d["statements_by"]), ("statements about it", d["statements_about"])):
        if rows:
            emit_rows(rows[:limit], RowFormat.table, ACTOR_STATEMENT_COLUMNS, title=title, console=out)
    if d["mentions"]:
        mentions = [{**m, "at": f"{m['start']}-{m['end']}", "article": m.get("title") or m["document_id"]}
                    for m in d["mentions"][:limit]]
        emit_rows(mentions, RowFormat.table, MENTION_COLUMNS, console=out,
                  title=f"mentions (first {min(limit, len(d['mentions']))} of {d['mention_count']})")


def register(app: typer.Typer) -> None:
    """Add `actors` (with merge/split/overrides) and `actor` to the main app."""
    app.add_typer(actors_app, name="actors")
    app.command("actor")(actor)
