"""Score actors and speakers against coreference gold (the gum-train layout: text/DOC.txt and gold/DOC.json).

Gold entities in scope are people, organisations and places that the text names at least once (singletons
included). A predicted mention (an actor mention, or a statement's speaker) matches a gold mention when it covers
the gold mention's head and lies inside the gold mention ("Ana Ruiz" inside "Ana Ruiz, the mayor,"). Clusters are
scored with MUC, B-cubed and CEAF-e (entity-level), and their mean, the CoNLL F1.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .coref_metrics import Cluster, b_cubed, ceaf_e, muc

SCOPE_TYPES = {"person": "PERSON", "organization": "ORG", "place": "PLACE"}


@dataclass(frozen=True)
class GoldMention:
    """One gold mention: its span, the head the match needs, its entity and form (proper, common, pronoun)."""

    start: int
    end: int
    head_start: int
    head_end: int
    entity: str
    form: str


@dataclass
class GoldDoc:
    """A gold document: its text and genre, the in-scope mentions, and each entity's canonical name."""

    name: str
    text: str
    genre: str
    mentions: list[GoldMention] = field(default_factory=list)
    canonical: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)


def canonical_name(identity: str, proper: list[str]) -> str:
    """An entity's name: its Wikipedia identity ("Ana_Ruiz" -> "Ana Ruiz"), else its longest proper mention."""
    if identity:
        return identity.replace("_", " ")
    return max(proper, key=len) if proper else ""


def read_gold(path: Path) -> GoldDoc:
    """One gold/DOC.json, restricted to named people, organisations and places."""
    data = json.loads(path.read_text(encoding="utf-8"))
    proper: dict[str, list[str]] = {}
    for m in data["mentions"]:
        if m["form"] == "proper":
            proper.setdefault(m["entity"], []).append(m["text"])
    doc = GoldDoc(name=path.stem, text=data["text"], genre=data.get("genre", ""))
    for ent_id, ent in data["entities"].items():
        if ent["type"] in SCOPE_TYPES and ent_id in proper:
            doc.canonical[ent_id] = canonical_name(ent.get("identity", ""), proper[ent_id])
            doc.types[ent_id] = SCOPE_TYPES[ent["type"]]
    doc.mentions = [GoldMention(m["start"], m["end"], m["head_start"], m["head_end"], m["entity"], m["form"])
                    for m in data["mentions"] if m["entity"] in doc.canonical]
    return doc


def load_gold(directory: str | Path) -> list[GoldDoc]:
    """Every document of a gum-train-style folder, in name order."""
    return [read_gold(p) for p in sorted(Path(directory, "gold").glob("*.json"))]


def match(gold: list[GoldMention], start: int, end: int) -> GoldMention | None:
    """The gold mention a predicted span stands for: it covers the head and lies inside; the tightest wins."""
    fits = [g for g in gold if start <= g.head_start and g.head_end <= end and g.start <= start and end <= g.end]
    return min(fits, key=lambda g: g.end - g.start) if fits else None


def _predicted_clusters(gold: GoldDoc, doc: dict) -> tuple[list[Cluster], dict[GoldMention, str]]:
    """Response clusters over gold mentions (unmatched predicted mentions kept as their own keys) and the actor
    each matched gold mention landed in."""
    clusters: list[Cluster] = []
    placed: dict[GoldMention, str] = {}
    for actor in doc.get("actors", []):
        cluster = set()
        for m in actor.get("mentions", []):
            g = match(gold.mentions, m["start"], m["end"])
            if g is None:
                cluster.add(("spurious", m["start"], m["end"]))
            elif g not in placed:
                placed[g] = actor["id"]
                cluster.add(g)
        if cluster:
            clusters.append(cluster)
    return clusters, placed


def _entity_actors(placed: dict[GoldMention, str]) -> dict[str, str]:
    """Each gold entity's predicted actor: the one holding most of the entity's proper-name mentions."""
    counts: dict[str, Counter] = {}
    for g, actor in placed.items():
        if g.form == "proper":
            counts.setdefault(g.entity, Counter())[actor] += 1
    return {entity: c.most_common(1)[0][0] for entity, c in counts.items()}


def score_document(gold: GoldDoc, doc: dict) -> dict:
    """Counts for one document: cluster metrics' parts, mention placement by form, speaker accuracy by form."""
    key: list[Cluster] = []
    by_entity: dict[str, set] = {}
    for g in gold.mentions:
        by_entity.setdefault(g.entity, set()).add(g)
    key = list(by_entity.values())
    response, placed = _predicted_clusters(gold, doc)
    actor_of = _entity_actors(placed)
    placement: dict[str, list[int]] = {}
    for g in gold.mentions:
        right = g in placed and actor_of.get(g.entity) == placed[g]
        counts = placement.setdefault(g.form, [0, 0])
        counts[0] += right
        counts[1] += 1
    speakers: dict[str, list[int]] = {}
    for st in doc.get("statements", []):
        sp = st.get("speaker") or {}
        if "start" not in sp:
            continue
        g = match(gold.mentions, sp["start"], sp["end"])
        if g is None:
            continue
        counts = speakers.setdefault(g.form, [0, 0])
        counts[0] += (sp.get("name") or "").casefold() == gold.canonical[g.entity].casefold()
        counts[1] += 1
    return {"muc": muc(key, response), "b_cubed": b_cubed(key, response), "ceaf_e": ceaf_e(key, response),
            "placement": placement, "speakers": speakers}


def _prf(num_r: float, den_r: float, num_p: float, den_p: float) -> dict:
    r = num_r / den_r if den_r else 0.0
    p = num_p / den_p if den_p else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _share(counts: dict[str, list[int]]) -> dict:
    right, total = sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())
    out = {form: {"right": c[0], "total": c[1], "share": round(c[0] / c[1], 4) if c[1] else None}
           for form, c in sorted(counts.items())}
    out["all"] = {"right": right, "total": total, "share": round(right / total, 4) if total else None}
    return out


def aggregate(parts: list[dict]) -> dict:
    """Corpus figures from per-document counts (micro-averaged)."""
    report: dict = {"documents": len(parts)}
    for metric in ("muc", "b_cubed", "ceaf_e"):
        sums = [sum(p[metric][i] for p in parts) for i in range(4)]
        report[metric] = _prf(*sums)
    report["conll_f1"] = round(sum(report[m]["f1"] for m in ("muc", "b_cubed", "ceaf_e")) / 3 * 100, 2)
    for name in ("placement", "speakers"):
        merged: dict[str, list[int]] = {}
        for p in parts:
            for form, (right, total) in p[name].items():
                c = merged.setdefault(form, [0, 0])
                c[0] += right
                c[1] += total
        report[name] = _share(merged)
    return report


def evaluate(directory: str | Path, extract_fn: Callable[[list[tuple[str, str]]], Iterable[dict]],
             *, limit: int | None = None) -> dict:
    """Run `extract_fn` over the gold texts (documents yielded in input order) and score actors and speakers,
    overall and by genre."""
    golds = load_gold(directory)[:limit]
    docs = list(extract_fn([(g.name, g.text) for g in golds]))
    if len(docs) != len(golds):
        raise ValueError(f"extract_fn yielded {len(docs)} documents for {len(golds)} texts")
    parts = []
    for gold, doc in zip(golds, docs):
        if doc.get("text") != gold.text:
            raise ValueError(f"{gold.name}: document text differs from the gold text, so offsets would not match")
        parts.append((gold.genre, score_document(gold, doc)))
    report = aggregate([p for _, p in parts])
    report["by_genre"] = {genre: aggregate([p for g, p in parts if g == genre])
                          for genre in sorted({g for g, _ in parts})}
    return report
