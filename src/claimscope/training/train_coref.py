"""Fit the coreference stage's mention-ranking model (analyse/coref/model.py) on gum-train.

Run: `python -m claimscope.training.train_coref /work/shared/corpora/gum-train` (`--cache FILE` keeps the
spaCy parses for re-runs). It prints figures of eval/coref.py cross-validated by document (k folds: a model
fit on the other folds resolves each fold; no figure comes from a document the model was fit on), before the
stage (the actor linker alone) and after it, then fits on every document and writes
`src/claimscope/analyse/data/coref_model.json`.

A candidate mention's gold actor is the actor holding a mention of the same gold entity (mentions match as in
eval/coref.py: the span covers the gold head and lies inside the gold mention). Every mention the ranked rule
sees becomes a group of choices (unresolved, then each candidate actor) with the gold one marked; a softmax over leaving it unresolved and each option (numpy, L2, Adam) is fit
on them, each form's threshold is the one that gives the best CoNLL F1 on the training documents, and then
an offset on the "unresolved" choice of each pronoun group (`_NULL_GROUPS`) is chosen the same way.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

from ..analyse.coref.gender import load_first_names
from ..analyse.coref.merge import merge_coref
from ..analyse.coref.model import Weights
from ..analyse.coref.resolve import resolve_document
from .train_attribution import parses
from ..analyse.coref.rules import Params
from ..eval.coref import aggregate, match, read_gold, score_document
from ..settings import default

OUT = Path(__file__).resolve().parents[1] / "analyse" / "data" / "coref_model.json"
_GRID = (0.0, 0.4, 0.6)
L2 = 5.0


def _parse(directory: Path, cache: Path | None):
    """(name, analysed Doc, document JSON, gold JSON) for every gold document, through the actors and statements."""
    from ..analyse.pipeline import load_pipeline
    from ..analyse.serialize import actor, statement

    nlp = load_pipeline()
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(directory, "gold").glob("*.json"))]
    names = [p.stem for p in sorted(Path(directory, "gold").glob("*.json"))]
    texts = [g["text"] for g in golds]
    docs = parses(nlp, texts, cache)
    stages = [n for n in ("claimscope_quotes", "claimscope_actors", "claimscope_statements") if n in nlp.pipe_names]
    out = []
    for name, doc, gold in zip(names, docs, golds):
        for stage in stages:
            doc = nlp.get_pipe(stage)(doc)
        js = {"text": doc.text, "actors": [actor(a).to_json() for a in doc._.actors or []],
              "statements": [statement("d", doc.text, st).to_json() for st in doc._.statements or []]}
        out.append((name, doc, js, gold))
    return out


def _oracle(doc, gold: dict, doc_json: dict):
    """The gold actor of a candidate: the actor most of whose mentions match mentions of the candidate's entity."""
    from ..eval.coref import GoldMention

    mentions = [GoldMention(m["start"], m["end"], m["head_start"], m["head_end"], m["entity"], m["form"])
                for m in gold["mentions"]]
    votes: dict[str, Counter] = {}
    for a in doc_json["actors"]:
        for m in a["mentions"]:
            g = match(mentions, m["start"], m["end"])
            if g is not None:
                votes.setdefault(g.entity, Counter())[a["id"]] += 1
    actor_of = {e: c.most_common(1)[0][0] for e, c in votes.items()}

    def oracle(cand):
        start, end = doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1])
        g = match(mentions, start, end)
        return actor_of.get(g.entity) if g is not None else None

    return oracle


def _names() -> dict[str, str]:
    """The first-name list the stage uses by default, so the model is fit with the genders it will see."""
    return load_first_names(default("coref.first_names"))


def _params(weights: Weights | None) -> Params:
    return Params(default("coref.window_sentences"), default("coref.max_candidates"),
                  default("coref.max_mentions"), weights, None, default("coref.salient_actors"),
                  default("coref.question_words"))


def fit(groups: list[tuple[list[list[str]], int]], l2: float = L2, steps: int = 300) -> dict[str, float]:
    """A softmax over each mention's choices (unresolved, then each option), sparse binary features."""
    index: dict[str, int] = {}
    rows, cols, group, gold, starts = [], [], [], [], []
    o = 0
    for g, (choices, pick) in enumerate(groups):
        starts.append(o)
        for k, feats in enumerate(choices):
            for f in feats:
                rows.append(o)
                cols.append(index.setdefault(f, len(index)))
            group.append(g)
            gold.append(1.0 if k == pick else 0.0)
            o += 1
    rows_a, cols_a, group_a, starts_a = np.array(rows), np.array(cols), np.array(group), np.array(starts)
    y = np.array(gold)
    n_groups, d = len(groups), len(index)
    w, m, v = np.zeros(d), np.zeros(d), np.zeros(d)
    for t in range(1, steps + 1):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=o)
        e = np.exp(z - np.maximum.reduceat(z, starts_a)[group_a])
        p = e / np.add.reduceat(e, starts_a)[group_a]
        g = np.bincount(cols_a, weights=(p - y)[rows_a], minlength=d) / n_groups + l2 * w / n_groups
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return {f: round(float(w[k]), 4) for f, k in index.items() if abs(w[k]) > 1e-4}


def _score(data, weights: Weights | None, golds) -> dict:
    parts = []
    for (name, doc, js, _), gold in zip(data, golds):
        records = resolve_document(doc, _params(weights), _names())[0] if weights is not None else []
        parts.append(score_document(gold, merge_coref(js, records)))
    return aggregate(parts)


def train(data, golds, l2: float = L2) -> Weights:
    """Fit on the documents given, thresholds chosen by CoNLL F1 on those same documents."""
    examples = []
    for name, doc, js, gold in data:
        examples += resolve_document(doc, _params(None), _names(), oracle=_oracle(doc, gold, js))[1]
    weights = fit(examples, l2)
    thresholds = {"pronoun": 0.5, "description": 0.5}
    for form in ("pronoun", "description"):
        best = max(_GRID, key=lambda t: _score(data, Weights(weights, {**thresholds, form: t}), golds)["conll_f1"])
        thresholds[form] = best
    for group in _NULL_GROUPS:
        best = max(_OFFSETS, key=lambda d: _score(data, Weights(_offset(weights, group, d), thresholds),
                                                   golds)["conll_f1"])
        weights = _offset(weights, group, best)
    return Weights(weights, thresholds)


# Words whose "unresolved" choice gets one shared offset, tuned after the fit: the softmax is fit on choices
# where most "it"s and "they"s are things or unnamed groups, so their null side can be too strong for CoNLL F1.
_NULL_GROUPS = (("D",), ("it", "its", "itself"), ("they", "them", "their", "theirs", "themselves"),
                ("he", "him", "his", "himself", "she", "her", "hers", "herself"))
_OFFSETS = (-3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5)


def _offset(weights: dict[str, float], words: tuple[str, ...], delta: float) -> dict[str, float]:
    """The weights with `delta` added to the "unresolved" feature of each of `words`."""
    out = dict(weights)
    for w in words:
        out["null|w=" + w] = round(out.get("null|w=" + w, 0.0) + delta, 4)
    return out


def _summary(report: dict) -> dict:
    return {"conll_f1": report["conll_f1"],
            "placement": {f: v["share"] for f, v in report["placement"].items()},
            "speakers": {f: v["share"] for f, v in report["speakers"].items()}}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path, help="gum-train folder (text/ and gold/)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=None, help="DocBin of the parses, reused when it matches")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--l2", type=float, default=L2, help="L2 penalty on the weights (over the whole training set)")
    args = ap.parse_args(argv)
    data = _parse(args.corpus, args.cache)
    golds = [read_gold(Path(args.corpus, "gold", name + ".json")) for name, *_ in data]
    before, after, genres = [], [], []
    for k in range(args.folds):
        test = [i for i in range(len(data)) if i % args.folds == k]
        fit_on = [i for i in range(len(data)) if i % args.folds != k]
        model = train([data[i] for i in fit_on], [golds[i] for i in fit_on], args.l2)
        for i in test:
            name, doc, js, _ = data[i]
            genres.append(golds[i].genre)
            before.append(score_document(golds[i], js))
            after.append(score_document(golds[i], merge_coref(js, resolve_document(doc, _params(model), _names())[0])))
        print(f"fold {k + 1}/{args.folds}: thresholds {model.thresholds}", flush=True)
    by_genre = {g: {"before": aggregate([p for p, x in zip(before, genres) if x == g])["conll_f1"],
                    "after": aggregate([p for p, x in zip(after, genres) if x == g])["conll_f1"]}
                for g in sorted(set(genres))}
    print(json.dumps({"held_out_before": _summary(aggregate(before)), "held_out_after": _summary(aggregate(after)),
                      "held_out_conll_f1_by_genre": by_genre}, indent=1))
    model = train(data, golds, args.l2)
    args.out.write_text(json.dumps({"weights": dict(sorted(model.weights.items())), "thresholds": model.thresholds},
                                   indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} weights, thresholds {model.thresholds})")


if __name__ == "__main__":
    main()
