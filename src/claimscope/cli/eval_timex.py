"""`claimscope eval timex DIR`: time expressions scored against TimeML gold with creation times (eval/timex.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .reports import print_report

out = Console(highlight=False)


def eval_timex(
    directory: Path = typer.Argument(..., help="A folder of TimeML (.tml) files, each with a creation time (DCT)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON, with every error."),
    errors: bool = typer.Option(False, "--errors", help="List the mismatches after the table."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N documents (quick checks)."),
) -> None:
    """Score time expressions (TIMEX3 span, type and value, TempEval-3 conventions) against TimeML gold."""
    from ..api import analyse_sources
    from ..eval.timex import evaluate, format_report
    from ..ingest import SourceDoc

    def extract_fn(items):
        sources = (SourceDoc(text=text, origin=name, path=name, published=dct) for name, text, dct in items)
        return (doc for _, doc in analyse_sources(sources))

    report = evaluate(directory, extract_fn, limit=limit)
    print_report(report, as_json, format_report)
    if as_json:
        return
    if errors:
        for e in report["errors"]:
            out.print(f"  gold {e['gold']}  system {e['system']}", markup=False, highlight=False)
