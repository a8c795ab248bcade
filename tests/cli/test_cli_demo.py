"""`claimscope demo` in an empty folder: analyses the bundled examples and prints who said what."""

from __future__ import annotations

from importlib import resources

from cli_helpers import cli_env, explain, run_cli, store_rows


def test_demo_in_an_empty_folder_then_again(tmp_path):
    examples = resources.files("claimscope") / "examples"
    assert "Maria Okafor" in (examples / "harbour-bridge-delay.txt").read_text(encoding="utf-8")
    env = cli_env(COLUMNS="200")  # wide enough that names are not folded inside table cells

    first = run_cli("demo", "--db", "d.db", cwd=tmp_path, env=env)
    assert first.returncode == 0, explain(first)
    assert "Maria Okafor" in first.stdout, "the table should show a speaker of the bundled examples" + explain(first)
    assert "claimscope statements --db d.db" in first.stdout, explain(first)
    docs, statements = store_rows(tmp_path / "d.db")
    assert len(docs) >= 4 and statements

    second = run_cli("demo", "--db", "d.db", cwd=tmp_path, env=env)
    assert second.returncode == 0, explain(second)
    assert store_rows(tmp_path / "d.db") == (docs, statements), "a second demo run must store nothing new"
    assert f"analysed 0 example article(s), {len(docs)} already stored" in " ".join(second.stderr.split()), \
        explain(second)
    assert "Maria Okafor" in second.stdout
