"""Score story grouping against gold clusters (one real-world event each): B-cubed and the adjusted Rand index,
in several arrival orders, and a 2-fold split by topic that tunes the one threshold on one half of the topics
and reports the other, so no figure is measured on the data its threshold was chosen on.

Input: JSON Lines, one document a line with `text` and `gold_cluster` (optional `title`, `url`, `published`,
`publisher`, and `topic`, which the 2-fold split needs). The documents are analysed once into a store; each
order is a copy of it whose documents are numbered in that order and linked from scratch.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from math import comb
from pathlib import Path

import numpy as np

from ..errors import UsageError
from ..ingest import SourceDoc

# The grid the 2-fold split chooses `link.story_link` and `link.story_neighbours` from.
THRESHOLDS = (0.04, 0.05, 0.06, 0.075, 0.09, 0.1, 0.125, 0.15)
NEIGHBOURS = (5, 10, 15, 20, 30)


@dataclass
class GoldDoc:
    source: SourceDoc
    cluster: str
    topic: str | None


def load(path: Path) -> list[GoldDoc]:
    """The gold documents of a JSON Lines file; a broken line is a UsageError naming the file, line and reason."""
    out: list[GoldDoc] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError) as err:
        raise UsageError(f"{path}: cannot read ({err})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise UsageError(f"{path}:{n}: bad JSON ({err.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            raise UsageError(f"{path}:{n}: expected an object with a non-empty 'text'")
        if not isinstance(obj.get("gold_cluster"), (str, int)):
            raise UsageError(f"{path}:{n}: no 'gold_cluster'")
        src = SourceDoc(text=obj["text"], origin=f"{path}:{n}", path=f"{path}:{n}", url=obj.get("url"),
                        title=obj.get("title"), published=obj.get("published"), publisher=obj.get("publisher"))
        if src.id in seen:
            continue                            # the same text twice is one document
        seen.add(src.id)
        topic = obj.get("topic")
        out.append(GoldDoc(src, str(obj["gold_cluster"]), None if topic is None else str(topic)))
    if not out:
        raise UsageError(f"{path}: no documents")
    return out


def b_cubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1, per document and averaged over the documents of `gold`."""
    ids = [d for d in gold if d in pred]
    if not ids:
        return 0.0, 0.0, 0.0
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for d in ids:
        by_pred[pred[d]].add(d)
        by_gold[gold[d]].add(d)
    p = r = 0.0
    for d in ids:
        both = len(by_pred[pred[d]] & by_gold[gold[d]])
        p += both / len(by_pred[pred[d]])
        r += both / len(by_gold[gold[d]])
    p, r = p / len(ids), r / len(ids)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def adjusted_rand(pred: dict[str, str], gold: dict[str, str]) -> float:
    """The adjusted Rand index (Hubert and Arabie) of two clusterings of the same documents."""
    ids = [d for d in gold if d in pred]
    n = len(ids)
    if n < 2:
        return 1.0
    pairs = sum(comb(c, 2) for c in Counter((pred[d], gold[d]) for d in ids).values())
    a = sum(comb(c, 2) for c in Counter(pred[d] for d in ids).values())
    b = sum(comb(c, 2) for c in Counter(gold[d] for d in ids).values())
    expected = a * b / comb(n, 2)
    top = (a + b) / 2
    return 1.0 if top == expected else (pairs - expected) / (top - expected)


def scores(pred: dict[str, str], gold: dict[str, str]) -> dict:
    p, r, f = b_cubed(pred, gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "ari": round(adjusted_rand(pred, gold), 4), "stories": len(set(pred.values())),
            "gold_stories": len(set(gold.values())), "documents": len(gold)}


def link_in_order(analysed: Path, work: Path, order: list[str], passes: int = 1) -> Path:
    """Copy the analysed store to `work`, keep and number its documents in `order` and link them from scratch
    (duplicates, then stories), in `passes` passes of consecutive documents; returns the linked copy."""
    from ..link import duplicates, stories
    from ..link.run import ensure_link_tables

    work.unlink(missing_ok=True)
    with sqlite3.connect(analysed) as src, sqlite3.connect(work) as dst:
        src.backup(dst)                         # the pages still in the write-ahead log too
    conn = sqlite3.connect(work, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        keep = set(order)
        gone = [r[0] for r in conn.execute("SELECT id FROM documents") if r[0] not in keep]
        conn.executemany("DELETE FROM documents WHERE id = ?", [(d,) for d in gone])
        conn.execute("UPDATE documents SET n = -n")                 # renumber in `order` (n is the store order)
        conn.executemany("UPDATE documents SET n = ? WHERE id = ?", [(i + 1, d) for i, d in enumerate(order)])
        ensure_link_tables(conn)
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY n")]
        for k in range(passes):
            part = ids[k * len(ids) // passes:(k + 1) * len(ids) // passes]
            duplicates.link_duplicates(conn, part)
            stories.link_stories(conn, part)
    finally:
        conn.close()
    return work


def assignments(linked: Path, threshold: float | None = None, neighbours: int | None = None) -> dict[str, str]:
    """document -> story of a linked store; with `threshold` (and `neighbours`), clustered again from its edges
    with those settings instead of the stored result."""
    from ..link.clustering import nearest
    from ..link.stories import NEIGHBOURS
    from ..link.story_region import cluster

    conn = sqlite3.connect(linked)
    try:
        if threshold is None:
            return dict(conn.execute("SELECT document_id, story_id FROM story_documents"))
        docs = sorted(r[0] for r in conn.execute("SELECT document_id FROM story_features"))
        index = {d: i for i, d in enumerate(docs)}
        edges = [(index[a], index[b], s) for a, b, s in
                 conn.execute("SELECT document_id, other, similarity FROM story_neighbours")
                 if a in index and b in index]
    finally:
        conn.close()
    kept = sorted(nearest(edges, neighbours or NEIGHBOURS))
    arrays = tuple(np.array([e[c] for e in kept], dtype=t) for c, t in ((0, np.int32), (1, np.int32), (2, float)))
    labels = cluster(len(docs), arrays, threshold)
    return {d: docs[lab] for d, lab in zip(docs, labels)}


def evaluate(gold_docs: list[GoldDoc], analysed: Path, work_dir: Path, *, orders: int = 3, seed: int = 0,
             passes: int = 1, batches: int = 4) -> dict:
    """Scores in the file order and `orders` shuffled orders (each linked in `passes` passes), and each of those
    orders again linked in `batches` incremental passes; their spread, and the 2-fold split by topic (one pass)."""
    gold = {g.source.id: g.cluster for g in gold_docs}
    ids = [g.source.id for g in gold_docs]
    named = [("file order", ids)]
    for k in range(orders):
        shuffled = ids[:]
        random.Random(seed + k).shuffle(shuffled)
        named.append((f"shuffled {seed + k}", shuffled))
    runs = {}
    for p in dict.fromkeys((passes, batches) if batches > 1 else (passes,)):
        for name, order in named:
            label = name if p == passes else f"{name}, {p} passes"
            runs[label] = scores(assignments(link_in_order(analysed, work_dir / f"run{len(runs)}.db", order, p)), gold)
    f1s = [r["f1"] for r in runs.values()]
    aris = [r["ari"] for r in runs.values()]
    report = {"documents": len(ids), "passes": passes, "batches": batches, "runs": runs,
              "spread": {"f1": round(max(f1s) - min(f1s), 4), "ari": round(max(aris) - min(aris), 4)}}
    topics = sorted({g.topic for g in gold_docs if g.topic is not None}, key=_natural)
    if len(topics) >= 2:
        report["two_fold"] = two_fold(gold_docs, topics, analysed, work_dir)
    return report


def _natural(topic: str):
    return (0, int(topic), "") if topic.isdigit() else (1, 0, topic)


def two_fold(gold_docs: list[GoldDoc], topics: list[str], analysed: Path, work_dir: Path) -> dict:
    """Topics alternate between two halves; each half picks the threshold and neighbours (THRESHOLDS x
    NEIGHBOURS) with the best B-cubed F1 on itself, and the other half is scored with them."""
    halves = [set(topics[0::2]), set(topics[1::2])]
    by_half = []
    for h, half in enumerate(halves):
        docs = [g for g in gold_docs if g.topic in half]
        gold = {g.source.id: g.cluster for g in docs}
        linked = link_in_order(analysed, work_dir / f"half{h}.db", [g.source.id for g in docs])
        by_half.append({(t, k): scores(assignments(linked, t, k), gold) for t in THRESHOLDS for k in NEIGHBOURS})
    out = {}
    for h in (0, 1):
        tuned = max(by_half[h], key=lambda tk: (by_half[h][tk]["f1"], -tk[0], tk[1]))
        out[f"tuned on half {h + 1}, scored on half {2 - h}"] = {"threshold": tuned[0], "neighbours": tuned[1],
                                                                **by_half[1 - h][tuned]}
    out["halves"] = [sorted(h, key=_natural) for h in halves]
    return out


def format_report(report: dict) -> str:
    """Plain-text table of the runs, the spread and the 2-fold split."""
    lines = [f"documents: {report['documents']}, linked in {report.get('passes', 1)} pass(es)", "",
             f"{'run':<52} {'P':>6} {'R':>6} {'F1':>6} {'ARI':>6} {'stories':>7} {'gold':>5}"]

    def row(name, r):
        return (f"{name:<52} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['ari']:>6.3f} "
                f"{r['stories']:>7} {r['gold_stories']:>5}")

    lines += [row(name, r) for name, r in report["runs"].items()]
    spread = report["spread"]
    lines.append(f"spread over the orders and passes: F1 {spread['f1']:.4f}, ARI {spread['ari']:.4f}")
    if "two_fold" in report:
        lines += ["", "2-fold by topic (threshold t and neighbours k chosen on one half, scored on the other):"]
        lines += [row(f"{name} (t={r['threshold']}, k={r['neighbours']})", r)
                  for name, r in report["two_fold"].items()
                  if isinstance(r, dict)]
    return "\n".join(lines)
