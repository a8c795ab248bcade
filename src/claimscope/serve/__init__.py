"""`claimscope serve`: a read-only web UI and JSON API over a store (FastAPI, served by uvicorn).

`create_app(db_path, token=None, query_timeout=None)` builds the app; `claimscope.serve.security` explains the token and headers.
"""

from __future__ import annotations


def create_app(db_path, token=None, query_timeout=None):
    """The FastAPI app over the store at `db_path`; see claimscope.serve.app.create_app."""
    from claimscope.serve.app import create_app as _create

    return _create(db_path, token=token, query_timeout=query_timeout)


__all__ = ["create_app"]
