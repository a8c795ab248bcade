"""Fit `analyse/data/cue_spans.json`: how often each kind of modifier after a cue verb is part of the cue.

Run: `.venv/bin/python -m claimscope.training.learn_cue_spans ../shared/eval/polnear/train [--cache FILE]`
(the same DocBin cache as train_attribution). For every gold relation whose cue holds a verb, each modifier of
that verb after it (preposition, adverb, particle, bare noun phrase of time) outside the content and the source
is counted, and whether the annotators' cue took it in. Kinds seen fewer than `--min-count` times are dropped.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "analyse" / "data" / "cue_spans.json"


def _tokens(doc, spans) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span if not t.is_punct and not t.is_space)
    return out


def learn(items, docs, *, min_count: int = 10) -> dict[str, float]:
    """Modifier kind -> share of cues that took it in, over (name, (text, relations)) items and their parses."""
    from ..analyse.cue_spans import modifier_key

    seen: Counter = Counter()
    taken: Counter = Counter()
    for (_, (_, rels)), doc in zip(items, docs):
        for rel in rels:
            cue = _tokens(doc, rel.cue)
            verbs = [doc[i] for i in sorted(cue) if doc[i].pos_ == "VERB"]
            if not verbs:
                continue
            outside = _tokens(doc, rel.content) | _tokens(doc, rel.source)
            verb = verbs[0]
            for child in verb.children:
                key = modifier_key(child)
                if key is None or child.i < verb.i or child.i in outside:
                    continue
                seen[key] += 1
                taken[key] += child.i in cue
    return {k: round(taken[k] / n, 3) for k, n in sorted(seen.items()) if n >= min_count}


def main(argv: list[str] | None = None) -> None:
    from .train_attribution import _prepared

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("train_dir", type=Path)
    ap.add_argument("--cache", type=Path, help="DocBin file keeping the parses between runs")
    ap.add_argument("--min-count", type=int, default=10)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    items, docs = _prepared(args.train_dir, None, args.cache)
    table = learn(items, docs, min_count=args.min_count)
    args.out.write_text(json.dumps({"source": "PolNeAR train", "min_count": args.min_count, "shares": table},
                                   indent=0, ensure_ascii=False) + "\n")
    joined = sum(v >= 0.5 for v in table.values())
    print(f"wrote {args.out}: {len(table)} modifier kinds, {joined} join the cue")


if __name__ == "__main__":
    main()
