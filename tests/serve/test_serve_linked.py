"""The API over a store the real linking stage filled: stories, claims and contradictions as the UI reads them."""

from __future__ import annotations

import httpx

CLIENT = httpx.Client(timeout=30)


def ok(server, path, **params) -> dict:
    r = CLIENT.get(server.url + path, params=params)
    assert r.status_code == 200, (path, params, r.status_code, r.text[:500])
    return r.json()


def _rows(body: dict) -> list[dict]:
    for key in ("items", "stories", "claims", "rows", "statements"):
        if isinstance(body.get(key), list):
            return body[key]
    raise AssertionError(f"no list in {sorted(body)}")


def test_linked_store_is_computed(linked_server):
    stats = ok(linked_server, "/api/stats")
    assert stats["computed"]["stories"] is True and stats["computed"]["claims"] is True


def test_story_page_shows_both_sides_of_a_contradiction(linked_server):
    stories = _rows(ok(linked_server, "/api/stories"))
    assert len(stories) == 5  # two multi-article stories and three unrelated articles
    quake = next(s for s in stories if "quake" in (s.get("label") or "").lower()
                 or "earthquake" in (s.get("label") or "").lower())
    story = ok(linked_server, f"/api/stories/{quake['id']}")
    body = story.get("story", story)
    kinds = {c["kind"] for c in body["contradictions"]}
    assert "number" in kinds
    assert any(c.get("contradicted") for c in body["claims"])


def test_contradicted_filter_on_statements(linked_server):
    contradicted = _rows(ok(linked_server, "/api/statements", contradicted="true"))
    assert any("300 people" in s["content_text"] for s in contradicted)  # the conflicting toll
    assert any((s.get("cue_text") or "").lower() == "denied" for s in contradicted)  # the denial
    assert not any("phone" in s["content_text"] for s in contradicted)  # an unrelated story
    plain = _rows(ok(linked_server, "/api/statements", contradicted="false"))
    assert not {s["id"] for s in contradicted} & {s["id"] for s in plain}
