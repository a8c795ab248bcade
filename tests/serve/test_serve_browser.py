"""The web UI in headless Chromium (Debian's /usr/bin/chromium through Playwright): every page renders without
errors or CSP violations, filters work, links lead to the highlighted sentence, and a malicious article runs nothing.
Screenshots go to a temporary folder (or $CLAIMSCOPE_SCREENSHOTS)."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from conftest import document_id
from serve_helpers import new_page, open_page, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def shot_dir(shots) -> Path:
    return Path(os.environ["CLAIMSCOPE_SCREENSHOTS"]) if os.environ.get("CLAIMSCOPE_SCREENSHOTS") else shots


def actor_id(db: Path, name: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id FROM actors WHERE name = ?", (name,)).fetchone()[0]
    finally:
        conn.close()


def test_every_page_renders(chromium, server, derived_server, example_store, shot_dir):
    page = new_page(chromium)
    okafor = actor_id(example_store, "Maria Okafor")
    bridge = document_id(example_store, "Harbour bridge")
    pages = [
        (server, "/", "search", "h1", "Who claims what"),
        (server, "/?q=bridge", "search-results", ".hit-title a", "Harbour bridge"),
        (server, "/statements", "statements", "table.statements-table tbody tr", None),
        (server, "/actors", "actors", "table tbody tr", "Maria Okafor"),
        (server, f"/actors/{okafor}", "actor", "h1", "Maria Okafor"),
        (server, "/documents", "documents", "table tbody tr", None),
        (server, f"/documents/{bridge}", "reader", ".article-text .mk-speaker", None),
        (server, "/stories", "stories-empty", ".empty-title", "No stories computed yet"),
        (server, "/network", "network", "svg.network .node", None),
        (server, "/docs", "api-docs", "h1", "claimscope API"),
        (derived_server, "/stories", "stories", "table tbody tr a", "Coastal railway stations"),
        (derived_server, "/stories/coastal", "story", ".contradiction .sides", None),
        (derived_server, "/timeline?unit=containers", "timeline", "svg.chart circle.dot", None),
    ]
    for srv, path, name, selector, text in pages:
        open_page(page, srv.url + path)
        page.wait_for_selector(selector)
        if text:
            assert text in page.inner_text("#app"), (path, page.inner_text("#app")[:500])
        assert not page.query_selector(".alert-error"), (path, page.inner_text("#app")[:500])
        screenshot(page, shot_dir / f"{name}.png", full_page=False)
        assert page.problems == [], (path, page.problems)
    # the story page shows both sides of the contradiction and the claim's corroboration count
    open_page(page, derived_server.url + "/stories/coastal")
    sides = page.locator(".contradiction .side").all_inner_texts()
    assert "had reported" in sides[0] and "denied" in sides[1]
    assert page.locator("table tbody tr td.num").first.inner_text() == "2"
    # the timeline draws one line per source
    open_page(page, derived_server.url + "/timeline?unit=containers")
    assert page.locator("svg.chart polyline.series-line").count() >= 2
    assert "Alan Brooks" in page.inner_text(".legend-list")
    page.context.close()


def test_filter_then_follow_a_statement_to_the_reader(chromium, server, shot_dir):
    page = new_page(chromium)
    open_page(page, server.url + "/statements")
    page.fill("#f-speaker", "Okafor")
    page.select_option("#f-kind", "direct")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"/statements\?speaker=Okafor&kind=direct$"))
    page.wait_for_selector("#app[data-ready='1']")
    rows = page.locator("table.statements-table tbody tr")
    assert rows.count() >= 1
    for text in rows.all_inner_texts():
        assert "Maria Okafor" in text and "DIRECT" in text.upper()
    screenshot(page, shot_dir / "statements-filtered.png")
    content = rows.first.locator("td.content-cell a")
    quoted = content.inner_text().strip().rstrip("…")[:30]
    content.click()
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+#st-"))
    page.wait_for_selector("#app[data-ready='1']")
    focused = page.locator(".st-item.focus")
    assert focused.count() == 1 and "Maria Okafor" in focused.inner_text()
    marked = " ".join(page.locator(".article-text .mk-content.focus").all_inner_texts())
    assert quoted.strip("“\"")[:20] in marked.replace("\n", " "), (quoted, marked)
    assert page.locator(".article-text .mk-speaker.focus").count() >= 1
    assert page.locator(".article-text .mk-cue.focus").count() >= 1
    # clicking another highlighted statement in the text selects it in the list
    other = page.locator(".st-item").nth(0)
    other.click()
    assert "focus" in (other.get_attribute("class") or "")
    screenshot(page, shot_dir / "reader-linked.png")
    assert page.problems == [], page.problems
    page.context.close()


def test_search_box_and_actor_links(chromium, server):
    page = new_page(chromium)
    open_page(page, server.url + "/")
    page.fill("#q", "doctors")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"/\?q=doctors$"))
    page.wait_for_selector("#app[data-ready='1']")
    assert "Rural clinics" in page.inner_text(".hit-title")
    assert page.locator(".snippet mark").count() >= 1
    page.locator(".statement .actor-name[href]").first.click()
    page.wait_for_url(re.compile(r"/actors/\d+$"))
    page.wait_for_selector("#app[data-ready='1']")
    assert "What" in page.inner_text("#app") and "said" in page.inner_text("#app")
    assert page.problems == [], page.problems
    page.context.close()


def _assert_nothing_ran(page, where: str) -> None:
    pwned = page.evaluate("() => window.__pwned === undefined ? null : String(window.__pwned)")
    assert pwned is None, f"{where}: the payload ran ({pwned})"
    assert page.title() != "PWNED" and not page.title().startswith("PWNED"), where
    injected = page.evaluate("""() => {
        const app = document.getElementById('app');
        const bad = [...app.querySelectorAll('script, img, svg, iframe, object, embed, a[href^="javascript"]')]
            .filter((e) => !(e.tagName.toLowerCase() === 'svg' && e.matches('.chart, .network')));
        const title = document.querySelector('h1.doc-title');
        // the headline may carry the reader's own marks (span.mk), nothing else
        if (title) bad.push(...[...title.children].filter((e) => !e.matches('span.mk')));
        const text = document.getElementById('article-text');
        if (text) bad.push(...[...text.querySelectorAll('*')].filter((e) => !e.matches('span.mk, h1.article-headline')));
        const handlers = [...document.querySelectorAll('*')].filter(
            (el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')));
        const jsLinks = [...document.querySelectorAll('[href]')].filter(
            (el) => /^\\s*javascript:/i.test(el.getAttribute('href')));
        return {bad: bad.map((e) => e.tagName), handlers: handlers.map((e) => e.tagName),
                jsLinks: jsLinks.map((e) => e.getAttribute('href'))};
    }""")
    assert injected == {"bad": [], "handlers": [], "jsLinks": []}, (where, injected)


@pytest.mark.parametrize("bypass_csp", [True, False], ids=["escaping-alone", "with-csp"])
def test_malicious_article_runs_nothing(chromium, server, example_store, shot_dir, bypass_csp):
    """The crafted articles (script tags, event handlers, javascript: links, markup in title, publisher and URL)
    render as text. With the CSP bypassed this checks the escaping on its own; with it, that nothing is even
    refused (a refusal would mean the page tried to run something)."""
    context = chromium.new_context(viewport={"width": 1360, "height": 900}, bypass_csp=bypass_csp)
    page = context.new_page()
    problems, dialogs = [], []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    txt = document_id(example_store, "Council <b>vote</b>")
    wire = document_id(example_store, "<i>Wire</i> report")

    open_page(page, f"{server.url}/documents/{txt}")
    title = page.inner_text("h1.doc-title")
    assert title.startswith("<img src=x onerror=") and "<script>window.__pwned='title'" in title
    text = page.inner_text("#article-text")
    for marker in ("<script>window.__pwned='quote'", "<a href=\"javascript:window.__pwned='link'\">plan</a>",
                   "<img src=x onerror=window.__pwned='onerror'>", "<svg onload=window.__pwned='svg'></svg>"):
        assert marker in text, marker
    # statements about the payload are listed as text too, and the speaker holding markup is text
    assert "<img src=x onerror=window.__pwned='onerror'> officials" in page.inner_text(".st-list")
    _assert_nothing_ran(page, "reader (txt)")
    if not bypass_csp:
        screenshot(page, shot_dir / "malicious-reader.png")
    for el in page.locator(".mk.clickable").all()[:4]:  # clicking highlighted spans runs nothing either
        el.click()
    _assert_nothing_ran(page, "reader after clicks")

    open_page(page, f"{server.url}/documents/{wire}")
    assert page.inner_text("h1.doc-title") == "<script>window.__pwned='jsonl-title'</script><i>Wire</i> report"
    meta = page.inner_text(".doc-meta")
    assert "<img src=x onerror=window.__pwned='publisher'>Evil Wire" in meta
    assert "javascript:window.__pwned='url'" in meta  # shown as text, not as a link
    assert page.locator(".doc-meta a").count() == 0
    _assert_nothing_ran(page, "reader (jsonl)")

    paths = ["/?q=pwned"] if bypass_csp else ["/statements?search=pwned", "/documents?q=script",
                                               "/actors?search=%3Cimg", "/?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E"]
    for path in paths:
        open_page(page, server.url + path)
        _assert_nothing_ran(page, path)
        shown = page.inner_text("#app") + " ".join(i.input_value() for i in page.locator("input").all())
        assert "<script>" in shown or "<img" in shown, path
    assert dialogs == [], dialogs
    assert problems == [], problems
    context.close()


def test_linked_story_page(chromium, linked_server, linked_store, shot_dir):
    """A story the real linking stage computed: both sides of its contradictions, its claims and articles."""
    conn = sqlite3.connect(f"file:{linked_store}?mode=ro", uri=True)
    try:
        story = conn.execute("SELECT story_id FROM contradictions WHERE kind = 'number'").fetchone()[0]
    finally:
        conn.close()
    page = new_page(chromium)
    open_page(page, linked_server.url + "/stories")
    page.wait_for_selector("table tbody tr a")
    screenshot(page, shot_dir / "stories-linked.png", full_page=False)
    open_page(page, linked_server.url + f"/stories/{story}")
    page.wait_for_selector(".contradiction .sides")
    text = " ".join(page.locator(".contradiction .side").all_inner_texts())
    assert "300" in text and "120" in text
    assert not page.query_selector(".alert-error")
    screenshot(page, shot_dir / "story-linked.png", full_page=True)
    assert page.problems == [], page.problems
    page.context.close()
