"""`claimscope eval contradictions [FILE]`: precision on the judged set, recall on the article sets
(eval/contradictions.py)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import typer
from rich.console import Console

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def eval_contradictions(
    file: Path = typer.Argument(Path("tests/link/data/contradictions_judged.json"),
                                help="The judged set (stores' inputs and judged pairs)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Score flagged contradictions: precision against the judged pairs, recall on the hand-written sets."""
    from ..api import analyse_into
    from ..eval.contradictions import evaluate, format_report
    from ..link import link_store
    from ..link.views import contradiction_rows
    from ..store import Store

    with tempfile.TemporaryDirectory() as tmp:
        def build(name: str, inputs: list[str]) -> list[dict]:
            err.print(f"analysing and linking {name} ({len(inputs)} input(s))")
            with Store(Path(tmp) / f"{name}.db") as store:
                analyse_into(store, inputs)
                link_store(store)
                return contradiction_rows(store._db)

        report = evaluate(file, build)
    if as_json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        out.print(format_report(report), markup=False, highlight=False)
