"""Contradictions scored: precision against a judged set of flagged pairs, recall on hand-written article sets.

The judged set (`tests/link/data/contradictions_judged.json`) names its stores' inputs (BBC files by path under
a corpus root, the article sets written for the tests) and, for each contradiction the rules flagged there, the
two sides by document and character offsets with a judgement ("agree": a fact-checker would agree that the two
sources disagree about the same thing at the same time; "disagree": they do not) and a one-line reason. Scoring
analyses and links each store afresh, lists what the rules flag now and matches it to the judged pairs (same
kind, same two documents, overlapping sentences): precision is agree / judged flags, and flags nobody judged
are listed so the set can be extended; precision is also given per split (a store's "split": "development" for
stores the rules were changed on, "held" for stores judged at first reading and never tuned on; "sets" for the
hand-written article sets). Recall: every expected contradiction of each article set found.

A store names its inputs as files under the corpus root (or under its own `root`, relative to the judged set),
or as the lines of a JSON-lines file whose `where` keys have one of the listed values (`{"jsonl": PATH,
"where": {"topic": [18, 20]}, "id_key": "doc_id"}`: a few topics of an evaluation corpus); a line without a
url is named `FILE#ID` by its `id_key`, so its judged pairs can name it.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

from .sets import load_json_set

DEFAULT = Path("tests/link/data/contradictions_judged.json")


def load(path: Path) -> dict:
    """The judged set, with a clear error naming the file when it cannot be read."""
    return load_json_set(path, "judged set", "judged")


def doc_ref(document: dict | None, root: Path | None) -> str | None:
    """How the judged set names a document: its url, else its path relative to the corpus root."""
    if not document:
        return None
    if document.get("url"):
        return document["url"]
    path = document.get("path") or ""
    if root is not None:
        try:
            return str(Path(path).resolve().relative_to(root.resolve()))
        except ValueError:
            pass
    return path


def side_ref(side: dict, root: Path | None) -> dict:
    return {"document": doc_ref(side.get("document"), root), "start": side.get("start"), "end": side.get("end")}


def _overlap(a: dict, b: dict) -> bool:
    if a["document"] != b["document"]:
        return False
    if a.get("start") is None or b.get("start") is None:
        return True
    return a["start"] < b["end"] and b["start"] < a["end"]


def matches(flag: dict, judged: dict) -> bool:
    """A flagged contradiction is a judged one: same kind, the same two sides (either order)."""
    if flag["kind"] != judged["kind"]:
        return False
    a, b = flag["a"], flag["b"]
    return (_overlap(a, judged["a"]) and _overlap(b, judged["b"])) or \
        (_overlap(a, judged["b"]) and _overlap(b, judged["a"]))


def flags(rows: list[dict], root: Path | None, store: str) -> list[dict]:
    """Contradiction rows (link.views.contradiction_rows) as the judged set writes them."""
    return [{"store": store, "kind": r["kind"], "a": side_ref(r["a"], root), "b": side_ref(r["b"], root),
             "note": r.get("note"), "text_a": r["a"].get("text"), "text_b": r["b"].get("text")} for r in rows]


def precision(found: list[dict], judged: list[dict]) -> dict:
    """Agree / judged over the flags, with the flags nobody judged."""
    agree = disagree = 0
    unjudged, wrong = [], []
    for f in found:
        j = next((j for j in judged if j.get("store") == f["store"] and matches(f, j)), None)
        if j is None:
            unjudged.append(f)
        elif j["judgement"] == "agree":
            agree += 1
        else:
            disagree += 1
            wrong.append({**f, "reason": j.get("reason")})
    n = agree + disagree
    return {"flagged": len(found), "agree": agree, "disagree": disagree, "unjudged": len(unjudged),
            "precision": agree / n if n else None, "wrong": wrong, "unjudged_flags": unjudged}


def _has(row: dict, a_has: str, b_has: str, kind: str | None = None) -> bool:
    if kind and row["kind"] != kind:
        return False
    ta, tb = row.get("text_a") or "", row.get("text_b") or ""
    return (a_has in ta and b_has in tb) or (a_has in tb and b_has in ta)


def recall(rows: list[dict], expected: dict) -> dict:
    """Expected contradictions found, and non-contradictions flagged, on one article set."""
    missed = [w for w in expected.get("contradictions", []) if not any(_has(r, w["a_has"], w["b_has"], w["kind"])
                                                                        for r in rows)]
    false = [w for w in expected.get("non_contradictions", []) if any(_has(r, w["a_has"], w["b_has"]) for r in rows)]
    total = len(expected.get("contradictions", []))
    return {"expected": total, "found": total - len(missed), "missed": missed, "non_contradictions":
            len(expected.get("non_contradictions", [])), "flagged_non_contradictions": false}


def subset_lines(spec: dict, base: Path) -> list[dict]:
    """The lines of a store's JSON-lines source that its `where` selects, each with a url (else `FILE#ID`)."""
    source = base / spec["jsonl"]
    where = {k: set(v) for k, v in (spec.get("where") or {}).items()}
    out = []
    with open(source, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            obj = json.loads(line)
            if all(obj.get(k) in v for k, v in where.items()):
                if not obj.get("url"):
                    obj["url"] = f"{source.name}#{obj.get(spec.get('id_key') or 'id')}"
                out.append(obj)
    return out


def store_inputs(spec: dict, base: Path, root: Path | None, tmp: Path, name: str) -> tuple[list[str], Path | None]:
    """(input paths, the root its documents are named under) of one store of the judged set."""
    if spec.get("jsonl"):
        lines = subset_lines(spec, base)
        target = tmp / f"{name}.jsonl"
        target.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines), encoding="utf-8")
        return [str(target)], None
    root = (base / spec["root"]) if spec.get("root") else root
    return [str(root / p) if root is not None else p for p in spec.get("documents", [])], root


def evaluate(path: Path, build: Callable[[str, list[str]], list[dict]], only: set[str] | None = None) -> dict:
    """Score the judged set at `path` (only the stores and sets named in `only`, when given); `build(name,
    inputs)` analyses and links one store and returns its contradiction rows (views.contradiction_rows)."""
    data = load(path)
    base = Path(path).parent
    root = (base / data["corpus_root"]) if data.get("corpus_root") else None
    found: list[dict] = []
    report: dict = {"stores": {}, "sets": {}}
    tmp = tempfile.TemporaryDirectory()
    for name, spec in (data.get("stores") or {}).items():
        if only is not None and name not in only:
            continue
        if spec.get("jsonl") and not (base / spec["jsonl"]).exists():
            report["stores"][name] = {"skipped": f"input missing: {spec['jsonl']}"}
            continue
        inputs, store_root = store_inputs(spec, base, root, Path(tmp.name), name)
        missing = [p for p in inputs if not Path(p).exists()]
        if missing:
            report["stores"][name] = {"skipped": f"{len(missing)} input(s) missing, e.g. {missing[0]}"}
            continue
        count = len(subset_lines(spec, base)) if spec.get("jsonl") else len(inputs)
        rows = [{**r, "split": spec.get("split", "development")} for r in flags(build(name, inputs), store_root,
                                                                                   name)]
        report["stores"][name] = {"documents": count, "flagged": len(rows), "split": spec.get("split", "development")}
        found += rows
    tmp.cleanup()
    for name, spec in (data.get("sets") or {}).items():
        if only is not None and name not in only:
            continue
        expected = json.loads((base / spec["expected"]).read_text(encoding="utf-8"))
        rows = [{**r, "split": "sets"} for r in flags(build(name, [str(base / spec["articles"])]), root, name)]
        report["sets"][name] = recall(rows, expected)
        found += rows
    report["precision"] = precision(found, data["judged"])
    report["splits"] = {split: precision([f for f in found if f.get("split") == split], data["judged"])
                        for split in dict.fromkeys(f.get("split") for f in found)}
    sets = report["sets"].values()
    report["recall"] = {"expected": sum(s["expected"] for s in sets), "found": sum(s["found"] for s in sets)}
    return report


def format_report(report: dict) -> str:
    """Plain text: precision on the judged flags, recall on each article set, and what went wrong."""
    p = report["precision"]
    share = "-" if p["precision"] is None else f"{p['precision']:.3f}"
    lines = [f"flagged {p['flagged']}: judged agree {p['agree']}, disagree {p['disagree']}, unjudged {p['unjudged']}",
             f"precision (agree / judged) {share}"]
    for split, q in (report.get("splits") or {}).items():
        share = "-" if q["precision"] is None else f"{q['precision']:.3f}"
        lines.append(f"  split {split}: flagged {q['flagged']}, agree {q['agree']}, disagree {q['disagree']}, "
                     f"unjudged {q['unjudged']}, precision {share}")
    for name, s in report["stores"].items():
        lines.append(f"  store {name} ({s.get('split', 'development')}): " + (
            s["skipped"] if "skipped" in s else f"{s['documents']} documents, {s['flagged']} flagged"))
    r = report["recall"]
    lines.append(f"recall on the article sets {r['found']}/{r['expected']}")
    for name, s in report["sets"].items():
        lines.append(f"  set {name}: {s['found']}/{s['expected']} found, "
                     f"{len(s['flagged_non_contradictions'])}/{s['non_contradictions']} non-contradictions flagged")
        lines += [f"    missed {m['kind']}: {m['a_has']!r} vs {m['b_has']!r}" for m in s["missed"]]
        lines += [f"    flagged non-contradiction: {m['a_has']!r} vs {m['b_has']!r}"
                  for m in s["flagged_non_contradictions"]]
    lines += [f"  wrong ({w['store']}, {w['kind']}): {w['reason']}" for w in p["wrong"]]
    lines += [f"  unjudged ({u['store']}, {u['kind']}): {u['a']['document']}:{u['a']['start']} vs "
              f"{u['b']['document']}:{u['b']['start']}" for u in p["unjudged_flags"]]
    return "\n".join(lines)
