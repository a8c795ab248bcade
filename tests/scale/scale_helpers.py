"""Helpers shared by the scale tests (a module name of its own, so it never collides with other conftests)."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "src" / "claimscope" / "examples"

ARTICLES = {
    "a-council.txt": "Council backs new bridge\n\n\u201cWe will build it by 2027,\u201d said Mayor Lena Ortiz on Tuesday. "
                     "Opposition leader Tom Price said the plan was too expensive.\n",
    "b-strike.txt": "Nurses vote to strike\n\nThe union's general secretary, Amara Okafor, said members had "
                    "\u201cno choice left\u201d. According to the health ministry, talks will resume next week.\n",
    "c-market.txt": "Shares fall after warning\n\nAnalyst Priya Nair said investors feared a slowdown. "
                    "\u201cThe outlook is weak,\u201d the company's chief executive, John Reed, told reporters.\n",
    "d-science.txt": "Telescope finds water\n\nAstronomers said on Monday that the telescope had detected water vapour. "
                     "Professor Karl Jensen believes the finding will change the search for life.\n",
}


def store_rows(db: Path) -> tuple[set[tuple], list[tuple]]:
    """({(document id, path, title)}, sorted statement rows) of a store, read with sqlite3 directly."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        docs = set(conn.execute("SELECT id, path, title FROM documents"))
        rows = sorted(conn.execute(
            "SELECT s.id, s.document_id, s.kind, s.content_text, s.cue_text, a.name FROM statements s "
            "LEFT JOIN actors a ON a.id = s.speaker_actor_id"))
    finally:
        conn.close()
    return docs, rows


def cli_path() -> str:
    for candidate in (REPO / ".venv" / "bin" / "claimscope", Path(sys.executable).parent / "claimscope"):
        if candidate.is_file():
            return str(candidate)
    pytest.skip("the claimscope console script is not installed (pip install -e .)")


def cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "FORCE_COLOR")}
    env.update({"NO_COLOR": "1", "PYTHONUNBUFFERED": "1"})
    return env


def error_lines(stderr: str) -> list[str]:
    """The `error: ORIGIN: REASON` lines of a run, without the prefix, sorted."""
    return sorted(line[len("error: "):] for line in stderr.splitlines() if line.startswith("error: "))
