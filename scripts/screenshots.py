"""Screenshots of every page of the web UI for docs/screenshots/, with the browser helper of the tests.

    .venv/bin/python scripts/screenshots.py                 # BBC subset + reference article, then the test shots
    .venv/bin/python scripts/screenshots.py --per-category 0 # all 2,095 BBC articles (~6 min on 2 cores)

1. Builds a store with `claimscope analyze` from the BBC corpus (../shared/corpora/bbc-2005/news; by default the
   first 60 articles of each of its five categories, in file-name order: 300 articles) plus the reference article
   (../shared/corpora/seed/euromaidan-dprk-troops.txt), starts `claimscope serve` on it, and saves one screenshot
   per page into docs/screenshots/ (search, results, statements, filtered statements, actors, actor, articles,
   reader, stories, the biggest story, claims, contradictions, events, timeline, network, API docs).
2. Runs the browser tests (tests/serve/test_serve_browser.py) with CLAIMSCOPE_SCREENSHOTS=docs/screenshots/tests,
   which adds the pages that need data the BBC store does not have yet (a story with a contradiction, a timeline
   of quantities by source) and the malicious-article reader, all on the tests' small store.

Needs Debian's chromium at /usr/bin/chromium (scripts/test.sh installs it when run as root).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "serve"))

from serve_helpers import (  # noqa: E402
    browser, chromium_available, claimscope_cmd, env, new_page, open_page, running_server, screenshot,
)

SHARED = REPO.parent / "shared" / "corpora"
BBC = SHARED / "bbc-2005" / "news"
REFERENCE = SHARED / "seed" / "euromaidan-dprk-troops.txt"


def pick_articles(per_category: int) -> list[Path]:
    files = []
    for category in sorted(p for p in BBC.iterdir() if p.is_dir()):
        names = sorted(category.glob("*.txt"))
        files += names if per_category <= 0 else names[:per_category]
    return files


def build_store(db: Path, files: list[Path]) -> None:
    started = time.perf_counter()
    # pass the files as arguments in chunks: the store skips what it already holds, so this is one store
    for start in range(0, len(files), 400):
        chunk = [os.path.relpath(p, REPO) for p in files[start:start + 400]]  # relative source paths, as a user types
        proc = subprocess.run(claimscope_cmd("analyze", *chunk, "--db", str(db.resolve()), "-q"), env=env(), text=True,
                              capture_output=True, cwd=REPO)
        if proc.returncode != 0:
            sys.exit(f"claimscope analyze failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    print(f"analysed {len(files)} articles into {db} in {time.perf_counter() - started:.0f}s", file=sys.stderr)


def one(db: Path, sql: str, *params):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def bbc_pages(db: Path) -> list[tuple[str, str, bool]]:
    """(file name, path, full page?) for each page, choosing real actors and articles from the store."""
    blair = one(db, "SELECT id FROM actors WHERE name = 'Tony Blair'") or one(
        db, "SELECT speaker_actor_id FROM statements WHERE speaker_actor_id IS NOT NULL "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    reference = one(db, "SELECT id FROM documents WHERE path LIKE '%euromaidan-dprk-troops.txt'")
    busy = one(db, "SELECT d.id, s.id FROM documents d JOIN statements s ON s.document_id = d.id "
                   "WHERE d.path LIKE '%/politics/%' GROUP BY d.id HAVING count(*) BETWEEN 6 AND 12 "
                   "ORDER BY d.n LIMIT 1")
    pages = [
        ("search", "/", True),
        ("search-results", "/?q=" + quote("election"), True),
        ("statements", "/statements?limit=20", True),
        ("statements-filtered", "/statements?speaker=Blair&kind=direct&limit=20", True),
        ("actors", "/actors?limit=25", True),
        ("documents", "/documents?limit=20&sort=-statements", True),
        ("stories", "/stories", False),
        ("claims", "/claims?sort=-sources", False),
        ("contradictions", "/contradictions", False),
        ("events", "/events?sort=type", False),
        ("timeline", "/timeline", True),
        ("network", "/network?max_edges=120", True),
        ("api-docs", "/docs", False),
    ]
    if blair:
        pages.insert(5, ("actor", f"/actors/{blair[0]}", True))
        pages.append(("network-actor", f"/network?actor={blair[0]}&max_edges=60", True))
    story = one(db, "SELECT id FROM stories ORDER BY documents DESC, id LIMIT 1") if one(
        db, "SELECT 1 FROM sqlite_master WHERE name = 'stories'") else None
    if story:
        pages.insert(pages.index(("stories", "/stories", False)) + 1, ("story", f"/stories/{quote(story[0])}", False))
    if reference:
        pages.insert(6, ("reader-reference", f"/documents/{reference[0]}", True))
    if busy:
        pages.insert(6, ("reader", f"/documents/{busy[0]}#st-{busy[1]}", False))
    return pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-category", type=int, default=60, help="BBC articles per category (0: all)")
    ap.add_argument("--db", type=Path, help="reuse or create this store (default: a temporary one)")
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    ap.add_argument("--no-tests", action="store_true", help="skip the browser tests' screenshots")
    args = ap.parse_args()
    if not chromium_available():
        sys.exit("needs Debian's chromium at /usr/bin/chromium: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bbc.db"
        files = pick_articles(args.per_category) + [REFERENCE]
        build_store(db, files)
        args.out.mkdir(parents=True, exist_ok=True)
        with running_server(db, log_dir=Path(tmp)) as server, browser() as b:
            page = new_page(b, width=1360, height=900)
            for name, path, full in bbc_pages(db):
                open_page(page, server.url + path)
                page.wait_for_timeout(150)
                shot = screenshot(page, args.out / f"{name}.png", full_page=full)
                problems = f"  problems: {page.problems}" if page.problems else ""
                print(f"{shot.relative_to(REPO) if shot.is_relative_to(REPO) else shot}  <- {path}{problems}")
                page.problems.clear()
    if not args.no_tests:
        target = args.out / "tests"
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               str(REPO / "tests" / "serve" / "test_serve_browser.py")],
                              env={**os.environ, "CLAIMSCOPE_SCREENSHOTS": str(target)}, cwd=REPO)
        if proc.returncode:
            sys.exit(proc.returncode)
        print(f"browser tests' screenshots in {target}")


if __name__ == "__main__":
    main()
