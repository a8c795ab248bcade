"""Make edited copies of BBC articles with a known original, so duplicate detection can be scored.

Each copy keeps the headline and applies, with a fixed seed, one of three edit strengths to the body:

- light:  ~10% of the sentences reworded, one sentence dropped, sometimes one added;
- medium: ~20% reworded, one or two dropped, one added;
- heavy:  ~30% reworded, two or three dropped, one or two added.

A reworded sentence gets two or three small edits: a synonym swap from a short list ("said" -> "stated"),
two adjacent words swapped, a word dropped, or a number reformatted; an added sentence is generic wire filler
("The company did not respond to a request for comment."), never a sentence of another article. Usage:

    python benchmarks/inject_near_duplicates.py --out /tmp/bbc-dups.jsonl [--sample 400] [--seed 2026]

writes JSON Lines {"id", "original", "strength", "text"}; `original` is the BBC path relative to the corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc-2005" / "news"
STRENGTHS = {  # reworded fraction, dropped (low, high), added (low, high)
    "light": (0.10, (1, 1), (0, 1)),
    "medium": (0.20, (1, 2), (1, 1)),
    "heavy": (0.30, (2, 3), (1, 2)),
}
SYNONYMS = {
    "said": "stated", "says": "states", "told": "informed", "also": "additionally", "but": "however",
    "big": "large", "large": "big", "rise": "increase", "rose": "climbed", "fell": "dropped", "buy": "purchase",
    "help": "assist", "show": "reveal", "shows": "reveals", "start": "begin", "started": "began", "new": "fresh",
    "about": "around", "more": "further", "company": "firm", "firm": "company", "government": "administration",
    "people": "individuals", "month": "period", "year": "twelve months", "expected": "forecast", "however": "but",
    "because": "as", "before": "prior to", "after": "following", "many": "numerous", "very": "highly",
    "important": "significant", "need": "require", "make": "create", "think": "believe", "added": "continued",
}
FILLERS = [
    "The company did not respond to a request for comment.",
    "Further details are expected to be announced later this week.",
    "Officials declined to give further details.",
    "Analysts said the move had been widely expected.",
    "The announcement came as a surprise to some observers.",
    "More information is due to be published in the coming days.",
]
_SENT = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences well enough for editing."""
    return [s for s in _SENT.split(paragraph) if s.strip()]


def reword(sentence: str, rng: random.Random) -> str:
    """Two or three small edits of one sentence: synonym, adjacent swap, dropped word, number format."""
    toks = sentence.split(" ")
    for _ in range(rng.choice((2, 3))):
        op = rng.random()
        syn = [i for i, w in enumerate(toks) if w.lower() in SYNONYMS]
        if op < 0.45 and syn:
            i = rng.choice(syn)
            new = SYNONYMS[toks[i].lower()]
            toks[i] = new.capitalize() if toks[i][:1].isupper() else new
        elif op < 0.7 and len(toks) > 3:
            i = rng.randrange(len(toks) - 2)
            toks[i], toks[i + 1] = toks[i + 1], toks[i]
        elif op < 0.9 and len(toks) > 6:
            del toks[rng.randrange(1, len(toks) - 1)]
        else:
            nums = [i for i, w in enumerate(toks) if re.fullmatch(r"\d[\d,]*", w)]
            if nums:
                i = rng.choice(nums)
                toks[i] = toks[i].replace(",", "") if "," in toks[i] else f"{toks[i]} (approx.)"
            elif toks:
                toks.insert(rng.randrange(len(toks)), "reportedly")
    return " ".join(toks)


def edit(text: str, strength: str, rng: random.Random) -> str:
    """An edited copy of one BBC article: title kept, body sentences reworded, dropped and added."""
    frac, (dlo, dhi), (alo, ahi) = STRENGTHS[strength]
    title, _, body = text.partition("\n")
    paras = [sentences(p) for p in body.split("\n") if p.strip()]
    flat = [(pi, si) for pi, p in enumerate(paras) for si in range(len(p))]
    if not flat:
        return text
    for pi, si in rng.sample(flat, max(1, round(frac * len(flat)))):
        paras[pi][si] = reword(paras[pi][si], rng)
    for pi, si in sorted(rng.sample(flat, min(len(flat) - 1, rng.randint(dlo, dhi))), reverse=True):
        del paras[pi][si]
    for _ in range(rng.randint(alo, ahi)):
        p = rng.randrange(len(paras))
        paras[p].insert(rng.randint(0, len(paras[p])), rng.choice(FILLERS))
    return title + "\n\n" + "\n\n".join(" ".join(p) for p in paras if p) + "\n"


def originals(corpus: Path = CORPUS) -> list[Path]:
    """Every BBC article, in a stable order."""
    return sorted(corpus.glob("*/*.txt"))


def make_copies(paths: list[Path], sample: int, seed: int, corpus: Path = CORPUS):
    """Yield (original path, strength, edited text) for `sample` articles drawn with `seed`, strengths in turn."""
    rng = random.Random(seed)
    names = list(STRENGTHS)
    for n, path in enumerate(rng.sample(paths, min(sample, len(paths)))):
        strength = names[n % len(names)]
        text = path.read_text(encoding="utf-8", errors="replace")
        yield path.relative_to(corpus).as_posix(), strength, edit(text, strength, rng)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sample", type=int, default=400)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    with args.out.open("w", encoding="utf-8") as f:
        for n, (orig, strength, text) in enumerate(make_copies(originals(args.corpus), args.sample, args.seed,
                                                               args.corpus)):
            f.write(json.dumps({"id": f"copy-{n:05d}", "original": orig, "strength": strength, "text": text},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
