"""Held-out speaker accuracy on gum-train through the whole statements stage, coreference model cross-validated.

Not a test (it measures and reports). Run from the repository root:

    .venv/bin/python benchmarks/eval_speakers_gum.py ../shared/corpora/gum-train --cache /tmp/gum.docbin
    .venv/bin/python benchmarks/eval_speakers_gum.py ../shared/corpora/gum-train --errors 40 --half dev

`claimscope eval coref` runs the shipped coreference model, which is fit on gum-train, so its speaker figures
come from documents the model saw. Here each of `--folds` folds (documents by index, as train_coref splits
them) is resolved by a model fit on the other folds (`train_coref.train`), the statements stage then runs over
the fold with those records (`doc._.coref`), and every statement whose speaker span is a gold mention is scored
as `eval/coref.py` scores it (its `name` equals the gold entity's canonical name), by the speaker's form.
The speaker rules of `analyse/statements/speakers.py` were developed reading the errors of the even-numbered
documents (`--half dev`); the odd-numbered ones (`--half held`) were not read: report those.
Fold models are kept in `--models` (a JSON file) for re-runs, since they do not depend on the statements stage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--cache", type=Path, default=None, help="DocBin of the parses, reused when it matches")
    ap.add_argument("--models", type=Path, default=None, help="JSON file keeping the fold models for re-runs")
    ap.add_argument("--half", choices=("all", "dev", "held"), default="all")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong speakers (dev half only)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO_ROOT / "src"))
    from claimscope.analyse.coref.model import Weights
    from claimscope.analyse.coref.resolve import resolve_document
    from claimscope.analyse.pipeline import load_pipeline
    from claimscope.analyse.serialize import actor, statement
    from claimscope.eval.coref import aggregate, match, read_gold, score_document
    from claimscope.training.train_attribution import parses
    from claimscope.training.train_coref import _names, _params, train

    nlp = load_pipeline()
    paths = sorted(Path(args.corpus, "gold").glob("*.json"))
    golds = [read_gold(p) for p in paths]
    docs = parses(nlp, [g.text for g in golds], args.cache)
    stages = [nlp.get_pipe(n) for n in ("claimscope_quotes", "claimscope_actors")]
    statements = nlp.get_pipe("claimscope_statements")
    data = []
    for doc, gold in zip(docs, golds):
        for stage in stages:
            doc = stage(doc)
        js = {"text": doc.text, "actors": [actor(a).to_json() for a in doc._.actors or []]}
        data.append((gold.name, doc, js, json.loads(Path(args.corpus, "gold", gold.name + ".json").read_text())))
    models = json.loads(args.models.read_text()) if args.models and args.models.exists() else {}
    parts, wrong = [], []
    for k in range(args.folds):
        test = [i for i in range(len(data)) if i % args.folds == k]
        if str(k) not in models:
            fit_on = [i for i in range(len(data)) if i % args.folds != k]
            for i in fit_on:  # the trainer reads statements from the JSON
                d = data[i]
                d[1]._.coref = None
                statements(d[1])
                d[2]["statements"] = [statement("d", d[1].text, st).to_json() for st in d[1]._.statements or []]
            m = train([data[i] for i in fit_on], [golds[i] for i in fit_on])
            models[str(k)] = {"weights": m.weights, "thresholds": m.thresholds}
            if args.models:
                args.models.write_text(json.dumps(models))
        model = Weights(models[str(k)]["weights"], models[str(k)]["thresholds"])
        for i in test:
            if args.half == "dev" and i % 2 or args.half == "held" and not i % 2:
                continue
            name, doc, js, _ = data[i]
            doc._.coref = resolve_document(doc, _params(model), _names())[0]
            statements(doc)
            out = {"text": doc.text, "actors": js["actors"],
                   "statements": [statement("d", doc.text, st).to_json() for st in doc._.statements or []]}
            parts.append(score_document(golds[i], out))
            for st in out["statements"]:
                sp = st.get("speaker") or {}
                g = match(golds[i].mentions, sp.get("start", -1), sp.get("end", -1)) if "start" in sp else None
                if g is not None and (sp.get("name") or "").casefold() != golds[i].canonical[g.entity].casefold():
                    wrong.append((name, g.form, sp["text"], sp.get("name"), golds[i].canonical[g.entity],
                                  doc.text[max(0, sp["start"] - 150):sp["end"] + 60].replace("\n", " | ")))
    report = aggregate(parts)
    print(json.dumps({"half": args.half, "documents": report["documents"], "speakers": report["speakers"]},
                     indent=1))
    if args.errors and args.half == "dev":
        for w in wrong[: args.errors]:
            print(f"{w[0]} [{w[1]}] {w[2]!r} -> {w[3]!r}, gold {w[4]!r}\n    ...{w[5]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
