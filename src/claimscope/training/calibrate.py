"""Fit statement confidence on PolNeAR train: precision of statements per feature combination.

Used only when no attribution model ships (with one, the model's probability is the confidence).

Run: `.venv/bin/python -m claimscope.training.calibrate ../shared/eval/polnear/train`
Writes `src/claimscope/analyse/data/confidence.json` (shipped inside the package).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "analyse" / "data" / "confidence.json"


def _words(text: str, spans) -> set[int]:
    return {s + m.start() for s, e in spans for m in re.finditer(r"\w+", text[s:e])}


def fit(train_dir: Path, limit: int | None = None) -> dict:
    """Per feature key: (smoothed precision, count) of top-level statements matched to a gold relation."""
    from ..analyse.pipeline import load_pipeline
    from ..analyse.statements import confidence, default_options, extract_statements
    from ..eval.polnear import load_gold

    options = default_options(learned_filter=False)  # the table is for the curated rules alone (no shipped model)
    gold = load_gold(train_dir)
    items = list(gold.items())[:limit] if limit else list(gold.items())
    nlp = load_pipeline()
    before = nlp.pipe_names[:nlp.pipe_names.index("claimscope_statements")]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confidence.table.cache_clear()
    with nlp.select_pipes(enable=before):
        docs = nlp.pipe((t for _, (t, _) in items), batch_size=16)
        pairs = [(item, extract_statements(doc, options)) for item, doc in zip(items, docs)]
    for (name, (text, rels)), statements in pairs:
        preds = [st for st in statements if st.nested_in is None]
        gold_sets = [_words(text, r.content) for r in rels]
        pred_sets = [_words(text, st.content) for st in preds]
        pairs = sorted(((len(g & p) / max(1, len(g | p)), i, j) for i, g in enumerate(gold_sets)
                        for j, p in enumerate(pred_sets)), reverse=True)
        used_g, used_p = set(), set()
        for jac, i, j in pairs:
            if jac < 0.5:
                break
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
        for j, st in enumerate(preds):
            for key in confidence.keys(st.features):
                counts[key][0] += 1
                counts[key][1] += j in used_p
    table = {k: [round((ok + 1) / (n + 2), 3), n] for k, (n, ok) in sorted(counts.items())}
    return {"source": "PolNeAR train", "documents": len(items), "match": "content word-token Jaccard >= 0.5",
            "table": table}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("train_dir", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if args.out.exists():
        args.out.unlink()  # fit on the uncalibrated pipeline
    result = fit(args.train_dir, args.limit)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {args.out}: {len(result['table'])} keys from {result['documents']} documents")


if __name__ == "__main__":
    main()
