"""Latency of every JSON API endpoint against a real running `claimscope serve`, as p50 / p95 / max in ms.

The server runs in its own process on a free loopback port over the given store (build one first, e.g. the
whole BBC corpus: `claimscope analyze ../shared/corpora/bbc --db /tmp/bbc.db`). Each endpoint is called
`--rounds` times with the parameters a page sends (a filter taken from the store itself: its most quoted
actor, its commonest publisher, a common word), one request at a time, after one warm-up call.

    python benchmarks/bench_api.py --db /tmp/bbc.db [--rounds 30] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _command() -> list[str]:
    script = ROOT / ".venv" / "bin" / "claimscope"
    if script.is_file():
        return [str(script)]
    found = shutil.which("claimscope")
    return [found] if found else [sys.executable, "-c", "from claimscope.cli.app import main; main()"]


def _samples(db: Path) -> dict[str, str]:
    """Filter values the pages would send, read from the store itself."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT a.id, a.name FROM actors a JOIN statements s ON s.speaker_actor_id = a.id "
                           "GROUP BY a.id ORDER BY count(*) DESC LIMIT 1").fetchone() or (1, "a")
        pub = conn.execute("SELECT publisher FROM documents WHERE publisher IS NOT NULL GROUP BY 1 "
                           "ORDER BY count(*) DESC LIMIT 1").fetchone()
        doc = conn.execute("SELECT id FROM documents ORDER BY n LIMIT 1").fetchone()
        story = None
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'stories'").fetchone():
            story = conn.execute("SELECT id FROM stories ORDER BY documents DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return {"actor_id": str(top[0]), "actor": top[1], "publisher": pub[0] if pub else "",
            "document": doc[0] if doc else "", "story": story[0] if story else ""}


def endpoints(s: dict[str, str]) -> list[tuple[str, dict]]:
    """(path, params) of what the UI's pages ask for."""
    out = [
        ("/api/stats", {}), ("/api/search", {"q": "government"}),
        ("/api/statements", {}), ("/api/statements", {"search": "minister"}),
        ("/api/statements", {"speaker": s["actor"]}), ("/api/statements", {"sort": "-confidence"}),
        ("/api/facets/statements", {}), ("/api/facets/statements", {"search": "minister"}),
        ("/api/documents", {}), ("/api/documents", {"q": "election"}), ("/api/facets/documents", {}),
        ("/api/actors", {}), (f"/api/actors/{s['actor_id']}", {}), ("/api/network", {}),
        ("/api/events", {}), ("/api/quantities", {}), ("/api/timeline", {}),
        ("/api/stories", {}), ("/api/claims", {}), ("/api/contradictions", {}),
    ]
    if s["publisher"]:
        out.append(("/api/statements", {"publisher": s["publisher"]}))
    if s["document"]:
        out.append((f"/api/documents/{s['document']}", {}))
    if s["story"]:
        out.append((f"/api/stories/{s['story']}", {}))
    return out


def run(db: Path, rounds: int) -> list[dict]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "CLAIMSCOPE_TOKEN"}
    proc = subprocess.Popen([*_command(), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    client = httpx.Client(timeout=60)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if client.get(base + "/api/health").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("bench_api: the server did not start")
            time.sleep(0.1)
        results = []
        for path, params in endpoints(_samples(db)):
            status = client.get(base + path, params=params).status_code  # warm-up
            times = []
            for _ in range(rounds):
                t = time.perf_counter()
                client.get(base + path, params=params)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            results.append({"endpoint": path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else ""),
                            "status": status, "p50_ms": statistics.median(times), "p95_ms": p95, "max_ms": times[-1]})
        return results
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.db.is_file():
        raise SystemExit(f"bench_api: {args.db}: no such store")
    results = run(args.db, args.rounds)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print("| endpoint | status | p50 ms | p95 ms | max ms |\n| --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| `{r['endpoint'][:70]}` | {r['status']} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['max_ms']:.1f} |")
    slow = [r for r in results if r["p95_ms"] > 100]
    print(f"\n{len(results) - len(slow)} of {len(results)} endpoints with p95 under 100 ms")


if __name__ == "__main__":
    main()
