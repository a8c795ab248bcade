"""PolNeAR evaluation: load the corpus, turn claimscope documents into Relations, and score them.

The scorer sees only Relations, so it stays independent of the NLP pipeline: `evaluate` takes any
`extract_fn` that turns (name, text) pairs into claimscope document JSON dicts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from claimscope.eval.ann import parse_ann, read_ann
from claimscope.eval.relation import Relation
from claimscope.eval.report import format_report
from claimscope.eval.scoring import score

__all__ = ["Relation", "parse_ann", "read_ann", "load_gold", "relations_from_document", "score",
           "score_ann_dirs", "evaluate", "format_report", "annotations_by_name"]

Gold = dict[str, tuple[str, list[Relation]]]


def read_text(path: Path) -> str:
    """A corpus text exactly as stored (no newline translation), since offsets index into it."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def annotations_by_name(directory: str | Path) -> dict[str, list[Path]]:
    """`attributions/NAME_ANNOTATOR.ann` files grouped by NAME, each list sorted (the first is gold)."""
    by_name: dict[str, list[Path]] = {}
    for path in sorted((Path(directory) / "attributions").glob("*.ann")):
        by_name.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    return by_name


def load_gold(directory: str | Path, *, warnings: list[str] | None = None) -> Gold:
    """{name: (text, relations)} for each `text/NAME.txt` with annotations, from the first .ann in sorted order."""
    directory = Path(directory)
    texts = sorted((directory / "text").glob("*.txt"))
    if not texts:
        raise ValueError(f"{directory}: no text/*.txt files")
    by_name = annotations_by_name(directory)
    gold: Gold = {}
    for text_path in texts:
        anns = by_name.get(text_path.stem)
        if not anns:
            if warnings is not None:
                warnings.append(f"{text_path}: no annotation file, skipped")
            continue
        gold[text_path.stem] = (read_text(text_path), read_ann(anns[0], warnings=warnings))
    return gold


def _span_of(part: dict | None) -> list[tuple[int, int]]:
    return [] if not part else [(part["start"], part["end"])]


def relations_from_document(doc: dict, *, top_level_only: bool = True) -> list[Relation]:
    """Relations of a claimscope document JSON's statements (speaker -> source, cue, content spans).

    PolNeAR annotates no attribution inside another one's content (none in train), so by default statements
    nested in another statement (a quote within a quote) are left out, to compare like with like.
    """
    return [
        Relation(source=_span_of(st.get("speaker")), cue=_span_of(st.get("cue")),
                 content=[tuple(s) for s in (st.get("content") or {}).get("spans", [])], label=st.get("id"),
                 confidence=st.get("confidence"))
        for st in doc.get("statements", [])
        if not (top_level_only and st.get("nested_in"))
    ]


def score_ann_dirs(gold_dir: str | Path, pred_dir: str | Path, **score_kwargs) -> dict:
    """Score gold against predicted brat files `PRED_DIR/NAME.ann` (a missing file predicts nothing)."""
    gold = load_gold(gold_dir)
    pred_dir = Path(pred_dir)
    pred = {name: read_ann(pred_dir / f"{name}.ann") for name in gold if (pred_dir / f"{name}.ann").is_file()}
    report = score(gold, pred, **score_kwargs)
    report["missing_pred_documents"] = sorted(set(gold) - set(pred))
    return report


def evaluate(directory: str | Path, extract_fn: Callable[[list[tuple[str, str]]], Iterable[dict]],
             *, limit: int | None = None, **score_kwargs) -> dict:
    """Run `extract_fn` over the corpus texts (documents yielded in input order) and score its statements."""
    gold = load_gold(directory)
    if limit is not None:
        gold = dict(list(gold.items())[:limit])
    inputs = [(name, text) for name, (text, _) in gold.items()]
    pred: dict[str, list[Relation]] = {}
    docs: Iterator[dict] = iter(extract_fn(inputs))
    for name, text in inputs:
        doc = next(docs, None)
        if doc is None:
            raise ValueError(f"extract_fn yielded fewer documents than the {len(inputs)} given")
        if doc.get("text") != text:
            raise ValueError(f"{name}: document text differs from the corpus text, so offsets would not match")
        pred[name] = relations_from_document(doc)
    if next(docs, None) is not None:
        raise ValueError(f"extract_fn yielded more documents than the {len(inputs)} given")
    return score(gold, pred, **score_kwargs)


def main(argv: list[str] | None = None) -> int:
    """`python -m claimscope.eval.polnear GOLD_DIR PRED_DIR [--json]`: score a folder of .ann predictions."""
    parser = argparse.ArgumentParser(prog="python -m claimscope.eval.polnear", description=main.__doc__)
    parser.add_argument("gold_dir")
    parser.add_argument("pred_dir")
    parser.add_argument("--json", action="store_true", help="print the JSON report")
    args = parser.parse_args(argv)
    try:
        report = score_ann_dirs(args.gold_dir, args.pred_dir)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report, indent=2) if args.json else format_report(report), end="\n" if args.json else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
