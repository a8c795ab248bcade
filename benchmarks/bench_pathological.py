"""Benchmark: claimscope on pathological texts (speech-clause runs, punctuation runs) against the bare parse.

Not a test: it measures and reports. Run from the repository root:

    .venv/bin/python benchmarks/bench_pathological.py                       # every pattern at 10k, 30k, 100k
    .venv/bin/python benchmarks/bench_pathological.py --sizes 10000 --patterns quote,equals --json

For each pattern and size, the text is the pattern repeated to that many characters. Two variants are timed:

- ``bare``: ``load_base()`` (the plain spaCy model) over the Doc that claimscope's tokeniser guard makes of
  the text (``claimscope.scale.docs.make_doc``). The plain ``nlp(text)`` would spend minutes in spaCy's
  tokenizer on a 30k punctuation run, so it is not the bar; the guarded tokens are the same for both.
- ``full``: ``claimscope.scale.batches.analyse_batch`` (the guard, the pipeline and the document JSON) with
  ``--limit`` as the document's time budget, as ``--doc-timeout`` would give it.

Each run is stopped after ``--limit`` seconds (default 120) and shown as ``>LIMIT``. Columns: seconds for
each variant, ``full / bare``, and the growth of ``full`` from the previous size against the growth of the
text (1.0 = linear).
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "src"))

PATTERNS = {
    "said": "said ",
    "name-said": "Smith said ",
    "said-yes": 'He said "yes" and ',
    "quote": '"',
    "apostrophe": "'",
    "curly-quote": "\u201c",
    "equals": "=",
    "star": "*",
    "underscore": "_",
    "bang": "!",
    "paren": ")",
    "guillemet": "\u00bb",
}
SIZES = (10_000, 30_000, 100_000)


def text_of(pattern: str, size: int) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


def timed(fn, limit: float) -> float | None:
    """Seconds `fn()` took, or None when it ran past `limit` (stopped by claimscope's time budget)."""
    from claimscope.scale.budget import DocTimeout, time_budget

    started = time.perf_counter()
    try:
        with time_budget(limit):
            fn()
    except DocTimeout:
        return None
    return time.perf_counter() - started


def _analysed(results: list) -> None:
    """analyse_batch reports a document it stopped as an IngestError: here that is a run past the limit."""
    from claimscope.errors import IngestError
    from claimscope.scale.budget import DocTimeout

    if isinstance(results[0], IngestError):
        raise DocTimeout()


def run(patterns: list[str], sizes: list[int], limit: float) -> list[dict]:
    from claimscope.analyse.pipeline import load_base, load_pipeline
    from claimscope.ingest import SourceDoc
    from claimscope.scale.batches import Limits, analyse_batch
    from claimscope.scale.docs import make_doc

    full, bare = load_pipeline(), load_base()
    limits = Limits(doc_timeout=limit)  # the document's own budget: analyse_batch reports the run it stops
    analyse_batch(full, [SourceDoc(text="Ana Ruiz said the port would reopen.", origin="warm")], limits=limits)
    bare("Ana Ruiz said the port would reopen.")
    rows = []
    for name in patterns:
        previous = None
        for size in sizes:
            text = text_of(PATTERNS[name], size)
            src = SourceDoc(text=text, origin=name)
            t_bare = timed(lambda: bare(make_doc(bare, text, limits.max_run, limits.piece_chars)), limit)
            t_full = timed(lambda: _analysed(analyse_batch(full, [src], limits=limits)), limit)
            row = {"pattern": name, "chars": size, "bare_s": t_bare, "full_s": t_full,
                   "ratio": t_full / t_bare if t_full and t_bare else None, "growth": None}
            if previous and previous["full_s"] and t_full:
                row["growth"] = (t_full / previous["full_s"]) / (size / previous["chars"])
            rows.append(row)
            previous = row
            print(_line(row, limit), file=sys.stderr, flush=True)
    return rows


def _fmt(value: float | None, limit: float, digits: int = 2) -> str:
    return f">{limit:g}" if value is None else f"{value:.{digits}f}"


def _line(row: dict, limit: float) -> str:
    ratio = "" if row["ratio"] is None else f"{row['ratio']:.2f}"
    growth = "" if row["growth"] is None else f"{row['growth']:.2f}"
    return (f"| {row['pattern']} | {row['chars']:,} | {_fmt(row['bare_s'], limit)} | {_fmt(row['full_s'], limit)} "
            f"| {ratio} | {growth} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patterns", default=",".join(PATTERNS), help="comma-separated: " + ", ".join(PATTERNS))
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated character counts")
    ap.add_argument("--limit", type=float, default=120.0, help="seconds after which a run is stopped")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    args = ap.parse_args()
    patterns = [p for p in args.patterns.split(",") if p]
    unknown = [p for p in patterns if p not in PATTERNS]
    if unknown:
        ap.error(f"unknown pattern(s): {', '.join(unknown)}")
    sizes = [int(s) for s in args.sizes.split(",") if s]
    rows = run(patterns, sizes, args.limit)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                            text=True).stdout.strip()
    meta = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "commit": commit,
            "python": platform.python_version(), "machine": platform.platform()}
    if args.json:
        print(json.dumps({"meta": meta, "rows": rows}, indent=2))
        return 0
    print("| pattern | characters | bare s | full s | full / bare | growth vs linear |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(_line(row, args.limit))
    print(f"\n{meta['date']}, commit {commit}, Python {meta['python']}, {meta['machine']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
