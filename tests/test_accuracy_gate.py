"""The accuracy gate: PolNeAR dev and the reference article may not fall below the floors pinned in the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "tests" / "accuracy_floors.json").read_text(encoding="utf-8"))
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "polnear" / "dev"
SEED = SHARED / "corpora" / "seed"


def below_floors(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """The figures under their floor, one line each ("relation_f1 0.701 < 0.710"); a missing figure counts as 0."""
    return [f"{name} {figures.get(name, 0.0):.3f} < {floor:.3f}" for name, floor in floors.items()
            if not name.startswith("_") and figures.get(name, 0.0) < floor]


def polnear_figures(report: dict) -> dict[str, float]:
    """The gated figures of an `evaluate` report."""
    roles = report["roles"]
    return {"relation_f1": report["relation"]["f1"],
            "content_token_f1": roles["content"]["token"]["f1"],
            "source_token_f1": roles["source"]["token"]["f1"],
            "cue_token_f1": roles["cue"]["token"]["f1"]}


def test_a_raised_floor_fails():
    assert below_floors({"relation_f1": 0.71}, {"relation_f1": 0.72}) == ["relation_f1 0.710 < 0.720"]
    assert below_floors({"relation_f1": 0.71}, {"relation_f1": 0.71}) == []
    assert below_floors({}, {"cue_token_f1": 0.1}) == ["cue_token_f1 0.000 < 0.100"]


@pytest.mark.slow
def test_polnear_dev_floors():
    if not DEV.is_dir():
        pytest.skip(f"PolNeAR dev not found at {DEV}")
    from claimscope.api import analyse_sources
    from claimscope.eval.polnear import evaluate
    from claimscope.ingest import SourceDoc

    def extract(items):
        sources = (SourceDoc(text=text, origin=name, path=name) for name, text in items)
        return (doc for _, doc in analyse_sources(sources))

    figures = polnear_figures(evaluate(DEV, extract))
    failed = below_floors(figures, FLOORS["polnear_dev"])
    assert not failed, "PolNeAR dev below its floors: " + "; ".join(failed)


def _reference():
    article, expected = SEED / "euromaidan-dprk-troops.txt", SEED / "euromaidan-dprk-troops.expected.json"
    if not (article.is_file() and expected.is_file()):
        pytest.skip(f"reference article not found in {SEED}")
    from claimscope.api import analyse_text

    return analyse_text(article.read_text(encoding="utf-8")), json.loads(expected.read_text(encoding="utf-8"))


def _share(found: list[bool]) -> float:
    return sum(found) / len(found) if found else 1.0


@pytest.mark.slow
def test_reference_article_floors():
    doc, expected = _reference()
    statements = [
        any((st.get("speaker") or {}).get("name", "").casefold() == item["speaker"].casefold()
            and item["content_has"] in st["content"]["text"] for st in doc["statements"])
        for item in expected["statements"]["required"]]
    actors = [any(a["name"].casefold() == item["canonical"].casefold() and a["type"] == item["type"]
                  and any(m["text"] == item["mention"] for m in a["mentions"]) for a in doc["actors"])
              for item in expected["actors"]["required"]]
    figures = {"required_statements": _share(statements), "required_actors": _share(actors)}
    failed = below_floors(figures, FLOORS["reference"])
    assert not failed, "reference article below its floors: " + "; ".join(failed)
