"""`claimscope eval speakers SAMPLE`: a hand-checked quote sample's speakers scored (eval/speakers.py)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from .reports import print_report

out = Console(highlight=False)
DEFAULT_CORPUS = Path("../shared/corpora/bbc-2005/news")


def eval_speakers(
    sample: Path = typer.Argument(..., help="A quote sample (JSON Lines: file, start, end, speaker, form, half)."),
    corpus: Path = typer.Option(DEFAULT_CORPUS, "--corpus", help="The folder the sample's file paths start from."),
    half: str = typer.Option("all", "--half", help="Only the quotes of this half (dev, held, dev2, held2) or all."),
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
    print_report(report, as_json, format_report)
    if as_json:
        return
    if wrong:
        for w in report["wrong"]:
            got = "not found" if not w["found"] else repr(w["predicted"])
            line = f"  {w['file']}@{w['start']} [{w['form']}] gold {w['gold']!r}: {got}"
            out.print(line, markup=False, soft_wrap=True)
