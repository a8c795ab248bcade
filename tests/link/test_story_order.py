"""Stories are a function of the stored documents: any split into passes, any order, and two processes
linking one store at the same time end in the same partition as one pass over everything."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from helpers import doc
from test_stories import _events, _partition

from claimscope.eval.stories import assignments, link_in_order
from claimscope.store import Store

SRC = Path(__file__).resolve().parents[2] / "src"


def _filler(k: int) -> dict:
    """An unrelated report (a harbour festival, a council vote...) that shifts every idf a little."""
    towns = ["Vessno", "Ardmoor", "Quillan", "Tarrow", "Olvey", "Brenna"]
    topics = ["festival of lanterns", "council vote on buses", "new library wing", "river clean-up day"]
    t, town = topics[k % len(topics)], towns[k % len(towns)]
    text = (f"{town} {t}\nResidents of {town} gathered for the {t}, which organisers called the largest so far. "
            f"The {t} drew visitors from nearby villages and the mayor of {town} thanked volunteers. Report {k}.")
    return doc(text, text.split("\n")[0], None)


def _docs() -> list[dict]:
    korvaly, pellandra, final = _events(False)
    return korvaly + pellandra + [final] + [_filler(k) for k in range(8)]


def _analysed(tmp_path) -> tuple[Path, list[str]]:
    path = tmp_path / "a.db"
    docs = _docs()
    with Store(path) as store:
        for d in docs:
            store.add_document(d)
    return path, [d["id"] for d in docs]


def test_any_split_into_passes_gives_the_stories_of_one_pass(tmp_path):
    path, ids = _analysed(tmp_path)
    whole = _partition(assignments(link_in_order(path, tmp_path / "one.db", ids)))
    assert len(whole) < len(ids)                           # the two quakes are stories of several reports
    for k, passes in enumerate((2, 3, 4, len(ids))):
        order = random.Random(k).sample(ids, len(ids))
        got = _partition(assignments(link_in_order(path, tmp_path / f"p{k}.db", order, passes)))
        assert got == whole, f"{passes} passes"


def test_relinking_a_grown_store_rewrites_only_changed_stories(tmp_path):
    from claimscope.link import stories
    from claimscope.link.run import ensure_link_tables

    path, ids = _analysed(tmp_path)
    with Store(path) as store:
        conn = store._db
        ensure_link_tables(conn)
        stories.link_stories(conn, ids)
        assert stories.link_stories(conn, []) == set()     # nothing new: no story changes


_WRITER = """
import json, sys
from claimscope.store import Store
from claimscope.link.run import link_store
docs = json.load(open(sys.argv[2]))
with Store(sys.argv[1]) as store:
    for i in range(0, len(docs), 3):            # batches of 3, each linked, while the other process writes too
        for d in docs[i:i + 3]:
            store.add_document(d)
        link_store(store)
"""


def test_two_concurrent_writers_end_in_the_stories_of_one_pass(tmp_path):
    path, ids = _analysed(tmp_path)
    whole = _partition(assignments(link_in_order(path, tmp_path / "one.db", ids)))
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    for trial in range(2):                      # the code before whole-store consolidation failed trial 1
        docs = _docs()
        random.Random(trial).shuffle(docs)
        shared = tmp_path / f"shared{trial}.db"
        Store(shared).close()
        procs = []
        for h, half in enumerate((docs[0::2], docs[1::2])):
            f = tmp_path / f"half{trial}{h}.json"
            f.write_text(json.dumps(half), encoding="utf-8")
            procs.append(subprocess.Popen([sys.executable, "-c", _WRITER, str(shared), str(f)], env=env))
        assert [p.wait(timeout=120) for p in procs] == [0, 0]
        with Store(shared) as store:
            got = _partition(dict(store._db.execute("SELECT document_id, story_id FROM story_documents")))
        assert got == whole, f"trial {trial}"
