"""`--processes N`: a pool of worker processes stores exactly what one process stores, reading ahead boundedly."""

from __future__ import annotations

import subprocess
from concurrent.futures import Future

import pytest
from scale_helpers import cli_env, cli_path, error_lines, store_rows

from claimscope.cli.output import plural
from claimscope.ingest import SourceDoc
from claimscope.scale import local


def test_processes_2_stores_exactly_what_one_process_stores(corpus, reference, tmp_path):
    ref_db, ref_errors, ref_report = reference
    proc = subprocess.run([cli_path(), "analyze", str(corpus), "--db", str(tmp_path / "p2.db"), "--processes", "2",
                           "--batch-size", "2"], capture_output=True, text=True, env=cli_env(), timeout=180,
                          stdin=subprocess.DEVNULL, cwd=tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr  # the broken inputs
    assert error_lines(proc.stderr) == sorted(ref_errors)  # one line each, the same lines
    assert f"{plural(ref_report.analysed, 'article')}, {plural(ref_report.statements, 'statement')}" in proc.stderr
    assert store_rows(tmp_path / "p2.db") == store_rows(ref_db)


class _InlineExecutor:
    """Stands in for ProcessPoolExecutor: answers each batch at once, with the ids of its documents."""

    def __init__(self, *args, **kwargs):
        pass

    def submit(self, fn, batch):
        fut = Future()
        fut.set_result([{"id": s.id, "n": s.origin} for s in batch])
        return fut

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_pool_reads_ahead_a_bounded_number_of_batches_and_keeps_input_order(monkeypatch):
    monkeypatch.setattr(local, "ProcessPoolExecutor", _InlineExecutor)
    pulled = 0

    def sources():
        nonlocal pulled
        for i in range(100):
            pulled += 1
            yield SourceDoc(text=f"text {i}", origin=str(i))

    out = local.analyse_parallel(sources(), n_process=2, batch_size=3)
    first_src, first_doc = next(out)
    assert first_src.origin == "0" and first_doc["n"] == "0"
    assert pulled <= 3 * 4  # at most 2 x n_process batches of 3 read before the first result
    rest = list(out)
    assert [s.origin for s, _ in rest] == [str(i) for i in range(1, 100)]
    assert all(s.id == d["id"] for s, d in rest)


def test_n_process_with_a_custom_pipeline_is_a_usage_error():
    from claimscope.api import analyse_sources
    from claimscope.errors import UsageError

    with pytest.raises(UsageError):
        next(analyse_sources([SourceDoc(text="x", origin="x")], nlp=object(), n_process=2))
