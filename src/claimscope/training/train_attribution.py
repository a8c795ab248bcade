"""Fit the attribution filter (analyse/attribution_model.py) on PolNeAR train.

Run: `.venv/bin/python -m claimscope.training.train_attribution ../shared/eval/polnear/train`
(after `python -m claimscope.training.learn_cues ../shared/eval/polnear/train --min-ratio 0.03`, whose lexicon
decides which words are proposed as cues). Writes `src/claimscope/analyse/data/attribution_model.json`, which
ships inside the package. `--cache FILE` keeps the spaCy parses of the corpus (a DocBin) for re-runs.

Every candidate statement the rules propose is labelled correct when its content matches a gold relation's
content (word-token Jaccard >= 0.5, the scorer's criterion); a logistic regression (pure numpy, L2, Adam) is
fit on their features, and the threshold is the one with the best relation F1 on the training data.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "analyse" / "data" / "attribution_model.json"


def _words(text: str, spans) -> frozenset[int]:
    return frozenset(s + m.start() for s, e in spans for m in re.finditer(r"[^\W_]+", text[s:e]))


def _parses(nlp, texts: list[str], cache: Path | None):
    from spacy.tokens import DocBin

    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    base = [n for n in nlp.pipe_names if not n.startswith("claimscope_") or n == "claimscope_lines"]
    with nlp.select_pipes(enable=base):
        docs = list(nlp.pipe(texts, batch_size=32))
    if cache is not None:
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(cache)
    return docs


def collect(train_dir: Path, *, limit: int | None = None, cache: Path | None = None):
    """(features per candidate, label per candidate, gold relation id per candidate or -1, number of gold)."""
    from ..analyse import attribution_model, statements
    from ..analyse.pipeline import load_pipeline
    from ..eval.polnear import load_gold

    gold = load_gold(train_dir)
    items = list(gold.items())[:limit] if limit else list(gold.items())
    nlp = load_pipeline()
    docs = _parses(nlp, [t for _, (t, _) in items], cache)
    comps = [nlp.get_pipe(n) for n in ("claimscope_quotes", "claimscope_actors")]
    feats, labels, gold_ids = [], [], []
    n_gold = 0
    attribution_model.TRAINING = True
    try:
        for (name, (text, rels)), doc in zip(items, docs):
            for comp in comps:
                doc = comp(doc)
            builder = statements._Builder(doc)
            builder.run()
            gsets = [_words(text, r.content) for r in rels]
            for f, st in builder.collect:
                p = _words(text, st.content)
                best, best_j = -1, 0.0
                for k, g in enumerate(gsets):
                    if g and p:
                        j = len(g & p) / len(g | p)
                        if j > best_j:
                            best, best_j = k, j
                feats.append(f)
                labels.append(best_j >= 0.5)
                gold_ids.append(n_gold + best if best_j >= 0.5 else -1)
            n_gold += len(rels)
    finally:
        attribution_model.TRAINING = False
    return feats, np.array(labels, dtype=float), np.array(gold_ids), n_gold


def fit(feats: list[list[str]], y: np.ndarray, *, min_count: int = 3, l2: float = 1e-4, epochs: int = 300,
        lr: float = 0.1) -> dict[str, float]:
    """Logistic regression by full-batch Adam; features seen fewer than `min_count` times are dropped."""
    counts = Counter(f for fs in feats for f in set(fs))
    vocab = {f: k for k, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows = [[vocab[f] for f in set(fs) if f in vocab] for fs in feats]
    lens = np.array([len(r) for r in rows])
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    owner = np.repeat(np.arange(len(rows)), lens)
    w = np.zeros(len(vocab))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2, eps = 0.9, 0.999, 1e-8
    n = len(rows)
    for t in range(1, epochs + 1):
        z = np.bincount(owner, weights=w[flat], minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        r = p - y
        g = np.bincount(flat, weights=r[owner], minlength=len(w)) / n + l2 * w
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
    return {f: round(float(w[k]), 4) for f, k in vocab.items() if abs(w[k]) >= 1e-4}


def scores(feats: list[list[str]], w: dict[str, float]) -> np.ndarray:
    z = np.array([sum(w.get(f, 0.0) for f in fs) for fs in feats])
    return 1.0 / (1.0 + np.exp(-z))


def best_threshold(p: np.ndarray, gold_ids: np.ndarray, n_gold: int) -> tuple[float, float]:
    """The threshold with the best relation F1 (a gold relation counts once, however many candidates find it)."""
    best = (0.5, 0.0)
    for t in np.arange(0.2, 0.8, 0.01):
        keep = p >= t
        tp = len(set(gold_ids[keep & (gold_ids >= 0)].tolist()))
        pred = int(keep.sum()) - (int((keep & (gold_ids >= 0)).sum()) - tp)  # duplicates are merged
        f1 = 2 * tp / (pred + n_gold) if pred + n_gold else 0.0
        if f1 > best[1]:
            best = (round(float(t), 2), f1)
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("train_dir", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--cache", type=Path, help="DocBin file keeping the parses between runs")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    feats, y, gold_ids, n_gold = collect(args.train_dir, limit=args.limit, cache=args.cache)
    print(f"{len(feats)} candidates, {int(y.sum())} correct, {n_gold} gold relations")
    w = fit(feats, y, l2=args.l2, epochs=args.epochs)
    p = scores(feats, w)
    threshold, f1 = best_threshold(p, gold_ids, n_gold)
    print(f"threshold {threshold}: training relation F1 about {f1:.3f}")
    out = {"source": "PolNeAR train", "documents": args.limit or "all", "model": "logistic regression",
           "label": "candidate content word-token Jaccard >= 0.5 with a gold relation", "threshold": threshold,
           "weights": dict(sorted(w.items()))}
    args.out.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}: {len(w)} weights")


if __name__ == "__main__":
    main()
