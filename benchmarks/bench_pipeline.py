"""Benchmark: claimscope's full analysis against the bare spaCy parse, over the BBC 2005 news corpus.

Not a test: it measures and reports, it does not assert. Run from the repository root:

    .venv/bin/python benchmarks/bench_pipeline.py --n 300
    .venv/bin/python benchmarks/bench_pipeline.py --n 300 --store --json

Variants (each timed over the same N texts, taken in sorted path order):

- ``bare``:  ``claimscope.analyse.pipeline.load_base()`` then ``list(nlp.pipe(texts, batch_size=B))``.
- ``full``:  ``claimscope.api.analyse_sources(sources, nlp=load_pipeline(), batch_size=B)``, generator
  consumed: claimscope's components plus serialisation to document JSON.
- ``store`` (``--store``): ``claimscope.api.analyse_into`` over the N file paths into a fresh temporary
  SQLite store: reading and decoding the files, analysis, and writing (store closed inside the timing).

Both pipelines are loaded and warmed up on a few documents before any timing, so model loading is not
measured. The timed rounds alternate (bare, full, bare, full, ...) and the best round of each variant is
reported, which keeps background noise out of the comparison. The target is ``full / bare <= 1.35``.
With ``--cpu`` the variants are timed in process CPU time instead of wall-clock time: on a machine other jobs
share, CPU time moves less with their load (``seconds`` and the rates are then CPU seconds).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "bbc-2005" / "news"
TARGET_RATIO = 1.35
CLOCK = {"clock": time.perf_counter}  # --cpu: time.process_time


def _clock() -> float:
    return CLOCK["clock"]()


def find_files(corpus: Path) -> list[Path]:
    """The corpus's article files in sorted order: CORPUS/*/*.txt (a file or a folder of .txt also works)."""
    if corpus.is_file():
        return [corpus]
    files = sorted(corpus.glob("*/*.txt"))
    return files or sorted(corpus.glob("*.txt"))


def load_sources(paths: list[Path]):
    """SourceDocs built exactly as `claimscope extract FILE` builds them (strict UTF-8, title = first line)."""
    from claimscope.ingest.text import text_document

    return [text_document(p.read_bytes(), str(p), str(p), None) for p in paths]


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def machine() -> dict:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count()
    return {
        "nproc": usable,
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": platform.python_version(),
    }


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    commit = out.stdout.strip() if out.returncode == 0 else ""
    if not commit:
        return None
    try:  # uncommitted changes under src/ mean the numbers are not exactly those of the commit
        dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "src"], cwd=REPO_ROOT,
                               capture_output=True, timeout=10).returncode == 1
    except (OSError, subprocess.SubprocessError):
        dirty = False
    return commit + ("+dirty" if dirty else "")


def time_bare(nlp, texts: list[str], batch_size: int) -> float:
    gc.collect()
    t0 = _clock()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    elapsed = _clock() - t0
    assert len(docs) == len(texts)
    del docs
    return elapsed


def time_full(nlp, sources, batch_size: int) -> tuple[float, int]:
    from claimscope.api import analyse_sources

    gc.collect()
    statements = 0
    count = 0
    t0 = _clock()
    for _src, doc in analyse_sources(sources, nlp=nlp, batch_size=batch_size):
        statements += len(doc["statements"])
        count += 1
    elapsed = _clock() - t0
    assert count == len(sources)
    return elapsed, statements


class _TolerantStore:
    """The store as analyse_into sees it, except that a document add_document rejects (ValueError) is
    recorded and skipped instead of ending the run, so one bad document does not void the measurement."""

    def __init__(self, store):
        self.store = store
        self.failures: list[str] = []

    def document_ids(self) -> set[str]:
        return self.store.document_ids()

    def add_document(self, doc: dict) -> bool:
        try:
            return self.store.add_document(doc)
        except ValueError as err:
            self.failures.append(str(err))
            return False


def time_store(paths: list[Path], batch_size: int) -> tuple[float, dict]:
    from claimscope.api import analyse_into
    from claimscope.store import Store

    gc.collect()
    with tempfile.TemporaryDirectory(prefix="claimscope-bench-") as tmp:
        t0 = _clock()
        store = _TolerantStore(Store(Path(tmp) / "bench.db"))
        try:
            report = analyse_into(store, [str(p) for p in paths], batch_size=batch_size)
        finally:
            store.store.close()
        elapsed = _clock() - t0
    info = {"analysed": report.analysed, "skipped": report.skipped - len(store.failures),
            "statements": report.statements, "errors": [str(e) for e in report.errors],
            "add_document_failures": store.failures}
    return elapsed, info


def profile_full(nlp, sources, batch_size: int, top: int) -> str:
    """cProfile over analyse_sources, keeping only functions defined in src/claimscope, by cumulative time."""
    from claimscope.api import analyse_sources

    prof = cProfile.Profile()
    prof.enable()
    for _ in analyse_sources(sources, nlp=nlp, batch_size=batch_size):
        pass
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(r"src[/\\]claimscope", top)
    return out.getvalue()


def row(name: str, docs: int, words: int, seconds: float, runs: list[float], **extra) -> dict:
    return {"variant": name, "documents": docs, "words": words, "seconds": round(seconds, 3),
            "docs_per_s": round(docs / seconds, 2), "words_per_s": round(words / seconds, 1),
            "ms_per_doc": round(1000 * seconds / docs, 2), "runs": [round(r, 3) for r in runs], **extra}


def print_table(result: dict) -> None:
    m = result["machine"]
    print(f"claimscope pipeline benchmark  {result['date']}")
    print(f"machine: nproc={m['nproc']} ({m['processor']}), {m['platform']}, Python {m['python']}")
    print(f"model: {result['model']}  spaCy {result['spacy']}  claimscope {result['claimscope']}"
          f"  commit {result['commit'] or '?'}")
    print(f"corpus: {result['corpus']}  ({result['documents']} documents, {result['words']} words)"
          f"  batch size {result['batch_size']}, best of {result['rounds']} rounds"
          f"{', CPU time' if result.get('clock') == 'cpu' else ''}")
    print()
    header = f"{'variant':<8} {'documents':>9} {'words':>9} {'seconds':>8} {'docs/s':>8} {'words/s':>9} " \
             f"{'ms/doc':>7} {'x bare':>7}  runs (s)"
    print(header)
    print("-" * len(header))
    bare = result["variants"][0]["seconds"]
    for v in result["variants"]:
        runs = ", ".join(f"{r:.2f}" for r in v["runs"])
        print(f"{v['variant']:<8} {v['documents']:>9} {v['words']:>9} {v['seconds']:>8.2f} {v['docs_per_s']:>8.1f} "
              f"{v['words_per_s']:>9.0f} {v['ms_per_doc']:>7.1f} {v['seconds'] / bare:>7.2f}  {runs}")
    print()
    verdict = "meets" if result["ratio_full_over_bare"] <= TARGET_RATIO else "MISSES"
    print(f"full/bare time ratio: {result['ratio_full_over_bare']:.2f}  ({verdict} the target <= {TARGET_RATIO})")
    if "ratio_store_over_bare" in result:
        s = result["store"]
        print(f"store/bare time ratio: {result['ratio_store_over_bare']:.2f}  (analysed {s['analysed']}, "
              f"skipped {s['skipped']}, statements {s['statements']}, errors {len(s['errors'])})")
        for failure in s["add_document_failures"]:
            print(f"  store rejected a document (plain analyse_into would have stopped here): {failure}")
    print(f"statements found (full): {result['statements']}")
    print(f"peak resident memory: {result['peak_rss_mib']:.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="number of articles (default 300)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="corpus folder with */*.txt (default ../shared/corpora/bbc-2005/news)")
    ap.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size (default: claimscope's)")
    ap.add_argument("--rounds", type=int, default=2, help="timed rounds per variant, best one reported (default 2)")
    ap.add_argument("--warmup", type=int, default=5, help="documents run through each pipeline before timing")
    ap.add_argument("--store", action="store_true", help="also time analyse_into a temporary SQLite store")
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    ap.add_argument("--cpu", action="store_true", help="time in process CPU time instead of wall-clock time")
    ap.add_argument("--profile", type=int, default=0, metavar="DOCS",
                    help="after timing, cProfile analyse_sources on DOCS documents (claimscope functions only)")
    ap.add_argument("--profile-top", type=int, default=30, help="rows of the profile to print (default 30)")
    args = ap.parse_args(argv)

    import spacy

    import claimscope
    from claimscope.analyse.pipeline import BASE_MODEL, load_base, load_pipeline
    from claimscope.api import DEFAULT_BATCH_SIZE, analyse_sources

    batch_size = args.batch_size or DEFAULT_BATCH_SIZE
    CLOCK["clock"] = time.process_time if args.cpu else time.perf_counter
    files = find_files(args.corpus)
    if not files:
        print(f"no .txt files under {args.corpus}", file=sys.stderr)
        return 2
    if len(files) < args.n:
        print(f"note: only {len(files)} files under {args.corpus}, using all of them", file=sys.stderr)
    paths = files[: args.n]
    sources = load_sources(paths)
    texts = [s.text for s in sources]
    words = sum(len(t.split()) for t in texts)

    # Load and warm up both pipelines: nothing below times model loading or first-call set-up.
    base = load_base()
    full = load_pipeline()
    warm = sources[: max(1, args.warmup)]
    list(base.pipe([s.text for s in warm], batch_size=batch_size))
    for _ in analyse_sources(warm, nlp=full, batch_size=batch_size):
        pass

    bare_runs: list[float] = []
    full_runs: list[float] = []
    statements = 0
    for _ in range(max(1, args.rounds)):
        bare_runs.append(time_bare(base, texts, batch_size))
        elapsed, statements = time_full(full, sources, batch_size)
        full_runs.append(elapsed)

    variants = [row("bare", len(texts), words, min(bare_runs), bare_runs),
                row("full", len(texts), words, min(full_runs), full_runs)]
    result = {
        "date": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "machine": machine(),
        "model": f"{BASE_MODEL} {base.meta.get('version', '?')}",
        "spacy": spacy.__version__,
        "claimscope": claimscope.__version__,
        "commit": git_commit(),
        "corpus": str(args.corpus),
        "documents": len(texts),
        "words": words,
        "batch_size": batch_size,
        "rounds": max(1, args.rounds),
        "clock": "cpu" if args.cpu else "wall",
        "pipes": {"bare": base.pipe_names, "full": full.pipe_names},
        "statements": statements,
        "variants": variants,
        "ratio_full_over_bare": round(min(full_runs) / min(bare_runs), 3),
        "target_ratio": TARGET_RATIO,
    }

    if args.store:
        store_runs: list[float] = []
        info: dict = {}
        for _ in range(max(1, args.rounds)):
            elapsed, info = time_store(paths, batch_size)
            store_runs.append(elapsed)
        variants.append(row("store", len(texts), words, min(store_runs), store_runs))
        result["store"] = info
        result["ratio_store_over_bare"] = round(min(store_runs) / min(bare_runs), 3)

    result["peak_rss_mib"] = round(peak_rss_mib(), 1)

    profile_text = None
    if args.profile:
        profile_text = profile_full(full, sources[: args.profile], batch_size, args.profile_top)

    if args.json:
        if profile_text is not None:
            result["profile"] = profile_text
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
        if profile_text is not None:
            print()
            print(f"cProfile of analyse_sources on {min(args.profile, len(sources))} documents "
                  f"(claimscope functions, by cumulative time):")
            print(profile_text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
