"""The table helpers on values and rows written for the tests: plain cells, clipping, titles, source names."""

from __future__ import annotations

from types import SimpleNamespace

from claimscope.cli.analyze import link_summary, run_summary
from claimscope.cli.claims import claim_sources, source_label
from claimscope.cli.demo import cli_name
from claimscope.cli.output import Col, clip, page_title, plain, plural, render_table
from claimscope.cli.statements import article_of, cli_filters, speaker_of


def test_plain_values_instead_of_json():
    assert plain(["Harbour council", "Northwire"]) == "Harbour council, Northwire"
    assert plain([]) == "" and plain(None) == ""
    assert plain({"name": "Ana Ruiz", "id": 3}) == "Ana Ruiz"
    assert plain({"text": "the ministry"}) == "the ministry"
    assert plain(3000.0) == "3,000" and plain(0.5) == "0.50" and plain(True) == "yes" and plain(False) == ""
    assert plain("two\n  lines") == "two lines"


def test_clip_ends_at_a_word_with_an_ellipsis():
    text = "the minister said the new bridge would open in the spring"
    assert clip(text, 20) == "the minister said…"
    assert clip(text, None) == text and clip("short", 20) == "short"
    assert len(clip(text, 30)) <= 30


def test_page_titles_and_plurals():
    assert plural(1, "statement") == "1 statement" and plural(4855, "statement") == "4,855 statements"
    assert plural(2, "story", "stories") == "2 stories"
    assert page_title(3, 3, "claim") == "3 claims"
    assert page_title(50, 276, "statement") == "50 of 276 statements (1-50; --limit and --offset for more)"
    assert page_title(2, 276, "statement", offset=10).startswith("2 of 276 statements (11-12;")


def test_a_file_name_never_stands_in_for_a_source():
    doc = {"id": "abc", "path": "corpus/harbour-bridge.txt", "publisher": None}
    assert source_label("harbour-bridge.txt", doc) == "the article"
    assert source_label("document abc", {"id": "abc"}) == "the article"
    assert source_label("harbour-bridge.txt", {**doc, "publisher": "Northwire"}) == "Northwire"
    assert source_label("Maria Okafor", doc) == "Maria Okafor"
    row = {"speakers": ["harbour-bridge.txt", "Maria Okafor"],
           "reports": [{"source": "harbour-bridge.txt", "document": doc}, {"source": "Maria Okafor", "document": doc},
                       {"source": "Maria Okafor", "document": doc}]}
    assert claim_sources(row) == ["the article", "Maria Okafor"]


def test_statement_cells_name_the_speaker_and_the_article():
    assert speaker_of({"speaker_name": None, "speaker_text": "a council spokesman"}) == "a council spokesman"
    assert speaker_of({"speaker_name": "Maria Okafor", "speaker_text": "she"}) == "Maria Okafor"
    assert article_of({"title": None, "publisher": "Northwire", "document_id": "abc"}) == "Northwire"


def test_option_errors_name_the_option():
    import pytest

    from claimscope.errors import UsageError

    with pytest.raises(UsageError, match="--since"):
        cli_filters(date_from="2025-13")
    with pytest.raises(UsageError, match="--min-confidence"):
        cli_filters(min_confidence=1.5)


def test_wide_columns_show_only_with_wide():
    cols = [Col("content_text", "content", ratio=4), Col("document_id", "doc", wide=True)]
    rows = [{"content_text": "the bridge will open", "document_id": "abc"}]
    assert [c.header for c in render_table(rows, cols).columns] == ["content"]
    assert [c.header for c in render_table(rows, cols, wide=True).columns] == ["content", "doc"]


def test_the_summary_reads_as_english():
    report = SimpleNamespace(analysed=401, statements=4855, skipped=0, errors=[])
    linked = SimpleNamespace(stories_changed=330, stories_new=299, contradictions=7, duplicates=0, claims=3160)
    assert run_summary(report, linked, 52.34) == \
        "401 articles, 4,855 statements, 330 stories (299 new), 7 contradictions in 52.3 s"
    report.skipped, report.errors, linked.duplicates = 3, ["x"], 1
    assert run_summary(report, linked, 1.0).endswith("(3 already stored; 1 failed; 1 near-copy)")
    assert run_summary(report, None, 1.0).startswith("401 articles, 4,855 statements in 1.0 s")
    assert link_summary(linked) == "330 stories (299 new), 1 duplicate, 3,160 claims, 7 contradictions"


def test_the_hint_names_the_script_a_user_can_run(tmp_path, monkeypatch):
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "claimscope").write_text("#!/bin/sh\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.executable", str(bin_dir / "python"))
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert cli_name() == ".venv/bin/claimscope"
    monkeypatch.setattr("shutil.which", lambda name: str(bin_dir / "claimscope"))
    assert cli_name() == "claimscope"
