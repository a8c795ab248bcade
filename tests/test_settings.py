"""The settings table is the one source of tunables: the docs page is generated from it."""

from pathlib import Path

import pytest

from claimscope import settings

DOCS = Path(__file__).resolve().parent.parent / "docs" / "settings.md"


def test_docs_page_matches_the_table():
    assert DOCS.read_text(encoding="utf-8") == settings.docs_markdown(), \
        "docs/settings.md is stale: run `python -m claimscope.settings > docs/settings.md`"


def test_names_are_unique_and_staged():
    names = [s.name for s in settings.SETTINGS]
    assert len(names) == len(set(names))
    assert all("." in n and s.help for n, s in zip(names, settings.SETTINGS))


def test_environment_overrides_the_default(monkeypatch):
    monkeypatch.setenv("CLAIMSCOPE_START_METHOD", "spawn")
    assert settings.default("scale.start_method") == "spawn"


def test_unknown_setting_is_named():
    with pytest.raises(KeyError, match="no.such"):
        settings.default("no.such")
