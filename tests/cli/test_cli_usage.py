"""Usage errors exit with code 2 and a clear message (never a traceback); --help works everywhere."""

from __future__ import annotations

import pytest
from cli_helpers import explain, run_cli, run_cli_process

COMMANDS = [(), ("analyze",), ("statements",), ("extract",), ("demo",), ("eval",), ("eval", "polnear"), ("eval", "coref")]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "claimscope")
def test_help_on_every_command(tmp_path, command):
    proc = run_cli(*command, "--help", cwd=tmp_path)
    assert proc.returncode == 0, explain(proc)
    assert "Usage:" in proc.stdout, explain(proc)
    assert list(tmp_path.iterdir()) == [], "--help must not create files"


def test_version(tmp_path):
    proc = run_cli("--version", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("claimscope "), explain(proc)


@pytest.mark.parametrize("args, says", [
    (("--bogus",), "--bogus"),
    (("frobnicate",), "frobnicate"),
    (("analyze", "--nope", "x"), "--nope"),
    (("statements", "--format", "xml"), "xml"),
    (("statements", "--limit", "many"), "--limit"),
    (("extract",), "Missing argument"),
], ids=["unknown-option", "unknown-command", "unknown-command-option", "bad-choice", "bad-int", "missing-argument"])
def test_usage_errors_exit_2(tmp_path, args, says):
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2, explain(proc)
    assert says in proc.stderr and "Usage:" in proc.stderr, explain(proc)
    assert list(tmp_path.iterdir()) == [], "a usage error must not create files"


def test_statements_on_missing_store_is_a_usage_error(tmp_path):
    proc = run_cli("statements", "--db", "missing.db", cwd=tmp_path)
    assert proc.returncode == 2, explain(proc)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "missing.db" in lines[0] and "no such store" in lines[0], explain(proc)
    assert not (tmp_path / "missing.db").exists(), "a query must not create the store it could not find"


def test_eval_polnear_on_a_folder_that_is_not_polnear(tmp_path):
    (tmp_path / "notpolnear").mkdir()
    proc = run_cli("eval", "polnear", "notpolnear", cwd=tmp_path)
    assert proc.returncode == 2, explain(proc)
    assert "notpolnear" in proc.stderr and "attributions" in proc.stderr, explain(proc)


def test_no_arguments_prints_help(tmp_path):
    proc = run_cli(cwd=tmp_path)
    assert proc.returncode in (0, 2), explain(proc)
    assert "Usage:" in proc.stdout + proc.stderr and "analyze" in proc.stdout + proc.stderr, explain(proc)



@pytest.mark.parametrize("args, code", [(("--version",), 0), (("--bogus",), 2), (("statements", "--db", "missing.db"), 2)],
                         ids=["version", "click-usage-error", "claimscope-usage-error"])
def test_process_console_script_exit_codes(tmp_path, args, code):
    # the installed script's own exit status, which only a real process shows
    proc = run_cli_process(*args, cwd=tmp_path)
    assert proc.returncode == code, explain(proc)
