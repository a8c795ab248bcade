"""A long text, a slow text or a failing text is reported on its own; the documents around it are analysed."""

from __future__ import annotations

import time

import pytest

from claimscope.errors import IngestError
from claimscope.ingest import SourceDoc
from claimscope.scale import batches
from claimscope.scale.batches import Limits, analyse_batch
from claimscope.scale.budget import DocTimeout, time_budget

GOOD = "Ana Ruiz said the harbour bridge would reopen in May.\n\nThe ministry said costs rose by 10%.\n\n"


@pytest.fixture(scope="module")
def nlp():
    from claimscope.analyse.pipeline import load_pipeline

    return load_pipeline()


def test_time_budget_interrupts_the_block():
    started = time.perf_counter()
    with pytest.raises(DocTimeout):
        with time_budget(0.2):
            time.sleep(5)
    assert time.perf_counter() - started < 2


def test_time_budget_interrupts_a_thread_that_is_not_the_main_thread():
    import threading

    result = {}

    def work():
        started = time.perf_counter()
        try:
            with time_budget(0.2):
                while time.perf_counter() - started < 5:
                    sum(range(1000))
        except DocTimeout:
            result["stopped"] = time.perf_counter() - started

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert 0.1 < result["stopped"] < 2


def test_a_budget_that_is_not_spent_raises_nothing_later():
    import threading

    def work():
        with time_budget(0.05):
            pass
        time.sleep(0.2)  # the watchdog was cancelled: no DocTimeout here

    errors = []
    thread = threading.Thread(target=lambda: errors.append(None) if work() is None else None)
    thread.start()
    thread.join(5)
    assert errors == [None]


def test_a_text_over_max_length_is_analysed_in_pieces_between_good_files(nlp, monkeypatch, tmp_path):
    from claimscope.api import extract

    long_text = GOOD * 60  # about 5,500 characters against a limit patched down to 1,000
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b-long.txt").write_text(long_text, encoding="utf-8")
    (tmp_path / "c.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(nlp, "max_length", 1_000)
    monkeypatch.setattr(batches, "Limits", lambda **kw: Limits(piece_chars=800, **kw))
    errors: list[IngestError] = []
    docs = list(extract([str(tmp_path)], on_error=errors.append))
    assert not errors
    assert [d["source"]["path"].rsplit("/", 1)[-1] for d in docs] == ["a.txt", "b-long.txt", "c.txt"]
    long_doc = docs[1]
    assert len(long_doc["statements"]) == 2 * 60 == 2 * len(docs[0]["statements"]) * 30
    for st in long_doc["statements"]:  # offsets index the whole original text
        for start, end in st["content"]["spans"]:
            assert long_text[start:end] in GOOD


def test_a_document_over_its_time_budget_fails_alone(nlp, monkeypatch):
    real = batches.make_doc

    def slow_make_doc(nlp_, text, *args):
        if "SLOW" in text:
            time.sleep(30)
        return real(nlp_, text, *args)

    monkeypatch.setattr(batches, "make_doc", slow_make_doc)
    sources = [SourceDoc(text=GOOD, origin="a"), SourceDoc(text="SLOW " + GOOD, origin="b"),
               SourceDoc(text=GOOD + " ", origin="c")]
    started = time.perf_counter()
    out = analyse_batch(nlp, sources, limits=Limits(doc_timeout=1.0))
    assert time.perf_counter() - started < 10
    assert isinstance(out[0], dict) and isinstance(out[2], dict)
    assert isinstance(out[1], IngestError) and out[1].origin == "b"
    assert "over the time limit of 1 s" in out[1].reason and "--doc-timeout" in out[1].reason


def test_a_document_that_raises_fails_alone_with_its_reason(nlp, monkeypatch):
    real = batches.make_doc

    def broken(nlp_, text, *args):
        if "BROKEN" in text:
            raise ValueError("no parse")
        return real(nlp_, text, *args)

    monkeypatch.setattr(batches, "make_doc", broken)
    out = analyse_batch(nlp, [SourceDoc(text="BROKEN", origin="x"), SourceDoc(text=GOOD, origin="y")])
    assert isinstance(out[0], IngestError) and out[0].reason == "analysis failed (ValueError: no parse)"
    assert isinstance(out[1], dict)


def test_analyse_text_raises_the_error_of_a_failed_document(monkeypatch):
    from claimscope.api import analyse_text

    monkeypatch.setattr(batches, "Limits", lambda **kw: Limits(doc_timeout=1e-6))
    with pytest.raises(IngestError, match="analysis stopped"):
        analyse_text(GOOD * 20)


def test_pool_workers_enforce_the_budget_and_report_the_document():
    from claimscope.scale.local import analyse_parallel

    sources = [SourceDoc(text=GOOD * 50, origin="slow.txt")]
    (src, result), = analyse_parallel(sources, n_process=1, batch_size=1, limits=Limits(doc_timeout=1e-4))
    assert isinstance(result, IngestError) and result.origin == "slow.txt"
    assert "over the time limit" in result.reason


def test_ray_shard_analyser_enforces_the_budget(tmp_path, monkeypatch):
    pytest.importorskip("numpy")
    from claimscope.scale.ray_engine import ShardAnalyser
    from claimscope.scale.shards import ReadOptions, plan_shards, shard_errors, shard_path

    (tmp_path / "a.txt").write_text(GOOD * 50, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shard, = plan_shards(["a.txt"], ReadOptions(max_bytes=5_000_000))
    out = ShardAnalyser()({"shard": [shard.to_json()], "shards_dir": [str(tmp_path / "shards")], "batch_size": [4],
                           "doc_timeout": [1e-4]})
    assert '"processed": true' in out["summary"][0]
    err, = shard_errors(shard_path(tmp_path / "shards", shard.id))
    assert err.origin == "a.txt" and "over the time limit" in err.reason


def test_extract_doc_timeout_reports_the_file_and_goes_on(nlp, tmp_path):
    from typer.testing import CliRunner

    from claimscope.cli.app import app

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD * 40, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", "--doc-timeout", "0.0001", str(tmp_path)])
    assert result.exit_code == 1
    assert "analysis stopped: over the time limit of 0.0001 s; raise --doc-timeout" in result.output
