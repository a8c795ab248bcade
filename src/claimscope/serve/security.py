"""What keeps `claimscope serve` safe: loopback by default, a token elsewhere, strict headers on every response.

- Bound to a loopback address without a token, the server only answers requests whose Host header names the
  loopback (localhost, 127.x.x.x, [::1]), so a web page that rebinds its own domain to 127.0.0.1 cannot read it.
- With a token, every request must carry it: `Authorization: Bearer TOKEN`, `?token=TOKEN`, or the
  `claimscope_token` cookie that the server sets (HttpOnly, SameSite=Strict) after a request that brought a
  valid `?token=`, so opening `http://HOST:PORT/?token=TOKEN` once in a browser is enough. A page (not an
  `/api/` call) opened that way answers with a redirect to the same address without the token, so it leaves
  the address bar and the history; access log lines show `token=[redacted]`.
- Every response carries a strict Content-Security-Policy (only the server's own scripts and styles, no inline
  script, Trusted Types required so no string can reach innerHTML), nosniff, no referrer, no framing.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import re
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers, MutableHeaders

COOKIE = "claimscope_token"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
    "require-trusted-types-for 'script'; trusted-types 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


_TOKEN_IN_QUERY = re.compile(r"(?i)([?&;]token=)[^&;\s\"']*")


def redact(text: str) -> str:
    """A URL or log line with every `token=` value hidden: '/?token=abc&q=x' -> '/?token=[redacted]&q=x'."""
    return _TOKEN_IN_QUERY.sub(r"\1[redacted]", text)


class RedactTokens(logging.Filter):
    """Logging filter for access logs: request lines keep their path but never the token."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def without_token(scope) -> str:
    """The request's path and query string with the `token` parameter removed (where to redirect)."""
    query = scope.get("query_string", b"").decode("latin-1")
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "token"]
    path = scope.get("raw_path", b"").decode("latin-1") or scope.get("path", "/")
    if not path.startswith("/") or path.startswith("//"):
        path = "/"
    return path + ("?" + urlencode(kept) if kept else "")


def _is_page(scope) -> bool:
    path = scope.get("path", "/")
    return scope.get("method") in ("GET", "HEAD") and not path.startswith("/api/") and path != "/openapi.json"


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1); hostnames other than localhost are not."""
    host = host.strip().strip("[]").lower()
    if host in ("localhost", "localhost.", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_name(host_header: str) -> str:
    """The host part of a Host header (`name:port`, `[v6]:port`)."""
    h = host_header.strip()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


def request_token(scope) -> tuple[str | None, bool]:
    """(token the request carries, whether it came in the query string)."""
    headers = Headers(scope=scope)
    auth = headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip(), False
    query = scope.get("query_string", b"").decode("latin-1")
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key == "token":
            return value, True
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == COOKIE:
            return value, False
    return None, False


class Guard:
    """ASGI middleware: host check or token check, then security headers on whatever the app answers."""

    def __init__(self, app, *, token: str | None, error_response):
        self.app = app
        self.token = token
        self.error_response = error_response

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        set_cookie = False
        problem = None
        if self.token is None:
            host = _host_name(Headers(scope=scope).get("host", ""))
            if not is_loopback(host):
                problem = self.error_response(
                    400, "host_not_allowed",
                    f"this server answers only requests addressed to the loopback (got Host {host!r}); "
                    "start it with --token to serve other hosts")
        else:
            given, from_query = request_token(scope)
            if given is None or not hmac.compare_digest(given.encode("utf-8", "replace"),
                                                        self.token.encode("utf-8")):
                problem = self.error_response(
                    401, "unauthorized",
                    "this server needs its token: send `Authorization: Bearer TOKEN`, or open any page once "
                    "with ?token=TOKEN" if given is None else "wrong token")
                problem.headers["www-authenticate"] = 'Bearer realm="claimscope"'
            else:
                set_cookie = from_query

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    if key not in headers:
                        headers[key] = value
                if set_cookie:
                    headers.append("set-cookie", f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict")
            await send(message)

        if problem is not None:
            return await problem(scope, receive, send_with_headers)
        if set_cookie and _is_page(scope):  # the cookie is set: take the token out of the address bar
            from starlette.responses import RedirectResponse

            redirect = RedirectResponse(without_token(scope), status_code=303, headers={"cache-control": "no-store"})
            return await redirect(scope, receive, send_with_headers)
        return await self.app(scope, receive, send_with_headers)
