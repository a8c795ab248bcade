"""Claim-check accuracy: claims with headlines labelled supports / denies / reports, every headline stored as a
one-line document, each headline's verdict from `link.check.check` compared with its label (a headline the
check does not find is wrong; a headline found for another claim is counted as a stray)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .sets import load_json_set

LABELS = {"supports": "supports", "denies": "contradicts", "contradicts": "contradicts", "reports": "reports"}


def load(path: Path) -> dict:
    """The claim set, with a clear error naming the file when it cannot be read."""
    return load_json_set(path, "claim set", "claims")


def headlines(data: dict) -> list[str]:
    """Every headline of the set (the claims' and the unrelated ones), one document each."""
    return [h["text"] for c in data["claims"] for h in c["headlines"]] + list(data.get("unrelated") or [])


def score(data: dict, check_fn) -> dict:
    """Accuracy overall and per split; `check_fn(claim)` returns the check result for one claim."""
    by_split: dict[str, Counter] = {}
    confusion: Counter = Counter()
    wrong, strays = [], 0
    for c in data["claims"]:
        result = check_fn(c["claim"])
        got = {r["document"]["title"]: r["verdict"] for r in result["reports"]}  # a headline is its title
        mine = {h["text"] for h in c["headlines"]}
        strays += sum(1 for t in got if t not in mine)
        counts = by_split.setdefault(c.get("split", "all"), Counter())
        for h in c["headlines"]:
            want, have = LABELS[h["label"]], got.get(h["text"], "missed")
            counts["total"] += 1
            counts["right"] += want == have
            confusion[(want, have)] += 1
            if want != have:
                wrong.append({"claim": c["id"], "headline": h["text"], "label": want, "verdict": have})
    total = sum(c["total"] for c in by_split.values())
    right = sum(c["right"] for c in by_split.values())
    return {"headlines": total, "right": right, "accuracy": right / total if total else None,
            "splits": {k: {"headlines": v["total"], "right": v["right"], "accuracy": v["right"] / v["total"]}
                       for k, v in by_split.items()},
            "confusion": {f"{w} -> {h}": n for (w, h), n in sorted(confusion.items())}, "strays": strays,
            "wrong": wrong}


def format_report(report: dict) -> str:
    """Plain text: accuracy overall and per split, the confusion counts and each wrong verdict."""
    lines = [f"accuracy {report['accuracy']:.3f} ({report['right']}/{report['headlines']} headlines)"]
    lines += [f"  {k}: {v['accuracy']:.3f} ({v['right']}/{v['headlines']})" for k, v in report["splits"].items()]
    lines.append(f"headlines found for another claim: {report['strays']}")
    lines += [f"  {k}: {n}" for k, n in report["confusion"].items()]
    lines += [f"  wrong [{w['claim']}] {w['label']} -> {w['verdict']}: {w['headline']}" for w in report["wrong"]]
    return "\n".join(lines)
