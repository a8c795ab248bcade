"""Shards without Ray: planning, idempotent Parquet files, broken inputs and failed shards (a stand-in runner
analyses the shards in this process, as Ray's actors would)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from scale_helpers import store_rows

from claimscope.errors import UsageError
from claimscope.scale.ray_engine import analyse_into_ray
from claimscope.scale.shards import ReadOptions, plan_shards, run_shard, shard_documents, shard_errors, shard_path
from claimscope.store import Store


def inline_runner(fail: set[str] = frozenset()):
    """A runner with run_on_ray's signature that analyses each shard here; shards holding a file named in
    `fail` fail, as a crashing actor would, and are reported the way ShardAnalyser reports them."""
    calls: list[str] = []

    def run(shards, shards_dir, *, batch_size=32, **_):
        from claimscope.analyse.pipeline import load_pipeline

        nlp = load_pipeline()
        for shard in shards:
            calls.append(shard.id)
            if any(Path(f).name in fail for f in shard.files):
                yield {"shard": shard.id, "processed": False, "failed": "RuntimeError: boom", "errors": []}
                continue
            yield run_shard(nlp, shard, shards_dir, batch_size)

    run.calls = calls
    return run


def test_plan_groups_files_and_gives_each_jsonl_file_its_own_shard(corpus, tmp_path):
    opts = ReadOptions(max_bytes=5_000_000)
    plan = list(plan_shards([str(corpus)], opts, files_per_shard=3))
    assert all(not isinstance(s, Exception) for s in plan)
    jsonl = [s for s in plan if s.files[0].endswith(".jsonl")]
    assert len(jsonl) == 2 and all(len(s.files) == 1 for s in jsonl)
    assert all(len(s.files) <= 3 for s in plan)
    files = [f for s in plan for f in s.files]
    assert len(files) == len(set(files)) == 10  # every file once, in the order analyze reads them
    assert [s.id for s in plan_shards([str(corpus)], opts, files_per_shard=3)] == [s.id for s in plan]
    # a changed file changes its shard's id, and only that one
    victim = corpus / "d-science.txt"
    st = victim.stat()
    os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    try:
        again = [s.id for s in plan_shards([str(corpus)], opts, files_per_shard=3)]
    finally:
        os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
    changed = [a != b for a, b in zip(again, [s.id for s in plan])]
    assert sum(changed) == 1
    # other read options are other shards
    assert plan_shards([str(corpus)], ReadOptions(max_bytes=10), files_per_shard=3).__next__().id != plan[0].id


def test_broken_inputs_are_reported_and_a_failed_shard_is_retried_on_the_next_run(corpus, reference, tmp_path):
    ref_db, ref_errors, ref_report = reference
    shards = tmp_path / "shards"
    errors: list[str] = []
    first = inline_runner(fail={"b-strike.txt"})  # shares a shard with a-council.txt
    with Store(tmp_path / "a.db") as store:
        report = analyse_into_ray(store, [str(corpus)], shards_dir=shards, files_per_shard=2, batch_size=4,
                                  runner=first, on_error=lambda e: errors.append(str(e)))
    assert report.shards_failed == 1 and report.shards_processed == report.shards - 1
    failed = [e for e in errors if "analysis failed" in e]
    assert len(failed) == 1 and "a-council.txt and 1 more file(s)" in failed[0], failed
    assert sorted(e for e in errors if e not in failed) == sorted(ref_errors)  # broken inputs: one line each
    assert 0 < report.analysed < ref_report.analysed  # the rest went on

    # the binary file's shard still wrote its good neighbour, and records the error in its metadata
    broken_shard = next(p for p in shards.glob("*.parquet") if any("c-broken.txt" in str(e) for e in shard_errors(p)))
    assert [row[1] for row in shard_documents(broken_shard)] == [str(corpus / "c-market.txt")]

    second = inline_runner()
    errors.clear()
    with Store(tmp_path / "a.db") as store:
        report = analyse_into_ray(store, [str(corpus)], shards_dir=shards, files_per_shard=2, batch_size=4,
                                  runner=second, on_error=lambda e: errors.append(str(e)))
    assert report.shards_processed == 1 and len(second.calls) == 1  # only the failed shard is redone
    assert sorted(errors) == sorted(ref_errors)
    assert store_rows(tmp_path / "a.db") == store_rows(ref_db)


def test_a_shard_file_is_written_whole_or_not_at_all(corpus, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from claimscope.analyse.pipeline import load_pipeline

    shard = next(plan_shards([str(corpus / "a-council.txt"), str(corpus / "b-strike.txt")],
                             ReadOptions(max_bytes=5_000_000)))

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # killed between the last batch and the rename

    monkeypatch.setattr(pq.ParquetWriter, "add_key_value_metadata", crash)
    with pytest.raises(KeyboardInterrupt):
        run_shard(load_pipeline(), shard, tmp_path, 1)
    assert list(tmp_path.iterdir()) == []  # no shard file, no temporary left behind
    monkeypatch.undo()
    summary = run_shard(load_pipeline(), shard, tmp_path, 1)
    assert summary["processed"] and summary["documents"] == 2
    assert run_shard(load_pipeline(), shard, tmp_path, 1)["processed"] is False  # never redone
    assert shard_path(tmp_path, shard.id).is_file()


def test_stdin_cannot_be_sharded(tmp_path):
    with pytest.raises(UsageError):
        analyse_into_ray(None, ["-"], shards_dir=tmp_path, runner=inline_runner())
