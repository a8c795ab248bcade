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
    keep: Path = typer.Option(None, "--keep", help="Keep the analysed stores in this folder; a store already "
                              "there is not analysed again, only its claims relinked with the current rules."),
    only: str = typer.Option(None, "--only", help="Score only these stores and sets (names, comma-separated)."),
) -> None:
    """Score flagged contradictions: precision against the judged pairs, recall on the hand-written sets."""
    from ..api import analyse_into
    from ..eval.contradictions import evaluate, format_report
    from ..link import link_store
    from ..link.claims import relink_claims
    from ..link.views import contradiction_rows
    from ..store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)

        def build(name: str, inputs: list[str]) -> list[dict]:
            db = folder / f"{name}.db"
            if db.exists():
                err.print(f"relinking the claims of {name} (kept in {folder})")
                with Store(db) as store:
                    relink_claims(store._db)
                    return contradiction_rows(store._db)
            err.print(f"analysing and linking {name} ({len(inputs)} input(s))")
            with Store(db) as store:
                analyse_into(store, inputs)
                link_store(store)
                return contradiction_rows(store._db)

        report = evaluate(file, build, only=set(only.split(",")) if only else None)
    if as_json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        out.print(format_report(report), markup=False, highlight=False)
