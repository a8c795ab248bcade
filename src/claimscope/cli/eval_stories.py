"""`claimscope eval stories FILE.jsonl`: story grouping scored against gold clusters (eval/stories.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import UsageError
from .reports import print_report

err = Console(stderr=True, highlight=False)


def analyse_missing(gold_docs, db: Path) -> None:
    """Analyse into `db` the gold documents it does not hold yet (a kept --db makes a second run quick)."""
    from ..api import analyse_sources
    from ..store import Store
    from .progress import progress_bar

    with Store(db) as store:
        known = store.document_ids()
        todo = [g.source for g in gold_docs if g.source.id not in known]
        if not todo:
            return
        with progress_bar(err, err.is_terminal) as progress:
            task = progress.add_task("analysing", total=len(todo), rate="")
            for _, doc in analyse_sources(iter(todo)):
                store.add_document(doc)
                progress.update(task, advance=1)


def eval_stories(
    path: Path = typer.Argument(..., help="JSON Lines: one document a line with 'text' and 'gold_cluster' "
                                          "(and 'topic' for the 2-fold split)."),
    db: Optional[Path] = typer.Option(None, "--db", help="Keep the analysed documents in this store and reuse "
                                                        "them on the next run (default: a temporary store)."),
    orders: int = typer.Option(3, "--orders", min=1, help="Shuffled arrival orders to link and compare."),
    seed: int = typer.Option(0, "--seed", help="Seed of the first shuffled order (then seed+1, ...)."),
    passes: int = typer.Option(1, "--passes", min=1, help="Link each order in this many passes (incremental "
                                                          "linking, as documents arrive in batches)."),
    batches: int = typer.Option(4, "--batches", min=1, help="Also link each order in this many incremental "
                                                            "passes and count them in the spread (1: don't)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Score story grouping (B-cubed P/R/F1, adjusted Rand index) against gold clusters, in several orders."""
    from ..eval.stories import evaluate, format_report, load

    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    gold_docs = load(path)
    with tempfile.TemporaryDirectory(prefix="claimscope-stories-") as tmp:
        store = db or Path(tmp) / "analysed.db"
        analyse_missing(gold_docs, store)
        report = evaluate(gold_docs, store, Path(tmp), orders=orders, seed=seed, passes=passes, batches=batches)
    print_report(report, as_json, format_report)
