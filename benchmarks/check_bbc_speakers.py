"""Check: are 'Mr X' / 'Ms X' / bare-surname speakers resolved to the full name the article establishes?

Not a test (it measures and reports). Run from the repository root:

    .venv/bin/python benchmarks/check_bbc_speakers.py                    # politics section
    .venv/bin/python benchmarks/check_bbc_speakers.py --sections politics business --show 30
    .venv/bin/python benchmarks/check_bbc_speakers.py --json

For every statement whose speaker text is an honorific and a surname ("Mr Ruiz", "Mrs Okafor", "Dr Lind")
or a lone capitalised word that is no pronoun, the article's text is searched for full names ending in that
surname: a capitalised word (not a title, honorific or sentence-opening function word) right before it
("Ana Ruiz" in "party leader Ana Ruiz"). Only statements whose article establishes such a full
name are scored. A statement is correct when the speaker's canonical name has two words or more, ends in the
surname, and occurs in the article as written. Statements whose article names two or more people with that
surname are counted separately as 'ambiguous' (correct there means: one of them). A random sample of the
scored statements is printed for reading.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "bbc-2005" / "news"

HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor|Lord|Lady)\.?"
SPEAKER = re.compile(rf"^(?:(?P<h>{HONORIFIC})\s+)?(?P<s>[A-Z][A-Za-z'’-]+)$")
NOT_NAMES = {"He", "She", "It", "They", "We", "I", "You", "This", "That", "There", "Police", "Officials",
             "Analysts", "Critics", "Experts", "Ministers", "Sources", "Reports", "Others", "Some", "Many",
             "Labour", "Tories", "Conservatives", "Government", "Downing", "Whitehall", "Ofcom", "Ofgem", "So", "But",
             "And", "Yet", "Now", "Then", "Also", "MPs", "UKIP", "BBC", "News"}


FUNCTION_WORDS = {"the", "a", "an", "but", "and", "as", "if", "when", "while", "said", "says", "told", "by", "of",
                  "both", "although", "though", "can", "for", "so", "yet", "now", "then", "also", "in", "on", "at",
                  "to", "with", "from", "after", "before", "under", "over", "since", "because", "however", "meanwhile",
                  "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "it", "he", "she",
                  "they", "we", "i", "you", "most", "many", "some", "all", "every", "each", "new", "big", "internet",
                  "protocol", "tv", "model", "brother", "singer", "actor", "star", "chief", "boss"}
MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def full_names(text: str, surname: str) -> set[str]:
    """Full names ending in `surname` as the article writes them ('Ana Ruiz', 'Paul J Mercer')."""
    from claimscope.analyse.actors import HONORIFICS, TITLES
    from claimscope.analyse.actors.kb import lookup

    out = set()
    for m in re.finditer(rf"((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(surname)}\b(?!-\w)", text):
        words = m.group(1).split()
        keep: list[str] = []
        for w in reversed(words):  # walk left from the surname; stop at anything that is no first name
            low = w.lower().rstrip(".")
            if low in HONORIFICS or low in TITLES or low in FUNCTION_WORDS or low in MONTHS_DAYS:
                break
            if (w.endswith((".", ",")) and len(w) > 2) or w.endswith(("'s", "’s", "-based", "'", "’")):
                break
            if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]\.?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+", w):
                break
            if lookup(w) is not None and lookup(w).type in ("GPE", "LOC", "ORG"):
                break
            keep.insert(0, w)
        if keep and not (len(keep) == 1 and keep[0] in NOT_NAMES):
            out.add(" ".join(keep + [surname]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sections", nargs="*", default=["politics"])
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles per section")
    parser.add_argument("--show", type=int, default=20, help="print this many random scored statements")
    parser.add_argument("--errors", type=int, default=40, help="print at most this many wrong statements")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO_ROOT / "src"))
    from claimscope.api import analyse_sources
    from claimscope.ingest.text import text_document

    paths = []
    for section in args.sections:
        files = sorted((args.corpus / section).glob("*.txt"))
        paths += files[: args.limit] if args.limit else files
    sources = [text_document(p.read_bytes(), str(p), str(p), None) for p in paths]
    scored, ambiguous, skipped = [], [], 0
    for src, doc in analyse_sources(sources):
        text = doc["text"]
        for st in doc["statements"]:
            sp = st.get("speaker") or {}
            m = SPEAKER.match((sp.get("text") or "").strip())
            if not m or m.group("s") in NOT_NAMES:
                continue
            surname = m.group("s")
            gold = full_names(text, surname)
            gold = {g for g in gold if len(g.split()) >= 2}
            if not gold:
                skipped += 1
                continue
            name = sp.get("name") or ""
            name = re.sub(r"\s+(?:Jr|Jnr|Sr|Snr|II|III|IV)\.?$", "", name)
            ok = len(name.split()) >= 2 and name.split()[-1] == surname and not re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", name) and (
                name in gold or any(g.endswith(name) or name.endswith(g) for g in gold) or name in text)
            firsts = {g.split()[-2] for g in gold}
            row = {"file": Path(src.path).name, "speaker": sp.get("text"), "name": name, "gold": sorted(gold),
                   "ok": ok, "content": st["content"]["text"][:80]}
            (ambiguous if len(firsts) > 1 else scored).append(row)
    n, good = len(scored), sum(r["ok"] for r in scored)
    na, gooda = len(ambiguous), sum(r["ok"] for r in ambiguous)
    report = {
        "articles": len(sources), "scored": n, "correct": good, "accuracy": round(good / n, 4) if n else None,
        "ambiguous": na, "ambiguous_correct": gooda,
        "overall_accuracy": round((good + gooda) / (n + na), 4) if n + na else None,
        "skipped_no_full_name": skipped,
    }
    if args.json:
        report["errors"] = [r for r in scored + ambiguous if not r["ok"]]
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    rnd = random.Random(args.seed)
    print(f"{report['articles']} articles; 'Mr X'/surname speakers whose article names them in full: {n} "
          f"(+{na} where two people share the surname); correct: {good}/{n} = {report['accuracy']}; "
          f"with the ambiguous ones: {good + gooda}/{n + na} = {report['overall_accuracy']}; "
          f"{skipped} skipped (no full name in the article)")
    wrong = [r for r in scored + ambiguous if not r["ok"]]
    if wrong:
        print(f"\nwrong ({len(wrong)}):")
        for r in wrong[: args.errors]:
            print(f"  {r['file']}: {r['speaker']!r} -> {r['name']!r}  (article: {', '.join(r['gold'])})")
    sample = rnd.sample(scored + ambiguous, min(args.show, n + na))
    if sample:
        print("\nsample:")
        for r in sample:
            print(f"  {'ok ' if r['ok'] else 'BAD'} {r['file']}: {r['speaker']!r} -> {r['name']!r}  {r['content']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
