"""`claimscope eval coref DIR`: actors and speakers scored against coreference gold (eval/coref.py)."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import UsageError
from .reports import print_report


def format_report(report: dict) -> str:
    """Plain-text tables: cluster metrics, mention placement and speaker accuracy by form, CoNLL F1 by genre."""
    lines = [f"documents: {report['documents']}", "", "metric   P       R       F1"]
    for metric in ("muc", "b_cubed", "ceaf_e"):
        m = report[metric]
        lines.append(f"{metric:<8} {m['precision']:.4f}  {m['recall']:.4f}  {m['f1']:.4f}")
    lines.append(f"CoNLL F1 {report['conll_f1']:.2f}")
    for name in ("placement", "speakers"):
        lines += ["", f"{name} by form   right   total   share"]
        for form, c in report[name].items():
            share = "-" if c["share"] is None else f"{c['share']:.3f}"
            lines.append(f"  {form:<15} {c['right']:>5}   {c['total']:>5}   {share}")
    if report.get("by_genre"):
        lines += ["", "CoNLL F1 by genre"]
        lines += [f"  {genre:<15} {r['conll_f1']:.2f}  ({r['documents']} documents)"
                  for genre, r in report["by_genre"].items()]
    return "\n".join(lines)


def eval_coref(
    directory: Path = typer.Argument(..., help="A coreference gold folder with text/ and gold/ (gum-train layout)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    limit: int = typer.Option(None, "--limit", min=1, help="Only the first N documents (quick checks)."),
) -> None:
    """Score actors' mentions and statements' speakers against coreference gold."""
    from ..api import analyse_sources
    from ..eval.coref import evaluate
    from ..ingest import SourceDoc

    if not (directory / "gold").is_dir():
        raise UsageError(f"{directory}: expected a gold/ folder (the gum-train layout)")

    def extract_fn(items):
        sources = (SourceDoc(text=text, origin=name, path=name) for name, text in items)
        return (doc for _, doc in analyse_sources(sources))

    report = evaluate(directory, extract_fn, limit=limit)
    print_report(report, as_json, format_report)
