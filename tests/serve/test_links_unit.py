"""The server's link check (serve/links.py): only absolute http(s) URLs with a host may become links."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings, strategies as st

from claimscope.serve.links import external_link


@pytest.mark.parametrize("url", ["https://news.example.org/harbour", "http://news.example:8080/a?b=c#d",
                                 "HTTPS://NEWS.EXAMPLE/x"])
def test_web_urls_are_links(url):
    assert external_link(url) == url


@pytest.mark.parametrize("url", ["/\\evil.example/phish", "//evil.example/phish", "/\t/evil.example/phish",
                                 "javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://files.example/a",
                                 "http:///no-host", "https://", "news.example.org/a", "", None, 42,
                                 "https://news.example/a b", "https://[bad/", "https://news.example\\@evil.example/"])
def test_everything_else_is_text(url):
    assert external_link(url) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_none_or_a_web_url_with_a_host(value):
    link = external_link(value)
    if link is not None:
        parts = urlsplit(link)
        assert parts.scheme.lower() in {"http", "https"} and parts.hostname
