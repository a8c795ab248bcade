"""Draw the BBC quote sample's candidates: articles by a seeded random draw, then quote units in each by the same.

Not a test. Run from the repository root: `.venv/bin/python benchmarks/draw_bbc_quotes.py [--show]`.

48 articles are drawn with `random.Random(1616)` from every `.txt` under the corpus (sorted paths), whatever
their section. In each article the quote units are every quotation in double quotation marks of three words or
more inside one paragraph (marks paired in order), and every sentence without quotation marks that holds a
reporting word (said, says, told, added, according to, warned, argued, ...); three are drawn per article with
`random.Random(1616 + k)` (all where there are fewer).
The articles of even draw position are the development half, odd ones the held-out half. It prints each
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--show", action="store_true", help="print each article with its units marked")
    ap.add_argument("--half", choices=("dev", "held", "all"), default="all")
    args = ap.parse_args(argv)
    drawn = draw(args.corpus)
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
