"""`claimscope demo`: the bundled example articles analysed into a store, who said what printed, and the next
commands to try, named as this user can run them."""

from __future__ import annotations

import os
import shutil
import sys
from importlib import resources
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .analyze import link_summary, report_error
from .options import WritableDbOption

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def cli_name() -> str:
    """How the user runs claimscope from here: `claimscope` when that is on PATH, else the environment's own
    script as a path (`.venv/bin/claimscope` after scripts/setup.sh, which puts nothing on PATH)."""
    script = Path(sys.executable).parent / "claimscope"
    found = shutil.which("claimscope")
    if found and (not script.exists() or Path(found).resolve() == script.resolve()):
        return "claimscope"
    if not script.exists():
        return ".venv/bin/claimscope"
    relative = os.path.relpath(script.absolute())
    return relative if not relative.startswith("..") else str(script.absolute())


def demo(db: Path = WritableDbOption) -> None:
    """Analyse the bundled example articles into the store and print who said what."""
    from ..api import analyse_into
    from ..link import link_store
    from ..store import Store

    examples = resources.files("claimscope") / "examples"
    with resources.as_file(examples) as folder:
        with Store(db) as store:
            report = analyse_into(store, [str(folder)], on_error=report_error)
            linked = link_store(store)
            rows = [r for r in store.statements() if str(folder) in (r.get("path") or "")] or store.statements()
    err.print(f"analysed {report.analysed} example article(s), {report.skipped} already stored; linked "
              f"{linked.documents}: {link_summary(linked)}; store: {db}", soft_wrap=True)
    print_who_said_what(rows)
    name = escape(cli_name())
    out.print(f"\nNext: [bold]{name} statements --db {db} --speaker NAME[/bold], [bold]{name} stories "
              f"--db {db}[/bold], [bold]{name} claims --contradicted --db {db}[/bold], or analyse your own "
              f"files with [bold]{name} analyze PATH --db {db}[/bold].")
    if report.errors:
        raise typer.Exit(1)


def print_who_said_what(rows: list[dict]) -> None:
    """A readable summary: per article, each statement as 'speaker — cue: content'."""
    current = None
    for r in rows:
        if r["document_id"] != current:
            current = r["document_id"]
            where = r.get("url") or r.get("path") or current
            out.print(f"\n[bold underline]{escape(r.get('title') or current)}[/]  [dim]{escape(str(where))}[/dim]")
        speaker = r.get("speaker_name") or r.get("speaker_text") or "(unattributed)"
        to = f" → {r['addressee_name']}" if r.get("addressee_name") else ""
        content = " ".join((r.get("content_text") or "").split())
        if len(content) > 220:
            content = content[:217] + "…"
        out.print(f"  • [bold cyan]{escape(speaker)}[/] [dim]{escape(r.get('cue_text') or '')}{escape(to)} "
                  f"({r['kind']})[/dim]: {escape(content)}")
