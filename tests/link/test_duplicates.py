"""Near-duplicate documents and repeated lines in a store: the reference article, copies, idempotence."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
from helpers import doc

from claimscope.link import duplicates, link_store
from claimscope.link.run import ensure_link_tables
from claimscope.store import Store

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "seed"
# (not `from conftest import SEED`: another tests folder's conftest module may be the one imported by that name)

WORDS = ("government minister police report troops border city market bank court council vote school hospital "
         "river storm fire election strike deal price company union protest judge plan budget tax").split()


def article(seed: int, sentences: int = 14) -> str:
    """A random but readable-enough article: different seeds share almost no word 3-grams."""
    rng = random.Random(seed)
    body = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 18))).capitalize() + "." for _ in range(sentences)]
    return f"Title number {seed}\n" + "\n".join(body)


def link_dups(store: Store) -> None:
    conn = store._db
    ensure_link_tables(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY n")]
    duplicates.link_duplicates(conn, ids)


@pytest.mark.skipif(not (SEED / "euromaidan-dprk-troops.expected.json").is_file(),
                    reason=f"reference article not found in {SEED}")
def test_reference_article_repeated_headline(tmp_path):
    expected = json.loads((SEED / "euromaidan-dprk-troops.expected.json").read_text(encoding="utf-8"))
    text = (SEED / "euromaidan-dprk-troops.txt").read_text(encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        store.add_document(doc(text, title=text.split("\n", 1)[0]))
        link_dups(store)
        rows = duplicates.repeated_rows(store._db)
    for group in expected["cross_document"]["duplicates"]:
        lines = sorted(group["lines"])
        hits = [r for r in rows if r["line"] in lines]
        assert sorted(r["line"] for r in hits) == lines
        assert len({r["hash"] for r in hits}) == 1
        for r in hits:
            assert text[r["start"]:r["end"]] == r["text"] == text.split("\n")[r["line"]].strip()
    assert all(r["occurrences"] >= 2 for r in rows)


def test_copies_point_at_the_earliest_document(tmp_path):
    original = article(1)
    lines = original.split("\n")
    edited = "\n".join(lines[:3] + [lines[3].replace("the", "a") + " Reportedly."] + lines[5:] + ["An added line."])
    with Store(tmp_path / "s.db") as store:
        ids = [d["id"] for d in (doc(original), doc(article(2)), doc(edited), doc(original + "\nFooter text here."))]
        for i, text in enumerate((original, article(2), edited, original + "\nFooter text here.")):
            store.add_document(doc(text))
        link_dups(store)
        rows = {r["document_id"]: r for r in duplicates.duplicate_rows(store._db)}
    assert set(rows) == {ids[2], ids[3]}
    assert {r["canonical_id"] for r in rows.values()} == {ids[0]}
    assert all(0.5 <= r["similarity"] <= 1 for r in rows.values())


def test_unrelated_documents_are_not_copies(tmp_path):
    with Store(tmp_path / "s.db") as store:
        for i in range(30):
            store.add_document(doc(article(100 + i)))
        link_dups(store)
        assert duplicates.duplicate_rows(store._db) == []


def _dump(conn: sqlite3.Connection) -> dict:
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall())
            for t in ("doc_minhash", "document_duplicates", "segments", "repeated_segments")}


def test_relinking_changes_nothing_and_signatures_are_reused(tmp_path):
    base = article(7)
    with Store(tmp_path / "s.db") as store:
        for text in (base, base + "\nOne more closing sentence for the copy.", article(8), base.upper()):
            store.add_document(doc(text))
        link_dups(store)
        before = _dump(store._db)
        link_dups(store)                       # the same ids again
        assert _dump(store._db) == before
        assert len(before["document_duplicates"]) == 2
        store._db.execute("UPDATE doc_minhash SET shingles = -1")   # a stored signature is reused, not recomputed
        link_dups(store)
        assert {r[0] for r in store._db.execute("SELECT shingles FROM doc_minhash")} == {-1}


@pytest.mark.parametrize("split", [1, 2, 3])
def test_incremental_passes_equal_one_pass(tmp_path, split):
    texts = [article(20), article(21), article(20) + "\nExtra line added by an outlet here.", article(22),
             article(21).replace("\n", "\n\n")]
    with Store(tmp_path / "one.db") as one:
        for t in texts:
            one.add_document(doc(t))
        link_dups(one)
        whole = sorted(one._db.execute("SELECT * FROM document_duplicates").fetchall())
    with Store(tmp_path / "inc.db") as inc:
        conn = inc._db
        ensure_link_tables(conn)
        for part in (texts[:split], texts[split:]):
            ids = [doc(t)["id"] for t in part]
            for t in part:
                inc.add_document(doc(t))
            duplicates.link_duplicates(conn, ids)
        assert sorted(conn.execute("SELECT * FROM document_duplicates").fetchall()) == whole
    assert len(whole) == 2


def test_band_keys_match_exactly_when_a_whole_band_agrees():
    from claimscope.link import minhash

    sig = minhash.signature(set(range(100, 400)))
    other = sig.copy()
    other[:3] += 1                                   # band 0 differs, the other 41 agree
    a, b = minhash.band_keys(sig), minhash.band_keys(other)
    assert len(a) == minhash.LSH_BANDS and all(0 <= k < 2 ** 63 for k in a)
    assert a[0] != b[0] and a[1:] == b[1:]
    assert len(set(a)) == len(a)                     # the band number keeps equal values in two bands apart


def test_the_store_index_finds_what_the_memory_index_finds(tmp_path):
    from claimscope.link import minhash
    from claimscope.link.shingles import shingle_hashes

    texts = [article(s) for s in range(6)]
    texts += [texts[1].replace("Title number 1", "Title number one") + " An added line.", texts[4] + " More."]
    with Store(tmp_path / "s.db") as store:
        for t in texts:
            store.add_document(doc(t))
        link_dups(store)
        conn = store._db
        got = dict(conn.execute("SELECT document_id, canonical_id FROM document_duplicates"))
        indexed = {r[0] for r in conn.execute("SELECT DISTINCT document_id FROM doc_bands")}
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY n")]
    det = minhash.Detector(dict(zip(ids, texts)).get)
    want = {}
    for n, (key, t) in enumerate(zip(ids, texts)):
        sh = shingle_hashes(t)
        found = det.check(key, n, sh, minhash.signature(sh))
        if found:
            want[key] = found[0]
    assert got == want and len(got) == 2
    assert indexed == set(ids) - set(got)            # copies are found through their canonical, not indexed


def test_a_store_made_before_the_band_index_gets_it_filled(tmp_path):
    texts = [article(s) for s in range(3)]
    with Store(tmp_path / "s.db") as store:
        for t in texts:
            store.add_document(doc(t))
        link_dups(store)
        conn = store._db
        conn.execute("DROP TABLE doc_bands")             # as in a store linked by the earlier code
        ensure_link_tables(conn)
        assert conn.execute("SELECT count(DISTINCT document_id) FROM doc_bands").fetchone()[0] == 3
        store.add_document(doc(texts[0] + " One more line at the end."))
        link_dups(store)
        assert conn.execute("SELECT count(*) FROM document_duplicates").fetchone()[0] == 1
