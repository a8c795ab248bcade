"""Time each pipeline component on its own, over the same Docs, to see where claimscope's time per article goes.

Not a test: it measures and reports. Run from the repository root:

    .venv/bin/python benchmarks/bench_components.py               # the first 120 BBC articles (sorted paths)
    .venv/bin/python benchmarks/bench_components.py --n 300 --corpus other/news

The texts are read once; each component then runs over all the Docs in turn (`pipe` where it has one, batch
size 32), after a warm-up on a few documents, and the serialisation to document JSON is timed last.
Milliseconds per document, one line a component, spaCy's own components included (the tokenizer too), then
the ratio of the whole pipeline to the bare parse, (spaCy's part + claimscope's) / spaCy's part.

`--cpu` times process CPU time instead of wall-clock time (less sensitive to other load on a shared machine);
`--rounds R` runs everything R times and keeps each component's best round.

    .venv/bin/python benchmarks/bench_components.py --cpu --rounds 3
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=120, help="how many articles (sorted paths)")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc-2005" / "news")
    ap.add_argument("--cpu", action="store_true", help="process CPU time instead of wall-clock time")
    ap.add_argument("--rounds", type=int, default=1, help="runs of everything; each component's best is kept")
    args = ap.parse_args()
    from claimscope.analyse.pipeline import load_pipeline
    from claimscope.analyse.serialize import doc_to_json

    clock = time.process_time if args.cpu else time.perf_counter
    paths = sorted(args.corpus.glob("*/*.txt")) or sorted(args.corpus.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths[: args.n]]
    nlp = load_pipeline()
    for doc in nlp.pipe(texts[:5]):  # warm-up: first calls set things up
        doc_to_json(doc)
    times: dict[str, float] = {}
    for _ in range(max(1, args.rounds)):
        gc.collect()
        started = clock()
        docs = [nlp.make_doc(t) for t in texts]
        run = {"tokenizer": clock() - started}
        for name, proc in nlp.pipeline:
            started = clock()
            docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            run[name] = clock() - started
        started = clock()
        for doc in docs:
            doc_to_json(doc)
        run["document JSON"] = clock() - started
        times = {k: min(v, times.get(k, v)) for k, v in run.items()}
    print(f"components on {len(texts)} documents, {datetime.now(timezone.utc).isoformat(timespec='seconds')}, "
          f"Python {platform.python_version()}, {platform.machine()}, "
          f"{'CPU' if args.cpu else 'wall-clock'} time, best of {max(1, args.rounds)}")
    ours = bare = 0.0
    for name, seconds in times.items():
        ms = seconds * 1000 / len(texts)
        if name.startswith("claimscope") or name == "document JSON":
            ours += ms
        else:
            bare += ms
        print(f"  {name:30s} {ms:7.2f} ms/doc")
    print(f"  {'claimscope in all':30s} {ours:7.2f} ms/doc")
    print(f"  {'spaCy in all':30s} {bare:7.2f} ms/doc")
    print(f"  whole pipeline / bare parse: {(bare + ours) / bare:.3f}")


if __name__ == "__main__":
    main()
