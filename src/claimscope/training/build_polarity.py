"""Build the evaluative-polarity lexicon that analysis scores the descriptors of characterisations with.

Run: `.venv/bin/pip install vaderSentiment textblob && .venv/bin/python -m claimscope.training.build_polarity`
(or pass the two files: `--vader PATH/vader_lexicon.txt --pattern PATH/en-sentiment.xml`).
Writes `src/claimscope/lexicon/data/polarity.tsv` (commit it: analysis needs neither package at run time).

Sources, both well kept and freely licensed:
- VADER (vaderSentiment, MIT): `vader_lexicon.txt`, mean human valence ratings in -4..+4, scaled to -1..+1;
- the Pattern subjectivity lexicon shipped by TextBlob (MIT package, lexicon PDDL): `en-sentiment.xml`,
  hand-tagged and inferred adjective polarities in -1..+1, averaged over the word's senses.

Only words (letters, inner hyphens or apostrophes) are kept, no emoticons; a word in both is the mean of the
two. Words whose polarity rounds to 0 are dropped: the file says which words evaluate, and how strongly.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "lexicon" / "data" / "polarity.tsv"
_WORD = re.compile(r"^[a-z][a-z'\-]*[a-z]$")


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file inside an installed package, or None when the package is not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]).joinpath(*parts)
    return path if path.exists() else None


def read_vader(path: Path) -> dict[str, float]:
    """word -> valence in -1..+1 from VADER's tab-separated lexicon."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and _WORD.match(cells[0]):
            out[cells[0]] = max(-1.0, min(1.0, float(cells[1]) / 4.0))
    return out


def read_pattern(path: Path) -> dict[str, float]:
    """word -> mean polarity over its senses from Pattern's en-sentiment.xml."""
    senses: dict[str, list[float]] = defaultdict(list)
    for el in ET.parse(path).getroot().iter("word"):
        form = (el.get("form") or "").lower()
        if _WORD.match(form) and el.get("polarity") is not None:
            senses[form].append(float(el.get("polarity")))
    return {w: sum(v) / len(v) for w, v in senses.items()}


def build(vader: dict[str, float], pattern: dict[str, float]) -> dict[str, float]:
    """Merge the two lexicons (mean where both have the word), dropping neutral words."""
    merged = {}
    for word in sorted(set(vader) | set(pattern)):
        vals = [d[word] for d in (vader, pattern) if word in d]
        score = round(sum(vals) / len(vals), 2)
        if score:
            merged[word] = score
    return merged


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vader", type=Path, default=_package_file("vaderSentiment", "vader_lexicon.txt"))
    ap.add_argument("--pattern", type=Path, default=_package_file("textblob", "en", "en-sentiment.xml"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if args.vader is None or args.pattern is None:
        ap.error("install vaderSentiment and textblob, or pass --vader and --pattern")
    lexicon = build(read_vader(args.vader), read_pattern(args.pattern))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("# word\tpolarity (-1..+1); built by python -m claimscope.training.build_polarity from VADER "
                 "(MIT) and the Pattern lexicon in TextBlob (PDDL)\n")
        for word, score in lexicon.items():
            fh.write(f"{word}\t{score}\n")
    print(f"{len(lexicon)} words -> {args.out}")


if __name__ == "__main__":
    main()
