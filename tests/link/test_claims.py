"""Claims, contradictions and timelines: hand-made items, the reference article and the multi-article set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimscope.lexicon import polarity
from claimscope.link import contradictions, denials
from claimscope.link.material import Doc, Item

HERE = Path(__file__).parent
SHARED = HERE.parents[2] / "shared" / "corpora" / "seed"
REFERENCE = SHARED / "euromaidan-dprk-troops.txt"


def _doc(doc_id, outlet, published=None, text=""):
    return Doc(id=doc_id, title=None, url=None, path=None, publisher=outlet, published=published, text=text,
               canonical=doc_id, outlet=outlet)


def _quantity(doc, value, *, unit="troops", status="done", actor="Ruritania", source=None, text=None, **extra):
    data = {"text": text or f"{value} {unit}", "kind": "count", "value": value, "unit": unit, "status": status,
            "actor": actor, "event_lemma": "send", **extra}
    return Item("quantity", doc, 0, data, None, source, data["text"])


def test_polarity_reads_prefixes():
    assert polarity.polarity("valuable") > 0
    assert polarity.polarity("inexperienced") < 0        # not "experienced"
    assert polarity.polarity("malnourished") < 0         # pejorative prefix
    assert polarity.polarity("well-equipped") > 0
    assert polarity.polarity("cannon") == 0


def test_numbers_conflict_only_for_the_same_quantity():
    a, b = _doc("a", "Outlet A", "2025-01-01"), _doc("b", "Outlet B", "2025-01-01")
    sent, other = _quantity(a, 3000, source="the ministry"), _quantity(b, 12000, source="the agency")
    assert contradictions.number_conflict(sent, other)
    planned = _quantity(b, 10000, status="planned", source="the agency")
    assert contradictions.number_conflict(sent, planned) is None        # planned vs sent
    later = _quantity(_doc("c", "Outlet C", "2025-01-03"), 5000, source="the agency")
    assert contradictions.number_conflict(sent, later) is None          # a later, larger figure: a timeline
    about = _quantity(b, 3100, source="the agency", approximate=True)
    assert contradictions.number_conflict(sent, about) is None          # "about 3,100" allows 3,000
    assert contradictions.numbers([sent, _quantity(b, 12000, source="the ministry")]) == []  # one source
    unknown = _quantity(b, 12000, source="the agency", event_lemma=None)
    assert contradictions.number_conflict(sent, unknown) is None        # nothing says what the 12,000 did
    spent = _quantity(b, 12000, source="the agency", event_lemma="spend", kind="money", actor=None)
    assert contradictions.number_conflict(_quantity(a, 3000, kind="money", actor=None, event_lemma="spend"),
                                          spent) is None               # sums without an owner: many things


# --- whole stores --------------------------------------------------------------------------------------------


def _store(tmp_path_factory, inputs, link=True):
    from claimscope.api import analyse_into
    from claimscope.link import link_store
    from claimscope.store import Store

    path = tmp_path_factory.mktemp("store") / "claimscope.db"
    store = Store(path)
    analyse_into(store, [str(p) for p in inputs])
    if link:
        link_store(store)
    return store


def _contradictions(conn):
    cur = conn.execute("SELECT * FROM contradictions")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def _matches(row, a_has, b_has, kind=None):
    if kind and row["kind"] != kind:
        return False
    a, b = row["text_a"] or "", row["text_b"] or ""
    return (a_has in a and b_has in b) or (a_has in b and b_has in a)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    if not REFERENCE.exists():
        pytest.skip("shared reference article not present")
    store = _store(tmp_path_factory, [REFERENCE])
    yield store
    store.close()


def test_reference_article_characterisation(reference):
    expected = json.loads(REFERENCE.with_suffix("").with_suffix(".expected.json").read_text())
    rows = _contradictions(reference._db)
    for want in expected["cross_document"]["contradictions"]:
        assert any(_matches(r, want["a_has"], want["b_has"], "characterisation") for r in rows), rows
    # the repeated headline is one claim with one independent source; the characterisation contradicts how the
    # troops are described, not that they were sent, so no event claim carries the flag
    repeated = [r for r in reference._db.execute("SELECT sources, reports, contradicted FROM claims "
                                                 "WHERE text LIKE 'Kim Jong-un sends%'")]
    assert repeated and all(r[0] == 1 for r in repeated) and any(r[1] == 2 for r in repeated)
    assert not reference._db.execute("SELECT 1 FROM claims WHERE kind = 'event' AND contradicted = 1").fetchone()


def test_relinking_is_idempotent(reference):
    from claimscope.link import claims

    conn = reference._db
    before = conn.execute("SELECT id, sources FROM claims ORDER BY id").fetchall()
    stories = {r[0] for r in conn.execute("SELECT DISTINCT story_id FROM claims")}
    claims.link_claims(conn, stories)
    assert conn.execute("SELECT id, sources FROM claims ORDER BY id").fetchall() == before


DATA = HERE / "data"


@pytest.fixture(scope="module")
def multi(tmp_path_factory):
    if not (DATA / "multi_articles.jsonl").exists():
        pytest.skip("multi-article set not present")
    store = _store(tmp_path_factory, [DATA / "multi_articles.jsonl"])
    yield store, json.loads((DATA / "multi_expected.json").read_text())
    store.close()


def test_multi_corroboration(multi):
    store, expected = multi
    conn = store._db
    url = dict(conn.execute("SELECT id, url FROM documents"))
    for want in expected["claims"]:
        found = []
        for cid, sources, docs in conn.execute("SELECT id, sources, documents FROM claims"):
            texts = [t for (t,) in conn.execute(
                "SELECT coalesce(s.content_text, '') FROM claim_statements cs LEFT JOIN statements s "
                "ON s.id = cs.statement_id WHERE cs.claim_id = ?", (cid,))]
            if any(want["has"] in t for t in texts) and set(want["documents"]) <= {url[d] for d in json.loads(docs)}:
                found.append(sources)
        assert want["independent_sources"] in found, (want, found)


def test_multi_contradictions(multi):
    store, expected = multi
    rows = _contradictions(store._db)
    for want in expected["contradictions"]:
        assert any(_matches(r, want["a_has"], want["b_has"], want["kind"]) for r in rows), want
    for avoid in expected["non_contradictions"]:
        bad = [r for r in rows if _matches(r, avoid["a_has"], avoid["b_has"])]  # of any kind
        assert not bad, (avoid, bad)


def test_multi_timeline(multi):
    from claimscope.link.timeline import timeline

    store, expected = multi
    for want in expected["timelines"]:
        rows = [r for r in timeline(store._db)
                if want["unit_has"] in (r["unit"] or "") and
                (want["actor_or_source_has"] in (r["actor"] or "").lower()
                 or want["actor_or_source_has"] in (r["source"] or "").lower())]
        values = sorted({r["value"] for r in rows if r["value"] is not None})
        assert all(v in values for v in want["values"]), (want, rows)


def test_a_withheld_denial_is_no_denial():
    assert denials.denies("denied") and denials.denies("has rejected")
    assert not denials.denies("refused to deny") and not denials.denies("said")
