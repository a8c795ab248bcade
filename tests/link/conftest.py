"""Shared fixtures for the link tests: the hand-written multi-article set analysed once into a store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "corpora" / "seed"


@pytest.fixture(scope="session")
def multi_store_template(tmp_path_factory) -> Path:
    """The multi-article set analysed (spaCy once per session, no linking), copied by each test that needs it."""
    from claimscope.api import analyse_into
    from claimscope.store import Store

    path = tmp_path_factory.mktemp("multi") / "multi.db"
    with Store(path) as store:
        analyse_into(store, [str(DATA / "multi_articles.jsonl")])
    return path


@pytest.fixture
def multi_store(multi_store_template, tmp_path) -> Path:
    """A fresh unlinked copy of the analysed multi-article store."""
    path = tmp_path / "multi.db"
    shutil.copy(multi_store_template, path)
    return path


@pytest.fixture(scope="session")
def multi_expected() -> dict:
    return json.loads((DATA / "multi_expected.json").read_text(encoding="utf-8"))
