"""`claimscope eval quantities FILE...`: quantities scored against expected ones (eval/quantities.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

out = Console(highlight=False)


def eval_quantities(
    files: list[Path] = typer.Argument(..., help="Gold files: quantulum3's test JSON or the project's JSON Lines."),
    news: bool = typer.Option(False, "--news", help="Leave out the expectations a news reader would not share "
                                                     "(years as counts, model numbers, scientific notation, ...)."),
    half: str = typer.Option(None, "--half", help="Score one fixed half of the sentences (by a hash of the text): "
                                                  "'a' for development, 'b' held out."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON (with every miss)."),
    errors: bool = typer.Option(False, "--errors", help="List every miss after the figures."),
) -> None:
    """Score quantity extraction: value F1 and value-with-unit F1."""
    from ..api import analyse_sources
    from ..eval.quantities import format_report, load, score, split
    from ..ingest import SourceDoc

    if half not in (None, "a", "b"):
        raise typer.BadParameter("--half is 'a' or 'b'")
    items = split([item for path in files for item in load(path)], half)

    def extract_fn(texts):
        sources = (SourceDoc(text=t, origin=f"#{n}") for n, t in enumerate(texts))
        return (doc for _, doc in analyse_sources(sources))

    report = score(items, extract_fn, news_only=news)
    if as_json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    title = " + ".join(p.name for p in files) + (" (news reading)" if news else "") + \
        (f" (half {half})" if half else "")
    out.print(format_report(report, title), markup=False, highlight=False)
    if errors:
        for e in report["errors"]:
            typer.echo(json.dumps(e, ensure_ascii=False))
