"""Time the link stage (duplicates + stories) at growing corpus sizes, up to 100,000 documents.

Analysing 100k documents with spaCy is far too slow here, so the benchmark stores are built by inserting
synthetic documents directly (documents rows with minimal JSON, plus actors/doc_actors derived cheaply from
capitalised word runs); only the link stage is timed, in a fresh process per size, with its peak RSS:
`duplicates.link_duplicates` then `stories.link_stories` over every document (the claims step, which works per
story on the analysed statements, is not included).

Documents (`--mix`): the 2,095 BBC articles (dated at random over 2024-2025) first, then
- `copies` (default): edited copies of random BBC articles (inject_near_duplicates.edit, light/medium/heavy in
  turn), each dated 0-2 days after its original;
- `salad`: 10% such copies and 90% new texts made of 12 sentences drawn from one pool of BBC sentences, dated at
  random over 2024-2025 (they stress story grouping: every text is new, and they share words and actors with
  many others as the corpus grows).
Below 2,095 documents both mixes are the first BBC articles only.

    python benchmarks/bench_link.py --sizes 1000 10000 30000 100000 [--mix copies|salad] [--dir /tmp/bench-link]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import resource
import subprocess
import sys
import time
import zlib
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject_near_duplicates import STRENGTHS, edit, originals, sentences  # noqa: E402

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")


def corpus(n: int, seed: int = 7, mix: str = "copies"):
    """Yield (text, published) for n synthetic documents, the BBC originals first."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in originals()]
    pool = [s for t in texts for para in t.split("\n")[1:] for s in sentences(para)]
    start = date(2024, 1, 1)
    dates = [start + timedelta(days=rng.randrange(730)) for _ in texts]
    strengths = list(STRENGTHS)
    for i in range(n):
        if i < len(texts):
            yield texts[i], dates[i].isoformat()
        elif mix == "copies" or rng.random() < 0.1:
            k = rng.randrange(len(texts))
            yield edit(texts[k], strengths[i % 3], rng), (dates[k] + timedelta(days=rng.randrange(3))).isoformat()
        else:
            body = [rng.choice(pool) for _ in range(12)]
            title = " ".join(body[0].split()[:8])
            yield title + "\n\n" + "\n\n".join(" ".join(body[j:j + 3]) for j in range(0, 12, 3)), \
                (start + timedelta(days=rng.randrange(730))).isoformat()


def build(db: Path, n: int, mix: str) -> None:
    """Create a store of n synthetic documents with cheap actors (no spaCy)."""
    from claimscope.store import Store
    from claimscope.store.actors import norm

    with Store(db) as store:
        conn = store._db
        conn.execute("BEGIN")
        actor_ids: dict[str, int] = {}
        for i, (text, published) in enumerate(corpus(n, mix=mix)):
            doc_id = hashlib.sha256(f"{i}:{text}".encode()).hexdigest()[:16]
            title = text.split("\n", 1)[0]
            blob = zlib.compress(json.dumps({"id": doc_id, "text": "", "statements": [], "actors": []}).encode())
            conn.execute("INSERT INTO documents(id, title, published, text, json, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (doc_id, title, published, text, blob, "2026-11-26T00:00:00+00:00"))
            names = {m.group(1) for m in _NAME.finditer(text)}
            for j, name in enumerate(sorted(names)[:25]):
                aid = actor_ids.get(name)
                if aid is None:
                    aid = conn.execute("INSERT INTO actors(name, type, norm) VALUES (?, '', ?) RETURNING id",
                                       (name, norm(name))).fetchone()[0]
                    actor_ids[name] = aid
                conn.execute("INSERT INTO doc_actors(document_id, local_id, name, type, norm, actor_id) "
                             "VALUES (?, ?, ?, '', ?, ?)", (doc_id, f"a{j}", name, norm(name), aid))
            if i % 5000 == 4999:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
        conn.execute("COMMIT")


def link(db: Path, last: float = 0.0) -> dict:
    """Run duplicates + stories over every document; seconds per step and peak RSS of this process. With `last`
    (a fraction), the stories step links all but the last documents first, then times a pass over the last ones
    (an incremental pass: below `link.story_refresh_growth` it recomputes only the lists they could enter)."""
    from claimscope.link import duplicates, stories
    from claimscope.link.run import ensure_link_tables
    from claimscope.store import Store

    with Store(db) as store:
        conn = store._db
        ensure_link_tables(conn)
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY n")]
        t0 = time.perf_counter()
        dups = duplicates.link_duplicates(conn, ids)
        t1 = time.perf_counter()
        m = int(len(ids) * last)
        changed = stories.link_stories(conn, ids[:len(ids) - m])
        t2 = time.perf_counter()
        if m:
            changed = stories.link_stories(conn, ids[len(ids) - m:])
        t3 = time.perf_counter()
        multi = conn.execute("SELECT COUNT(*), MAX(documents) FROM stories WHERE documents > 1").fetchone()
    return {"documents": len(ids), "duplicates": dups, "stories": len(changed), "multi_doc_stories": multi[0],
            "largest_story": multi[1], "duplicates_s": round(t1 - t0, 1), "stories_s": round(t2 - t1, 1),
            "link_s": round(t2 - t0, 1), "docs_per_s": round(len(ids) / (t2 - t0)),
            **({"last_pass_docs": m, "last_pass_s": round(t3 - t2, 1)} if m else {}), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 30000, 100000])
    ap.add_argument("--mix", choices=("copies", "salad"), default="copies")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/bench-link"))
    ap.add_argument("--keep", action="store_true", help="reuse a store built earlier (its link tables are cleared)")
    ap.add_argument("--last", type=float, default=0.0, help="also time an incremental pass over this fraction "
                    "of the documents, linked after the others (0.01: the last 1%%)")
    ap.add_argument("--one", nargs=2, metavar=("ACTION", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        action, n = args.one[0], int(args.one[1])
        db = args.dir / f"link-{args.mix}-{n}.db"
        if action == "build":
            build(db, n, args.mix)
        else:
            print(json.dumps(link(db, args.last)))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    results = []
    for n in args.sizes:
        db = args.dir / f"link-{args.mix}-{n}.db"
        common = [sys.executable, __file__, "--dir", str(args.dir), "--mix", args.mix, "--last", str(args.last),
                  "--one"]
        built = None
        if args.keep and db.exists():
            clear(db)
        else:
            for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                p.unlink(missing_ok=True)
            t = time.perf_counter()
            subprocess.run(common + ["build", str(n)], check=True)
            built = round(time.perf_counter() - t, 1)
        out = subprocess.run(common + ["link", str(n)], check=True, capture_output=True, text=True).stdout
        res = {"mix": args.mix, **json.loads(out.strip().splitlines()[-1]), "build_s": built}
        if results:
            prev = results[-1]
            res["size_ratio"] = round(res["documents"] / prev["documents"], 2)
            res["time_ratio"] = round(res["link_s"] / max(prev["link_s"], 0.1), 2)
        results.append(res)
        print(json.dumps(res), flush=True)


def clear(db: Path) -> None:
    """Empty the link tables of a kept store, so the next link pass starts from nothing."""
    import sqlite3

    conn = sqlite3.connect(db)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in ("doc_minhash", "doc_bands", "document_duplicates", "segments", "repeated_segments",
                  "story_documents", "stories", "story_features", "story_postings", "story_df", "story_ref",
                  "story_proposers", "story_neighbours", "story_dirty", "story_state", "story_edges", "link_state"):
        if table in names:
            conn.execute(f"DELETE FROM {table}")
    conn.commit()
    conn.close()


if __name__ == "__main__":
    main()
