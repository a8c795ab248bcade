"""Child process for the crash tests: adds documents in a loop and may SIGKILL itself just before a COMMIT.

usage: crash_child.py DB N_DOCS N_STATEMENTS KILL_AT_COMMIT   (KILL_AT_COMMIT 0 = never; the parent may kill it)
"""

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_docs import make_doc  # noqa: E402

from claimscope.store import Store  # noqa: E402


def main() -> None:
    db, n_docs, n_statements, kill_at = sys.argv[1], *map(int, sys.argv[2:5])
    store = Store(db)
    conn = store._conn
    conn.execute("PRAGMA cache_size=5")  # tiny page cache: uncommitted pages spill into the WAL mid-transaction
    commits = 0

    def trace(sql: str) -> None:
        nonlocal commits
        if sql.strip().upper() == "COMMIT":
            commits += 1
            if commits == kill_at:  # every row of this document is written; only the commit is missing
                os.kill(os.getpid(), signal.SIGKILL)

    conn.set_trace_callback(trace)
    for i in range(n_docs):
        store.add_document(make_doc(i, n_statements))
        print(i, flush=True)
    store.close()


if __name__ == "__main__":
    main()
