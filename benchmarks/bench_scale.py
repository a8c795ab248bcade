"""Benchmark: claimscope at scale: 1 against 2 processes, local against Ray, and peak memory against corpus size.

Not a test: it measures and reports. Every variant runs in a fresh Python subprocess, so model loading,
worker start-up and peak memory belong to that variant alone. Run from the repository root:

    .venv/bin/python benchmarks/bench_scale.py throughput            # BBC corpus: bare, 1 and 2 processes, Ray
    .venv/bin/python benchmarks/bench_scale.py throughput --n 300 --variants bare,local1,local2
    .venv/bin/python benchmarks/bench_scale.py memory --sizes 1000,10000

throughput (over the first N BBC articles in sorted path order; default all 2,095):

- ``bare``:   ``load_base()`` then ``nlp.pipe(texts)`` (the bare spaCy parse; no claimscope, no store).
- ``local1``: ``claimscope analyze FILES --processes 1`` as the library runs it (``api.analyse_into`` into a
  fresh SQLite store): reading the files, analysis, storing.
- ``local2``: the same with ``--processes 2`` (a pool of 2 worker processes, claimscope.scale.local).
- ``ray2``:   ``--engine ray --processes 2`` (``scale.ray_engine.analyse_into_ray``) on a local Ray instance
  with 2 CPUs started in the subprocess: shards of 64 files, per-shard Parquet files, loaded into the store.
  Reported with and without the Ray start-up (``ray.init``).

Times are wall-clock seconds of the whole variant after the imports (pipeline loading and worker start-up
included, except for ``bare``, which is warmed up first, and Ray's ``ray.init`` in the second Ray figure).
The stores of local1, local2 and ray2 are compared: same statement ids, same count.

memory (``--sizes``): documents generated from the BBC corpus into a JSON Lines file under /tmp: ``--base``
(1,000) articles picked evenly across all five sections, cycled, each cut to its first paragraphs
(``--doc-words``, at least 60 words; 0 keeps whole articles) and given a last line "Archive copy i." so every
id differs. Every size thus has the same mix of documents: peak memory can differ only through the number of
documents, not through which articles (the longest BBC articles, in tech and politics, otherwise raise the
peak of whichever run meets them, through the size of one batch). Then ``api.analyse_into`` with one process
into a fresh store; peak resident memory (ru_maxrss) of that process, plus its resident memory after every
1,000 documents. ``--processes 2`` measures the pool: the parent's peak and the largest worker's.
Cutting the articles is what makes 10,000 documents affordable on two cores (about 10 minutes instead of
about 40); ``--doc-words 0`` measures whole articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "bbc-2005" / "news"
VARIANTS = ("bare", "local1", "local2", "ray2")


def corpus_files(corpus: Path, n: int | None) -> list[Path]:
    files = sorted(corpus.glob("*/*.txt")) or sorted(corpus.glob("*.txt"))
    return files[:n] if n else files


def peak_rss_mib(who=resource.RUSAGE_SELF) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def current_rss_mib() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return float("nan")


def store_digest(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        ids = sorted(r[0] for r in conn.execute("SELECT id FROM statements"))
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()
    return {"documents": docs, "statements": len(ids),
            "statement_ids_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]}


# ---------------------------------------------------------------- children: one variant per process


def child_bare(args) -> dict:
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    from bench_pipeline import load_sources

    from claimscope.analyse.pipeline import load_base

    texts = [s.text for s in load_sources(corpus_files(args.corpus, args.n))]
    nlp = load_base()
    list(nlp.pipe(texts[:5]))
    t0 = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size))
    secs = time.perf_counter() - t0
    return {"seconds": secs, "documents": n, "peak_rss_mib": peak_rss_mib()}


def child_store(args) -> dict:
    from claimscope.api import analyse_into
    from claimscope.store import Store

    inputs = [str(p) for p in corpus_files(args.corpus, args.n)] if args.jsonl is None else [str(args.jsonl)]
    db = Path(args.db)
    curve: list[list[float]] = []
    count = 0

    def tick(src, doc):
        nonlocal count
        count += 1
        if count % 1000 == 0:
            curve.append([count, current_rss_mib()])

    t0 = time.perf_counter()
    with Store(db) as store:
        report = analyse_into(store, inputs, batch_size=args.batch_size, n_process=args.processes,
                              on_document=tick, on_error=lambda e: print(f"error: {e}", file=sys.stderr))
    secs = time.perf_counter() - t0
    return {"seconds": secs, "documents": report.analysed, "statements": report.statements,
            "errors": len(report.errors), "peak_rss_mib": peak_rss_mib(),
            "peak_rss_workers_mib": peak_rss_mib(resource.RUSAGE_CHILDREN) if args.processes > 1 else None,
            "rss_curve_mib": curve, **store_digest(db)}


def child_ray(args) -> dict:
    import logging

    import ray

    from claimscope.scale.ray_engine import analyse_into_ray
    from claimscope.store import Store

    inputs = [str(p) for p in corpus_files(args.corpus, args.n)]
    db = Path(args.db)
    t0 = time.perf_counter()
    env = {"PYTHONPATH": os.environ["PYTHONPATH"]} if os.environ.get("PYTHONPATH") else {}  # same code in workers
    ray.init(num_cpus=args.processes, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False,
             _node_ip_address="127.0.0.1", runtime_env={"env_vars": env} if env else None)
    t1 = time.perf_counter()
    with Store(db) as store:
        report = analyse_into_ray(store, inputs, shards_dir=Path(args.db + ".shards"), n_actors=args.processes,
                                  batch_size=args.batch_size,
                                  on_error=lambda e: print(f"error: {e}", file=sys.stderr))
    t2 = time.perf_counter()
    ray.shutdown()
    return {"seconds": t2 - t0, "seconds_after_init": t2 - t1, "documents": report.analysed,
            "statements": report.statements, "errors": len(report.errors), "shards": report.shards,
            "shards_processed": report.shards_processed, "peak_rss_mib": peak_rss_mib(), **store_digest(db)}


def run_child(kind: str, extra: list[str], timeout: float | None = None) -> dict:
    cmd = [sys.executable, __file__, "_child", kind, *extra]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- parents


def machine() -> dict:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = None
    return {"nproc": usable, "platform": platform.platform(), "python": platform.python_version(),
            "load_at_start": load}


def words_of(files: list[Path]) -> int:
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    from bench_pipeline import load_sources

    return sum(len(s.text.split()) for s in load_sources(files))


def throughput(args) -> dict:
    files = corpus_files(args.corpus, args.n)
    words = words_of(files)
    common = ["--corpus", str(args.corpus), "--batch-size", str(args.batch_size)]
    if args.n:
        common += ["--n", str(args.n)]
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="claimscope-bench-scale-"))
    for name in args.variants.split(","):
        t = time.strftime("%H:%M:%S")
        print(f"[{t}] {name} ...", file=sys.stderr, flush=True)
        if name == "bare":
            r = run_child("bare", common)
        elif name in ("local1", "local2"):
            r = run_child("store", common + ["--processes", name[-1], "--db", str(tmp / f"{name}.db")])
        elif name == "ray2":
            r = run_child("ray", common + ["--processes", "2", "--db", str(tmp / f"{name}.db")])
        else:
            raise SystemExit(f"unknown variant {name}")
        r["variant"] = name
        r["words"] = words
        rows.append(r)
        print(f"    {json.dumps(r)}", file=sys.stderr, flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    digests = {r["variant"]: (r["statements"], r["statement_ids_sha256"]) for r in rows if "statements" in r}
    return {"date": datetime.now(timezone.utc).replace(microsecond=0).isoformat(), "machine": machine(),
            "corpus": str(args.corpus), "documents": len(files), "words": words, "batch_size": args.batch_size,
            "rows": rows, "stores_identical": len(set(digests.values())) <= 1, "digests": digests}


def shorten(text: str, words: int) -> str:
    """The title line and the first paragraphs of an article, up to at least `words` words (0: all of it)."""
    if not words:
        return text.rstrip("\n")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    out, count = [], 0
    for p in paragraphs:
        out.append(p.strip("\n"))
        count += len(p.split())
        if count >= words:
            break
    return "\n\n".join(out)


def generate(n: int, corpus: Path, out_dir: Path, base: int, words: int) -> Path:
    """N documents as JSON Lines: the BASE articles picked evenly across the corpus (all five sections), cycled,
    each cut to its first paragraphs (WORDS words or more; 0 = whole article) and given a last line
    "Archive copy i." so that every document has its own id. Every corpus size thus has the same mix of
    documents, so peak memory can only differ through the number of documents."""
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    from bench_pipeline import load_sources

    out = out_dir / f"bbc-generated-{n}-base{base}-words{words}.jsonl"
    if out.is_file():
        return out
    sources = load_sources(corpus_files(corpus, None))
    picked = [sources[(j * len(sources)) // base] for j in range(min(base, len(sources)))]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for i in range(n):
            s = picked[i % len(picked)]
            f.write(json.dumps({"text": shorten(s.text, words) + f"\n\nArchive copy {i}.\n", "title": s.title,
                                "url": f"https://example.org/bbc-2005/{i}"}, ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    return out


def memory(args) -> dict:
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        path = generate(n, args.corpus, Path(args.gen_dir), args.base, args.doc_words)
        tmp = Path(tempfile.mkdtemp(prefix="claimscope-bench-mem-"))
        print(f"[{time.strftime('%H:%M:%S')}] memory {n} documents ...", file=sys.stderr, flush=True)
        r = run_child("store", ["--jsonl", str(path), "--processes", str(args.processes), "--batch-size",
                                str(args.batch_size), "--db", str(tmp / "mem.db")])
        r["size"] = n
        rows.append(r)
        print(f"    {json.dumps(r)}", file=sys.stderr, flush=True)
        shutil.rmtree(tmp, ignore_errors=True)
    out = {"date": datetime.now(timezone.utc).replace(microsecond=0).isoformat(), "machine": machine(),
           "processes": args.processes, "batch_size": args.batch_size, "base": args.base,
           "doc_words": args.doc_words, "rows": rows}
    if len(rows) >= 2:
        out["peak_ratio_last_over_first"] = round(rows[-1]["peak_rss_mib"] / rows[0]["peak_rss_mib"], 3)
    return out


def print_throughput(res: dict) -> None:
    m = res["machine"]
    print(f"claimscope scale benchmark (throughput)  {res['date']}")
    print(f"machine: nproc={m['nproc']}, {m['platform']}, Python {m['python']}, load average at start "
          f"{m['load_at_start']:.2f}")
    print(f"corpus: {res['corpus']}  ({res['documents']} documents, {res['words']} words), batch size "
          f"{res['batch_size']}")
    print()
    header = (f"{'variant':<8} {'docs':>6} {'seconds':>8} {'docs/s':>7} {'words/s':>8} {'x bare':>7} "
              f"{'peak MiB':>9} {'statements':>10}  ids sha256")
    print(header)
    print("-" * len(header))
    bare = next((r["seconds"] for r in res["rows"] if r["variant"] == "bare"), None)
    for r in res["rows"]:
        secs = r["seconds"]
        ratio = f"{secs / bare:.2f}" if bare else "-"
        peak = f"{r['peak_rss_mib']:.0f}"
        if r.get("peak_rss_workers_mib"):
            peak += f"+{r['peak_rss_workers_mib']:.0f}w"
        print(f"{r['variant']:<8} {r['documents']:>6} {secs:>8.1f} {r['documents'] / secs:>7.2f} "
              f"{r['words'] / secs:>8.0f} {ratio:>7} {peak:>9} {r.get('statements', '-'):>10}  "
              f"{r.get('statement_ids_sha256', '-')}")
        if "seconds_after_init" in r:
            s2 = r["seconds_after_init"]
            print(f"{'  (ray2 without ray.init)':<24} {s2:>6.1f} {r['documents'] / s2:>7.2f} "
                  f"{r['words'] / s2:>8.0f} {(f'{s2 / bare:.2f}' if bare else '-'):>7}")
    print()
    rows = {r["variant"]: r for r in res["rows"]}
    if "local1" in rows and "local2" in rows:
        print(f"2 processes against 1: {rows['local1']['seconds'] / rows['local2']['seconds']:.2f}x faster")
    if "ray2" in rows and "local2" in rows:
        print(f"ray (2 actors) against local (2 processes): "
              f"{rows['local2']['seconds'] / rows['ray2']['seconds']:.2f}x the speed")
    print(f"stores identical (same statement ids, same count): {'yes' if res['stores_identical'] else 'NO'}  "
          f"{res['digests']}")


def print_memory(res: dict) -> None:
    m = res["machine"]
    print(f"claimscope scale benchmark (memory)  {res['date']}")
    cut = f"first paragraphs, >= {res['doc_words']} words" if res["doc_words"] else "whole articles"
    print(f"machine: nproc={m['nproc']}, {m['platform']}, Python {m['python']}; analyse_into with "
          f"{res['processes']} process(es), batch size {res['batch_size']}")
    print(f"documents: JSON Lines generated from {res['base']} BBC articles spread over the corpus, cycled, "
          f"{cut}, each with its own id")
    print()
    header = f"{'documents':>9} {'seconds':>8} {'docs/s':>7} {'statements':>10} {'peak RSS MiB':>12}  RSS every 1,000 docs"
    print(header)
    print("-" * len(header))
    for r in res["rows"]:
        peak = f"{r['peak_rss_mib']:.0f}"
        if r.get("peak_rss_workers_mib"):
            peak += f" (+{r['peak_rss_workers_mib']:.0f} worker)"
        curve = " ".join(f"{v:.0f}" for _, v in r["rss_curve_mib"])
        print(f"{r['size']:>9} {r['seconds']:>8.0f} {r['documents'] / r['seconds']:>7.2f} {r['statements']:>10} "
              f"{peak:>12}  {curve}")
    if "peak_ratio_last_over_first" in res:
        ratio = res["peak_ratio_last_over_first"]
        print(f"\npeak at {res['rows'][-1]['size']} / peak at {res['rows'][0]['size']}: {ratio:.3f} "
              f"({'within' if abs(ratio - 1) <= 0.10 else 'OUTSIDE'} 10%)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_child":
        ap = argparse.ArgumentParser()
        ap.add_argument("kind")
        ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
        ap.add_argument("--n", type=int, default=None)
        ap.add_argument("--jsonl", type=Path, default=None)
        ap.add_argument("--processes", type=int, default=1)
        ap.add_argument("--batch-size", type=int, default=32)
        ap.add_argument("--db", default=None)
        a = ap.parse_args(argv[1:])
        fn = {"bare": child_bare, "store": child_store, "ray": child_ray}[a.kind]
        print(json.dumps(fn(a)))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["throughput", "memory"])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=None, help="throughput: first N articles (default all)")
    ap.add_argument("--variants", default=",".join(VARIANTS), help=f"throughput: comma-separated, of {VARIANTS}")
    ap.add_argument("--sizes", default="1000,10000", help="memory: corpus sizes (default 1000,10000)")
    ap.add_argument("--processes", type=int, default=1, help="memory: worker processes (default 1)")
    ap.add_argument("--gen-dir", default=tempfile.gettempdir(), help="memory: where generated corpora go")
    ap.add_argument("--base", type=int, default=1000, help="memory: distinct BBC articles cycled (default 1000)")
    ap.add_argument("--doc-words", type=int, default=60,
                    help="memory: cut each article to its first paragraphs, at least this many words "
                         "(default 60; 0 = whole articles)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    res = throughput(args) if args.mode == "throughput" else memory(args)
    if args.json:
        print(json.dumps(res, indent=2))
    elif args.mode == "throughput":
        print_throughput(res)
    else:
        print_memory(res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
