"""Score PLOVER event records against hand-coded gold: event type, source and target codes, the whole triple.

Both sides are lists of PLOVER JSON records (the layout of the PLOVER gold-standard records: `id`, `text`,
`event`, `mode`, `source` and `target` as lists of `{actorText, code, sector}`). A predicted record pairs with
the gold record of the same `id`, else of the same text (whitespace folded); a gold record with no prediction
counts as no event. Per sentence:
- type: the predicted type equals gold's, after mapping PLOVER 0.5 names to today's (`OLD_TYPES`);
- source / target: over the gold records whose role has a code, correct when the first predicted actor's code
  is one of gold's codes for that role (country codes through `OLD_CODES`: "JAP" is JPN);
- triple: type, source and target all right (a role gold leaves empty is right when the prediction leaves it
  empty too, or names one of gold's other actors: "Jordan and Britain agreed" has both as sources).
Macro-F1 averages per-type F1 over the types gold or the prediction uses.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from ..errors import UsageError
from .report import table

# PLOVER 0.5 type names (the 2016 gold) -> the names of later PLOVER versions
OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# codes of older coding manuals that are not ISO 3166 alpha-3
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UK": "GBR", "SUD": "SDN", "GER": "DEU"}
SPLIT_SEED = 17


def load_records(path: str | Path) -> list[dict]:
    """PLOVER records from a JSON array or JSON Lines file; a clear error names the file and what is wrong."""
    p = Path(path)
    if p.is_dir():
        p = p / "records.json"
    try:
        raw = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read PLOVER records ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: PLOVER records must be UTF-8 JSON") from None
    raw = raw.strip()
    try:
        data = json.loads(raw) if raw.startswith("[") else [json.loads(line) for line in raw.splitlines()
                                                             if line.strip()]
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not JSON or JSON Lines (line {exc.lineno}: {exc.msg})") from None
    if not all(isinstance(r, dict) for r in data):
        raise UsageError(f"{path}: every PLOVER record must be a JSON object")
    return data


def split_records(records: list[dict], seed: int = SPLIT_SEED) -> tuple[list[dict], list[dict]]:
    """(development half, held-out half): a seeded shuffle of the record ids, so both halves stay the same."""
    ids = sorted(str(r.get("id", i)) for i, r in enumerate(records))
    random.Random(seed).shuffle(ids)
    dev = set(ids[: len(ids) // 2])
    first = [r for i, r in enumerate(records) if str(r.get("id", i)) in dev]
    second = [r for i, r in enumerate(records) if str(r.get("id", i)) not in dev]
    return first, second


def event_type(record: dict | None) -> str | None:
    """The record's type in today's PLOVER names, or None."""
    t = (record or {}).get("event") or None
    return OLD_TYPES.get(t.upper(), t.upper()) if isinstance(t, str) else None


def codes(record: dict | None, role: str) -> list[str]:
    """The codes of a role's actors, in order (a string field is one code; empty means none)."""
    value = (record or {}).get(role)
    if isinstance(value, str):
        value = [{"code": value}] if value.strip() else []
    out = []
    for actor in value or []:
        code = (actor.get("code") or "").strip().upper() if isinstance(actor, dict) else ""
        if code:
            out.append(OLD_CODES.get(code, code))
    return out


def _fold(text) -> str:
    return " ".join(str(text or "").split())


def pair(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each gold record with its prediction: the first of the same id and text, else of the same id, else of the
    same text (ids repeat in some gold files)."""
    both: dict[tuple, dict] = {}
    by_id: dict[str, dict] = {}
    by_text: dict[str, dict] = {}
    for r in predicted:
        both.setdefault((str(r.get("id")), _fold(r.get("text"))), r)
        by_id.setdefault(str(r.get("id")), r)
        by_text.setdefault(_fold(r.get("text")), r)
    return [(g, both.get((str(g.get("id")), _fold(g.get("text")))) or by_id.get(str(g.get("id")))
             or by_text.get(_fold(g.get("text")))) for g in gold]


def _role_right(g: dict, p: dict | None, role: str) -> bool | None:
    """Whether the prediction's first actor of a role is right; None when gold has no code for it."""
    want = codes(g, role)
    got = codes(p, role)
    if not want:
        return None
    return bool(got) and got[0] in want


def _empty_role_right(g: dict, p: dict | None, role: str) -> bool:
    other = "target" if role == "source" else "source"
    got = codes(p, role)
    return not got or got[0] in codes(g, other)


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _macro_f1(pairs: list[tuple[str | None, str | None]]) -> float | None:
    types = {t for pr in pairs for t in pr if t}
    f1s = []
    for t in sorted(types):
        tp = sum(1 for g, p in pairs if g == t and p == t)
        fp = sum(1 for g, p in pairs if p == t and g != t)
        fn = sum(1 for g, p in pairs if g == t and p != t)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    return sum(f1s) / len(f1s) if f1s else None


def score(gold: list[dict], predicted: list[dict]) -> dict:
    """Type accuracy and macro-F1, source and target code accuracy and the full triple, per sentence."""
    pairs = pair(gold, predicted)
    types = [(event_type(g), event_type(p)) for g, p in pairs]
    out: dict = {"sentences": len(pairs), "predicted": sum(1 for _, p in pairs if event_type(p)),
                 "type": {"correct": sum(1 for g, p in types if g and g == p)}}
    out["type"]["accuracy"] = _ratio(out["type"]["correct"], len(pairs))
    out["type"]["macro_f1"] = _macro_f1(types)
    triple = 0
    for role in ("source", "target"):
        right = [_role_right(g, p, role) for g, p in pairs]
        n = sum(1 for r in right if r is not None)
        c = sum(1 for r in right if r)
        out[role] = {"gold": n, "correct": c, "accuracy": _ratio(c, n)}
    for (g, p), (gt, pt) in zip(pairs, types):
        roles = [_role_right(g, p, r) for r in ("source", "target")]
        roles = [r if r is not None else _empty_role_right(g, p, role) for r, role in zip(roles, ("source", "target"))]
        triple += bool(gt and gt == pt and all(roles))
    out["triple"] = {"correct": triple, "accuracy": _ratio(triple, len(pairs))}
    confusion = Counter((g or "-", p or "-") for g, p in types)
    out["by_type"] = [{"type": t, "gold": sum(1 for g, _ in types if g == t),
                       "predicted": sum(1 for _, p in types if p == t),
                       "correct": confusion.get((t, t), 0)}
                      for t in sorted({g for g, _ in types if g} | {p for _, p in types if p})]
    out["missed"] = sum(1 for g, p in types if g and not p)
    return out


def format_report(report: dict, title: str = "") -> str:
    """The report as aligned plain-text tables."""
    rows = [["type", report["type"]["accuracy"], report["type"]["correct"], report["sentences"]],
            ["source code", report["source"]["accuracy"], report["source"]["correct"], report["source"]["gold"]],
            ["target code", report["target"]["accuracy"], report["target"]["correct"], report["target"]["gold"]],
            ["triple", report["triple"]["accuracy"], report["triple"]["correct"], report["sentences"]]]
    head = f"{title}: " if title else ""
    out = [f"{head}{report['sentences']} sentences, {report['predicted']} with a predicted event, "
           f"{report['missed']} with none; type macro-F1 {report['type']['macro_f1'] or 0:.3f}", "",
           table(["", "accuracy", "correct", "of"], rows), "",
           table(["type", "gold", "predicted", "correct"],
                 [[r["type"], r["gold"], r["predicted"], r["correct"]] for r in report["by_type"]])]
    return "\n".join(out) + "\n"


def predict(gold: list[dict], analyse) -> list[dict]:
    """claimscope's records for each gold sentence: `analyse(texts)` yields one document JSON per text; the
    first record of each keeps the gold id (a sentence with no typed event gets none)."""
    from ..export.plover import records

    out = []
    texts = [_fold(g.get("text")) for g in gold]
    for g, document in zip(gold, analyse(texts)):
        recs = records(document)
        if recs:
            out.append({**recs[0], "id": g.get("id"), "text": g.get("text")})
    return out


def select(records: list[dict], half: str) -> list[dict]:
    """All records, or the development ('dev') or held-out ('held') half of the seeded split."""
    if half == "all":
        return records
    dev, held = split_records(records)
    if half == "dev":
        return dev
    if half == "held":
        return held
    raise UsageError(f"--half: {half!r} is not one of all, dev, held")
