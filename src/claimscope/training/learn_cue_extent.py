"""Fit `analyse/data/cue_extent_model.json`: which words around a cue's head word annotators count in the cue.

Run: `.venv/bin/python -m claimscope.training.learn_cue_extent ../shared/eval/polnear/train [--cache FILE]`
(the same DocBin cache as train_attribution; run it after that model, whose statements it learns from).
The pipeline extracts statements from train with the rules' cues; each one whose cue head lies in a gold cue
(that of the relation its content matches, word-token Jaccard >= 0.5, where there is one) gives one example per
word near the head: in that gold cue or not. A logistic regression (train_attribution.fit) is fit
on them. Two-fold cross-validation inside train reports the cue token F1 with and without the model, and
chooses by how much every word's log-odds is raised (a cue token F1 is best served by taking words a little
below even odds); the offset is folded into the shipped bias.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "analyse" / "data" / "cue_extent_model.json"


def _relation(st):
    """A statement as the scorer's relation (speaker -> source)."""
    from ..eval.relation import Relation

    return Relation(source=[(st.speaker.start, st.speaker.end)] if st.speaker else [],
                    cue=[st.cue] if st.cue else [], content=st.content)


def _roles(doc, rel) -> dict[str, frozenset[int]]:
    from .train_attribution import token_ids

    return {role: frozenset(token_ids(doc, rel.spans(role))) for role in ("source", "cue", "content")}


def collect(items, docs):
    """(features per word, label per word, document index per word) over (name, (text, relations)) items."""
    from dataclasses import replace

    from ..analyse.statements import Extraction, cue_extent, default_options
    from ..eval.matching import greedy_match

    options = replace(default_options(), cue_weights=None)  # the rules' cues, before this model moves them
    feats, labels, doc_ids = [], [], []
    for d, ((_, (_, rels)), doc) in enumerate(zip(items, docs)):
        extraction = Extraction(doc, options)
        preds = [st for st in extraction.run() if st.nested_in is None]
        gold = [_roles(doc, r) for r in rels]
        pred = [_roles(doc, _relation(st)) for st in preds]
        matched = dict((pi, gi) for gi, pi in greedy_match(gold, pred, 0.5))
        for pi, st in enumerate(preds):
            ctx = extraction.cue_context(st)
            if ctx is None:
                continue
            # the gold cue of the matched relation, else any gold cue holding the head (the cue is scored
            # on its own, whatever the content)
            order = ([matched[pi]] if pi in matched else []) + list(range(len(gold)))
            gcue = next((gold[k]["cue"] for k in order if ctx[0].i in gold[k]["cue"]), None)
            if gcue is None:
                continue
            for tok, f in cue_extent.word_features(doc, *ctx, st.rule, options.cue_window):
                if f is not None:
                    feats.append(f)
                    labels.append(tok.i in gcue)
                    doc_ids.append(d)
    return feats, np.array(labels, dtype=float), np.array(doc_ids)


OFFSETS = (0.0, 0.25, 0.5, 0.75)


def _raised(w: dict[str, float], offset: float) -> dict[str, float]:
    """The weights with every word's log-odds raised by `offset` (through the bias every word has)."""
    return {**w, "bias": round(w.get("bias", 0.0) + offset, 4)}


def cue_f1(items, docs, w: dict[str, float] | None) -> float:
    """Cue token F1 of the pipeline's statements over the given documents, with these extent weights (None:
    the rules' cues)."""
    from dataclasses import replace

    from ..analyse.statements import Extraction, default_options
    from ..eval.scoring import score

    gold = {name: (text, rels) for name, (text, rels) in items}
    options = replace(default_options(), cue_weights=w)
    pred = {}
    for (name, _), doc in zip(items, docs):
        pred[name] = [_relation(st) for st in Extraction(doc, options).run() if st.nested_in is None]
    return score(gold, pred)["roles"]["cue"]["token"]["f1"]


def main(argv: list[str] | None = None) -> None:
    from .train_attribution import _prepared, fit

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("train_dir", type=Path)
    ap.add_argument("--cache", type=Path, help="DocBin file keeping the parses between runs")
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation (and keep the offset at 0)")
    ap.add_argument("--offset", type=float, help="raise every word's log-odds by this much instead of choosing it")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    items, docs = _prepared(args.train_dir, None, args.cache)
    feats, y, doc_ids = collect(items, docs)
    print(f"{len(feats)} words near {len(items)} documents' cues, {int(y.sum())} in the gold cue")
    offset = args.offset
    if offset is None and not args.no_cv:
        # a word is worth adding to the cue below even odds (a cue token F1 rewards recall as much as
        # precision), so the held-out folds also choose how much to raise every word's log-odds
        totals = dict.fromkeys(OFFSETS, 0.0)
        for fold in (0, 1):
            keep = doc_ids % 2 != fold
            w_half = fit([f for f, k in zip(feats, keep) if k], y[keep], l2=args.l2, epochs=args.epochs)
            held = [k for k in range(len(items)) if k % 2 == fold]
            h_items, h_docs = [items[k] for k in held], [docs[k] for k in held]
            scores = {o: cue_f1(h_items, h_docs, _raised(w_half, o)) for o in OFFSETS}
            print(f"fold {fold}: cue token F1 {cue_f1(h_items, h_docs, None):.3f} with the rules' cues; with the "
                  "extent model, by log-odds offset: " + ", ".join(f"{o:+.2f}: {v:.3f}" for o, v in scores.items()))
            for o, v in scores.items():
                totals[o] += v / 2
        offset = max(totals, key=lambda o: (round(totals[o], 4), -abs(o)))
        print(f"offset {offset:+.2f} (mean held-out cue token F1 {totals[offset]:.3f})")
    w = _raised(fit(feats, y, l2=args.l2, epochs=args.epochs), offset or 0.0)
    out = {"source": "PolNeAR train", "model": "logistic regression",
           "label": "word near a matched statement's cue head lies in the gold cue", "weights": dict(sorted(w.items()))}
    args.out.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n")
    print(f"wrote {args.out}: {len(w)} weights")


if __name__ == "__main__":
    main()
