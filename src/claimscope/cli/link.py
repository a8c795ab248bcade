"""`claimscope link`, `claimscope duplicates` and `claimscope stories`: the document-level linking stage."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from ..errors import UsageError

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOption = typer.Option(Path("claimscope.db"), "--db", help="SQLite store file.")


def link(db: Path = DbOption,
         quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary.")) -> None:
    """Link the stored documents not linked yet: duplicates, stories, claims, contradictions."""
    from ..link import link_store
    from ..store import Store

    if not db.exists():
        raise UsageError(f"{db}: no such store; run `claimscope analyze INPUT --db {db}` first")
    with Store(db) as store:
        report = link_store(store)
    if not quiet:
        err.print(f"linked {report.documents} document(s): {report.duplicates} duplicate(s), "
                  f"{report.stories_changed} story(ies) changed, {report.claims} claim(s), "
                  f"{report.contradictions} contradiction(s)", soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("link")(link)
