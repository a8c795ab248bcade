"""`claimscope link`, `claimscope duplicates` and `claimscope stories`: the document-level linking stage."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import UsageError
from .options import DbOption, FormatOption, require_store
from .output import RowFormat, emit_rows

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DUPLICATE_COLUMNS = [("similarity", "similarity"), ("title", "document"), ("document_id", "id"),
                     ("canonical_title", "copy of"), ("canonical_id", "canonical id")]
SEGMENT_COLUMNS = [("occurrences", "times"), ("document_id", "document"), ("line", "line"), ("start", "start"),
                   ("end", "end"), ("text", "text")]
STORY_COLUMNS = [("label", "story"), ("first_seen", "first seen"), ("last_seen", "last seen"),
                 ("documents", "docs"), ("sources", "sources"), ("publishers", "publishers"), ("id", "id")]


def link(db: Path = DbOption,
         quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary.")) -> None:
    """Link the stored documents not linked yet: duplicates, stories, claims, contradictions."""
    from ..link import link_store
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        report = link_store(store)
    if not quiet:
        err.print(f"linked {report.documents} document(s): {report.duplicates} duplicate(s), "
                  f"{report.stories_changed} story(ies) changed, {report.claims} claim(s), "
                  f"{report.contradictions} contradiction(s)", soft_wrap=True)


def duplicates(db: Path = DbOption, fmt: RowFormat = FormatOption,
               segments: bool = typer.Option(False, "--segments",
                                             help="List repeated headlines and paragraphs instead.")) -> None:
    """List near-copies of earlier documents (or, with --segments, lines repeated within and across them)."""
    from ..link import duplicates as dup
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        if segments:
            rows = dup.repeated_rows(store._db)
            emit_rows(rows, fmt, SEGMENT_COLUMNS, title=f"{len(rows)} repeated line(s)", console=out)
        else:
            rows = dup.duplicate_rows(store._db)
            emit_rows(rows, fmt, DUPLICATE_COLUMNS, title=f"{len(rows)} duplicate(s)", console=out)


def stories(db: Path = DbOption, fmt: RowFormat = FormatOption,
            story: Optional[str] = typer.Option(None, "--story", help="Only the story with this id."),
            min_documents: int = typer.Option(1, "--min-documents", min=1, help="Only stories this large.")) -> None:
    """List stories: label, time span, documents and independent sources (near-copies count once)."""
    from ..link.views import story_rows
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        rows = [r for r in story_rows(store._db, story) if r["documents"] >= min_documents]
    if story and not rows:
        raise UsageError(f"no story {story!r} in {db}")
    emit_rows(rows, fmt, STORY_COLUMNS, title=f"{len(rows)} story(ies)", console=out)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("link")(link)
    app.command("duplicates")(duplicates)
    app.command("stories")(stories)
