"""A killed `claimscope analyze` resumes: re-running it ends with the same store as one uninterrupted run.

Only a real process can be killed or interrupted, so these tests start the console script in subprocesses.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import time

import pytest
from cli_helpers import SHARED, assert_no_traceback, cli_cmd, explain, process_env, read_only, run_cli, store_rows

from claimscope.cli.output import plural

BBC_BUSINESS = SHARED / "corpora" / "bbc-2005" / "news" / "business"
N_DOCS = 12
KILL_AFTER = 4  # documents committed before the SIGKILL
BATCH = ("--batch-size", "2")  # small batches, so documents are committed part-way through the run


def _documents(db) -> int:
    """Committed documents, or -1 while the store does not exist yet (read-only: the writer is running)."""
    try:
        conn = read_only(db)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return -1


def _communicate(proc: subprocess.Popen, timeout: float) -> tuple[str, str]:
    try:
        return proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise


@pytest.mark.slow
def test_process_sigkilled_run_resumes_to_the_same_store(tmp_path):
    if not BBC_BUSINESS.is_dir():
        pytest.skip(f"shared corpus not found at {BBC_BUSINESS} (expected ../shared/corpora/bbc-2005 beside the repo)")
    news = tmp_path / "news"
    news.mkdir()
    for path in sorted(BBC_BUSINESS.glob("*.txt"))[:N_DOCS]:
        shutil.copy(path, news / path.name)
    assert len(list(news.iterdir())) == N_DOCS

    popen = dict(cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                 text=True, encoding="utf-8", env=process_env())
    # the uninterrupted reference run goes on beside the killed one, to save wall time
    clean = subprocess.Popen(cli_cmd("analyze", "news", "--db", "clean.db", *BATCH, "--quiet"), **popen)
    victim = subprocess.Popen(cli_cmd("analyze", "news", "--db", "killed.db", *BATCH, "--quiet"), **popen)
    try:
        deadline = time.monotonic() + 90
        while _documents(tmp_path / "killed.db") < KILL_AFTER:
            assert victim.poll() is None, "analyze ended before it could be killed:" + "".join(victim.communicate())
            assert time.monotonic() < deadline, "no documents were committed within 90 s"
            time.sleep(0.05)
        assert victim.poll() is None, "analyze finished before the kill; the test needs more documents"
        victim.send_signal(signal.SIGKILL)
        out, errs = _communicate(victim, 30)
        assert victim.returncode == -signal.SIGKILL
        assert_no_traceback(stdout=out, stderr=errs, what="analyze (killed)")
    finally:
        if victim.poll() is None:
            victim.kill()
            victim.wait()

    partial_docs, partial_statements = store_rows(tmp_path / "killed.db")
    assert KILL_AFTER <= len(partial_docs) < N_DOCS
    conn = read_only(tmp_path / "killed.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute("SELECT count(*) FROM statements WHERE document_id NOT IN "
                               "(SELECT id FROM documents)").fetchone()[0]
        assert orphans == 0, "a killed run left statements of a document that was not stored"
    finally:
        conn.close()

    resumed = run_cli("analyze", "news", "--db", "killed.db", *BATCH, cwd=tmp_path)
    assert resumed.returncode == 0, explain(resumed)

    out, errs = _communicate(clean, 240)
    assert_no_traceback(stdout=out, stderr=errs, what="analyze (clean run)")
    assert clean.returncode == 0, f"clean run failed ({clean.returncode}):\n{errs}"

    clean_docs, clean_statements = store_rows(tmp_path / "clean.db")
    resumed_docs, resumed_statements = store_rows(tmp_path / "killed.db")
    assert len(clean_docs) == N_DOCS
    summary = " ".join(resumed.stderr.split())
    assert (plural(N_DOCS - len(partial_docs), "article") + ", " in summary
            and f"({len(partial_docs)} already stored" in summary), explain(resumed)
    assert partial_docs <= resumed_docs and partial_statements <= resumed_statements
    assert resumed_docs == clean_docs
    assert resumed_statements == clean_statements, (
        f"only in the resumed store: {sorted(resumed_statements - clean_statements)[:5]}\n"
        f"only in the clean store: {sorted(clean_statements - resumed_statements)[:5]}")


def test_process_ctrl_c_exits_130_with_a_resume_hint(tmp_path):
    # `analyze -` with a stdin pipe that never closes: the run waits for input until interrupted
    # a terminal's Ctrl-C: SIGINT at its default in the child even where the suite itself runs in a background job
    # (a shell without job control starts those with SIGINT ignored, and the child would inherit that)
    proc = subprocess.Popen(cli_cmd("analyze", "-", "--db", "s.db", "--quiet"), cwd=tmp_path, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=process_env(),
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "s.db").exists():  # the store is opened inside the command, after start-up
            assert proc.poll() is None, "analyze - ended early:" + "".join(proc.communicate())
            assert time.monotonic() < deadline, "the store was not created within 60 s"
            time.sleep(0.05)
        time.sleep(0.3)
        # stdin stays open until the process has ended, so only Ctrl-C can end the run; a press that lands in
        # start-up code which swallows it (a loaded machine) is repeated, as a user would
        for _ in range(6):
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=5)
                break
            except subprocess.TimeoutExpired:
                continue
        out, errs = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert_no_traceback(stdout=out, stderr=errs, what="analyze - (Ctrl-C)")
    assert proc.returncode == 130, f"exit code {proc.returncode}, stderr:\n{errs}"
    assert "interrupted" in errs and "re-run" in errs, errs
