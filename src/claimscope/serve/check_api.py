"""`GET /api/check?claim=`: claim check over the store (link/check.py), read-only like every route."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from claimscope.serve.api import Conn, Limit

router = APIRouter(prefix="/api")


@router.get("/check", summary="Claim check: documents that support, contradict or only report a claim")
def check(conn: Conn, claim: Annotated[str, Query(min_length=1, max_length=1000, description="The claim.")],
          limit: Limit = 50) -> dict:
    from claimscope.errors import UsageError
    from claimscope.link.check import check as run_check

    try:
        return run_check(conn, claim, limit=limit)
    except UsageError as exc:
        raise HTTPException(400, str(exc)) from None
