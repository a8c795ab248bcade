"""Check: across the BBC corpus, one store record per person, and never two people sharing a surname in one.

Not a test (it measures and reports). Run from the repository root:

    .venv/bin/python benchmarks/check_bbc_actors_store.py                       # politics section, temp store
    .venv/bin/python benchmarks/check_bbc_actors_store.py --db bbc.db --sections politics business
    .venv/bin/python benchmarks/check_bbc_actors_store.py --db bbc.db --no-analyse   # an existing store

What it reports:
- for each `--person "FIRST SURNAME"` (any number), every document actor that is that person in whatever form
  ("Ana Ruiz", "Ms Ruiz", "Ruiz", "Minister Ruiz"): the store records they landed on (the goal: one). A
  surname-only actor counts as the person when its article never names another person of that surname in full;
- store PERSON records whose documents give two different full names (two people merged: the goal is none),
  a first-name variant ("Bill" for "William", lexicon/nicknames.py) counting as the same name;
- PERSON records that share a surname and a first-name variant (one person on two records: the goal is none),
  and the variant joins the store made;
- the surname-only attachments the store made (a person an article names only as "Mr X" joined the full-named
  X the store knows best), for reading; and surname-only people left on a record of their own.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "bbc-2005" / "news"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sections", nargs="*", default=["politics"])
    parser.add_argument("--db", type=Path, default=None, help="store to build (default: a temporary file)")
    parser.add_argument("--no-analyse", action="store_true", help="check --db as it is")
    parser.add_argument("--show", type=int, default=25)
    parser.add_argument("--person", action="append", default=[],
                        help="a full name whose store records to count (repeatable)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO_ROOT / "src"))
    from claimscope.api import analyse_into
    from claimscope.store import Store

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "bbc.db"
    if not args.no_analyse:
        inputs = [str(args.corpus / s) for s in args.sections]
        started = time.perf_counter()
        with Store(db) as store:
            report = analyse_into(store, inputs)
        print(f"analysed {report.analysed} documents into {db} in {time.perf_counter() - started:.0f}s "
              f"({report.skipped} already stored)")
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT d.document_id, d.local_id, d.name, d.honorific, d.actor_id, d.how, a.name, doc.text "
        "FROM doc_actors d JOIN actors a ON a.id = d.actor_id JOIN documents doc ON doc.id = d.document_id "
        "WHERE d.type = 'PERSON'").fetchall()
    # 1. each --person, whatever the form
    for person in args.person:
        _one_record(conn, rows, person)
    # 2. records merging two different full names (a first-name variant, "Bill" for "William", is one name)
    from claimscope.lexicon.nicknames import formal_first_name

    def folded(full_name: str) -> str:
        parts = _norm(full_name).split()
        return " ".join([formal_first_name(parts[0]), *parts[1:]])

    full_by_actor: dict[int, set[str]] = defaultdict(set)
    for doc_id, local, name, honorific, actor_id, how, aname, text in rows:
        if len(name.split()) >= 2 and how != "override":
            full_by_actor[actor_id].add(folded(name))
    merged = {a: ns for a, ns in full_by_actor.items() if len(ns) > 1}
    print(f"\nPERSON records: {len({r[4] for r in rows})}; records whose articles give two different full names: "
          f"{len(merged)}")
    for a, ns in list(merged.items())[: args.show]:
        print(f"  id {a}: {sorted(ns)}")
    # 3. records of one person under first-name variants: same surname, first names one name ("Bernie", "Bernard")
    records = conn.execute("SELECT id, norm FROM actors WHERE type = 'PERSON' AND instr(norm, ' ') > 0").fetchall()
    by_folded: dict[str, set[str]] = defaultdict(set)
    for _aid, anorm in records:
        by_folded[folded(anorm)].add(anorm)
    split = {k: v for k, v in by_folded.items() if len(v) > 1}
    joined = sorted({(name, aname) for _d, _l, name, _h, _a, how, aname, _t in rows if how == "variant"})
    print(f"PERSON records sharing a surname and a first-name variant: {len(split)} groups "
          f"({sum(len(v) for v in split.values())} records); variant joins made: {len(joined)}")
    for k, v in list(split.items())[: args.show]:
        print(f"  apart: {sorted(v)}")
    for name, aname in joined[: args.show]:
        print(f"  joined: {name} -> {aname}")
    # 4. surname attachments, for reading
    attached: dict[tuple[str, str, str | None], int] = defaultdict(int)
    alone: dict[str, int] = defaultdict(int)
    for doc_id, local, name, honorific, actor_id, how, aname, text in rows:
        if how == "surname":
            attached[(name, aname, honorific)] += 1
        elif len(name.split()) == 1:
            alone[name] += 1
    print(f"\nsurname-only people joined to a full-named record: {sum(attached.values())} document actors "
          f"({len(attached)} distinct):")
    for (name, aname, h), n in sorted(attached.items(), key=lambda x: -x[1])[: args.show]:
        print(f"  {(h.title() + ' ') if h else ''}{name} -> {aname}  ({n} documents)")
    print(f"surname-only people kept on a record of their own: {sum(alone.values())} document actors, e.g. "
          + ", ".join(f"{k} ({v})" for k, v in sorted(alone.items(), key=lambda x: -x[1])[:12]))
    conn.close()
    if tmp is not None:
        tmp.cleanup()
    return 0


def _one_record(conn, rows, person: str) -> None:
    """Print the store records one person's document actors landed on (the goal: one)."""
    first, surname = person.split()[0], person.split()[-1]
    before_surname = re.compile(rf"\b([A-Z][a-z]+)\.? {re.escape(surname)}\b")
    records: dict[int, int] = defaultdict(int)
    docs = 0
    for doc_id, local, name, honorific, actor_id, how, aname, text in rows:
        same = name == person
        if name == surname:  # a bare surname, unless the article names someone else of that surname in full
            others = {w for w in before_surname.findall(text) if w != first and w.lower() not in _TITLES}
            same = not others
        if same:
            records[actor_id] += 1
            docs += 1
    names = {a: conn.execute("SELECT name FROM actors WHERE id = ?", (a,)).fetchone()[0] for a in records}
    print(f"\n{person}: {docs} document actors in any form -> {len(records)} store record(s): "
          + ", ".join(f"{names[a]!r} (id {a}, {n} documents)" for a, n in sorted(records.items(), key=lambda x: -x[1])))


_TITLES = {"mr", "mrs", "ms", "dr", "lord", "lady", "sir", "minister", "president", "chancellor", "secretary",
           "premier", "leader", "senator", "governor"}


def _norm(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace(".", " ")
    return " ".join(text.casefold().split())


if __name__ == "__main__":
    raise SystemExit(main())
