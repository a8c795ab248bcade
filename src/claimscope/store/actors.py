"""Actors across documents: one record per person, organisation, state and place, whatever form articles use.

Each document JSON names its actors with a canonical name per document (`analyse/actors.py`). In the store:

- Organisations, states and places are one record per (name, type), the name compared without case,
  accents or full stops; the knowledge base already gives every alias ("UK", "Britain") one canonical name.
- People are keyed by their full name ("Tony Blair"); "Mr Blair" in an article that named Tony Blair is
  already Tony Blair there. A person an article names only by surname ("Mr Blair", never "Tony Blair") joins
  the full-named person of that surname the store knows best: only when that person appears in at least
  `SURNAME_MIN_DOCS` documents, in at least `SURNAME_DOMINANCE` times as many documents as any other person of
  that surname whose honorifics fit ("Mr" is not "Mrs"); a bare surname with no honorific ("Blair" in a
  headline) needs `BARE_MIN_DOCS` documents and `BARE_DOMINANCE` times any namesake; otherwise it stays a
  record of its own. Two
  different full names are never one record, so two people sharing a surname are never merged.
- Users override this: `merge(A, B)` makes every record of B part of A, now and in documents added later;
  `split(A, B)` keeps B apart from A (undoing a merge or an automatic surname attachment), in every document
  or in one. Overrides live in the store (`actor_overrides`) and are consulted whenever a document's actors
  are linked, so they survive re-analysis; applying one re-links the documents it touches.
- Roles and affiliations are kept per document (`actor_roles`), so an actor's roles can be listed over time
  by the article's date.

Tables: `doc_actors` (one row per actor of each document: its local id, name, type and the store actor it
was linked to, and how: name | surname | override), `actor_roles`, `actor_overrides`; `actors` gains kind,
country, coordinates, a normalised name and a surname.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import datetime, timezone

from claimscope.store.text import sqlite_text as t

SURNAME_MIN_DOCS = 2
SURNAME_DOMINANCE = 3.0
# a bare surname with no honorific ("Blair" in a headline) joins only a person this prominent
BARE_MIN_DOCS = 10
BARE_DOMINANCE = 10.0
_MALE = {"mr", "sir", "lord"}
_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "baroness"}
_HONORIFICS = _MALE | _FEMALE | {"dr", "prof", "professor", "rev"}

ACTOR_COLUMNS = (("kind", "TEXT"), ("country", "TEXT"), ("lat", "REAL"), ("lon", "REAL"), ("norm", "TEXT"),
                 ("surname", "TEXT"))

ACTORS_SQL = """
CREATE TABLE IF NOT EXISTS doc_actors (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL DEFAULT '',
    norm        TEXT NOT NULL,
    honorific   TEXT,
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    how         TEXT NOT NULL DEFAULT 'name',
    PRIMARY KEY (document_id, local_id)
);
CREATE INDEX IF NOT EXISTS doc_actors_actor ON doc_actors(actor_id);
CREATE INDEX IF NOT EXISTS doc_actors_norm ON doc_actors(norm, type);
CREATE TABLE IF NOT EXISTS actor_roles (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actor_roles_actor ON actor_roles(actor_id);
CREATE INDEX IF NOT EXISTS actor_roles_document ON actor_roles(document_id);
CREATE TABLE IF NOT EXISTS actor_overrides (
    id          INTEGER PRIMARY KEY,
    action      TEXT NOT NULL,
    name        TEXT NOT NULL,
    norm        TEXT NOT NULL,
    type        TEXT,
    target      TEXT NOT NULL,
    target_norm TEXT NOT NULL,
    target_type TEXT,
    document_id TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS actors_norm ON actors(norm, type);
CREATE INDEX IF NOT EXISTS actors_surname ON actors(surname, type);
"""


def norm(name: str | None) -> str:
    """The form names are compared in: no case, accents, full stops or extra spaces ('Hugo Chávez' = 'hugo chavez')."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", t(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace(".", " ").replace("’", "'")
    return " ".join(text.casefold().split())


def _surname(name: str, type_: str) -> str | None:
    if type_ != "PERSON":
        return None
    parts = norm(name).split()
    return parts[-1] if parts else None


def ensure_actor_tables(conn: sqlite3.Connection) -> None:
    """Give a store the actor tables and columns (idempotent; an older store gains them, empty, on open)."""
    cols = {row[1] for row in conn.execute("PRAGMA table_info(actors)")}
    missing = [(c, ty) for c, ty in ACTOR_COLUMNS if c not in cols]
    have = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    if not missing and {"doc_actors", "actor_roles", "actor_overrides", "actors_surname"} <= have:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for c, ty in missing:
            conn.execute(f"ALTER TABLE actors ADD COLUMN {c} {ty}")
        for stmt in ACTORS_SQL.split(";"):
            if stmt.strip():
                conn.execute(stmt)
        rows = conn.execute("SELECT id, name, type FROM actors WHERE norm IS NULL").fetchall()
        conn.executemany("UPDATE actors SET norm = ?, surname = ? WHERE id = ?",
                         [(norm(n), _surname(n, ty), i) for i, n, ty in rows])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


# ---- overrides ----------------------------------------------------------------------------------------------
class Overrides:
    """The user's merge and split decisions, read once per document link."""

    def __init__(self, conn: sqlite3.Connection):
        self.merges: list[tuple] = []
        self.splits: list[tuple] = []
        for action, n, ty, tn, tt, doc in conn.execute(
                "SELECT action, norm, type, target_norm, target_type, document_id FROM actor_overrides ORDER BY id"):
            (self.merges if action == "merge" else self.splits).append((n, ty, tn, tt, doc))

    @staticmethod
    def _fits(row_norm, row_type, row_doc, n, ty, doc_id) -> bool:
        return row_norm == n and (row_type in (None, "", ty)) and (row_doc is None or row_doc == doc_id)

    def merge_target(self, n: str, ty: str, doc_id: str) -> tuple[str, str | None] | None:
        """The (normalised name, type) a record of this name must join, following chains of merges."""
        seen = set()
        target = None
        while (n, ty) not in seen:
            seen.add((n, ty))
            hit = None
            for rn, rt, tn, tt, rd in reversed(self.merges):
                if self._fits(rn, rt, rd, n, ty, doc_id) and not self.split_between(tn, n, doc_id):
                    hit = (tn, tt or ty)
                    break
            if hit is None:
                break
            target = hit
            n, ty = hit
        return target

    def split_between(self, a_norm: str, b_norm: str, doc_id: str) -> bool:
        """Did the user say records named b stay apart from a (or the other way round)?"""
        for rn, _rt, tn, _tt, rd in self.splits:
            if rd is not None and rd != doc_id:
                continue
            if (rn == b_norm and tn == a_norm) or (rn == a_norm and tn == b_norm):
                return True
        return False


# ---- linking one document -------------------------------------------------------------------------------------
def _find_or_create(conn: sqlite3.Connection, a: dict, name: str, type_: str) -> int:
    n = norm(name)
    row = conn.execute("SELECT id FROM actors WHERE norm = ? AND type = ? ORDER BY id LIMIT 1", (n, type_)).fetchone()
    coords = a.get("coordinates") or {}
    values = (t(a.get("kind")), t(a.get("country")), coords.get("lat"), coords.get("lon"))
    if row is not None:
        if any(v is not None for v in values):
            conn.execute("UPDATE actors SET kind = coalesce(kind, ?), country = coalesce(country, ?), "
                         "lat = coalesce(lat, ?), lon = coalesce(lon, ?) WHERE id = ?", (*values, row[0]))
        return row[0]
    cur = conn.execute(
        "INSERT INTO actors(name, type, kind, country, lat, lon, norm, surname) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(name, type) DO UPDATE SET norm = excluded.norm RETURNING id",
        (t(name), t(type_), *values, n, _surname(name, type_)))
    return cur.fetchone()[0]


def _honorific(a: dict) -> str | None:
    """The honorific the document uses with this person ('mr' for 'Mr Blair'), if any."""
    for m in a.get("mentions") or []:
        first = (m.get("text") or "").split(" ", 1)[0].rstrip(".").lower()
        if first in _HONORIFICS:
            return first
    return None


def _gender(h: str | None) -> str | None:
    return "m" if h in _MALE else "f" if h in _FEMALE else None


def _candidates(conn: sqlite3.Connection, surname_norm: str) -> list[tuple]:
    """(actor id, norm, documents, male honorifics, female honorifics) of the full-named people of a surname."""
    return conn.execute(
        "SELECT a.id, a.norm, count(DISTINCT d.document_id) AS docs, "
        "  sum(d.honorific IN ('mr', 'sir', 'lord')), sum(d.honorific IN ('mrs', 'ms', 'miss', 'dame', 'lady', 'baroness')) "
        "FROM actors a JOIN doc_actors d ON d.actor_id = a.id AND d.how = 'name' AND d.norm = a.norm "
        "WHERE a.surname = ? AND a.type = 'PERSON' AND instr(a.norm, ' ') > 0 "
        "GROUP BY a.id ORDER BY docs DESC, a.id", (surname_norm,)).fetchall()


def surname_candidate(conn: sqlite3.Connection, ov: Overrides, surname_norm: str, honorific: str | None,
                      doc_id: str, memo: dict | None = None) -> int | None:
    """The full-named person a surname-only mention joins, or None when no one dominates (see module doc)."""
    if memo is not None:
        if surname_norm not in memo:
            memo[surname_norm] = _candidates(conn, surname_norm)
        rows = memo[surname_norm]
    else:
        rows = _candidates(conn, surname_norm)
    want = _gender(honorific)
    fits = []
    for aid, anorm, docs, male, female in rows:
        if ov.split_between(anorm, surname_norm, doc_id):
            continue
        g = "m" if (male or 0) > (female or 0) else "f" if (female or 0) > (male or 0) else None
        if want and g and g != want:
            continue
        fits.append((docs, aid))
    if not fits:
        return None
    fits.sort(key=lambda x: (-x[0], x[1]))
    best_docs, best = fits[0]
    second = fits[1][0] if len(fits) > 1 else 0
    if honorific is None:  # no "Mr"/"Ms": only a person the store knows far better than any namesake
        return best if best_docs >= BARE_MIN_DOCS and best_docs >= BARE_DOMINANCE * max(second, 1) else None
    if best_docs >= SURNAME_MIN_DOCS and best_docs >= SURNAME_DOMINANCE * second:
        return best
    return None


def _resolve(conn: sqlite3.Connection, ov: Overrides, a: dict, doc_id: str) -> tuple[int, str]:
    name, type_ = a["name"], a.get("type") or ""
    n = norm(name)
    target = ov.merge_target(n, type_, doc_id)
    if target is not None:
        tn, tt = target
        row = conn.execute("SELECT id FROM actors WHERE norm = ? AND (type = ? OR ? IS NULL) ORDER BY id LIMIT 1",
                           (tn, tt, tt)).fetchone()
        if row is not None:
            return row[0], "override"
        name_row = conn.execute("SELECT target FROM actor_overrides WHERE target_norm = ? ORDER BY id DESC LIMIT 1",
                                (tn,)).fetchone()
        return _find_or_create(conn, {}, name_row[0] if name_row else tn, tt or type_), "override"
    if type_ == "PERSON" and " " not in n and n:
        cand = surname_candidate(conn, ov, n, _honorific(a), doc_id)
        if cand is not None:
            return cand, "surname"
    return _find_or_create(conn, a, name, type_), "name"


def link_document(conn: sqlite3.Connection, doc: dict, ov: Overrides | None = None) -> dict:
    """Resolve the document's actors to store records and write doc_actors and actor_roles rows; returns
    local id -> actor id (for mentions and statement parties). Runs inside the document's transaction."""
    ov = ov or Overrides(conn)
    doc_id = t(doc["id"])
    ids: dict[str, int] = {}
    rows, roles = [], []
    for n_, a in enumerate(doc.get("actors") or []):
        if not a.get("name"):
            continue
        local = str(a.get("id") or f"_{n_}")  # as write._mention_rows derives it
        actor_id, how = _resolve(conn, ov, a, doc_id)
        ids[local] = actor_id
        rows.append((doc_id, t(local), t(a["name"]), t(a.get("type") or ""), t(norm(a["name"])), _honorific(a),
                     actor_id, how))
        for r in a.get("roles") or []:
            roles.append((doc_id, t(local), actor_id, "role", t(r)))
        for r in a.get("affiliations") or []:
            roles.append((doc_id, t(local), actor_id, "affiliation", t(r)))
    conn.executemany("INSERT OR REPLACE INTO doc_actors(document_id, local_id, name, type, norm, honorific, "
                     "actor_id, how) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO actor_roles(document_id, local_id, actor_id, kind, value) VALUES (?, ?, ?, ?, ?)",
                     roles)
    return ids


def party_actor(conn: sqlite3.Connection, ov: Overrides, name: str, type_: str | None, doc_id: str) -> int:
    """A speaker or addressee with no actor of its own in the document ('former US diplomat')."""
    a = {"name": name, "type": type_ or ""}
    return _resolve(conn, ov, a, doc_id)[0]


# ---- re-linking ----------------------------------------------------------------------------------------------
def relink_documents(conn: sqlite3.Connection, doc_ids, ov: Overrides | None = None) -> int:
    """Link the documents' actors again (after an override or new evidence); returns how many changed."""
    from claimscope.store import write

    ov = ov or Overrides(conn)
    changed = 0
    touched: set[int] = set()
    for doc_id in sorted(set(doc_ids)):
        row = conn.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            continue
        doc = write.unpack_json(row[0])
        before = conn.execute("SELECT local_id, actor_id FROM doc_actors WHERE document_id = ? ORDER BY local_id",
                              (doc_id,)).fetchall()
        touched.update(a for _, a in before)
        conn.execute("DELETE FROM doc_actors WHERE document_id = ?", (doc_id,))
        conn.execute("DELETE FROM actor_roles WHERE document_id = ?", (doc_id,))
        conn.execute("DELETE FROM mentions WHERE document_id = ?", (doc_id,))
        actor_ids = write.link_actors(conn, doc, ov)
        conn.executemany('INSERT INTO mentions(document_id, actor_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                         write._mention_rows(doc, actor_ids))
        for st in doc.get("statements") or []:
            sp, ad = write.party_ids(doc, st, actor_ids)
            conn.execute("UPDATE statements SET speaker_actor_id = ?, addressee_actor_id = ? WHERE id = ?",
                         (sp, ad, t(st["id"])))
        after = conn.execute("SELECT local_id, actor_id FROM doc_actors WHERE document_id = ? ORDER BY local_id",
                             (doc_id,)).fetchall()
        changed += before != after
    drop_orphans(conn, touched)
    return changed


def drop_orphans(conn: sqlite3.Connection, candidates) -> None:
    """Remove actor records nothing refers to any more (after re-linking)."""
    for aid in candidates:
        used = conn.execute(
            "SELECT EXISTS(SELECT 1 FROM doc_actors WHERE actor_id = ?) OR EXISTS(SELECT 1 FROM mentions "
            "WHERE actor_id = ?) OR EXISTS(SELECT 1 FROM statements WHERE speaker_actor_id = ? OR "
            "addressee_actor_id = ?) OR EXISTS(SELECT 1 FROM actor_roles WHERE actor_id = ?)",
            (aid, aid, aid, aid, aid)).fetchone()[0]
        if not used:
            conn.execute("DELETE FROM actors WHERE id = ?", (aid,))


def after_document(conn: sqlite3.Connection, doc: dict, ov: Overrides | None = None) -> None:
    """New full names can decide what earlier surname-only mentions mean: re-link the documents whose
    surname-only people share a surname with a person this document names in full."""
    surnames = set()
    for a in doc.get("actors") or []:
        if a.get("type") == "PERSON":
            parts = norm(a.get("name")).split()
            if len(parts) >= 2:
                surnames.add(parts[-1])
    if not surnames:
        return
    ov = ov or Overrides(conn)
    doc_id = t(doc["id"])
    todo = set()
    memo: dict = {}
    for s in sorted(surnames):
        for other, honorific, actor_id in conn.execute(
                "SELECT document_id, honorific, actor_id FROM doc_actors WHERE norm = ? AND type = 'PERSON' "
                "AND how != 'override' AND document_id != ?", (s, doc_id)).fetchall():
            want = surname_candidate(conn, ov, s, honorific, other, memo)
            if want is None:
                own = conn.execute("SELECT id FROM actors WHERE norm = ? AND type = 'PERSON'", (s,)).fetchone()
                want = own[0] if own else -1
            if want != actor_id:
                todo.add(other)
    if todo:
        relink_documents(conn, todo, ov)


# ---- overrides, user-facing ------------------------------------------------------------------------------------
def _documents_of(conn: sqlite3.Connection, n: str, type_: str | None) -> set[str]:
    rows = conn.execute(
        "SELECT DISTINCT d.document_id FROM doc_actors d JOIN actors a ON a.id = d.actor_id "
        "WHERE (d.norm = ? OR a.norm = ?) AND (? IS NULL OR d.type = ? OR a.type = ?)",
        (n, n, type_, type_, type_)).fetchall()
    return {r[0] for r in rows}


def add_override(conn: sqlite3.Connection, action: str, name: str, target: str, *, type_: str | None = None,
                 target_type: str | None = None, document: str | None = None) -> int:
    """Record a merge (records of `name` become `target`) or a split (`name` stays apart from `target`) and
    re-link the documents it touches; returns how many documents changed."""
    if action not in ("merge", "split"):
        raise ValueError("action must be merge or split")
    n, tn = t(norm(name)), t(norm(target))
    conn.execute("BEGIN IMMEDIATE")
    try:
        if action == "split":  # a split undoes a merge of the same pair
            conn.execute("DELETE FROM actor_overrides WHERE action = 'merge' AND ((norm = ? AND target_norm = ?) OR "
                         "(norm = ? AND target_norm = ?)) AND (? IS NULL OR document_id IS NULL OR document_id = ?)",
                         (n, tn, tn, n, document, document))
        else:
            conn.execute("DELETE FROM actor_overrides WHERE action = 'split' AND ((norm = ? AND target_norm = ?) OR "
                         "(norm = ? AND target_norm = ?)) AND (? IS NULL OR document_id IS NULL OR document_id = ?)",
                         (n, tn, tn, n, document, document))
        conn.execute(
            "INSERT INTO actor_overrides(action, name, norm, type, target, target_norm, target_type, document_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (action, t(name), n, t(type_), t(target), tn, t(target_type), t(document),
             datetime.now(timezone.utc).isoformat(timespec="seconds")))
        docs = _documents_of(conn, n, type_) | _documents_of(conn, tn, target_type)
        if document is not None:
            docs &= {document}
        changed = relink_documents(conn, docs)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return changed


def remove_override(conn: sqlite3.Connection, override_id: int) -> int:
    """Forget one override and re-link what it touched; returns how many documents changed."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT norm, type, target_norm, target_type, document_id FROM actor_overrides WHERE id = ?",
                           (override_id,)).fetchone()
        if row is None:
            conn.execute("ROLLBACK")
            return 0
        conn.execute("DELETE FROM actor_overrides WHERE id = ?", (override_id,))
        docs = _documents_of(conn, row[0], row[1]) | _documents_of(conn, row[2], row[3])
        if row[4] is not None:
            docs &= {row[4]}
        changed = relink_documents(conn, docs)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return changed


def overrides(conn: sqlite3.Connection) -> list[dict]:
    keys = ("id", "action", "name", "type", "target", "target_type", "document_id", "created_at")
    return [dict(zip(keys, r)) for r in conn.execute(
        "SELECT id, action, name, type, target, target_type, document_id, created_at FROM actor_overrides ORDER BY id")]
