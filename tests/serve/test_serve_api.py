"""The JSON API against a real `claimscope serve` subprocess over a store analysed from the bundled examples."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import document_id
from serve_helpers import running_server

STATIC = Path(__file__).resolve().parents[2] / "src" / "claimscope" / "serve" / "static"


CLIENT = httpx.Client(timeout=20)  # one client: a new one per request costs ~100 ms (SSL context set-up)


def get(server, path, **params):
    return CLIENT.get(server.url + path, params=params)


def ok(server, path, **params) -> dict:
    r = get(server, path, **params)
    assert r.status_code == 200, (path, params, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def assert_envelope(r: httpx.Response, status: int, code: str | None = None, words: str | None = None) -> dict:
    assert r.status_code == status, (r.request.url, r.status_code, r.text[:500])
    body = r.json()
    assert set(body) == {"error"}, body
    err = body["error"]
    assert err["status"] == status and isinstance(err["message"], str) and err["message"], err
    if code:
        assert err["code"] == code, err
    if words:
        assert words.lower() in err["message"].lower(), err
    return err


def store_counts(db: Path) -> dict:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "statements", "actors")}
    finally:
        conn.close()


def test_health_stats_and_headers(server, example_store):
    r = get(server, "/api/health")
    assert r.json()["read_only"] is True
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    stats = ok(server, "/api/stats")
    counts = store_counts(example_store)
    assert {k: stats[k] for k in counts} == counts
    assert counts["documents"] == 8  # six examples, two malicious
    assert stats["computed"]["stories"] is False and stats["computed"]["claims"] is False
    assert {"type": "PERSON", "actors": stats["actor_types"][0]["actors"]} in stats["actor_types"]


def test_statements_paging_and_sorting(server, example_store):
    total = store_counts(example_store)["statements"]
    first = ok(server, "/api/statements", limit=5)
    second = ok(server, "/api/statements", limit=5, offset=5)
    assert first["total"] == second["total"] == total
    assert len(first["items"]) == len(second["items"]) == 5
    assert not {s["id"] for s in first["items"]} & {s["id"] for s in second["items"]}
    everything = ok(server, "/api/statements", limit=500)["items"]
    assert len(everything) == total
    past = ok(server, "/api/statements", limit=5, offset=total + 10)
    assert past["items"] == [] and past["total"] == total
    by_conf = ok(server, "/api/statements", sort="-confidence", limit=500)["items"]
    assert [s["confidence"] for s in by_conf] == sorted((s["confidence"] for s in by_conf), reverse=True)
    newest = ok(server, "/api/statements", sort="-published", limit=500)["items"]
    dates = [s["published"] for s in newest if s["published"]]
    assert dates == sorted(dates, reverse=True) and newest[-1]["published"] is None  # undated last
    row = first["items"][0]
    for key in ("id", "document_id", "title", "kind", "speaker_name", "speaker_actor_id", "cue_text",
                "content_text", "content_spans", "confidence", "published", "publisher"):
        assert key in row


def test_statement_filters(server):
    okafor = ok(server, "/api/statements", speaker="okafor")["items"]
    assert okafor and all("Okafor" in (s["speaker_name"] or s["speaker_text"]) for s in okafor)
    direct = ok(server, "/api/statements", kind="direct", limit=500)["items"]
    assert direct and all(s["kind"] == "direct" for s in direct)
    denied = ok(server, "/api/statements", cue="deni")["items"]
    assert denied and all("deni" in s["cue_text"].lower() for s in denied)
    may = ok(server, "/api/statements", date_from="2025-05", date_to="2025-05-31", limit=500)["items"]
    assert may and all("2025-05" <= s["published"][:10] <= "2025-05-31" for s in may)
    assert ok(server, "/api/statements", date_from="2031")["total"] == 0
    found = ok(server, "/api/statements", search="doctors")["items"]
    assert found and all("doctor" in s["content_text"].lower() for s in found)
    berg = okafor[0]["speaker_actor_id"]
    by_actor = ok(server, "/api/statements", actor=str(berg), limit=500)["items"]
    assert {s["id"] for s in okafor} <= {s["id"] for s in by_actor}
    by_name = ok(server, "/api/statements", actor="Okafor", limit=500)["items"]
    assert {s["id"] for s in by_actor} <= {s["id"] for s in by_name}
    doc = okafor[0]["document_id"]
    in_doc = ok(server, "/api/statements", document=doc, limit=500)["items"]
    assert in_doc and all(s["document_id"] == doc for s in in_doc)
    # story and contradicted need the linking stage: empty, with a note, not an error
    story = ok(server, "/api/statements", story="s1")
    assert story["items"] == [] and story["derived"]["stories"] is False
    assert "linking stage" in story["notes"][0] and "yet" in story["notes"][0]
    contra = ok(server, "/api/statements", contradicted="true")
    assert contra["items"] == [] and contra["notes"]


def test_documents_search_and_reader_data(server, example_store):
    docs = ok(server, "/api/documents", limit=500)
    assert docs["total"] == 8
    hits = ok(server, "/api/documents", q="harbour bridge")
    assert hits["items"][0]["title"].startswith("Harbour bridge")
    marks = hits["snippet_marks"]
    assert marks[0] in hits["items"][0]["snippet"]
    by_publisher = ok(server, "/api/documents", publisher="example wire", limit=500)["items"]
    assert by_publisher and all(d["publisher"] == "Example Wire" for d in by_publisher)
    with_speaker = ok(server, "/api/documents", speaker="Adeyemi")["items"]
    assert [d["title"] for d in with_speaker] == ["Minister denies plan to close coastal stations"]
    doc_id = document_id(example_store, "coastal stations")
    doc = ok(server, f"/api/documents/{doc_id}")
    assert doc["id"] == doc_id and doc["text"] and doc["statements"]
    speakers = [s for s in doc["statements"] if s["speaker"] and s["speaker"]["name"] == "Ruth Adeyemi"]
    assert speakers and all(isinstance(s["speaker_actor_id"], int) for s in speakers)
    assert any(isinstance(a.get("actor_id"), int) for a in doc["actors"])
    assert_envelope(get(server, "/api/documents/0000000000000000"), 404, "not_found", "no document")


def test_search_endpoint(server):
    res = ok(server, "/api/search", q="Okafor")
    assert res["actors"]["items"][0]["name"] == "Maria Okafor"
    assert res["documents"]["total"] >= 1 and res["statements"]["total"] >= 0
    assert ok(server, "/api/search", q="(((")["documents"]["total"] == 0  # punctuation only: nothing, no error


def test_actors_and_actor_page(server):
    actors = ok(server, "/api/actors", limit=500)
    assert actors["total"] == len(actors["items"])
    counts = [a["statements"] for a in actors["items"]]
    assert counts == sorted(counts, reverse=True)
    persons = ok(server, "/api/actors", type="person", limit=500)["items"]
    assert persons and all(a["type"] == "PERSON" for a in persons)
    okafor = ok(server, "/api/actors", search="okafor")["items"][0]
    page = ok(server, f"/api/actors/{okafor['id']}")
    assert page["actor"]["name"] == "Maria Okafor"
    assert page["said"]["total"] == okafor["statements"] >= 1
    assert all(s["speaker_actor_id"] == okafor["id"] for s in page["said"]["items"])
    assert isinstance(page["roles"], list)
    # someone is spoken about: the network's targets have "about" statements by others
    net = ok(server, "/api/network")
    assert net["edges"], net
    target = net["edges"][0]["target"]
    about = ok(server, f"/api/actors/{target}")["about"]
    assert about["total"] >= 1 and all(s["speaker_actor_id"] != target for s in about["items"])
    assert_envelope(get(server, "/api/actors/999999"), 404, "not_found")


def test_network_shape(server):
    net = ok(server, "/api/network", max_edges=3)
    ids = {n["id"] for n in net["nodes"]}
    assert len(net["edges"]) <= 3 and net["total_edges"] >= len(net["edges"])
    assert all(e["source"] in ids and e["target"] in ids and e["source"] != e["target"] for e in net["edges"])
    assert ok(server, "/api/network", min_weight=1000)["edges"] == []


@pytest.mark.parametrize("route", ["/api/stories", "/api/claims"])
def test_not_computed_yet_is_an_empty_list(server, route):
    res = ok(server, route)
    assert res["computed"] is False and res["items"] == [] and res["total"] == 0
    assert "yet" in res["message"]


def test_events_and_quantities_not_computed_in_a_store_without_them(tmp_path):
    """A store whose documents carry no events or quantities (analysed before the facts stage existed)."""
    from claimscope.store import Store

    db = tmp_path / "bare.db"
    text = "Bare\n\"Yes,\" Ann Lee said."
    with Store(db) as store:
        store.add_document({"id": "b" * 16, "source": {}, "title": "Bare", "published": None, "publisher": None,
                            "text": text, "statements": [], "actors": []})
    with running_server(db) as bare:
        for route in ("/api/events", "/api/quantities"):
            res = ok(bare, route)
            assert res["computed"] is False and res["items"] == [] and "yet" in res["message"], res
        res = ok(bare, "/api/timeline")
        assert res["computed"] is False and res["series"] == [] and res["message"]
        assert ok(bare, "/api/stats")["computed"] == {
            "events": False, "quantities": False, "stories": False, "claims": False}


def test_events_and_quantities_from_the_documents(server):
    events, quantities = ok(server, "/api/events"), ok(server, "/api/quantities")
    for res in (events, quantities):
        assert res["total"] == len(res["items"]) or res["total"] > res["limit"]
        assert res["computed"] is bool(res["total"]) or res["computed"]
    for q in quantities["items"]:
        assert q["document_id"] and "point" in q and "source" in q


def test_story_not_computed_is_a_404_saying_so(server):
    assert_envelope(get(server, "/api/stories/anything"), 404, "not_found", "has not run on this store yet")


def test_derived_data_fills_in(derived_server, derived_store):
    stats = ok(derived_server, "/api/stats")
    assert {k: stats["computed"][k] for k in ("quantities", "stories", "claims")} == {
        "quantities": True, "stories": True, "claims": True}
    timeline = ok(derived_server, "/api/timeline", unit="containers")
    assert timeline["unit"] == "containers" and {u["unit"] for u in timeline["units"]} >= {"containers"}
    series = {s["source"]: [(p["date"], p["point"]) for p in s["points"]] for s in timeline["series"]}
    assert series["Alan Brooks"] == [("2025-05-02", 1200), ("2025-05-04", 1500)]
    assert {("2025-05-03", 1000), ("2025-05-06", 1300)} <= set(series["port authority"])
    assert ok(derived_server, "/api/quantities", unit="containers")["total"] >= 4
    stories = ok(derived_server, "/api/stories")
    assert stories["computed"] and stories["items"][0]["label"] == "Coastal railway stations"
    assert stories["items"][0]["documents"] == 1 and stories["items"][0]["claims"] == 1
    story = ok(derived_server, "/api/stories/coastal")
    assert story["claims"][0]["corroboration"] == 2 and len(story["claims"][0]["statements"]) == 2
    (contra,) = story["contradictions"]
    assert contra["kind"] == "polarity" and contra["a"]["cue_text"] == "had reported" and contra["b"]["cue_text"] == "denied"
    coastal = document_id(derived_store, "coastal stations")
    in_story = ok(derived_server, "/api/statements", story="coastal", limit=500)["items"]
    assert in_story and {s["document_id"] for s in in_story} == {coastal}
    contradicted = ok(derived_server, "/api/statements", contradicted="true")["items"]
    assert sorted(s["cue_text"] for s in contradicted) == ["denied", "had reported"]
    assert ok(derived_server, "/api/claims", contradicted="false")["items"] == []
    assert_envelope(get(derived_server, "/api/stories/nope"), 404, "not_found", "no story")


BAD = [
    ("/api/statements", {"limit": "0"}, "limit"),
    ("/api/statements", {"limit": "501"}, "limit"),
    ("/api/statements", {"limit": "ten"}, "limit"),
    ("/api/statements", {"offset": "-1"}, "offset"),
    ("/api/statements", {"kind": "rumour"}, "kind"),
    ("/api/statements", {"sort": "random"}, "sort"),
    ("/api/statements", {"date_from": "2025-02-30"}, "date_from"),
    ("/api/statements", {"date_to": "yesterday"}, "date_to"),
    ("/api/statements", {"date_from": "2025-06", "date_to": "2025-05"}, "after"),
    ("/api/statements", {"contradicted": "maybe"}, "contradicted"),
    ("/api/statements", {"speaker": "x" * 501}, "speaker"),
    ("/api/documents", {"sort": "size"}, "sort"),
    ("/api/actors", {"type": "<script>"}, "type"),
    ("/api/actors/abc", {}, "actor_id"),
    ("/api/actors/99999999999999999999", {}, "actor_id"),
    ("/api/search", {}, "q"),
    ("/api/search", {"q": ""}, "q"),
    ("/api/network", {"min_weight": "0"}, "min_weight"),
    ("/api/timeline", {"unit": "u" * 200}, "unit"),
]


@pytest.mark.parametrize("path,params,words", BAD, ids=[f"{p}?{'&'.join(q)}" for p, q, _ in BAD])
def test_bad_parameters_get_a_400_envelope(server, path, params, words):
    err = assert_envelope(get(server, path, **params), 400, "invalid_parameter")
    assert words.lower() in err["message"].lower(), err


@pytest.mark.parametrize("query", ["actor=99999999999999999999", "actor=%C2%B2", "actor=%D9%A3", "document=%00",
                                   "speaker=%ED%A0%80", "search=NEAR%28a%20b%29", "cue=%25", "search=%22%2A",
                                   "publisher=%FF%FE"])
def test_odd_values_are_answered(server, query):
    """Raw query strings (invalid UTF-8, NUL, FTS syntax, digits beyond SQLite's integers): a 200, never a 500."""
    for route in ("/api/statements", "/api/network", "/api/documents"):
        r = CLIENT.get(f"{server.url}{route}?{query}")
        assert r.status_code == 200, (route, query, r.text[:300])


def test_other_errors_use_the_envelope(server):
    assert_envelope(get(server, "/no/such/page"), 404, "not_found", "/no/such/page")
    assert_envelope(get(server, "/api/nothing"), 404, "not_found")
    r = CLIENT.post(server.url + "/api/statements", json={})
    assert_envelope(r, 405, "method_not_allowed", "read-only")
    r = CLIENT.delete(server.url + "/api/documents/x")
    assert_envelope(r, 405, "method_not_allowed")
    r = CLIENT.get(server.url + "/api/health", headers={"Host": "evil.example"})
    assert_envelope(r, 400, "host_not_allowed", "loopback")
    assert "content-security-policy" in r.headers


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
                      st.from_regex(r"[0-9]{1,25}", fullmatch=True)),
       key=st.sampled_from(["search", "speaker", "actor", "cue", "publisher", "document", "story"]))
def test_any_text_filter_is_answered_never_a_500(server, text, key):
    r = get(server, "/api/statements", **{key: text})
    assert r.status_code == 200, (key, text, r.text[:300])
    r = get(server, "/api/search", q=text or "x")
    assert r.status_code in (200, 400), (text, r.text[:300])


def test_openapi_and_offline_docs(server):
    spec = ok(server, "/openapi.json")
    for route in ("/api/statements", "/api/documents/{doc_id}", "/api/actors/{actor_id}", "/api/events",
                  "/api/claims", "/api/stories", "/api/stories/{story_id}", "/api/timeline", "/api/network",
                  "/api/search"):
        assert route in spec["paths"], route
    assert "422" not in str(spec["paths"]["/api/statements"]["get"]["responses"])
    assert "ErrorEnvelope" in spec["components"]["schemas"]
    r = get(server, "/docs")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert '<script type="module" src="/static/js/docs.js">' in r.text


def test_ui_ships_everything_offline(server):
    """Every script, style and font the UI loads comes from the package: no URL to another host."""
    for path in sorted(STATIC.rglob("*")):
        if path.suffix in (".html", ".js", ".css"):
            text = path.read_text(encoding="utf-8")
            for bad in ("cdn.", "googleapis", "unpkg", "jsdelivr", "cdnjs", "src=\"http", "href=\"http", "@import",
                        "url(http", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
                assert bad not in text, f"{path.name} contains {bad!r}"
    page = get(server, "/statements")
    assert page.status_code == 200 and "/static/js/app.js" in page.text
    for asset in ("/static/js/app.js", "/static/js/dom.js", "/static/css/app.css", "/static/js/pages/reader.js"):
        assert get(server, asset).status_code == 200, asset


def test_store_is_opened_read_only(example_store):
    from claimscope.errors import StoreError
    from claimscope.store.read import open_readonly

    conn = open_readonly(example_store)
    try:
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM statements")
    finally:
        conn.close()
    with pytest.raises(StoreError, match="no such store"):
        open_readonly(example_store.parent / "missing.db")
    junk = example_store.parent / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="not a claimscope store"):
        open_readonly(junk)
