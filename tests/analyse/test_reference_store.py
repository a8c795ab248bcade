"""The reference article in a store: what another article states of an actor shows on the store's record,
and curated party short forms join their full names across articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimscope.api import analyse_text
from claimscope.store import Store

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "seed"
ARTICLE = SEED / "euromaidan-dprk-troops.txt"

# written for this test: one sentence that states the leader's role
ROLE_ARTICLE = ("North Korean leader Kim Jong-un said on Tuesday that the new harbour at Wonsan would open "
                "next spring, state media reported.")


@pytest.mark.skipif(not ARTICLE.is_file(), reason="reference article not available")
def test_store_gives_the_reference_articles_kim_jong_un_his_affiliation(tmp_path):
    reference = analyse_text(ARTICLE.read_text("utf-8"), title="reference", published="2024-11-05")
    role = analyse_text(ROLE_ARTICLE, title="role", published="2024-12-01")
    with Store(tmp_path / "s.db") as store:
        store.add_documents([reference, role])
        d = store.actor("Kim Jong-un")
        assert d["type"] == "PERSON" and d["documents"] == 2  # one record for both articles
        affs = {a["name"]: a for a in d["affiliations"]}
        assert "North Korea" in affs and affs["North Korea"]["first"] == "2024-12-01"
        assert any("leader" in r["role"] for r in d["roles"])


def test_party_short_form_typed_person_joins_the_party(tmp_path):
    a = analyse_text("The Lib Dems said the tax was unfair, and Lib Dems leader Paul Fenwick agreed.")
    b = analyse_text("The Liberal Democrats said on Monday that the new tax would hurt families.")
    assert {(x["name"], x["type"], x["kind"]) for x in a["actors"] if "Lib" in x["name"]} == {
        ("Liberal Democrats", "ORG", "party")}
    with Store(tmp_path / "s.db") as store:
        store.add_documents([a, b])
        d = store.actor("Liberal Democrats")
        assert d["type"] == "ORG" and d["kind"] == "party" and d["documents"] == 2
        assert store.actor("Lib Dems")["id"] == d["id"]
