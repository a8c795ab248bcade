"""`claimscope link`, `claimscope duplicates` and `claimscope stories`: the document-level linking stage."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import UsageError
from .analyze import link_summary
from .options import DbOption, FormatOption, LimitOption, OffsetOption, WideOption, require_store
from .output import Col, RowFormat, emit_page, plural

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DUPLICATE_COLUMNS = [Col("similarity", "similarity"), Col("title", "document", ratio=3, min_width=12),
                     Col("document_id", "id", max_width=16, wide=True),
                     Col("canonical_title", "copy of", ratio=3, min_width=12),
                     Col("canonical_id", "canonical id", max_width=16, wide=True)]
SEGMENT_COLUMNS = [Col("occurrences", "times"), Col("document_id", "document", max_width=16),
                   Col("line", "line"), Col("start", "start", wide=True), Col("end", "end", wide=True),
                   Col("text", "text", ratio=5, min_width=20)]
STORY_COLUMNS = [Col("label", "story", ratio=4, min_width=16), Col("first_seen", "first seen", max_width=10),
                 Col("last_seen", "last seen", max_width=10), Col("documents", "docs"), Col("sources", "sources"),
                 Col("publishers", "publishers", ratio=2, min_width=10), Col("id", "id", max_width=24)]


def link(db: Path = DbOption,
         full: bool = typer.Option(False, "--full", help="Recompute every story neighbour list against the "
                                   "store's present frequencies: the stories of one pass over the store."),
         quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary.")) -> None:
    """Link the stored documents not linked yet: duplicates, stories, claims, contradictions."""
    from ..link import link_store
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        report = link_store(store, full=full)
    if not quiet:
        err.print(f"linked {plural(report.documents, 'document')}: {link_summary(report)}", soft_wrap=True)


def duplicates(db: Path = DbOption, fmt: RowFormat = FormatOption,
               segments: bool = typer.Option(False, "--segments",
                                             help="List repeated headlines and paragraphs instead."),
               limit: Optional[int] = LimitOption, offset: int = OffsetOption, wide: bool = WideOption) -> None:
    """List near-copies of earlier documents (or, with --segments, lines repeated within and across them)."""
    from ..link import duplicates as dup
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        if segments:
            emit_page(dup.repeated_rows(store._db), fmt, SEGMENT_COLUMNS, limit=limit, offset=offset,
                      one="repeated line", wide=wide, console=out)
        else:
            emit_page(dup.duplicate_rows(store._db), fmt, DUPLICATE_COLUMNS, limit=limit, offset=offset,
                      one="duplicate", wide=wide, console=out)


def stories(db: Path = DbOption, fmt: RowFormat = FormatOption,
            story: Optional[str] = typer.Option(None, "--story", help="Only the story with this id."),
            min_documents: int = typer.Option(1, "--min-documents", min=1, help="Only stories this large."),
            limit: Optional[int] = LimitOption, offset: int = OffsetOption, wide: bool = WideOption) -> None:
    """List stories: label, time span, documents and independent sources (near-copies count once)."""
    from ..link.views import story_rows
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        rows = [r for r in story_rows(store._db, story) if r["documents"] >= min_documents]
    if story and not rows:
        raise UsageError(f"no story {story!r} in {db}")
    emit_page(rows, fmt, STORY_COLUMNS, limit=limit, offset=offset, one="story", many="stories", wide=wide,
              console=out)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("link")(link)
    app.command("duplicates")(duplicates)
    app.command("stories")(stories)
