"""Writing stories: name the groups a consolidation found and rewrite only the stories whose members changed.

A story keeps the id of the earlier story it takes most documents from (largest groups choose first); a new one
is `st-<its smallest document id>`; a story emptied by a merge is deleted. Only the documents of the region that
was clustered again (link/story_region.py) are read: the stories outside it are unchanged.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import datetime, timezone

PROFILE = 20                    # features shown per story profile (most documents first)


def stories_of(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[str, str]:
    """document -> its present story, for `doc_ids`."""
    out: dict[str, str] = {}
    for i in range(0, len(doc_ids), 500):
        part = doc_ids[i:i + 500]
        out.update(conn.execute("SELECT document_id, story_id FROM story_documents WHERE document_id IN "
                                f"({','.join('?' * len(part))})", part))
    return out


def apply(conn: sqlite3.Connection, groups: list[list[str]], doc_ids: list[str]) -> set[str]:
    """Name the groups (which cover whole stories) and rewrite only the stories whose members changed; returns
    the ids to relink claims of: changed, gone, and the stories of `doc_ids`."""
    old = stories_of(conn, sorted({d for g in groups for d in g}))
    before: dict[str, set[str]] = {}
    for d, sid in old.items():
        before.setdefault(sid, set()).add(d)
    named = _name(conn, groups, old)
    changed = {sid: members for sid, members in named.items() if before.get(sid) != set(members)}
    gone = set(before) - set(named)
    story_of = {d: sid for sid, members in changed.items() for d in members}
    _write(conn, changed, gone, story_of)
    touched = set(stories_of(conn, sorted(set(doc_ids))).values())
    return set(changed) | gone | touched


def _name(conn: sqlite3.Connection, groups: list[list[str]], old: dict[str, str]) -> dict[str, list[str]]:
    """Story id of each group: the earlier story it takes most documents from (largest groups choose first),
    else `st-` and its smallest document id not naming another story."""
    taken: set[str] = set()
    out: dict[str, list[str]] = {}
    fresh = []
    for g in groups:
        counts = Counter(old[d] for d in g if d in old)
        choice = next((sid for sid, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
                       if sid not in taken), None)
        if choice is None:
            fresh.append(g)
            continue
        taken.add(choice)
        out[choice] = g
    elsewhere = set(old.values())
    for g in fresh:
        for d in g:
            sid = f"st-{d}"
            if sid not in taken and (sid in elsewhere or not _exists(conn, sid)):
                break
        else:
            sid = f"st-{g[0]}-{len(out)}"
        taken.add(sid)
        out[sid] = g
    return out


def _exists(conn: sqlite3.Connection, sid: str) -> bool:
    return conn.execute("SELECT 1 FROM stories WHERE id = ?", (sid,)).fetchone() is not None


def _write(conn: sqlite3.Connection, named: dict[str, list[str]], gone: set[str], story_of: dict[str, str]
           ) -> None:
    """Rewrite the changed stories' rows: members, span, counts (documents, independent sources), profile."""
    conn.executemany("DELETE FROM story_documents WHERE document_id = ?", [(d,) for d in sorted(story_of)])
    conn.executemany("DELETE FROM stories WHERE id = ?", [(s,) for s in sorted(gone)])
    conn.executemany("INSERT OR IGNORE INTO stories(id) VALUES (?)", [(s,) for s in sorted(named)])
    conn.executemany("INSERT OR REPLACE INTO story_documents(story_id, document_id) VALUES (?, ?)",
                     sorted((sid, d) for d, sid in story_of.items()))
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for sid, members in sorted(named.items()):
        rows = conn.execute(
            "SELECT d.id, d.title, substr(d.published, 1, 10), coalesce(x.canonical_id, d.id), f.features "
            "FROM story_documents sd JOIN documents d ON d.id = sd.document_id "
            "LEFT JOIN document_duplicates x ON x.document_id = d.id "
            "LEFT JOIN story_features f ON f.document_id = d.id WHERE sd.story_id = ?", (sid,)).fetchall()
        days = [r[2] for r in rows if r[2]]
        titled = sorted((r[2] or "9999", r[0], r[1]) for r in rows if r[1])
        profile = Counter()
        for r in rows:
            if r[4]:
                profile.update(json.loads(r[4]).keys())
        prof = dict(sorted(profile.items(), key=lambda kv: (-kv[1], kv[0]))[:PROFILE])
        prof["#"] = sum(1 for r in rows if r[4])
        conn.execute(
            "INSERT INTO stories(id, label, first_seen, last_seen, documents, sources, profile, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, "
            "first_seen = excluded.first_seen, last_seen = excluded.last_seen, documents = excluded.documents, "
            "sources = excluded.sources, profile = excluded.profile, updated_at = excluded.updated_at",
            (sid, titled[0][2] if titled else None, min(days, default=None), max(days, default=None), len(rows),
             len({r[3] for r in rows}), json.dumps(prof, separators=(",", ":")), now))
