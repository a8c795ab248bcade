"""Quantity extraction scored against sentences with expected quantities: value F1 and value-with-unit F1.

Two gold formats are read: quantulum3's test files (a JSON list of {"req": sentence, "res": [{"value",
"unit", "surface", "uncertainty"}]}) and the project's JSON Lines ({"text", "quantities": [{"surface",
"value" | "low"/"high", "unit"}]}). A predicted quantity matches the gold one whose surface it overlaps
(one to one); its value is right when `value` agrees (relative tolerance 1e-3), a range when `low` and `high`
agree, and a bound ("up to 4,000 km") when its one bound equals the gold value. Its unit is right when its
canonical unit (a count's is "dimensionless") names the gold unit (`unit_right`): both names folded by
`fold_unit` (case, plurals, American spellings, `UNIT_SYNONYMS`: "Kilometers per hour" is "kilometre per
hour", "percent" "percentage"); a currency also by its name without the country ("Japanese yen" is "yen",
"pound" in money is "pound sterling"); and a count also by the noun it counts, for benchmarks that give a
count's unit as its noun ("three people": "people" or "person"; "5 million users": "user").

quantulum3's expectations that a news reader would not share are left out of the "news" figures, by
category (`rejection`), and reported: years as counts, numbers inside names and model codes, units named
without a number, scientific notation, and symbols that mean something else in news ("pm" is a time, "b"
a billion, "K" a thousand), and ranges that are the two levels of a change ("rose from $3 to $5").

`split` keeps one fixed half of the sentences (by a hash of the text): rules are developed on half "a" and
figures reported on half "b".
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..lexicon.numbers import FRACTION_WORDS, NUMBER_WORDS

# quantulum3's names -> the project's canonical names (lowercase).
UNIT_SYNONYMS = {"pound-mass": "pound", "cubic centimetre": "millilitre", "dimensionless": "dimensionless",
                 "count per week": "count per week", "ton per day": "ton per day", "us dollar": "dollar",
                 "united states dollar": "dollar", "percent": "percentage", "per cent": "percentage",
                 "%": "percentage", "celsius": "degree celsius", "fahrenheit": "degree fahrenheit",
                 "renminbi": "yuan", "ruble": "rouble", "pound sterling": "pound sterling", "count": "dimensionless",
                 "none": "dimensionless", "": "dimensionless", "unitless": "dimensionless"}
# Irregular plurals of counted nouns ("three people" counts persons).
_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
            "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
            "personnel": "personnel", "series": "series", "species": "species", "aircraft": "aircraft"}
# American spellings of unit words -> the British the project writes ("kilometer" -> "kilometre").
_SPELLINGS = (("meter", "metre"), ("liter", "litre"))
# Counting words quantulum reads as units; news reads them as numbers.
COUNTING_UNITS = {"dozen": 12, "gross": 144, "baker's dozen": 13}
# Units whose symbols mean something else in news, or that no news text uses.
SCIENCE_UNITS = {"attometre", "picometre", "barn", "candela second", "joule second", "inverse femtobarn",
                 "kilometre per square second", "watt per minute", "inverse second", "minute of arc",
                 "second of arc", "gigayear", "megayear", "kibibyte", "bit", "kilogram per cubic centimetre"}
_SCIENTIFIC = re.compile(r"\d\s*[eE][-+−]?\d|[x×]\s*10|\^|±|\+/-")
_TOLERANCE = 1e-3
# "rose from X to Y": the two levels of a change, read as two quantities (a range only without the change verb)
_CHANGE_FROM = re.compile(r"\b(?:rose|rises|risen|fell|falls|fallen|grew|grown|increased|decreased|dropped|climbed|"
                          r"jumped|went up|went down)\s+from\s+(?:\w+\s+)?$", re.I)


@dataclass
class Gold:
    """One expected quantity: its place in the sentence, value or interval, and unit name."""

    start: int
    end: int
    surface: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    rejected: str | None = None  # why a news reader would not expect it (quantulum3 only)


def _singular(word: str) -> str:
    """A plural word's singular, by rule ("cities" -> "city", "boxes" -> "box", "kilometres" -> "kilometre")."""
    if word in _PLURALS:
        return _PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s")):
        return word[:-1]
    return word


def fold_unit(name: str | None) -> str:
    """A unit name in one spelling: lowercase, singular words, British spelling ("Miles per hour" -> "mile per
    hour", "kilometers" -> "kilometre", "percent" -> "percentage")."""
    name = " ".join((name or "").lower().split())
    if name in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[name]
    name = name.replace("-", " ")
    for a, b in _SPELLINGS:
        name = name.replace(a, b)
    name = " ".join(_singular(w) for w in name.split())
    return UNIT_SYNONYMS.get(name, name)


def _norm_unit(name: str | None) -> str:
    return fold_unit(name or "dimensionless")


def _locate(text: str, surface: str, after: int) -> tuple[int, int]:
    """Where the surface stands in the text as whole words ("one" is not inside "phones"), from `after` on."""
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    m = pattern.search(text, after) or pattern.search(text)
    if m is None:
        k = text.find(surface, after)
        k = k if k >= 0 else text.find(surface)
        return (k, k + len(surface)) if k >= 0 else (0, 0)
    return m.start(), m.end()


def rejection(text: str, g: Gold) -> str | None:
    """Why a news reader would not expect this quantulum3 quantity, or None when they would."""
    words = set(re.findall(r"[a-z]+", g.surface.lower()))
    digits = re.sub(r"[,.]", "", g.surface)
    if g.unit == "dimensionless" and digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2100:
        return "a year is a date, not a count"
    if not re.search(r"\d", g.surface) and not words & (NUMBER_WORDS | set(FRACTION_WORDS) | {"half"}):
        return "a unit named without a number"
    if _SCIENTIFIC.search(g.surface) and "±" not in g.surface and "+/-" not in g.surface:
        return "scientific notation"
    if g.low is not None and g.high is not None and _CHANGE_FROM.search(text[:g.start]):
        return "the two levels of a change, not a range"
    if g.unit in SCIENCE_UNITS:
        return "a symbol that means something else in news, or a unit news does not use"
    if g.unit == "dimensionless" and g.surface.isdigit():
        before = text[:g.start].split()[-1:] or [""]
        after = text[g.end:].split()[:1] or [""]
        if before[0][:1].isupper() and before[0].isalpha() and not text[:g.start].rstrip().endswith(".") or \
                re.search(r"[A-Za-z]\d|\d[A-Za-z]", before[0]) or after[0][:1].isupper():
            return "a number in a name or model code"
    return None


def load_quantulum(path: Path) -> list[tuple[str, list[Gold]]]:
    """quantulum3's test file as (sentence, gold quantities)."""
    out = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        text, golds, pos = item["req"], [], 0
        for r in item["res"]:
            start, end = _locate(text, r["surface"], pos)
            pos = end
            value, unit = float(r["value"]), _norm_unit(r["unit"])
            if unit in COUNTING_UNITS:
                value, unit = value * COUNTING_UNITS[unit], "dimensionless"
            low = high = None
            unc = r.get("uncertainty")
            if unc and not re.search(r"±|\+/-", r["surface"]):
                low, high, value = value - unc, value + unc, None
            g = Gold(start, end, r["surface"], value, low, high, unit)
            g.rejected = rejection(text, g)
            golds.append(g)
        out.append((text, golds))
    return out


def load_jsonl(path: Path) -> list[tuple[str, list[Gold]]]:
    """The project's development sets: one {"text", "quantities"} object per line."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, golds, pos = row["text"], [], 0
            for q in row["quantities"]:
                start, end = _locate(text, q["surface"], pos)
                pos = end
                golds.append(Gold(start, end, q["surface"], q.get("value"), q.get("low"), q.get("high"),
                                  _norm_unit(q.get("unit"))))
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{path}:{n}: not a gold quantity line ({exc})") from None
        out.append((text, golds))
    return out


def load(path: Path) -> list[tuple[str, list[Gold]]]:
    """Either format, told by the file's first character."""
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    head = path.read_text(encoding="utf-8").lstrip()[:1]
    return load_quantulum(path) if head == "[" else load_jsonl(path)


def half_of(text: str) -> str:
    """Which fixed half ("a" or "b") a sentence falls in, by a hash of its text, so rules fitted on one half are
    reported on the other."""
    return "a" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def split(items: list[tuple[str, list[Gold]]], half: str | None) -> list[tuple[str, list[Gold]]]:
    """The sentences of one half ("a": development, "b": held out), or all of them when `half` is None."""
    return items if half is None else [item for item in items if half_of(item[0]) == half]


def _close(a, b) -> bool:
    return a is not None and b is not None and abs(a - b) <= _TOLERANCE * max(1.0, abs(b))


def value_right(p: dict, g: Gold) -> bool:
    """The predicted value, interval or bound agrees with the gold one."""
    if g.value is not None:
        if p.get("value") is not None:
            return _close(p["value"], g.value)
        bounds = [b for b in (p.get("low"), p.get("high")) if b is not None]
        return len(bounds) == 1 and _close(bounds[0], g.value)
    return all(_close(p.get(k), b) if b is not None else p.get(k) is None
               for k, b in (("low", g.low), ("high", g.high)))


def predicted_unit(p: dict) -> str:
    """The canonical unit a prediction is scored by: a count or fraction is dimensionless, an age in years."""
    if p.get("kind") in {"count", "fraction"} and not p.get("canonical_unit"):
        return "dimensionless"
    if p.get("kind") == "age":
        return "year"
    return _norm_unit(p.get("canonical_unit"))


def unit_right(p: dict, gold_unit: str) -> bool:
    """The prediction's unit is the gold one (see the module docstring: spellings, currencies, counted nouns)."""
    got, gold_unit = predicted_unit(p), fold_unit(gold_unit)
    if got == gold_unit:
        return True
    if p.get("dimension") == "currency" and got:  # "Japanese yen" is "yen"; "pound" in money is sterling
        if gold_unit.endswith(" " + got) or got.endswith(" " + gold_unit) or \
                gold_unit in {"pound", "british pound"} and got == "pound sterling":
            return True
    if got == "dimensionless" and p.get("kind") == "count" and p.get("unit"):
        noun = fold_unit(p["unit"])  # "army officers": "officer" names it too, as "officers" does "army officer"
        return gold_unit == noun or bool(noun) and gold_unit.split()[-1] == noun.split()[-1]
    return False


def _pairs(preds: list[dict], golds: list[Gold]) -> list[tuple[dict, Gold]]:
    used: set[int] = set()
    out = []
    for g in golds:
        best, best_overlap = None, 0
        for k, p in enumerate(preds):
            overlap = min(p["end"], g.end) - max(p["start"], g.start)
            if k not in used and overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is not None:
            used.add(best)
            out.append((preds[best], g))
    return out


def _f1(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "pred": pred, "gold": gold}


def score(items: list[tuple[str, list[Gold]]], extract: Callable[[Iterable[str]], Iterable[dict]],
          *, news_only: bool = False) -> dict:
    """Value and value-with-unit precision, recall and F1 over the sentences; misses listed for reading."""
    docs = list(extract([text for text, _ in items]))
    tp_v = tp_u = n_pred = n_gold = 0
    rejected: Counter = Counter()
    errors = []
    for (text, golds), doc in zip(items, docs):
        preds = list(doc["quantities"])
        if news_only:
            kept = [g for g in golds if g.rejected is None]
            for g in golds:
                if g.rejected:
                    rejected[g.rejected] += 1
            # a prediction over a rejected expectation is neither right nor wrong
            preds = [p for p in preds if not any(min(p["end"], g.end) > max(p["start"], g.start)
                                                 for g in golds if g.rejected)]
            golds = kept
        n_pred += len(preds)
        n_gold += len(golds)
        pairs = _pairs(preds, golds)
        errors += [{"text": text, "missed": g.surface} for g in golds if all(g is not h for _, h in pairs)]
        errors += [{"text": text, "extra": p["text"]} for p in preds if all(p is not q for q, _ in pairs)]
        for p, g in pairs:
            if value_right(p, g):
                tp_v += 1
                if unit_right(p, g.unit):
                    tp_u += 1
                else:
                    errors.append({"text": text, "gold": g.surface, "unit": g.unit, "got": predicted_unit(p)})
            else:
                errors.append({"text": text, "gold": g.surface, "value": g.value, "low": g.low, "high": g.high,
                               "got": [p.get("value"), p.get("low"), p.get("high")]})
    return {"sentences": len(items), "value": _f1(tp_v, n_pred, n_gold), "value_unit": _f1(tp_u, n_pred, n_gold),
            "rejected": dict(rejected), "errors": errors}


def format_report(report: dict, title: str) -> str:
    """The figures as a small table, with the rejected expectations counted by reason."""
    from .report import table

    rows = [[name, r["precision"], r["recall"], r["f1"], r["tp"], r["pred"], r["gold"]]
            for name, r in (("value", report["value"]), ("value+unit", report["value_unit"]))]
    out = [f"{title}: {report['sentences']} sentences", table(["", "P", "R", "F1", "right", "pred", "gold"], rows)]
    for reason, n in sorted(report["rejected"].items()):
        out.append(f"left out ({reason}): {n}")
    return "\n".join(out)
