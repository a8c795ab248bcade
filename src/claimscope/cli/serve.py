"""`claimscope serve`: the web UI and JSON API over a store, read-only, on loopback unless given a token."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import ClaimscopeError, UsageError

err = Console(stderr=True, highlight=False)


def _can_listen(host: str, port: int) -> str | None:
    """None when (host, port) can be bound now, else the reason."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        return f"cannot resolve host {host!r} ({e.strerror})"
    family, _, _, _, addr = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as e:
            return e.strerror or str(e)
    return None


def serve(
    db: Path = typer.Option(Path("claimscope.db"), "--db", help="SQLite store file (opened read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but loopback "
                             "(127.0.0.1, ::1, localhost) needs --token."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token",
                                        help="Require this token on every request (Authorization: Bearer TOKEN, "
                                             "or ?token=TOKEN once in a browser). Visible to other users in the "
                                             "process list: prefer --token-file or CLAIMSCOPE_TOKEN."),
    token_file: Optional[Path] = typer.Option(None, "--token-file", help="Read the token from this file (its first "
                                              "line), so it appears in no process list or shell history."),
    access_log: bool = typer.Option(False, "--access-log", help="Log every request (tokens redacted)."),
) -> None:
    """Serve the web UI (search, statements, actors, article reader, stories, timeline, network) and the JSON API.

    Read-only. Listens on 127.0.0.1 by default. Any other address needs a token, which every request must then carry.

    API docs at /docs, OpenAPI at /openapi.json.
    """
    from ..serve.app import check_token, create_app
    from ..serve.security import is_loopback

    if not db.exists():
        raise UsageError(f"{db}: no such store; run `claimscope analyze INPUT --db {db}` first")
    token = _token(token, token_file)
    if not token and not is_loopback(host):
        raise UsageError(
            f"refusing to serve on {host} without a token: anyone who can reach that address could read the store. "
            "Pass --token TOKEN (or set CLAIMSCOPE_TOKEN), or use the default --host 127.0.0.1")
    check_token(token or None)
    app = create_app(db, token=token or None)
    problem = _can_listen(host, port)
    if problem:
        raise ClaimscopeError(f"cannot listen on {host}:{port}: {problem}")
    import uvicorn

    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    err.print(f"claimscope: serving {db} read-only at {url}  (API docs: {url}docs; Ctrl-C to stop)", soft_wrap=True,
              markup=False)
    if token:
        err.print(f"token required: open {url}?token=... once in the browser, or send 'Authorization: Bearer ...'",
                  soft_wrap=True, markup=False)
    uvicorn.run(app, host=host, port=port, log_level="info" if access_log else "warning", access_log=access_log,
                log_config=_log_config(), server_header=False, proxy_headers=False)


def _token(given: str | None, token_file: Path | None) -> str | None:
    """The token from --token, else --token-file, else the CLAIMSCOPE_TOKEN setting; surrounding space dropped."""
    from ..settings import default

    if given is not None and token_file is not None:
        raise UsageError("pass either --token or --token-file, not both")
    if token_file is not None:
        try:
            lines = token_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeError) as e:
            raise UsageError(f"--token-file {token_file}: cannot read it ({getattr(e, 'strerror', None) or e})") from None
        given = lines[0] if lines else ""
        if not given.strip():
            raise UsageError(f"--token-file {token_file}: the file is empty")
    if given is None:
        given = default("serve.token")
    return given.strip() if given is not None else None


def _log_config() -> dict:
    """uvicorn's logging setup with the token filter on the access log handler."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redact_tokens"] = {"()": "claimscope.serve.security.RedactTokens"}
    for handler in config.get("handlers", {}).values():
        handler.setdefault("filters", []).append("redact_tokens")
    return config
