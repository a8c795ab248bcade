"""Fixtures for the scale tests: a small mixed corpus (bundled examples, short articles, broken inputs) and the
store one local process makes of it, which every other engine must reproduce exactly."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # lets the tests import scale_helpers

from scale_helpers import ARTICLES, EXAMPLES  # noqa: E402


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """Examples (txt, html, rss, jsonl), four short articles, a binary file and a JSONL file with a bad line."""
    root = tmp_path_factory.mktemp("scale-corpus") / "corpus"
    shutil.copytree(EXAMPLES, root / "examples")
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "c-broken.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe")
    (root / "e-wire.jsonl").write_text(
        '{"text": "Minister Sara Lind said the budget would balance next year.", "title": "Budget"}\n'
        '{"text": broken json\n', encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def reference(corpus, tmp_path_factory):
    """What `claimscope analyze CORPUS` (one process) stores and reports: (db, error lines, report)."""
    from claimscope.api import analyse_into
    from claimscope.store import Store

    db = tmp_path_factory.mktemp("scale-ref") / "ref.db"
    errors: list[str] = []
    with Store(db) as store:
        report = analyse_into(store, [str(corpus)], batch_size=4, on_error=lambda e: errors.append(str(e)))
    assert report.analysed >= 10 and report.statements > 0
    assert len(errors) == 2, errors  # the binary file and the bad JSONL line
    return db, errors, report
