"""`claimscope eval speakers SAMPLE`: a hand-checked quote sample's speakers scored (eval/speakers.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

out = Console(highlight=False)
DEFAULT_CORPUS = Path("../shared/corpora/bbc-2005/news")


def eval_speakers(
    sample: Path = typer.Argument(..., help="A quote sample (JSON Lines: file, start, end, speaker, form, half)."),
    corpus: Path = typer.Option(DEFAULT_CORPUS, "--corpus", help="The folder the sample's file paths start from."),
    half: str = typer.Option("all", "--half", help="Only the quotes of this half (dev, held) or all."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    wrong: bool = typer.Option(False, "--wrong", help="List the quotes missed or given the wrong speaker."),
) -> None:
    """Score quotes found and canonical speakers right against a hand-checked quote sample."""
    from ..api import analyse_sources
    from ..eval.speakers import evaluate, format_report
    from ..ingest import SourceDoc

    def analyse(items):
        sources = (SourceDoc(text=text, origin=name, path=name) for name, text in items)
        return [doc for _, doc in analyse_sources(sources)]

    report = evaluate(sample, corpus, analyse, half)
    if as_json:
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    out.print(format_report(report), markup=False, highlight=False)
    if wrong:
        for w in report["wrong"]:
            got = "not found" if not w["found"] else repr(w["predicted"])
            line = f"  {w['file']}@{w['start']} [{w['form']}] gold {w['gold']!r}: {got}"
            out.print(line, markup=False, soft_wrap=True)
