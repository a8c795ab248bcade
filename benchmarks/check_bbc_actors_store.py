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
  X the store knows best), for reading; and surname-only people left on a record of their own;
- the `--quoted N` most quoted actors (the ranking the home page and `claimscope actors` show), each flagged when
  its name is a pronoun, first person or a bare common noun ("They", "I", "report", "analysts": the goal is
  none), with the words their statements' speakers were written in (names, surnames, pronouns, descriptions);
- for each `--speaker NAME`, the statements the store credits to that actor with the words of their speaker, for
  reading whether they are that actor's.
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
    parser.add_argument("--quoted", type=int, default=50, help="check this many of the most quoted actors")
    parser.add_argument("--speaker", action="append", default=[],
                        help="list the statements credited to this actor (repeatable)")
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
    _most_quoted(conn, args.quoted)
    for name in args.speaker:
        _credited(conn, name, args.show)
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


def _suspect(name: str) -> str | None:
    """Why an actor's name is no named actor: a pronoun, first person, or a bare common noun; None when fine."""
    from claimscope.analyse.coref.merge import PRONOUNS
    from claimscope.lexicon.pronouns import FIRST_PERSON
    from claimscope.lexicon.sources import DOCUMENT_NOUNS, PEOPLE_NOUNS

    words = name.split()
    low = name.strip().lower()
    if low in FIRST_PERSON:
        return "first person"
    if low in PRONOUNS:
        return "pronoun"
    if name.islower() or len(words) == 1 and (low in PEOPLE_NOUNS or low in DOCUMENT_NOUNS):
        return "common noun"
    return None


def _most_quoted(conn, n: int) -> None:
    """The n most quoted actors of the store, flagged when their name is no named actor's."""
    from claimscope.store.read_actors import select_actors

    from claimscope.store.text import fold

    conn.create_function("cs_fold", 1, fold, deterministic=True)
    rows, _ = select_actors(conn, sort="statements", limit=n)
    flagged = [(r, _suspect(r["name"])) for r in rows if _suspect(r["name"])]
    print(f"\nthe {len(rows)} most quoted actors: {len(flagged)} flagged (pronoun, first person, common noun)")
    for r in rows:
        forms: dict[str, int] = defaultdict(int)
        for (text,) in conn.execute("SELECT speaker_text FROM statements WHERE speaker_actor_id = ?", (r["id"],)):
            forms[_form(text or "", r["name"])] += 1
        why = _suspect(r["name"])
        print(f"  {r['statements']:>4}  {r['name']} ({r['type']}){'  <- ' + why if why else ''}  "
              + ", ".join(f"{k} {v}" for k, v in sorted(forms.items(), key=lambda x: -x[1])))


def _form(text: str, name: str) -> str:
    from claimscope.analyse.coref.merge import PRONOUNS

    low = text.strip().lower()
    if low in PRONOUNS:
        return "pronoun"
    if _norm(text) == _norm(name):
        return "name"
    if text[:1].isupper() and _norm(text).split()[-1:] == _norm(name).split()[-1:]:
        return "surname"
    return "other words"


def _credited(conn, name: str, show: int) -> None:
    """The statements the store credits to an actor, with their speaker's words, for reading."""
    from claimscope.store.read_actors import find_actor

    aid = find_actor(conn, name)
    if aid is None:
        print(f"\n{name}: no such actor")
        return
    rows = conn.execute("SELECT s.speaker_text, substr(d.text, s.content_start + 1, 90) FROM statements s "
                        "JOIN documents d ON d.id = s.document_id WHERE s.speaker_actor_id = ? LIMIT ?",
                        (aid, show)).fetchall()
    print(f"\nstatements credited to {name} (first {len(rows)}):")
    for speaker, content in rows:
        print(f"  {speaker!r}: {content!r}")


_TITLES = {"mr", "mrs", "ms", "dr", "lord", "lady", "sir", "minister", "president", "chancellor", "secretary",
           "premier", "leader", "senator", "governor"}


def _norm(name: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace(".", " ")
    return " ".join(text.casefold().split())


if __name__ == "__main__":
    raise SystemExit(main())
