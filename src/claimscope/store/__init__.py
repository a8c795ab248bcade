"""Embedded store of document JSON (SQLite, WAL, FTS5): one file, queryable, safe to interrupt."""

from claimscope.store.db import Store
from claimscope.store.schema import SCHEMA_VERSION

__all__ = ["Store", "SCHEMA_VERSION"]
