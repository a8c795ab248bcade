"""Score near-duplicate detection against injected copies of BBC articles (benchmarks/inject_near_duplicates.py).

Runs the link stage's detector (claimscope.link.minhash.Detector, the same code `claimscope link` uses) on the
texts directly: the 2,095 BBC originals first, in path order, then the edited copies. A copy is found when it
is reported as a copy of its original's group (the original, or a BBC article the original itself duplicates);
precision counts every copy reported, recall every copy injected. Pairs of BBC originals reported as
duplicates are listed with their exact similarity: the corpus has its own republished and updated reports.

    python benchmarks/eval_duplicates.py [--sample 600] [--seed 2026] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject_near_duplicates import CORPUS, make_copies, originals  # noqa: E402

from claimscope.link import minhash  # noqa: E402
from claimscope.link.shingles import shingle_hashes  # noqa: E402


def evaluate(sample: int, seed: int, corpus: Path = CORPUS) -> dict:
    """Detect duplicates among originals + copies and score the copies; returns the figures."""
    paths = originals(corpus)
    texts: dict[str, str] = {}
    det = minhash.Detector(texts.get)
    started = time.perf_counter()
    bbc_pairs = []
    for n, path in enumerate(paths):
        key = path.relative_to(corpus).as_posix()
        texts[key] = path.read_text(encoding="utf-8", errors="replace")
        sh = shingle_hashes(texts[key])
        found = det.check(key, n, sh, minhash.signature(sh))
        if found:
            bbc_pairs.append({"document": key, "canonical": found[0], "similarity": found[1]})
    group = {key: det.canonical.get(key, key) for key in texts}
    copies = list(make_copies(paths, sample, seed, corpus))
    tp = fp = fn = 0
    by_strength: Counter = Counter()
    missed, wrong = [], []
    for i, (orig, strength, text) in enumerate(copies):
        key = f"copy-{i:05d}"
        texts[key] = text
        sh = shingle_hashes(text)
        found = det.check(key, len(paths) + i, sh, minhash.signature(sh))
        by_strength[strength, "n"] += 1
        if found and found[0] == group[orig]:
            tp += 1
            by_strength[strength, "found"] += 1
        else:
            fn += 1
            missed.append({"copy": key, "original": orig, "strength": strength,
                           "similarity": round(minhash.jaccard(sh, shingle_hashes(texts[orig])), 3)})
            if found:
                fp += 1
                wrong.append({"copy": key, "original": orig, "reported": found[0], "similarity": found[1]})
    seconds = time.perf_counter() - started
    return {
        "originals": len(paths), "copies": len(copies), "seed": seed,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / len(copies), 4) if copies else 1.0,
        "recall_by_strength": {s: round(by_strength[s, "found"] / by_strength[s, "n"], 4)
                               for s in ("light", "medium", "heavy") if by_strength[s, "n"]},
        "missed": missed, "wrong": wrong,
        "bbc_pairs_reported": sorted(bbc_pairs, key=lambda p: -p["similarity"]),
        "seconds": round(seconds, 1),
        "thresholds": {"shingle_words": 3, "num_perm": minhash.NUM_PERM, "lsh_bands_rows": (minhash.LSH_BANDS, minhash.LSH_ROWS),
                       "min_jaccard": minhash.MIN_JACCARD},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=600)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args()
    res = evaluate(args.sample, args.seed, args.corpus)
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{res['originals']} BBC originals + {res['copies']} injected copies (seed {res['seed']}), "
          f"{res['seconds']} s; thresholds {res['thresholds']}")
    print(f"precision {res['precision']:.4f}  recall {res['recall']:.4f}  by strength {res['recall_by_strength']}")
    for m in res["missed"]:
        print(f"  missed {m['copy']} ({m['strength']}, Jaccard {m['similarity']}) of {m['original']}")
    for w in res["wrong"]:
        print(f"  WRONG {w['copy']} of {w['original']} reported as a copy of {w['reported']}")
    print(f"{len(res['bbc_pairs_reported'])} pair(s) of BBC originals reported as duplicates:")
    for p in res["bbc_pairs_reported"]:
        print(f"  {p['similarity']:.3f}  {p['document']}  ->  {p['canonical']}")


if __name__ == "__main__":
    main()
