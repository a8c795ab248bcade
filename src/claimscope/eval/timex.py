"""TimeML (.tml) gold for time expressions, and TempEval-3 scores against it: span, type and value.

A `.tml` file is read with the standard library's XML parser: its `TEXT` element's characters are the
text (tags removed, offsets into that text), every `TIMEX3` inside it is a gold expression, and the
`TIMEX3` whose `functionInDocument` is `CREATION_TIME` (usually inside `DCT`) is the creation time the
system resolves against. Scoring follows TempEval-3 (UzZaman et al., 2013): gold and system expressions
are paired one to one, strict when their offsets are equal, relaxed when they overlap; span precision and
recall count pairs; an attribute's F1 counts relaxed pairs whose attribute agrees, over the system's and
over the gold's expressions; type accuracy is the share of relaxed pairs with the right type.

`evaluate` takes any `extract_fn` turning (name, text, creation time) triples into claimscope document
JSON, so the scorer needs no pipeline.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..export.timeml import range_ends


@dataclass(frozen=True)
class Timex:
    """One time expression, gold or system: character offsets and its TIMEX3 type, value and mod."""

    start: int
    end: int
    type: str | None = None
    value: str | None = None
    mod: str | None = None
    text: str = ""


@dataclass
class TimeMLDoc:
    """A TimeML document: its plain text, creation time (a TIMEX3 value) and gold expressions."""

    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


def _walk(el: ET.Element, parts: list[str], found: list[Timex], pos: int) -> int:
    """Append `el`'s text to `parts`, recording every TIMEX3 in it with its offsets; the new offset."""
    start = pos
    if el.text:
        parts.append(el.text)
        pos += len(el.text)
    for child in el:
        pos = _walk(child, parts, found, pos)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if el.tag == "TIMEX3" and pos > start:
        a = el.attrib
        found.append(Timex(start, pos, a.get("type"), a.get("value"), a.get("mod"), "".join(parts)[start:pos]))
    return pos


def parse_tml(xml: str, name: str = "<tml>") -> TimeMLDoc:
    """A TimeML document from its XML; ValueError naming `name` when it is no TimeML with a TEXT element."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise ValueError(f"{name}: not well-formed XML ({exc})") from None
    text_el = root if root.tag == "TEXT" else root.find(".//TEXT")
    if text_el is None:
        raise ValueError(f"{name}: no TEXT element")
    dct = next((t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    if dct is None:
        dct_el = root.find(".//DCT")
        dct = "".join(dct_el.itertext()).strip() or None if dct_el is not None else None
    parts: list[str] = []
    found: list[Timex] = []
    _walk(text_el, parts, found, 0)
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", dct or "")
    dct = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else dct  # "19980227" and "1998-02-27T08:00" too
    text = "".join(parts)
    return TimeMLDoc(name=name, text=text, dct=dct, timexes=sorted(found, key=lambda t: (t.start, t.end)))


def read_tml(path: str | Path) -> TimeMLDoc:
    """One .tml file (UTF-8)."""
    path = Path(path)
    try:
        xml = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot be read ({exc})") from None
    return parse_tml(xml, path.stem)


def load_tml_dir(directory: str | Path) -> list[TimeMLDoc]:
    """Every `*.tml` file under `directory`, sorted by path; UsageError when there are none."""
    directory = Path(directory)
    if not directory.is_dir():
        raise UsageError(f"{directory}: not a folder")
    paths = sorted(directory.rglob("*.tml"))
    if not paths:
        raise UsageError(f"{directory}: no .tml files")
    docs = []
    for p in paths:
        try:
            docs.append(read_tml(p))
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    return docs


def timexes_of_document(doc: dict) -> list[Timex]:
    """The system's expressions of a claimscope document JSON (its `dates`, each with its `timex`)."""
    out = []
    for d in doc.get("dates") or []:
        t = d.get("timex") or {}
        text = d.get("text") or ""
        split = range_ends(text) if t.get("begin") and t.get("end") else None
        if split:  # "from May to June": its two ends, as TimeML tags them (export/timeml.py)
            for (a, b), value in zip(split, (t["begin"], t["end"])):
                out.append(Timex(d["start"] + a, d["start"] + b, "DATE", value, None, text[a:b]))
            continue
        out.append(Timex(d["start"], d["end"], t.get("type"), t.get("value"), t.get("mod"), text))
    return out


def pair(gold: list[Timex], system: list[Timex]) -> tuple[list[tuple[Timex, Timex]], int]:
    """One-to-one relaxed pairs (largest overlap first) and how many of them are strict (same offsets)."""
    candidates = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((-(g.start == s.start and g.end == s.end), -overlap, i, j))
    used_g, used_s, pairs = set(), set(), []
    for _, _, i, j in sorted(candidates):
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((gold[i], system[j]))
    return pairs, sum(g.start == s.start and g.end == s.end for g, s in pairs)


def _prf(right: int, n_system: int, n_gold: int) -> dict:
    p = right / n_system if n_system else 0.0
    r = right / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score(items: Iterable[tuple[list[Timex], list[Timex]]]) -> dict:
    """TempEval-3 scores over (gold, system) expression lists, micro-averaged over documents."""
    n_gold = n_system = strict = relaxed = typed = valued = 0
    misses: list[dict] = []
    for gold, system in items:
        pairs, n_strict = pair(gold, system)
        n_gold += len(gold)
        n_system += len(system)
        strict += n_strict
        relaxed += len(pairs)
        for g, s in pairs:
            typed += g.type == s.type
            valued += g.value == s.value
            if g.type != s.type or g.value != s.value or (g.start, g.end) != (s.start, s.end):
                misses.append({"gold": [g.text, g.type, g.value], "system": [s.text, s.type, s.value]})
        paired_g = {id(g) for g, _ in pairs}
        paired_s = {id(s) for _, s in pairs}
        misses += [{"gold": [g.text, g.type, g.value], "system": None} for g in gold if id(g) not in paired_g]
        misses += [{"gold": None, "system": [s.text, s.type, s.value]} for s in system if id(s) not in paired_s]
    return {
        "gold": n_gold, "system": n_system,
        "strict": _prf(strict, n_system, n_gold), "relaxed": _prf(relaxed, n_system, n_gold),
        "type": {**_prf(typed, n_system, n_gold), "accuracy": round(typed / relaxed, 4) if relaxed else 0.0},
        "value": {**_prf(valued, n_system, n_gold), "accuracy": round(valued / relaxed, 4) if relaxed else 0.0},
        "errors": misses,
    }


ExtractFn = Callable[[list[tuple[str, str, str | None]]], Iterable[dict]]


def evaluate(directory: str | Path, extract_fn: ExtractFn, limit: int | None = None) -> dict:
    """Score the documents that `extract_fn` makes of the `.tml` texts (with their creation times)."""
    docs = load_tml_dir(directory)[:limit]
    system = list(extract_fn([(d.name, d.text, d.dct) for d in docs]))
    report = score((d.timexes, timexes_of_document(s)) for d, s in zip(docs, system))
    return {"documents": len(docs), **report}


def format_report(report: dict) -> str:
    """Plain-text table: spans strict and relaxed, type and value."""
    lines = [f"documents: {report['documents']}   gold: {report['gold']}   system: {report['system']}", "",
             "            P       R       F1      accuracy"]
    for name in ("strict", "relaxed", "type", "value"):
        m = report[name]
        acc = f"{m['accuracy']:.4f}" if "accuracy" in m else ""
        lines.append(f"{name:<10}  {m['precision']:.4f}  {m['recall']:.4f}  {m['f1']:.4f}  {acc}")
    return "\n".join(lines)
