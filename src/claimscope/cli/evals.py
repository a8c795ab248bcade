"""`claimscope eval ...`: each scorer is a command in its own module, registered here in one line."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import UsageError
from .check import eval_check
from .eval_contradictions import eval_contradictions
from .eval_coref import eval_coref
from .eval_speakers import eval_speakers
from .eval_timex import eval_timex
from .eval_stories import eval_stories
from .eval_plover import eval_plover
from .eval_quantities import eval_quantities
from .progress import progress_bar
from .reports import print_report

eval_app = typer.Typer(help="Score claimscope against annotated corpora.", no_args_is_help=True)
err = Console(stderr=True, highlight=False)


@eval_app.command("polnear")
def eval_polnear(
    directory: Path = typer.Argument(..., help="A PolNeAR split folder with text/ and attributions/."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N articles (quick checks)."),
) -> None:
    """Score statement extraction against PolNeAR gold attributions."""
    from ..api import analyse_sources
    from ..eval.polnear import evaluate, format_report
    from ..ingest import SourceDoc

    if not (directory / "text").is_dir() or not (directory / "attributions").is_dir():
        raise UsageError(f"{directory}: expected text/ and attributions/ folders (a PolNeAR split)")

    def extract_fn(items):
        sources = (SourceDoc(text=text, origin=name, path=name) for name, text in items)
        with progress_bar(err, err.is_terminal) as progress:
            task = progress.add_task("extracting", total=len(items), rate="")
            for _, doc in analyse_sources(sources):
                progress.update(task, advance=1)
                yield doc

    report = evaluate(directory, extract_fn, limit=limit)
    print_report(report, as_json, format_report)


eval_app.command("coref")(eval_coref)
eval_app.command("speakers")(eval_speakers)
eval_app.command("timex")(eval_timex)
eval_app.command("stories")(eval_stories)
eval_app.command("plover")(eval_plover)
eval_app.command("quantities")(eval_quantities)
eval_app.command("contradictions")(eval_contradictions)
eval_app.command("check")(eval_check)
