"""Every table of a store under one schema version: opening a file, creating and upgrading its tables, refusing
files this code cannot read.

`schema.sql` holds the tables analysis writes (documents, statements, actors, mentions, facts); `link.sql` the
linking stage's, which that stage creates on its first pass (`link_sql`). Both are idempotent, so a store of
this version made before a table existed gains it, empty, when opened. A store of an older version has no
migration and is refused; a newer one is refused with a hint to upgrade.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path

from claimscope.errors import StoreError
from claimscope.store.names import norm, surname

SCHEMA_VERSION = 1
"""Bump when a table changes shape; older stores then need a migration here, newer ones are refused."""

_CREATED = re.compile(r"CREATE (?:VIRTUAL )?(?:TABLE|INDEX|TRIGGER) IF NOT EXISTS (\w+)")
_GROUP = re.compile(r"^-- @group (\w+)\n", re.M)
ACTOR_COLUMNS = (("kind", "TEXT"), ("country", "TEXT"), ("lat", "REAL"), ("lon", "REAL"), ("norm", "TEXT"),
                 ("surname", "TEXT"))
"""Columns of `actors` that stores made before cross-document actors lack; added on open."""


@lru_cache(maxsize=None)
def _sql(name: str) -> str:
    """The DDL ships as package data so it stays readable SQL rather than Python strings."""
    return resources.files("claimscope.store").joinpath(name).read_text(encoding="utf-8")


def schema_sql() -> str:
    """The DDL of every table analysis writes."""
    return _sql("schema.sql")


def link_sql(group: str) -> str:
    """The DDL of one linking step's tables: state, duplicates, stories or claims."""
    parts = _GROUP.split(_sql("link.sql"))
    groups = dict(zip(parts[1::2], parts[2::2]))
    try:
        return groups[group].strip() + "\n"
    except KeyError:
        raise KeyError(f"no link tables named {group!r}; one of {', '.join(groups)}") from None


def schema_names() -> set[str]:
    """Names of the tables, indexes and triggers schema.sql creates."""
    return set(_CREATED.findall(schema_sql()))


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) a claimscope store; any problem becomes one clear StoreError."""
    name = str(path)
    try:
        conn = sqlite3.connect(name, isolation_level=None)  # we issue BEGIN/COMMIT ourselves
    except sqlite3.Error as err:
        raise StoreError(f"{name}: cannot open store ({err})") from err
    try:
        _configure(conn, name)
        _ensure_schema(conn, name)
    except sqlite3.DatabaseError as err:
        conn.close()
        if "not a database" in str(err) or "malformed" in str(err):
            raise StoreError(f"{name}: not a claimscope store (not an SQLite database)") from err
        raise StoreError(f"{name}: cannot open store ({err})") from err
    except BaseException:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection, name: str) -> None:
    """WAL lets readers run beside the writer; NORMAL sync survives a killed process (power loss may drop last commits)."""
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if mode.lower() not in ("wal", "memory"):  # "memory" for ":memory:" stores used in tests
        raise StoreError(f"{name}: cannot switch the store to WAL mode (got {mode!r})")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")


def _ensure_schema(conn: sqlite3.Connection, name: str) -> None:
    """Create the schema in an empty file; otherwise insist it is a store this version reads, and add what it lacks."""
    tables = _existing(conn)
    if not tables:
        conn.executescript(
            "BEGIN IMMEDIATE;\n" + schema_sql()
            + f"\nINSERT INTO meta(key, value) VALUES ('schema_version', '{SCHEMA_VERSION}');\nCOMMIT;"
        )
        return
    version = stored_version(conn, tables, name)
    if version < SCHEMA_VERSION:  # no migrations exist yet; add them here when SCHEMA_VERSION grows
        raise StoreError(f"{name}: store schema version {version} is too old and cannot be migrated")
    cols = {row[1] for row in conn.execute("PRAGMA table_info(actors)")}
    missing = [(c, ty) for c, ty in ACTOR_COLUMNS if c not in cols]
    if not missing and schema_names() <= tables:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for c, ty in missing:
            conn.execute(f"ALTER TABLE actors ADD COLUMN {c} {ty}")
        for stmt in _statements(schema_sql()):
            conn.execute(stmt)
        _fill_actor_names(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _existing(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')")}


def _statements(sql: str) -> list[str]:
    """The statements of a DDL script; a trigger's body holds `;` and stays one statement."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return [s for s in out if s]


def _fill_actor_names(conn: sqlite3.Connection) -> None:
    """Actors written before names were compared normalised get their normalised name and surname."""
    rows = conn.execute("SELECT id, name, type FROM actors WHERE norm IS NULL").fetchall()
    conn.executemany("UPDATE actors SET norm = ?, surname = ? WHERE id = ?",
                     [(norm(n), surname(n, ty), i) for i, n, ty in rows])


def stored_version(conn: sqlite3.Connection, tables: set[str], name: str) -> int:
    """The store's schema version; StoreError when the file is no claimscope store or is newer than this code.
    Shared by the writable and the read-only openers so both refuse the same files with the same words."""
    if "meta" not in tables or ("statements" not in tables and "documents" not in tables):
        raise StoreError(f"{name}: not a claimscope store (an SQLite database without a claimscope schema)")
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    try:
        version = int(row[0]) if row else None
    except ValueError:
        version = None
    if version is None:
        raise StoreError(f"{name}: not a claimscope store (no schema version recorded)")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{name}: store schema version {version} is newer than this claimscope supports "
                         f"({SCHEMA_VERSION}); upgrade claimscope to open it")
    return version
