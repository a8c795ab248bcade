"""The FastAPI application: JSON API under /api, the web UI's pages, offline API docs, one error envelope.

Every error, whoever raises it (a bad parameter, an unknown path, a missing token, a bug), answers with

    {"error": {"status": 400, "code": "invalid_parameter", "message": "limit: ...", "details": [...]}}

and the matching HTTP status code. The store is opened read-only for every request, and the request's
queries are stopped once they have run `serve.query_timeout` seconds (503 `query_timeout`); searches with
too many words or prefix words are refused before they run (400, claimscope.store.fts).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from claimscope import __version__
from claimscope.errors import StoreError, UsageError
from claimscope.serve.security import Guard
from claimscope.settings import default
from claimscope.store.fts import QueryTimeout, query_time_limit
from claimscope.store.read import open_readonly

log = logging.getLogger("claimscope.serve")

STATIC = Path(str(resources.files("claimscope.serve") / "static"))
UI_PAGES = ("/", "/statements", "/actors", "/actors/{actor_id}", "/documents", "/documents/{doc_id}",
            "/stories", "/stories/{story_id}", "/timeline", "/network", "/claims", "/contradictions", "/events")
_TOKEN = re.compile(r"^[A-Za-z0-9._~+/=-]{8,256}$")
_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          406: "not_acceptable", 413: "too_large", 414: "uri_too_long", 415: "unsupported_media_type",
          422: "invalid_parameter", 429: "too_many_requests", 500: "internal_error", 503: "unavailable"}


def error_response(status: int, code: str, message: str, details: list | None = None) -> JSONResponse:
    """The one error envelope."""
    body = {"error": {"status": status, "code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status, headers={"cache-control": "no-store"})


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict]]:
    details, parts = [], []
    for e in exc.errors():
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body", "header")]
        name = ".".join(loc) or "request"
        msg = str(e.get("msg", "invalid value"))
        details.append({"parameter": name, "message": msg})
        parts.append(f"{name}: {msg}")
    return "; ".join(parts) or "invalid request", details


def check_token(token: str | None) -> None:
    if token is not None and not _TOKEN.match(token):
        raise UsageError("--token: use 8 to 256 characters from A-Z a-z 0-9 . _ ~ + / = - "
                         "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(24))')")


def create_app(db_path: str | Path, token: str | None = None, query_timeout: float | None = None) -> FastAPI:
    """The claimscope web app over the store at `db_path` (opened read-only; StoreError if it cannot be).

    Without a token only loopback Host headers are answered; with one, every request needs it
    (see claimscope.serve.security).
    """
    check_token(token)
    db_path = Path(db_path)
    open_readonly(db_path).close()  # fail now, with a clear message, rather than on the first request

    app = FastAPI(
        title="claimscope",
        version=__version__,
        description=(
            "Read-only API over a claimscope store: who claims what, with every item traceable to its article. "
            "Every error is `{\"error\": {\"status\", \"code\", \"message\", \"details\"?}}`. "
            "When the server was started with `--token`, send `Authorization: Bearer TOKEN` (or `?token=TOKEN`)."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db_path = db_path
    app.state.query_timeout = default("serve.query_timeout") if query_timeout is None else query_timeout

    from claimscope.serve.api import connection, router

    app.include_router(router)
    app.include_router(__import__("claimscope.serve.check_api", fromlist=["router"]).router)  # /api/check
    app.dependency_overrides[connection] = _timed_connection
    _install_errors(app)
    _install_pages(app)
    _install_openapi(app)
    app.add_middleware(Guard, token=token, error_response=error_response)
    return app


def _timed_connection(request: Request):
    """The API's read-only connection for one request, its queries bounded by the app's query time limit."""
    conn = open_readonly(request.app.state.db_path)
    try:
        with query_time_limit(conn, request.app.state.query_timeout):
            yield conn
    finally:
        conn.close()


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = _CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        if exc.status_code == 405:
            message = f"{request.method} is not allowed here: this server is read-only (use GET)"
        response = error_response(exc.status_code, code, message)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        message, details = _validation_message(exc)
        return error_response(400, "invalid_parameter", message, details)

    @app.exception_handler(UsageError)
    async def usage_error(request: Request, exc: UsageError):
        return error_response(400, "invalid_parameter", str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return error_response(503, "store_unavailable", str(exc))

    @app.exception_handler(sqlite3.OperationalError)
    async def busy(request: Request, exc: sqlite3.OperationalError):
        if isinstance(exc, QueryTimeout) or str(exc) == "interrupted":
            limit = request.app.state.query_timeout
            return error_response(503, "query_timeout", f"the query took more than {limit:g} s and was stopped; "
                                  "search with fewer words or fewer prefix words (word*), or narrow the filters")
        log.warning("store error on %s: %s", request.url.path, exc)
        return error_response(503, "store_unavailable", f"the store could not be read ({exc}); try again")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("internal error on %s", request.url.path)
        return error_response(500, "internal_error", "internal error; the server log has the details")


def _install_pages(app: FastAPI) -> None:
    index = STATIC / "index.html"

    def page() -> FileResponse:
        return FileResponse(index, media_type="text/html; charset=utf-8", headers={"cache-control": "no-cache"})

    for path in UI_PAGES:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)
    app.add_api_route("/docs", lambda: FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8"),
                      methods=["GET"], include_in_schema=False)
    app.add_api_route("/favicon.ico", lambda: FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml"),
                      methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def _install_openapi(app: FastAPI) -> None:
    """OpenAPI with our error envelope for 400 instead of FastAPI's default 422 body."""
    original = app.openapi

    def openapi():
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        for item in schema.get("paths", {}).values():
            for op in item.values():
                responses = op.get("responses", {})
                responses.pop("422", None)
                responses.setdefault("400", {"description": "Invalid parameter",
                                             "content": {"application/json": {"schema": {
                                                 "$ref": "#/components/schemas/ErrorEnvelope"}}}})
        comps = schema.setdefault("components", {}).setdefault("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            comps.pop(name, None)
        comps["ErrorEnvelope"] = {
            "type": "object", "required": ["error"],
            "properties": {"error": {"type": "object", "required": ["status", "code", "message"], "properties": {
                "status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string"},
                "details": {"type": "array", "items": {"type": "object"}}}}},
        }
        schema.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer",
                       "description": "Needed only when the server was started with --token."}}
        app.openapi_schema = schema
        return schema

    app.openapi = openapi
