"""Helpers for the CLI tests: run `claimscope` in this process (Typer's CliRunner) or, where a test must prove a
real process (a signal, the installed script's exit code), as the console script in a subprocess.

Every call goes through `run_cli` or `run_cli_process`, which also check that no Python traceback reached the user.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimscope.cli.app import run as run_command_line

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCHEMA_PATH = REPO / "docs" / "document.schema.json"
# Terminal hints a user's shell may export; a run sees none of them unless a test passes its own.
_TERMINAL_HINTS = ("COLUMNS", "LINES", "FORCE_COLOR")


def _find_cli() -> Path | None:
    for candidate in (REPO / ".venv" / "bin" / "claimscope", Path(sys.executable).parent / "claimscope"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("claimscope")
    return Path(found) if found else None


CLI = _find_cli()


def cli_env(**extra: str) -> dict[str, str]:
    """Environment overrides for a run: no terminal-size hints, no colour, plus `extra` (COLUMNS="200")."""
    return {"NO_COLOR": "1", **extra}


def cli_cmd(*args: str) -> list[str]:
    if CLI is None:
        pytest.skip("the claimscope console script is not installed (pip install -e .)")
    return [str(CLI), *map(str, args)]


def process_env(**extra: str) -> dict[str, str]:
    """The user's whole environment for a subprocess, without terminal-size hints, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in _TERMINAL_HINTS}
    env.update({"PYTHONUNBUFFERED": "1", "NO_COLOR": "1"})
    env.update(extra)
    return env


@dataclass
class CliRun:
    """One finished command line, shaped like subprocess.CompletedProcess (args, returncode, stdout, stderr)."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def assert_no_traceback(proc: CliRun | subprocess.CompletedProcess | None = None, *, stdout: str = "",
                        stderr: str = "", what: str = "") -> None:
    if proc is not None:
        stdout, stderr, what = proc.stdout, proc.stderr, " ".join(map(str, proc.args[1:]))
    for name, text in (("stdout", stdout), ("stderr", stderr)):
        assert "Traceback (most recent call last)" not in text, f"`claimscope {what}` showed a traceback on {name}:\n{text}"


def run_cli(*args: str, cwd: Path, input: str | None = None, env: dict[str, str] | None = None) -> CliRun:
    """Run `claimscope ARGS` in this process, in `cwd`, with `input` as stdin: the script's messages and exit codes."""
    # cli.app.run is the console script's own path; Typer's CliRunner isolation swaps stdin, stdout, stderr and the
    # environment for the call, and the spaCy pipeline loads once per test session instead of once per command.
    overrides: dict[str, str | None] = {name: None for name in _TERMINAL_HINTS}
    overrides.update(env or cli_env())
    argv = [str(a) for a in args]
    before = os.getcwd()
    os.chdir(cwd)
    try:
        with CliRunner().isolation(input=input, env=overrides) as (out, err, _mixed):
            code = run_command_line(argv)
            sys.stdout.flush()
            sys.stderr.flush()
            stdout, stderr = out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8", "replace")
    finally:
        os.chdir(before)
    proc = CliRun(["claimscope", *argv], code, stdout, stderr)
    assert_no_traceback(proc)
    return proc


def run_cli_process(*args: str, cwd: Path, input: str | None = None, timeout: float = 120,
                    env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the installed `claimscope ARGS` console script in a subprocess (for what only a real process shows)."""
    proc = subprocess.run(cli_cmd(*args), cwd=cwd, input=input, capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout, env=env or process_env(),
                          stdin=None if input is not None else subprocess.DEVNULL)
    assert_no_traceback(proc)
    return proc


def explain(proc: CliRun | subprocess.CompletedProcess) -> str:
    """For assertion messages: the command, its exit code and both streams."""
    return (f"\n$ claimscope {' '.join(map(str, proc.args[1:]))}\nexit code {proc.returncode}\n"
            f"--- stdout ---\n{proc.stdout[-4000:]}\n--- stderr ---\n{proc.stderr[-4000:]}")


def read_only(db: Path) -> sqlite3.Connection:
    """A read-only connection, safe to open while a claimscope process writes the store."""
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)


def store_rows(db: Path) -> tuple[set[str], set[tuple[str, str, str | None]]]:
    """(document ids, {(statement id, content text, speaker name)}) of a store, read with sqlite3 directly."""
    conn = read_only(db)
    try:
        docs = {row[0] for row in conn.execute("SELECT id FROM documents")}
        statements = set(conn.execute(
            "SELECT s.id, s.content_text, a.name FROM statements s LEFT JOIN actors a ON a.id = s.speaker_actor_id"))
    finally:
        conn.close()
    return docs, statements


# --- a small JSON Schema check (the subset docs/document.schema.json uses), since jsonschema is not a dependency ---

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def schema_errors(value, schema: dict, root: dict | None = None, where: str = "$") -> list[str]:
    """Violations of `schema` by `value` (type, required, properties, additionalProperties, items, prefixItems,
    minItems/maxItems, enum, minimum/maximum, $ref, allOf, anyOf, oneOf); unknown keywords are ignored."""
    root = root or schema
    errors: list[str] = []
    if "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/"), f"unsupported $ref {ref}"
        target = root
        for part in ref[2:].split("/"):
            target = target[part]
        errors += schema_errors(value, target, root, where)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](value) for t in types):
            return errors + [f"{where}: expected {'/'.join(types)}, got {type(value).__name__} {value!r:.60}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{where}: {value!r} not one of {schema['enum']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{where}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{where}: {value} > maximum {schema['maximum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{where}: missing required key {key!r}")
        props = schema.get("properties", {})
        for key, sub in props.items():
            if key in value:
                errors += schema_errors(value[key], sub, root, f"{where}.{key}")
        if schema.get("additionalProperties") is False:
            errors += [f"{where}: unexpected key {key!r}" for key in value if key not in props]
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            errors.append(f"{where}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{where}: more than {schema['maxItems']} items")
        prefix = schema.get("prefixItems", [])
        for i, item in enumerate(value):
            sub = prefix[i] if i < len(prefix) else schema.get("items")
            if isinstance(sub, dict):
                errors += schema_errors(item, sub, root, f"{where}[{i}]")
    for sub in schema.get("allOf", []):
        errors += schema_errors(value, sub, root, where)
    if "anyOf" in schema and all(schema_errors(value, s, root, where) for s in schema["anyOf"]):
        errors.append(f"{where}: matches none of anyOf")
    if "oneOf" in schema:
        matching = sum(1 for s in schema["oneOf"] if not schema_errors(value, s, root, where))
        if matching != 1:
            errors.append(f"{where}: matches {matching} of oneOf, expected exactly 1")
    return errors


def document_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


# --- short news-like test articles, written for these tests ---

ARTICLE_PARK = """Council approves new riverside park
The city council approved plans for a new riverside park on Monday after two years of debate.
"This is a great day for our neighbourhood," council leader Anna Berg said after the vote.
Residents said they had waited more than ten years for the decision.
"""

ARTICLE_FACTORY = """Westbrook factory to close in March
The Westbrook glass factory will close in March, its owner said on Friday.
"We have no other choice," chief executive Paul Mercer told staff at a meeting.
Union official Sara Lind said the workers would fight the decision in court.
"""

JSONL_DOCS = [
    {"title": "Budget agreed", "published": "2025-03-06", "publisher": "Test Wire",
     "text": "Budget agreed after late talks\nMinisters agreed a new budget on Thursday night. "
             "\"The numbers finally add up,\" finance minister John Hale said."},
    {"title": "Old town flooded", "url": "https://example.org/flood",
     "text": "Old town flooded\nThe river flooded the old town overnight. "
             "\"We lost everything,\" shop owner Lena Park said on Saturday."},
]

HTML_PAGE = """<!doctype html>
<html><head><title>Library reopens after repairs</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Library reopens after repairs</h1>
<p>The central library reopened on Saturday after two years of repairs to its roof and reading rooms.</p>
<p>"Books are back where they belong," head librarian Omar Reyes said at the ceremony.</p>
<p>Visitors said the new reading room was bright and quiet, and the mayor said more branches would follow.</p>
</article></body></html>
"""


def jsonl_text(docs: list[dict]) -> str:
    return "".join(json.dumps(d) + "\n" for d in docs)
