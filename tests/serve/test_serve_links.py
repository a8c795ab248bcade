"""Links from stored data: only absolute http(s) URLs become links, opened with rel=noopener noreferrer; a
relative URL that a browser would resolve to another host ("/\\other.example/x") is shown as text."""

from __future__ import annotations

import json

import pytest

from conftest import document_id
from serve_helpers import new_page, open_page, running_server

pytestmark = pytest.mark.browser

URLS = {
    "Backslash path": "/\\evil.example/phish",
    "Protocol relative": "//evil.example/phish",
    "Tab in path": "/\t/evil.example/phish",
    "Web page": "https://news.example.org/harbour",
}


@pytest.fixture(scope="module")
def link_store(tmp_path_factory):
    from claimscope.api import analyse_into
    from claimscope.store import Store

    root = tmp_path_factory.mktemp("links")
    lines = [json.dumps({"title": title, "url": url, "text": f"{title}\nAna Ruiz said the harbour would reopen."})
             for title, url in URLS.items()]
    (root / "links.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = root / "links.db"
    with Store(db) as store:
        report = analyse_into(store, [str(root / "links.jsonl")])
    assert report.analysed == len(URLS)
    return db


def test_only_absolute_web_urls_become_links(chromium, link_store):
    page = new_page(chromium)
    with running_server(link_store) as server:
        for title, url in URLS.items():
            open_page(page, f"{server.url}/documents/{document_id(link_store, title)}")
            links = page.locator(".doc-meta a")
            if url.startswith("https://"):
                assert links.count() == 1
                assert links.first.get_attribute("href") == url
                assert "noopener" in links.first.get_attribute("rel") and "noreferrer" in links.first.get_attribute("rel")
            else:
                assert links.count() == 0, title
                assert "evil.example/phish" in page.inner_text(".doc-meta"), title
    page.context.close()
