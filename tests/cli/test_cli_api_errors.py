"""A document the store refuses is reported as one error line for its input; the rest of the run goes on."""

from __future__ import annotations

from claimscope import api
from claimscope.errors import IngestError
from claimscope.ingest import SourceDoc


class RefusingStore:
    """Stands in for Store: refuses one document the way store.write does (ValueError), keeps the others."""

    def __init__(self, refuse: str):
        self.refuse, self.added = refuse, []

    def document_ids(self) -> set[str]:
        return set()

    def add_document(self, doc: dict) -> bool:
        if doc["id"] == self.refuse:
            raise ValueError(f"document {doc['id']}: not storable (IntegrityError: UNIQUE constraint failed)")
        self.added.append(doc["id"])
        return True


def test_store_refusal_becomes_an_input_error(tmp_path, monkeypatch):
    def fake_analyse(sources, **_):  # no spaCy needed for this
        for src in sources:
            yield src, {"id": src.id, "statements": [{"id": "s"}]}

    monkeypatch.setattr(api, "analyse_sources", fake_analyse)
    names = ["a.txt", "b.txt", "c.txt"]
    for name in names:
        (tmp_path / name).write_text(f"Text of {name}, the mayor said.\n", encoding="utf-8")
    bad = SourceDoc(text=(tmp_path / "b.txt").read_text(encoding="utf-8"), origin="b").id
    store, reported, seen = RefusingStore(bad), [], []
    report = api.analyse_into(store, [str(tmp_path / n) for n in names], on_error=reported.append,
                              on_document=lambda src, doc: seen.append(src.origin))
    assert len(store.added) == 2 and report.analysed == 2 and report.statements == 2
    assert len(report.errors) == 1 and reported == report.errors
    err = report.errors[0]
    assert isinstance(err, IngestError) and err.origin.endswith("b.txt") and "not storable" in err.reason
    assert "\n" not in str(err)
    assert len(seen) == 3
