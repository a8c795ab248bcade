"""Time the link stage (duplicates + stories) at growing corpus sizes, up to 100,000 documents.

Analysing 100k documents with spaCy is far too slow here, so the benchmark stores are built by inserting
synthetic documents directly (documents rows with minimal JSON, plus actors/doc_actors derived cheaply from
capitalised word runs); only the link stage is timed, in a fresh process per size, with its peak RSS:
`duplicates.link_duplicates` then `stories.link_stories` over every document (claims are not included).

Documents: the 2,095 BBC articles, then 10% edited copies of random BBC articles (inject_near_duplicates.edit,
strengths in turn) and 90% new texts made of 12 sentences drawn from random BBC articles; dates spread over
2024-2025 (a copy is dated 0-2 days after its original).

    python benchmarks/bench_link.py --sizes 1000 10000 30000 100000 [--dir /tmp/bench-link]
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


def corpus(n: int, seed: int = 7):
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
        elif rng.random() < 0.1:
            k = rng.randrange(len(texts))
            yield edit(texts[k], strengths[i % 3], rng), (dates[k] + timedelta(days=rng.randrange(3))).isoformat()
        else:
            body = [rng.choice(pool) for _ in range(12)]
            title = " ".join(body[0].split()[:8])
            yield title + "\n\n" + "\n\n".join(" ".join(body[j:j + 3]) for j in range(0, 12, 3)), \
                (start + timedelta(days=rng.randrange(730))).isoformat()


def build(db: Path, n: int) -> None:
    """Create a store of n synthetic documents with cheap actors (no spaCy)."""
    from claimscope.store import Store
    from claimscope.store.actors import norm

    with Store(db) as store:
        conn = store._db
        conn.execute("BEGIN")
        actor_ids: dict[str, int] = {}
        for i, (text, published) in enumerate(corpus(n)):
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


def link(db: Path) -> dict:
    """Run duplicates + stories over every document; seconds per step and peak RSS of this process."""
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
        changed = stories.link_stories(conn, ids)
        t2 = time.perf_counter()
        multi = conn.execute("SELECT COUNT(*), MAX(documents) FROM stories WHERE documents > 1").fetchone()
    return {"documents": len(ids), "duplicates": dups, "stories": len(changed), "multi_doc_stories": multi[0],
            "largest_story": multi[1], "duplicates_s": round(t1 - t0, 1), "stories_s": round(t2 - t1, 1),
            "link_s": round(t2 - t0, 1), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 30000, 100000])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/bench-link"))
    ap.add_argument("--one", nargs=2, metavar=("ACTION", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        action, n = args.one[0], int(args.one[1])
        db = args.dir / f"link-{n}.db"
        if action == "build":
            build(db, n)
        else:
            print(json.dumps(link(db)))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        db = args.dir / f"link-{n}.db"
        for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            p.unlink(missing_ok=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--dir", str(args.dir), "--one", "build", str(n)], check=True)
        built = time.perf_counter() - t
        out = subprocess.run([sys.executable, __file__, "--dir", str(args.dir), "--one", "link", str(n)], check=True,
                             capture_output=True, text=True).stdout
        res = json.loads(out.strip().splitlines()[-1])
        res["build_s"] = round(built, 1)
        print(json.dumps(res), flush=True)


if __name__ == "__main__":
    main()
