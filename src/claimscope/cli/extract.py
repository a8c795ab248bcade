"""`claimscope extract`: analyse articles without storing them; document JSON, JSON Lines or brat files."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import IngestError, UsageError
from .analyze import jsonl_keys, report_error
from .options import (DocTimeoutOption, EncodingOption, JsonlPublishedOption, JsonlPublisherOption, JsonlTextOption,
                      JsonlTitleOption, JsonlUrlOption, MaxBytesOption)

err = Console(stderr=True, highlight=False)


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    brat = "brat"


def extract(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursive), globs, or - for stdin."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.json, "--format", help="json, jsonl or brat."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Folder for brat files (required with brat)."),
    max_bytes: int = MaxBytesOption,
    encoding: Optional[str] = EncodingOption,
    doc_timeout: Optional[float] = DocTimeoutOption,
    jsonl_text: str = JsonlTextOption, jsonl_title: str = JsonlTitleOption, jsonl_url: str = JsonlUrlOption,
    jsonl_published: str = JsonlPublishedOption, jsonl_publisher: str = JsonlPublisherOption,
) -> None:
    """Analyse articles without storing them; print document JSON or write brat standoff files."""
    from ..api import extract as run_extract

    if fmt == ExtractFormat.brat and out_dir is None:
        raise UsageError("--format brat needs --out DIR")
    keys = jsonl_keys(jsonl_text, jsonl_title, jsonl_url, jsonl_published, jsonl_publisher)
    failed: list[IngestError] = []

    def on_error(e: IngestError) -> None:
        failed.append(e)
        report_error(e)

    docs = run_extract(inputs, max_bytes=max_bytes, jsonl_keys=keys, encoding=encoding, doc_timeout=doc_timeout,
                       on_error=on_error)
    if fmt == ExtractFormat.jsonl:
        for doc in docs:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    elif fmt == ExtractFormat.json:
        collected = list(docs)
        payload = collected[0] if len(collected) == 1 and not _many(inputs) else collected
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from ..export.brat import write_brat

        out_dir.mkdir(parents=True, exist_ok=True)
        n = 0
        for doc in docs:
            write_brat(doc, out_dir, _brat_name(doc))
            n += 1
        err.print(f"wrote {n} .ann file(s) to {out_dir}")
    if failed:
        raise typer.Exit(1)


def _many(inputs: list[str]) -> bool:
    """Several documents are expected: several inputs, a folder, a glob, a feed or JSONL."""
    if len(inputs) != 1:
        return True
    p = Path(inputs[0])
    return p.is_dir() or any(ch in inputs[0] for ch in "*?[") or p.suffix.lower() in {
        ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".feed"}


def _brat_name(doc: dict) -> str:
    path = doc.get("source", {}).get("path")
    return Path(path).stem if path else doc["id"]
