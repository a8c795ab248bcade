"""Fixtures for the store tests: a fresh store file per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # lets tests and the crash child import store_docs

from claimscope.store import Store  # noqa: E402


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.db") as s:
        yield s
