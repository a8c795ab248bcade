"""Corpus-level attribution metrics (micro-averaged), kept separate from file formats and the pipeline."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from claimscope.eval.cues import cue_lemma
from claimscope.eval.kinds import QuoteMap, is_direct
from claimscope.eval.matching import greedy_match, jaccard
from claimscope.eval.relation import ROLES, Relation, span_text
from claimscope.eval.tokens import TokenIndex

NO_CUE = "(no cue)"


def prf(tp: int, pred: int, gold: int) -> dict:
    """Precision/recall/F1 with counts; an empty denominator scores 1.0 only when the other side is empty too."""
    p = tp / pred if pred else (1.0 if gold == 0 else 0.0)
    r = tp / gold if gold else (1.0 if pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": pred, "gold": gold}


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class _Item:
    """A relation with what the scorer needs precomputed: token sets, cue lemma, direct flag."""

    tokens: dict[str, frozenset[int]]
    lemma: str
    direct: bool
    matched: bool = False
    confidence: float | None = None


def _items(text: str, relations: Iterable[Relation], index: TokenIndex, quotes: QuoteMap,
           lemma_fn: Callable[[str], str]) -> list[_Item]:
    out = []
    for rel in relations:
        tokens = {role: index.tokens(rel.spans(role)) for role in ROLES}
        starts = [index.starts[i] for i in sorted(tokens["content"])]
        lemma = (lemma_fn(span_text(text, rel.cue)) if rel.cue else "") or NO_CUE
        out.append(_Item(tokens, lemma, is_direct(text, rel.content, starts, quotes), confidence=rel.confidence))
    return out


class _Tally:
    """Matched/total counts for a subset of gold and of predicted relations."""

    def __init__(self) -> None:
        self.gold = self.gold_matched = self.pred = self.pred_matched = 0

    def add(self, item: _Item, side: str) -> None:
        if side == "gold":
            self.gold += 1
            self.gold_matched += item.matched
        else:
            self.pred += 1
            self.pred_matched += item.matched

    def as_dict(self) -> dict:
        return {"gold": self.gold, "gold_matched": self.gold_matched, "recall": _ratio(self.gold_matched, self.gold),
                "pred": self.pred, "pred_matched": self.pred_matched,
                "precision": _ratio(self.pred_matched, self.pred)}


# Bands of predicted confidence whose precision the report gives (is confidence >= 0.9 right 90% of the time?).
CONFIDENCE_BANDS = ((">= 0.9", 0.9), ("0.7-0.9", 0.7), ("0.5-0.7", 0.5), ("< 0.5", float("-inf")))


def score(
    gold: Mapping[str, tuple[str, Sequence[Relation]]],
    pred: Mapping[str, Sequence[Relation]],
    *,
    threshold: float = 0.5,
    lemma_fn: Callable[[str], str] | None = None,
    top_lemmas: int = 20,
) -> dict:
    """JSON-able report of gold {name: (text, relations)} against pred {name: relations}.

    Documents missing from `pred` count as predicting nothing; pred documents unknown to gold are
    listed under `ignored_pred_documents`. `lemma_fn(cue_text) -> lemma` replaces the built-in cue lemma.
    """
    lemma_fn = lemma_fn or cue_lemma
    role_tok = {role: Counter() for role in ROLES}
    role_exact = {role: Counter() for role in ROLES}
    rel = Counter()
    src_correct = 0
    lemmas: dict[str, _Tally] = {}
    kinds = {"direct": _Tally(), "indirect": _Tally()}
    no_source = _Tally()
    gold_lemma_counts: Counter = Counter()
    bands = {name: Counter() for name, _ in CONFIDENCE_BANDS}
    for name, (text, gold_rels) in gold.items():
        index, quotes = TokenIndex(text), QuoteMap(text)
        g_items = _items(text, gold_rels, index, quotes, lemma_fn)
        p_items = _items(text, pred.get(name, ()), index, quotes, lemma_fn)
        pairs = greedy_match([g.tokens for g in g_items], [p.tokens for p in p_items], threshold)
        rel.update(tp=len(pairs), gold=len(g_items), pred=len(p_items))
        for gi, pi in pairs:
            g, p = g_items[gi], p_items[pi]
            g.matched = p.matched = True
            src_correct += jaccard(g.tokens["source"], p.tokens["source"]) >= 0.5
            for role in ROLES:
                role_exact[role]["tp"] += bool(g.tokens[role]) and g.tokens[role] == p.tokens[role]
        for role in ROLES:
            g_union = frozenset().union(*(g.tokens[role] for g in g_items))
            p_union = frozenset().union(*(p.tokens[role] for p in p_items))
            role_tok[role].update(tp=len(g_union & p_union), gold=len(g_union), pred=len(p_union))
            role_exact[role].update(gold=sum(bool(g.tokens[role]) for g in g_items),
                                    pred=sum(bool(p.tokens[role]) for p in p_items))
        for side, items in (("gold", g_items), ("pred", p_items)):
            for item in items:
                lemmas.setdefault(item.lemma, _Tally()).add(item, side)
                kinds["direct" if item.direct else "indirect"].add(item, side)
                if not item.tokens["source"]:
                    no_source.add(item, side)
        gold_lemma_counts.update(g.lemma for g in g_items)
        for p in p_items:
            if p.confidence is not None:
                band = next(name for name, low in CONFIDENCE_BANDS if p.confidence >= low)
                bands[band].update(pred=1, correct=int(p.matched))
    top = [lemma for lemma, _ in sorted(gold_lemma_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_lemmas]]
    return {
        "documents": len(gold),
        "settings": {"match": f"content word-token Jaccard >= {threshold}", "threshold": threshold},
        "relation": prf(rel["tp"], rel["pred"], rel["gold"]),
        "source_accuracy": {"correct": src_correct, "matched": rel["tp"], "accuracy": _ratio(src_correct, rel["tp"])},
        "roles": {role: {"token": prf(role_tok[role]["tp"], role_tok[role]["pred"], role_tok[role]["gold"]),
                         "exact": prf(role_exact[role]["tp"], role_exact[role]["pred"], role_exact[role]["gold"])}
                  for role in ROLES},
        "by_cue_lemma": [{"lemma": lemma, **lemmas[lemma].as_dict()} for lemma in top],
        "by_kind": {kind: tally.as_dict() for kind, tally in kinds.items()},
        "no_source": no_source.as_dict(),
        "by_confidence": [{"band": name, "pred": bands[name]["pred"], "correct": bands[name]["correct"],
                           "precision": _ratio(bands[name]["correct"], bands[name]["pred"])}
                          for name, _ in CONFIDENCE_BANDS if bands[name]["pred"]],
        "ignored_pred_documents": sorted(set(pred) - set(gold)),
    }
