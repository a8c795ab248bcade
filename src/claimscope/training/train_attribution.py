"""Fit the learned attribution filter (analyse/statements/learned_filter.py) on PolNeAR train.

Run: `.venv/bin/python -m claimscope.training.train_attribution ../shared/eval/polnear/train`
(after `python -m claimscope.training.learn_cues ../shared/eval/polnear/train --min-ratio 0.03`, whose lexicon
decides which words are proposed as cues). Writes `src/claimscope/analyse/data/attribution_model.json`, which
ships inside the package. `--cache FILE` keeps the spaCy parses of the corpus (a DocBin) for re-runs.

Every candidate statement the rules propose is labelled correct when its content matches a gold relation's
content (word-token Jaccard >= 0.5, the scorer's criterion) and its cue shares a word with that relation's cue;
a logistic regression (pure numpy, L2, Adam) is fit on their features. The threshold is chosen by two-fold
cross-validation inside train: a model fit on one half runs the real pipeline over the other half at each
threshold tried, and the threshold with the best mean of the relation F1 and the source, cue and content token
F1s over both halves is kept.
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


def token_ids(doc, spans) -> set[int]:
    """spaCy token indices of the word tokens (not punctuation or space) that character spans cover."""
    out: set[int] = set()
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span if not t.is_punct and not t.is_space)
    return out


def parses(nlp, texts: list[str], cache: Path | None):
    """The base parses of `texts` (claimscope's document components off), kept in a DocBin at `cache` for re-runs."""
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


def _prepared(train_dir: Path, limit: int | None, cache: Path | None):
    """(corpus items, parsed docs with quotes and actors): what both collecting and cross-validating run on."""
    from ..analyse.pipeline import load_pipeline
    from ..eval.polnear import load_gold

    gold = load_gold(train_dir)
    items = list(gold.items())[:limit] if limit else list(gold.items())
    nlp = load_pipeline()
    docs = parses(nlp, [t for _, (t, _) in items], cache)
    comps = [nlp.get_pipe(n) for n in ("claimscope_quotes", "claimscope_actors")]
    out = []
    for doc in docs:
        for comp in comps:
            doc = comp(doc)
        out.append(doc)
    return items, out


def collect(items, docs):
    """(features per candidate, label per candidate, gold relation id per candidate or -1, number of gold,
    document index per candidate)."""
    from dataclasses import replace

    from ..analyse.statements import Extraction, default_options

    # every candidate, labelled by the rules' cues, so the two models do not learn from each other
    options = replace(default_options(collect=True), cue_weights=None)
    feats, labels, gold_ids, doc_ids = [], [], [], []
    n_gold = 0
    for d, ((name, (text, rels)), doc) in enumerate(zip(items, docs)):
        extraction = Extraction(doc, options)
        extraction.run()
        gsets = [_words(text, r.content) for r in rels]
        gcues = [_words(text, r.cue) for r in rels]
        for f, st in extraction.collected:
            p = _words(text, st.content)
            pc = _words(text, [st.cue]) if st.cue else frozenset()
            best, best_j = -1, 0.0
            for k, g in enumerate(gsets):
                # right content, and the cue that gold gives it (when it gives one), so that of two verbs
                # near one quotation the one that introduces it is learned
                if g and p and (not gcues[k] or gcues[k] & pc):
                    j = len(g & p) / len(g | p)
                    if j > best_j:
                        best, best_j = k, j
            feats.append(f)
            doc_ids.append(d)
            labels.append(best_j >= 0.5)
            gold_ids.append(n_gold + best if best_j >= 0.5 else -1)
        n_gold += len(rels)
    return feats, np.array(labels, dtype=float), np.array(gold_ids), n_gold, np.array(doc_ids)


def run_scores(items, docs, w: dict[str, float], thresholds) -> dict[float, float]:
    """threshold -> mean of relation F1 and source/cue/content token F1, running the pipeline's statement
    extraction with these weights over the given (already parsed) documents."""
    from dataclasses import replace

    from ..analyse.statements import Extraction, default_options
    from ..analyse.statements.cue_extent import shipped_weights
    from ..analyse.statements.learned_filter import LearnedFilter
    from ..eval.relation import Relation
    from ..eval.scoring import score

    gold = {name: (text, rels) for name, (text, rels) in items}
    base = replace(default_options(collect=True), collect=False, cue_weights=shipped_weights())
    out = {}
    for t in thresholds:
        options = replace(base, learned_filter=LearnedFilter(w, float(t)))
        pred = {}
        for (name, _), doc in zip(items, docs):
            pred[name] = [Relation(source=[(st.speaker.start, st.speaker.end)] if st.speaker else [],
                                   cue=[st.cue] if st.cue else [], content=st.content)
                          for st in Extraction(doc, options).run() if st.nested_in is None]
        rep = score(gold, pred)
        f1s = [rep["relation"]["f1"]] + [rep["roles"][r]["token"]["f1"] for r in ("source", "cue", "content")]
        out[round(float(t), 2)] = sum(f1s) / len(f1s)
    return out


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


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("train_dir", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--cache", type=Path, help="DocBin file keeping the parses between runs")
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    items, docs = _prepared(args.train_dir, args.limit, args.cache)
    feats, y, gold_ids, n_gold, doc_ids = collect(items, docs)
    print(f"{len(feats)} candidates, {int(y.sum())} correct, {n_gold} gold relations")
    thresholds = np.arange(0.1, 0.61, 0.05)
    total: Counter = Counter()
    for fold in (0, 1):
        train = doc_ids % 2 != fold
        w_half = fit([f for f, keep in zip(feats, train) if keep], y[train], l2=args.l2, epochs=args.epochs)
        held = [k for k in range(len(items)) if k % 2 == fold]
        for t, v in run_scores([items[k] for k in held], [docs[k] for k in held], w_half, thresholds).items():
            total[t] += v / 2
    threshold, f1 = max(total.items(), key=lambda kv: (kv[1], -kv[0]))
    print("cross-validated mean F1 by threshold: " + ", ".join(f"{t:.2f}: {v:.3f}" for t, v in sorted(total.items())))
    w = fit(feats, y, l2=args.l2, epochs=args.epochs)
    out = {"source": "PolNeAR train", "documents": args.limit or "all", "model": "logistic regression",
           "label": "candidate content word-token Jaccard >= 0.5 with a gold relation", "threshold": threshold,
           "weights": dict(sorted(w.items()))}
    args.out.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}: {len(w)} weights")


if __name__ == "__main__":
    main()
