"""Draw the BBC quote sample's candidates: articles by a seeded random draw, then quote units in each by the same.

Not a test. Run from the repository root: `.venv/bin/python benchmarks/draw_bbc_quotes.py [--show]`.

48 articles are drawn with `random.Random(1616)` from every `.txt` under the corpus (sorted paths), whatever
their section. In each article the quote units are every quotation in double quotation marks of three words or
more inside one paragraph (marks paired in order), and every sentence without quotation marks that holds a
reporting word (said, says, told, added, according to, warned, argued, ...); three are drawn per article with
`random.Random(1616 + k)` (all where there are fewer).
The articles of even draw position are the development half, odd ones the held-out half.

`--fresh` draws a second sample the same way from the articles the first draw did not pick: 40 articles by
`random.Random(2626)`, units by `random.Random(2626 + k)`; the first 30 are the second held-out half
(`held2`, judged before any rule was written against them), the last 10 a second development half (`dev2`).
It prints each
article with its drawn units marked, for a reader to judge the speakers; the judgements, not the text, go to
benchmarks/data/bbc_speakers.jsonl (see benchmarks/data/README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "bbc-2005" / "news"
SEED = 1616
FRESH_SEED, FRESH_ARTICLES, FRESH_HELD = 2626, 40, 30
REPORTING = re.compile(r"\b(?:said|says|say|told|tells|added|adds|according to|warned|argued|insisted|"
                       r"believes|announced|stated|admitted|denied|suggested|urged)\b")
QUOTE = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")


def _quotations(para: str, at: int) -> list[tuple[int, int]]:
    """Quotations of one paragraph: straight marks paired in order, curly ones by their shape."""
    marks = [m.start() for m in re.finditer(r'["“”]', para)]
    out = []
    for a, b in zip(marks[0::2], marks[1::2]):
        if len(para[a + 1:b].split()) >= 3:
            out.append((at + a, at + b + 1))
    return out


def units(text: str) -> list[tuple[int, int]]:
    """Character spans of the quote units of one article: quotations, then reported sentences."""
    out: list[tuple[int, int]] = []
    reported = []
    for para in re.finditer(r"[^\n]+", text):
        if para.start() == 0:
            continue  # the headline
        quotes = _quotations(para.group(), para.start())
        out += quotes
        for s in re.finditer(r"\S.*?(?:[.!?](?=\s+[A-Z\"“])|$)", para.group()):
            a, b = para.start() + s.start(), para.start() + s.end()
            if REPORTING.search(s.group()) and not re.search(r'["“”]', s.group()):
                reported.append((a, b))
    return sorted(out + reported)


def draw(corpus: Path = CORPUS) -> list[dict]:
    """The drawn units: file (relative to the corpus), start, end, half."""
    files = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt"))
    picked = random.Random(SEED).sample(files, 48)
    out = []
    for k, rel in enumerate(picked):
        text = (corpus / rel).read_text(encoding="utf-8")
        found = units(text)
        chosen = sorted(random.Random(SEED + k).sample(found, min(3, len(found))))
        out += [{"file": rel, "start": a, "end": b, "half": "dev" if k % 2 == 0 else "held"} for a, b in chosen]
    return out


def draw_fresh(corpus: Path = CORPUS) -> list[dict]:
    """The second sample: articles the first draw left, the first FRESH_HELD of them held2, the rest dev2."""
    taken = {d["file"] for d in draw(corpus)}
    files = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt"))
    picked = random.Random(FRESH_SEED).sample([f for f in files if f not in taken], FRESH_ARTICLES)
    out = []
    for k, rel in enumerate(picked):
        found = units((corpus / rel).read_text(encoding="utf-8"))
        chosen = sorted(random.Random(FRESH_SEED + k).sample(found, min(3, len(found))))
        out += [{"file": rel, "start": a, "end": b, "half": "held2" if k < FRESH_HELD else "dev2"} for a, b in chosen]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--show", action="store_true", help="print each article with its units marked")
    ap.add_argument("--half", choices=("dev", "held", "held2", "dev2", "all"), default="all")
    ap.add_argument("--fresh", action="store_true", help="the second sample (held2 and dev2)")
    args = ap.parse_args(argv)
    drawn = draw_fresh(args.corpus) if args.fresh else draw(args.corpus)
    if not args.show:
        for d in drawn:
            print(json.dumps(d))
        return 0
    by_file: dict[str, list[dict]] = {}
    for d in drawn:
        if args.half in ("all", d["half"]):
            by_file.setdefault(d["file"], []).append(d)
    for rel, ds in by_file.items():
        text = (args.corpus / rel).read_text(encoding="utf-8")
        marked = text
        for n, d in sorted(enumerate(ds), key=lambda x: -x[1]["start"]):
            marked = marked[:d["start"]] + f"[[{n}:" + marked[d["start"]:d["end"]] + f"]]{n}" + marked[d["end"]:]
        spans = " ".join(f"{n}={d['start']}-{d['end']}" for n, d in enumerate(ds))
        print(f"=== {rel} ({ds[0]['half']}) units: {spans}")
        print(marked.strip())
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
