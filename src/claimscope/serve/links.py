"""Which stored URLs may become links: absolute http(s) URLs with a host, checked on the server with urllib.parse."""

from __future__ import annotations

from urllib.parse import urlsplit

SAFE_SCHEMES = frozenset({"http", "https"})


def external_link(value: object) -> str | None:
    r"""The URL itself when a page may link to it, else None (then the page shows it as text).

    external_link("https://news.example/a") == "https://news.example/a"; "javascript:alert(1)", "/\evil.example/x",
    "//evil.example" (scheme-relative), "http:///path" (no host) and anything with spaces or backslashes give None.
    """
    if not isinstance(value, str) or not value or len(value) > 2048:
        return None
    if any(c.isspace() or c == "\\" or ord(c) < 32 for c in value):
        return None
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # e.g. an unbalanced "[" in the host part
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not host or not parts.netloc:
        return None
    return value
