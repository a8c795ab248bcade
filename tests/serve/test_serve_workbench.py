"""The workbench pages in headless Chromium over a linked store: claims, contradictions and events pages render;
a facet filters the list; a column header sorts it; a view downloads as CSV with the page's filters; a link
leads to the reader. The API side of the same features is checked over HTTP."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from serve_helpers import new_page, open_page

CLIENT = httpx.Client(timeout=30)


def get(server, path, **params):
    r = CLIENT.get(server.url + path, params=params)
    assert r.status_code == 200, (path, params, r.status_code, r.text[:300])
    return r


# ---- API ------------------------------------------------------------------------------------------------------
def test_statement_facets_count_what_each_value_selects(linked_server):
    facets = get(linked_server, "/api/facets/statements").json()["facets"]
    assert facets["publisher"] and facets["speaker"]
    for name in ("publisher", "speaker", "kind"):
        value = facets[name][0]
        total = get(linked_server, "/api/statements", limit=1, **value["params"]).json()["total"]
        assert total >= value["count"] > 0, (name, value)


def test_a_view_downloads_with_its_filters(linked_server):
    kind = get(linked_server, "/api/facets/statements").json()["facets"]["kind"][0]["value"]
    page = get(linked_server, "/api/statements", kind=kind, limit=1).json()
    r = get(linked_server, "/api/statements", kind=kind, format="csv")
    assert "attachment" in r.headers["content-disposition"] and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == page["total"] and {row["kind"] for row in rows} == {kind}
    assert len(get(linked_server, "/api/claims", format="json").json()) == get(
        linked_server, "/api/claims", limit=1).json()["total"]


def test_derived_lists_sort_and_refuse_unknown_orders(linked_server):
    items = get(linked_server, "/api/claims", sort="-sources", limit=500).json()["items"]
    sources = [c["sources"] for c in items if c.get("sources") is not None]
    assert sources == sorted(sources, reverse=True)
    r = CLIENT.get(linked_server.url + "/api/claims", params={"sort": "nonsense"})
    assert r.status_code == 400 and "sort" in r.json()["error"]["message"]


def test_contradictions_list_has_both_sides(linked_server):
    body = get(linked_server, "/api/contradictions").json()
    assert body["computed"] and body["total"] >= 1
    for c in body["items"]:
        assert c["a"].get("content_text") and c["b"].get("content_text")


def test_articles_carry_story_and_duplicate_flags(linked_server):
    items = get(linked_server, "/api/documents", limit=500).json()["items"]
    assert all("story_id" in d and "duplicate_of" in d for d in items)
    assert any(d["story_documents"] and d["story_documents"] > 1 for d in items)


# ---- browser --------------------------------------------------------------------------------------------------
@pytest.mark.browser
def test_new_pages_render_and_link_to_the_reader(chromium, linked_server):
    page = new_page(chromium)
    for path, selector in (("/claims", "table.claims-table tbody tr"), ("/contradictions", ".contradiction .sides"),
                           ("/events", "table.events-table tbody tr")):
        open_page(page, linked_server.url + path)
        assert page.locator(selector).count() >= 1, path
        assert page.locator(".facets .facet-link").count() >= 1, path
    open_page(page, linked_server.url + "/claims?contradicted=true")  # both sides beside the claim
    assert page.locator("table.claims-table .contradiction .sides").count() >= 1
    open_page(page, linked_server.url + "/events")
    page.locator("table.events-table tbody tr .article-cell a").first.click()
    page.wait_for_selector("#app[data-ready='1'] .doc-title")
    assert "/documents/" in page.url
    assert not page.problems, page.problems
    page.context.close()


@pytest.mark.browser
def test_facet_sort_and_download_on_the_statements_page(chromium, linked_server, tmp_path):
    page = new_page(chromium)
    open_page(page, linked_server.url + "/statements")
    before = page.locator("table.statements-table tbody tr").count()
    page.locator(".facets a.facet-link[data-facet='publisher']").first.click()
    page.wait_for_selector("#app[data-ready='1'] .facet-link.active")
    assert "publisher" in parse_qs(urlsplit(page.url).query)
    after = page.locator("table.statements-table tbody tr").count()
    assert 0 < after <= before
    page.locator("a.sort-link[data-sort='confidence']").click()
    page.wait_for_selector("#app[data-ready='1'] th[aria-sort='ascending']")
    query = parse_qs(urlsplit(page.url).query)
    assert query["sort"] == ["confidence"] and "publisher" in query
    shown = [float(t) for t in page.locator("table.statements-table tbody td.num").all_inner_texts()]
    assert shown == sorted(shown)
    with page.expect_download() as info:
        page.locator("a.download-link[data-format='csv']").first.click()
    saved = tmp_path / "view.csv"
    info.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert len(rows) >= after and {r["publisher"] for r in rows} <= {query["publisher"][0]}
    assert not page.problems, page.problems
    page.context.close()


@pytest.mark.browser
def test_search_terms_are_highlighted_in_statements(chromium, linked_server):
    word = get(linked_server, "/api/statements", limit=1).json()["items"][0]["content_text"].split()[0].strip(".,\"'")
    page = new_page(chromium)
    open_page(page, f"{linked_server.url}/statements?search={word}")
    marks = page.locator("table.statements-table mark").all_inner_texts()
    assert marks and all(m.lower().startswith(word.lower()) for m in marks)
    page.context.close()


def test_timeline_points_say_where_their_date_comes_from(derived_server):
    body = get(derived_server, "/api/timeline").json()
    points = [p for s in body["series"] for p in s["points"]]
    assert points and {p["dated_by"] for p in points} <= {"published", "text"}
    assert all(p["date"] for p in points)


@pytest.mark.browser
def test_actors_page_filters_by_a_type_facet_and_sorts_by_name(chromium, linked_server):
    page = new_page(chromium)
    open_page(page, linked_server.url + "/actors")
    page.locator(".facets a.facet-link[data-facet='type']").first.click()
    page.wait_for_selector("#app[data-ready='1'] .facet-link.active")
    chosen = parse_qs(urlsplit(page.url).query)["type"][0]
    page.locator("a.sort-link[data-sort='name']").click()
    page.wait_for_selector("#app[data-ready='1'] th[aria-sort='ascending']")
    names = page.locator("table tbody tr td:first-child").all_inner_texts()
    assert names == sorted(names, key=str.casefold)
    assert get(linked_server, "/api/actors", type=chosen, limit=1).json()["total"] >= len(names)
    assert page.locator("a.download-link[data-format='csv']").count() == 1
    assert not page.problems, page.problems
    page.context.close()


def test_a_search_counts_an_actor_as_the_full_listing_does(linked_server):
    everyone = {a["id"]: a for a in get(linked_server, "/api/actors", limit=500).json()["items"]}
    top = max(everyone.values(), key=lambda a: a["statements"])
    found = get(linked_server, "/api/actors", search=top["name"].split()[-1], limit=50).json()["items"]
    same = next(a for a in found if a["id"] == top["id"])
    assert {k: same[k] for k in ("mentions", "documents", "statements", "addressed")} == \
        {k: top[k] for k in ("mentions", "documents", "statements", "addressed")}


def test_a_contradicted_claim_comes_with_both_sides(linked_server):
    items = get(linked_server, "/api/claims", contradicted="true", limit=50).json()["items"]
    assert items
    for claim in items:
        assert claim["contradictions"], claim["text"]
        for pair in claim["contradictions"]:
            assert claim["id"] in (pair.get("claim_a"), pair.get("claim_b"))
            assert pair["a"].get("content_text") and pair["b"].get("content_text")
    plain = get(linked_server, "/api/claims", contradicted="false", limit=5).json()["items"]
    assert all(c["contradictions"] == [] for c in plain)
