"""`claimscope check "CLAIM"`: every stored document that bears on a claim, and whether it supports it,
contradicts it or only reports it (link/check.py); `claimscope eval check FILE` scores it on labelled headlines."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .options import DbOption, FormatOption, require_store
from .output import RowFormat

COLUMNS = [("verdict", "verdict"), ("confidence", "confidence"), ("source", "source"), ("evidence", "evidence"),
           ("title", "document"), ("published", "published")]
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def check(
    claim: str = typer.Argument(..., help="The claim to check, in plain words."),
    db: Path = DbOption,
    fmt: RowFormat = FormatOption,
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most N reports (the summary counts all)."),
) -> None:
    """Check a claim against the store: supports, contradicts or only reports it, with evidence and sources."""
    from ..link.check import check as run_check
    from ..store import Store

    require_store(db)
    with Store(db) as store:
        result = run_check(store._db, claim, limit=limit)
    if fmt == RowFormat.json:
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    rows = [{"verdict": r["verdict"], "confidence": r["confidence"], "source": r["source"],
             "evidence": r["evidence"]["text"], "start": r["evidence"]["start"], "end": r["evidence"]["end"],
             "statement": r["evidence"]["statement"], "title": r["document"]["title"] or r["document"]["path"],
             "document_id": r["document"]["id"], "published": r["document"]["published"]} for r in result["reports"]]
    if fmt == RowFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    from .output import emit_rows

    s = result["summary"]
    title = (f"{s['supports']} support(s) ({s['independent_supports']} independent), {s['contradicts']} "
             f"contradict(s) ({s['independent_contradicts']} independent), {s['reports']} report(s) only")
    emit_rows(rows, fmt, COLUMNS, title=title, console=out)


def eval_check(
    file: Path = typer.Argument(Path("tests/link/data/check_claims.json"), help="Claims with labelled headlines."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Score claim check on labelled headlines, each stored as a one-line document."""
    from ..api import analyse_into
    from ..eval.check import format_report, headlines, load, score
    from ..link.check import check as run_check
    from ..store import Store

    data = load(file)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "check.db") as store:
        lines = Path(tmp) / "headlines.jsonl"  # every headline a one-line document of its own outlet
        lines.write_text("".join(json.dumps({"text": t, "title": t, "publisher": f"outlet {i}"}) + "\n"
                                 for i, t in enumerate(headlines(data))), encoding="utf-8")
        analyse_into(store, [str(lines)])
        report = score(data, lambda claim: run_check(store._db, claim))
    if as_json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        out.print(format_report(report), markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    """Add `check` to the main app."""
    app.command("check")(check)
