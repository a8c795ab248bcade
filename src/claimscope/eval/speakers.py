"""Score statements' speakers against a hand-checked quote sample that stores references only (file, offsets,
gold speaker, form), never the articles' text: is each quote found, and is its speaker the canonical actor?

A sample is JSON Lines, one quote a line: `file` (relative to the corpus folder), `start`/`end` (character
offsets of the quote or reported sentence), `speaker` (the canonical name; alternatives joined by "|"; an
unnamed source as "unnamed: <description>"; "none" for a unit that is no attributed statement, left out of the
scores), `form` (how the text names the speaker at that quote: name, surname, pronoun, description, continued,
first-person, unnamed) and optionally `half` (dev / held / dev2 / held2).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError

_REQUIRED = ("file", "start", "end", "speaker", "form")


@dataclass(frozen=True)
class GoldQuote:
    """One judged quote: where it is, who said it, and how the text names them there."""

    file: str
    start: int
    end: int
    speaker: str
    form: str
    half: str = ""

    @property
    def unnamed(self) -> bool:
        return self.speaker.startswith("unnamed:")

    @property
    def names(self) -> set[str]:
        return {fold(n) for n in self.speaker.split("|")}


def fold(name: str) -> str:
    """A name compared without case, accents or dots ("J. Varga" = "J Varga", "Cañón" = "Canon")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace(".", " ")
    return " ".join(text.casefold().split())


def load_sample(path: str | Path) -> list[GoldQuote]:
    """The sample's quotes; a line that is no JSON object with the required keys is a UsageError naming it."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{n}: not JSON ({exc.msg})") from None
        missing = [k for k in _REQUIRED if not isinstance(row, dict) or k not in row]
        if missing:
            raise UsageError(f"{path}:{n}: missing {', '.join(missing)}")
        bad = [k for k in ("start", "end") if not isinstance(row[k], int) or isinstance(row[k], bool)]
        bad += [k for k in ("file", "speaker", "form", "half") if not isinstance(row.get(k, ""), str)]
        if bad or row["end"] < row["start"]:
            raise UsageError(f"{path}:{n}: {', '.join(bad) or 'end'} is not a valid value (offsets are whole "
                             f"numbers, end after start; file, speaker, form and half are text)")
        out.append(GoldQuote(row["file"], row["start"], row["end"], row["speaker"], row["form"], row.get("half", "")))
    return out


def _overlap(spans: Iterable[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def found_statement(doc: dict, q: GoldQuote) -> dict | None:
    """The statement that reports the quote: its content covers at least half of the quote, or the quote at least
    half of its content (a reported clause inside the judged sentence); the largest overlap wins."""
    best, best_overlap = None, 0
    for st in doc.get("statements", []):
        spans = [tuple(s) for s in st["content"]["spans"]]
        shared = _overlap(spans, q.start, q.end)
        size = sum(e - s for s, e in spans) or 1
        if shared and (shared >= 0.5 * (q.end - q.start) or shared >= 0.5 * size) and shared > best_overlap:
            best, best_overlap = st, shared
    return best


def named(speaker: dict | None) -> str | None:
    """The actor name a speaker is credited to, None when it names no actor (unresolved, an unnamed source)."""
    if not speaker or speaker.get("resolved") is False or speaker.get("type") == "SOURCE":
        return None
    return speaker.get("name")


def judge(doc: dict, q: GoldQuote) -> tuple[bool, bool, str | None]:
    """(found, right, predicted name) for one quote."""
    st = found_statement(doc, q)
    if st is None:
        return False, False, None
    name = named(st.get("speaker"))
    right = name is None if q.unnamed else name is not None and fold(name) in q.names
    return True, right, name


def _counts(rows: list[tuple[GoldQuote, bool, bool, str | None]]) -> dict:
    total, found = len(rows), sum(1 for r in rows if r[1])
    right = sum(1 for r in rows if r[2])
    return {"quotes": total, "found": found, "recall": round(found / total, 4) if total else None,
            "right": right, "accuracy": round(right / found, 4) if found else None}


def evaluate(sample: str | Path, corpus: str | Path, analyse: Callable[[list[tuple[str, str]]], Iterable[dict]],
             half: str | None = None) -> dict:
    """Analyse the sample's articles with `analyse` ((file, text) pairs in, document JSONs out, in order) and
    report recall and speaker accuracy overall, by form and by half, with the wrong ones listed."""
    quotes = [q for q in load_sample(sample) if q.speaker != "none" and (half in (None, "all") or q.half == half)]
    files = sorted({q.file for q in quotes})
    missing = [f for f in files if not Path(corpus, f).is_file()]
    if missing:
        raise UsageError(f"{corpus}: no such article {missing[0]} (is --corpus the sample's corpus folder?)")
    texts = [(f, Path(corpus, f).read_text(encoding="utf-8")) for f in files]
    docs = dict(zip(files, analyse(texts)))
    rows = [(q, *judge(docs[q.file], q)) for q in quotes]
    report = _counts(rows)
    report["by_form"] = {form: _counts([r for r in rows if r[0].form == form])
                         for form in sorted({q.form for q in quotes})}
    report["by_half"] = {h: _counts([r for r in rows if r[0].half == h]) for h in sorted({q.half for q in quotes})}
    report["wrong"] = [{"file": q.file, "start": q.start, "form": q.form, "gold": q.speaker,
                        "found": f, "predicted": name} for q, f, ok, name in rows if not ok]
    return report


def format_report(report: dict) -> str:
    """Plain-text table: quotes found and speakers right, overall, by form and by half."""
    def line(label: str, c: dict) -> str:
        acc = "-" if c["accuracy"] is None else f"{c['accuracy']:.3f}"
        return f"  {label:<14} {c['quotes']:>6} {c['found']:>6} {c['recall']:>7.3f} {c['right']:>6} {acc:>8}"

    head = f"  {'':<14} {'quotes':>6} {'found':>6} {'recall':>7} {'right':>6} {'accuracy':>8}"
    out = [head, line("all", report), "", "by form"]
    out += [line(form, c) for form, c in report["by_form"].items()]
    out += ["", "by half"] + [line(h or "-", c) for h, c in report["by_half"].items()]
    return "\n".join(out)
