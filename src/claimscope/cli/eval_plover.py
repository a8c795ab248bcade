"""`claimscope eval plover FILE`: PLOVER event records scored against hand-coded gold (eval/plover.py)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .reports import print_report


class Half(str, Enum):
    all = "all"
    dev = "dev"
    held = "held"


def eval_plover(
    gold_file: Path = typer.Argument(..., help="Gold PLOVER records: a JSON array or JSON Lines file (or a folder "
                                     "with records.json)."),
    predicted: Optional[Path] = typer.Option(None, "--predicted", help="Score these records (e.g. from `export "
                                             "--format plover`) instead of analysing the gold sentences."),
    half: Half = typer.Option(Half.all, "--half", help="all, or the dev / held half of the seeded split of the "
                              "gold records (develop on one, report the other)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Score PLOVER event coding: type accuracy and macro-F1, source and target codes, the full triple."""
    from ..eval.plover import format_report, load_records, predict, score, select

    gold = select(load_records(gold_file), half.value)
    if predicted is not None:
        pred = load_records(predicted)
    else:
        from ..api import analyse_sources
        from ..ingest import SourceDoc

        def analyse(texts):
            sources = (SourceDoc(text=t, origin=f"{gold_file}#{i}", path=f"{gold_file}#{i}")
                       for i, t in enumerate(texts))
            return (doc for _, doc in analyse_sources(sources))

        pred = predict(gold, analyse)
    report = score(gold, pred)
    report["half"] = half.value
    print_report(report, as_json, lambda r: format_report(r, f"{gold_file} ({half.value})"))
