"""Opening a store file: pragmas, schema creation and the version check, so a wrong file fails early."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from claimscope.errors import StoreError
from claimscope.store.actors import ensure_actor_tables
from claimscope.store.facts import ensure_facts, facts_sql

SCHEMA_VERSION = 1
"""Bump when schema.sql changes; older stores then need a migration, newer ones are refused."""


def _schema_sql() -> str:
    """The DDL ships as package data so it stays readable SQL rather than Python strings."""
    return resources.files("claimscope.store").joinpath("schema.sql").read_text(encoding="utf-8")


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
    """Create the schema in an empty file; otherwise insist it is a claimscope store this version can read."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        conn.executescript(
            "BEGIN IMMEDIATE;\n"
            + _schema_sql()
            + facts_sql()
            + f"\nINSERT INTO meta(key, value) VALUES ('schema_version', '{SCHEMA_VERSION}');\n"
            + "COMMIT;"
        )
        ensure_actor_tables(conn)
        return
    version = stored_version(conn, tables, name)
    if version < SCHEMA_VERSION:  # no migrations exist yet; add them here when SCHEMA_VERSION grows
        raise StoreError(f"{name}: store schema version {version} is too old and cannot be migrated")
    ensure_facts(conn, tables)
    ensure_actor_tables(conn)


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
