"""Helpers for the fact tests (quantities, dates, status, events): analyse a sentence written for the test."""

from __future__ import annotations

import pytest

from claimscope.analyse.serialize import doc_to_json
from claimscope.ingest import SourceDoc


def analyse(nlp, text: str, published: str | None = None) -> dict:
    """The document JSON of `text`, with a publication date when given (as ingest would pass it)."""
    return doc_to_json(nlp(text), SourceDoc(text=text, origin="<test>", published=published))


def timexes(nlp, text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    """(text, TIMEX3 type, value) of each time expression of a text written for the test."""
    return [(d["text"], d["timex"]["type"], d["timex"]["value"]) for d in analyse(nlp, text, published)["dates"]]


def quantity(doc: dict, text_has: str) -> dict:
    """The quantity whose text contains `text_has` (exactly one)."""
    found = [q for q in doc["quantities"] if text_has in q["text"]]
    assert len(found) == 1, (text_has, [q["text"] for q in doc["quantities"]])
    return found[0]


def date(doc: dict, text_has: str) -> dict:
    found = [d for d in doc["dates"] if text_has in d["text"]]
    assert len(found) == 1, (text_has, [d["text"] for d in doc["dates"]])
    return found[0]


def event(doc: dict, action_has: str) -> dict:
    found = [e for e in doc["events"] if action_has in e["action"]]
    assert len(found) == 1, (action_has, [e["action"] for e in doc["events"]])
    return found[0]


def statement_of(doc: dict, fact: dict) -> dict | None:
    return next((s for s in doc["statements"] if s["id"] == fact["statement"]), None)


@pytest.fixture(scope="module")
def quantity_texts(nlp):
    """The texts of a sentence's quantities, for tests that only check what is found."""
    def run(text):
        return [q["text"] for q in analyse(nlp, text)["quantities"]]

    return run


@pytest.fixture(scope="module")
def quantity_of(nlp):
    """The one quantity of a sentence whose text contains a given string."""
    def run(text, text_has):
        return quantity(analyse(nlp, text), text_has)

    return run
