"""`--engine ray` on a local Ray instance started here (ray.init in-process, 2 CPUs, no dashboard, loopback only):
it stores exactly what a local run stores, reports broken inputs one line each with exit code 1, keeps the
Parquet shards for DuckDB, and a run stopped part-way resumes without redoing finished shards."""

from __future__ import annotations

import logging
import shutil
import subprocess

import pytest
from scale_helpers import cli_env, cli_path, error_lines, store_rows

from claimscope.cli.output import plural

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def ray_local():
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1", logging_level=logging.ERROR,
             log_to_driver=False)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def ray_cli_run(ray_local, corpus, tmp_path_factory):
    """`claimscope analyze CORPUS --engine ray --address ADDR --processes 2 --shard-files 2` in a subprocess."""
    work = tmp_path_factory.mktemp("ray-cli")
    proc = subprocess.run(
        [cli_path(), "analyze", str(corpus), "--engine", "ray", "--address", ray_local, "--processes", "2",
         "--shard-files", "2", "--batch-size", "4", "--db", str(work / "ray.db"), "--shards-dir", str(work / "shards")],
        capture_output=True, text=True, env=cli_env(), timeout=240, stdin=subprocess.DEVNULL, cwd=work)
    return proc, work


def test_ray_run_stores_exactly_what_a_local_run_stores(ray_cli_run, reference):
    proc, work = ray_cli_run
    ref_db, ref_errors, ref_report = reference
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr  # broken inputs
    assert error_lines(proc.stderr) == sorted(ref_errors), proc.stderr  # one line each, as a local run prints
    assert f"{plural(ref_report.analysed, 'article')}, {plural(ref_report.statements, 'statement')}" in proc.stderr
    assert "7 analysed now" in proc.stderr, proc.stderr
    assert store_rows(work / "ray.db") == store_rows(ref_db)


def test_shards_can_be_queried_with_duckdb(ray_cli_run, reference):
    import duckdb

    proc, work = ray_cli_run
    ref_db, _, ref_report = reference
    glob = str(work / "shards" / "*.parquet")
    con = duckdb.connect()
    docs, statements = con.execute(f"SELECT count(*), sum(statements) FROM read_parquet('{glob}')").fetchone()
    assert (docs, statements) == (ref_report.analysed, ref_report.statements)
    ids = {r[0] for r in con.execute(
        f"SELECT s.value ->> 'id' FROM read_parquet('{glob}') d, json_each(d.document -> 'statements') s").fetchall()}
    assert ids == {row[0] for row in store_rows(ref_db)[1]}


def test_a_run_stopped_part_way_resumes_without_redoing_finished_shards(ray_local, ray_cli_run, corpus, reference,
                                                                       tmp_path):
    from claimscope.scale.ray_engine import analyse_into_ray
    from claimscope.store import Store

    _, work = ray_cli_run
    ref_db, ref_errors, _ = reference
    corpus_arg = str(corpus)  # as the runs named it
    shards = tmp_path / "shards"
    shutil.copytree(work / "shards", shards)  # the state of a run killed after some shards finished:
    files = sorted(shards.glob("*.parquet"))
    for victim in files[:3]:  # three shards had not finished,
        victim.unlink()
    (shards / f".{files[0].stem}.123.deadbeef.tmp").write_bytes(b"PAR1 half written")  # one was being written
    kept = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in files[3:]}

    errors: list[str] = []
    with Store(tmp_path / "resumed.db") as store:
        report = analyse_into_ray(store, [corpus_arg], shards_dir=shards, n_actors=1, files_per_shard=2,
                                  batch_size=4, on_error=lambda e: errors.append(str(e)))
    assert (report.shards, report.shards_reused, report.shards_processed, report.shards_failed) == (7, 4, 3, 0)
    assert {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in shards.glob("*.parquet")
            if p.name in kept} == kept  # finished shards untouched
    assert sorted(p.name for p in shards.glob("*.parquet")) == [p.name for p in files]
    assert not list(shards.glob(".*.tmp"))
    assert sorted(errors) == sorted(ref_errors)
    assert store_rows(tmp_path / "resumed.db") == store_rows(ref_db)

    # and once everything is done, a re-run analyses nothing and adds nothing
    with Store(tmp_path / "resumed.db") as store:
        again = analyse_into_ray(store, [corpus_arg], shards_dir=shards, n_actors=1, files_per_shard=2, batch_size=4)
    assert (again.shards_processed, again.analysed, again.skipped) == (0, 0, report.analysed)


def test_ray_actors_enforce_the_document_time_budget(ray_local, tmp_path):
    (tmp_path / "a.txt").write_text("Ana Ruiz said the harbour bridge would reopen in May.\n" * 40, encoding="utf-8")
    proc = subprocess.run(
        [cli_path(), "analyze", "a.txt", "--engine", "ray", "--address", ray_local, "--processes", "1",
         "--doc-timeout", "0.0001", "--db", str(tmp_path / "t.db"), "--shards-dir", str(tmp_path / "shards")],
        capture_output=True, text=True, env=cli_env(), timeout=240, stdin=subprocess.DEVNULL, cwd=tmp_path)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    assert "a.txt: analysis stopped: over the time limit of 0.0001 s; raise --doc-timeout" in proc.stderr
