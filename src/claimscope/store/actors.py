"""Actors across documents: one record per person, organisation, state and place, whatever form articles use.

Each document names its actors with a canonical name per document (analysis). In the store:

- Organisations, states and places are one record per (name, type), the name compared without case,
  accents or full stops (store/names.py); the knowledge base already gives every alias one canonical name.
- People are keyed by their full name ("Ana Ruiz"); "Ms Ruiz" in an article that named Ana Ruiz is already
  Ana Ruiz there. A person an article names only by surname ("Ms Ruiz", never "Ana Ruiz") joins the
  full-named person of that surname the store knows best (`SurnamePolicy`, from the `store.*` settings):
  only when that person appears in at least `min_docs` documents, in at least `dominance` times as many
  documents as any other person of that surname whose gender fits ("Mr" is not "Mrs"; a person whose articles
  give no title takes the gender of their first name from the coreference stage's list); a bare surname
  with no honorific ("Ruiz" in a headline) needs `bare_min_docs` documents and `bare_dominance` times any
  namesake; otherwise it stays a record of its own. Two different full names are never one record.
- A person's full name with another form of a stored person's first name ("Bill Hadley", "William Hadley")
  joins that person when nothing says they differ (store/variants.py, the table in lexicon/nicknames.py).
- The user's merge and split overrides (store/overrides.py) are consulted whenever a document's actors are
  linked, so they survive re-analysis.
- Roles and affiliations are kept per document (`actor_roles`), so an actor's roles can be listed over time.

A document actor's name goes through `LINK_RULES` in order; the first rule that links it decides:
1. `by_override`: the user merged this name into another record;
2. `by_surname`: a surname alone joins the full-named person the store knows best (`SurnamePolicy`);
3. `by_variant`: a first-name variant joins the one stored person it fits (store/variants.py);
4. `by_store_type`: a name the recogniser typed otherwise than most articles joins the name's record of the
   type they give it (store/actor_types.py);
5. `by_name`: the record of this (name, type), made when the store has none.

Linking writes `doc_actors` (each document actor, its local id and the store actor it joined, and how:
name | surname | variant | type | override) and `actor_roles`; the tables are defined in schema.sql. Roles and
affiliations accumulate per record with the date of the article that stated them, so an article that names
an actor without context still shows, on the record, what other articles say of it (store/read_actors.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from claimscope.document import Actor, Document
from claimscope.lexicon.first_names import load_first_names
from claimscope.settings import default
from claimscope.store.actor_types import by_store_type as _by_store_type
from claimscope.store.actor_types import documents_to_relink, fluid
from claimscope.store.blob import unpack_json
from claimscope.store.names import gender, honorific, norm, surname
from claimscope.store.rows import (MENTION_INSERT, document_types, local_id, mention_rows, party_actor_id,
                                   party_key, store_actor)
from claimscope.store.text import sqlite_text as t
from claimscope.store.variants import variant_candidate, variant_pairs


@dataclass(frozen=True)
class SurnamePolicy:
    """When a surname-only mention joins a full-named person (see the module docstring)."""

    min_docs: int = default("store.surname_min_docs")
    dominance: float = default("store.surname_dominance")
    bare_min_docs: int = default("store.bare_surname_min_docs")
    bare_dominance: float = default("store.bare_surname_dominance")


POLICY = SurnamePolicy()


class Overrides:
    """The user's merge and split decisions, read once per document link."""

    def __init__(self, conn: sqlite3.Connection):
        self.merges: list[tuple] = []
        self.splits: list[tuple] = []
        for action, n, ty, tn, tt, doc in conn.execute(
                "SELECT action, norm, type, target_norm, target_type, document_id FROM actor_overrides ORDER BY id"):
            (self.merges if action == "merge" else self.splits).append((n, ty, tn, tt, doc))

    @staticmethod
    def _fits(row_norm, row_type, row_doc, n, ty, doc_id) -> bool:
        return row_norm == n and (row_type in (None, "", ty)) and (row_doc is None or row_doc == doc_id)

    def merge_target(self, n: str, ty: str, doc_id: str) -> tuple[str, str | None] | None:
        """The (normalised name, type) a record of this name must join, following chains of merges."""
        seen = set()
        target = None
        while (n, ty) not in seen:
            seen.add((n, ty))
            hit = None
            for rn, rt, tn, tt, rd in reversed(self.merges):
                if self._fits(rn, rt, rd, n, ty, doc_id) and not self.split_between(tn, n, doc_id):
                    hit = (tn, tt or ty)
                    break
            if hit is None:
                break
            target = hit
            n, ty = hit
        return target

    def split_between(self, a_norm: str, b_norm: str, doc_id: str) -> bool:
        """Did the user say records named b stay apart from a (or the other way round)?"""
        for rn, _rt, tn, _tt, rd in self.splits:
            if rd is not None and rd != doc_id:
                continue
            if (rn == b_norm and tn == a_norm) or (rn == a_norm and tn == b_norm):
                return True
        return False


# ---- linking one document -------------------------------------------------------------------------------------
def _find_or_create(conn: sqlite3.Connection, a: Actor | None, name: str, type_: str) -> int:
    n = norm(name)
    row = conn.execute("SELECT id FROM actors WHERE norm = ? AND type = ? ORDER BY id LIMIT 1", (n, type_)).fetchone()
    coords = a.coordinates if a is not None else None
    values = (t(a.kind), t(a.country), coords.lat if coords else None, coords.lon if coords else None) \
        if a is not None else (None, None, None, None)
    if row is not None:
        if any(v is not None for v in values):
            conn.execute("UPDATE actors SET kind = coalesce(kind, ?), country = coalesce(country, ?), "
                         "lat = coalesce(lat, ?), lon = coalesce(lon, ?) WHERE id = ?", (*values, row[0]))
        return row[0]
    cur = conn.execute(
        "INSERT INTO actors(name, type, kind, country, lat, lon, norm, surname) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(name, type) DO UPDATE SET norm = excluded.norm RETURNING id",
        (t(name), t(type_), *values, n, surname(name, type_)))
    return cur.fetchone()[0]


def _honorific(a: Actor | None) -> str | None:
    return honorific([{"text": m.text} for m in a.mentions]) if a is not None else None


def _candidates(conn: sqlite3.Connection, surname_norm: str) -> list[tuple]:
    """(actor id, norm, documents, male honorifics, female honorifics) of the full-named people of a surname."""
    return conn.execute(
        "SELECT a.id, a.norm, count(DISTINCT d.document_id) AS docs, "
        "  sum(d.honorific IN ('mr', 'sir', 'lord')), sum(d.honorific IN ('mrs', 'ms', 'miss', 'dame', 'lady', 'baroness')) "
        "FROM actors a JOIN doc_actors d ON d.actor_id = a.id AND d.how = 'name' AND d.norm = a.norm "
        "WHERE a.surname = ? AND a.type = 'PERSON' AND instr(a.norm, ' ') > 0 "
        "GROUP BY a.id ORDER BY docs DESC, a.id", (surname_norm,)).fetchall()


def _stored_gender(full_norm: str, male: int, female: int) -> str | None:
    """A stored person's gender: the titles their articles use ("Mr Ruiz"), else their first name ("Ana")."""
    if male != female:
        return "m" if male > female else "f"
    return load_first_names(default("coref.first_names") or "").get(full_norm.split(" ", 1)[0]) or None


def surname_candidate(conn: sqlite3.Connection, ov: Overrides, surname_norm: str, honorific_: str | None,
                      doc_id: str, memo: dict | None = None, policy: SurnamePolicy = POLICY) -> int | None:
    """The full-named person a surname-only mention joins, or None when no one dominates (see module doc)."""
    if memo is not None:
        if surname_norm not in memo:
            memo[surname_norm] = _candidates(conn, surname_norm)
        rows = memo[surname_norm]
    else:
        rows = _candidates(conn, surname_norm)
    want = gender(honorific_)
    fits = []
    for aid, anorm, docs, male, female in rows:
        if ov.split_between(anorm, surname_norm, doc_id):
            continue
        g = _stored_gender(anorm, male or 0, female or 0)
        if want and g and g != want:
            continue
        fits.append((docs, aid))
    if not fits:
        return None
    fits.sort(key=lambda x: (-x[0], x[1]))
    best_docs, best = fits[0]
    second = fits[1][0] if len(fits) > 1 else 0
    if honorific_ is None:  # no "Mr"/"Ms": only a person the store knows far better than any namesake
        ok = best_docs >= policy.bare_min_docs and best_docs >= policy.bare_dominance * max(second, 1)
        return best if ok else None
    if best_docs >= policy.min_docs and best_docs >= policy.dominance * second:
        return best
    return None


@dataclass(frozen=True)
class Naming:
    """One document actor's name as the linking rules see it."""

    conn: sqlite3.Connection
    ov: Overrides
    actor: Actor | None
    name: str
    type: str
    doc_id: str
    people: frozenset[str] = frozenset()  # the normalised full names of the people the article names

    @property
    def norm(self) -> str:
        return norm(self.name)


def by_override(x: Naming) -> tuple[int, str] | None:
    """The user merged this name into another record."""
    target = x.ov.merge_target(x.norm, x.type, x.doc_id)
    if target is None:
        return None
    tn, tt = target
    row = x.conn.execute("SELECT id FROM actors WHERE norm = ? AND (type = ? OR ? IS NULL) ORDER BY id LIMIT 1",
                         (tn, tt, tt)).fetchone()
    if row is not None:
        return row[0], "override"
    name_row = x.conn.execute("SELECT target FROM actor_overrides WHERE target_norm = ? ORDER BY id DESC LIMIT 1",
                              (tn,)).fetchone()
    return _find_or_create(x.conn, None, name_row[0] if name_row else tn, tt or x.type), "override"


def by_surname(x: Naming) -> tuple[int, str] | None:
    """A person named only by surname joins the full-named person the store knows best (`SurnamePolicy`)."""
    n = x.norm
    if x.type != "PERSON" or " " in n or not n:
        return None
    cand = surname_candidate(x.conn, x.ov, n, _honorific(x.actor), x.doc_id)
    return (cand, "surname") if cand is not None else None


def by_variant(x: Naming) -> tuple[int, str] | None:
    """A full name with another form of a stored person's first name joins them (store/variants.py)."""
    if x.type != "PERSON":
        return None
    cand = variant_candidate(x.conn, x.ov, x.norm, x.doc_id, x.people)
    return (cand, "variant") if cand is not None else None


def by_store_type(x: Naming) -> tuple[int, str] | None:
    """A name the recogniser typed otherwise than most articles joins that type's record (store/actor_types.py)."""
    return _by_store_type(x, _find_or_create)


def by_name(x: Naming) -> tuple[int, str]:
    """The record of this (name, type), made when the store has none."""
    return _find_or_create(x.conn, x.actor, x.name, x.type), "name"


LINK_RULES = (by_override, by_surname, by_variant, by_store_type, by_name)


def _resolve(conn: sqlite3.Connection, ov: Overrides, a: Actor | None, name: str, type_: str,
             doc_id: str, people: frozenset[str] = frozenset()) -> tuple[int, str]:
    x = Naming(conn, ov, a, name, type_, doc_id, people)
    for rule in LINK_RULES:
        hit = rule(x)
        if hit is not None:
            return hit
    raise AssertionError("by_name always links")


def _people(doc: Document) -> frozenset[str]:
    return frozenset(n for a in doc.actors if a.type == "PERSON" and " " in (n := norm(a.name)))


def link_document(conn: sqlite3.Connection, doc: Document, ov: Overrides | None = None) -> dict:
    """Resolve the document's actors to store records and write doc_actors and actor_roles rows; returns
    local id -> actor id (for mentions and statement parties). Runs inside the document's transaction."""
    ov = ov or Overrides(conn)
    doc_id = t(doc.id)
    ids: dict[str, int] = {}
    rows, roles = [], []
    people = _people(doc)
    for n_, a in enumerate(doc.actors):
        if not store_actor(a):
            continue
        local = local_id(n_, a.id)
        actor_id, how = _resolve(conn, ov, a, a.name, a.type or "", doc_id, people)
        ids[local] = actor_id
        rows.append((doc_id, t(local), t(a.name), t(a.type or ""), t(norm(a.name)), _honorific(a), actor_id, how))
        roles += [(doc_id, t(local), actor_id, "role", t(r)) for r in a.roles]
        roles += [(doc_id, t(local), actor_id, "affiliation", t(r)) for r in a.affiliations]
    conn.executemany("INSERT OR REPLACE INTO doc_actors(document_id, local_id, name, type, norm, honorific, "
                     "actor_id, how) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO actor_roles(document_id, local_id, actor_id, kind, value) VALUES (?, ?, ?, ?, ?)",
                     roles)
    return ids


def link_actors(conn: sqlite3.Connection, doc: Document, ov: Overrides | None = None) -> dict:
    """Link the document's actors and ensure a record for every speaker and addressee; returns a map from a
    document actor's local id, or a party's (name, type), to the actor id (see store/rows.py)."""
    ov = ov or Overrides(conn)
    ids: dict = dict(link_document(conn, doc, ov))
    types = document_types(doc)
    for st in doc.statements:
        for party in (st.speaker, st.addressee):
            if party is None or not party.name or party.actor in ids:
                continue
            key = party_key(party, types)
            if key is not None and key not in ids:  # a speaker with no actor of its own ("a former diplomat")
                ids[key] = _resolve(conn, ov, None, key[0], key[1], t(doc.id), _people(doc))[0]
    return ids


# ---- re-linking ----------------------------------------------------------------------------------------------
def relink_documents(conn: sqlite3.Connection, doc_ids, ov: Overrides | None = None) -> int:
    """Link the documents' actors again (after an override or new evidence); returns how many changed."""
    ov = ov or Overrides(conn)
    changed = 0
    touched: set[int] = set()
    for doc_id in sorted(set(doc_ids)):
        row = conn.execute("SELECT json FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            continue
        doc = Document.from_json(unpack_json(row[0]))
        before = conn.execute("SELECT local_id, actor_id FROM doc_actors WHERE document_id = ? ORDER BY local_id",
                              (doc_id,)).fetchall()
        touched.update(a for _, a in before)
        conn.execute("DELETE FROM doc_actors WHERE document_id = ?", (doc_id,))
        conn.execute("DELETE FROM actor_roles WHERE document_id = ?", (doc_id,))
        conn.execute("DELETE FROM mentions WHERE document_id = ?", (doc_id,))
        actor_ids = link_actors(conn, doc, ov)
        conn.executemany(MENTION_INSERT, mention_rows(doc, actor_ids))
        types = document_types(doc)
        conn.executemany("UPDATE statements SET speaker_actor_id = ?, addressee_actor_id = ? WHERE id = ?",
                         [(party_actor_id(st.speaker, types, actor_ids), party_actor_id(st.addressee, types, actor_ids),
                           t(st.id)) for st in doc.statements])
        after = conn.execute("SELECT local_id, actor_id FROM doc_actors WHERE document_id = ? ORDER BY local_id",
                             (doc_id,)).fetchall()
        changed += before != after
    drop_orphans(conn, touched)
    return changed


def drop_orphans(conn: sqlite3.Connection, candidates) -> None:
    """Remove actor records nothing refers to any more (after re-linking)."""
    for aid in candidates:
        used = conn.execute(
            "SELECT EXISTS(SELECT 1 FROM doc_actors WHERE actor_id = ?) OR EXISTS(SELECT 1 FROM mentions "
            "WHERE actor_id = ?) OR EXISTS(SELECT 1 FROM statements WHERE speaker_actor_id = ? OR "
            "addressee_actor_id = ?) OR EXISTS(SELECT 1 FROM actor_roles WHERE actor_id = ?)",
            (aid, aid, aid, aid, aid)).fetchone()[0]
        if not used:
            conn.execute("DELETE FROM actors WHERE id = ?", (aid,))


def after_document(conn: sqlite3.Connection, doc: Document, ov: Overrides | None = None) -> None:
    """New full names can decide what earlier surname-only or variant links mean: re-link the documents whose
    surname-only people share a surname with a person this document names in full, and those whose variant
    join this document contradicts by naming the two forms apart."""
    surnames = set()
    for a in doc.actors:
        if a.type == "PERSON":
            parts = norm(a.name).split()
            if len(parts) >= 2:
                surnames.add(parts[-1])
    ov = ov or Overrides(conn)
    doc_id = t(doc.id)
    todo = set()
    for n in sorted(variant_pairs(_people(doc))):  # this article names the two apart: undo variant joins
        todo.update(r[0] for r in conn.execute("SELECT document_id FROM doc_actors WHERE norm = ? AND how = "
                                               "'variant' AND document_id != ?", (n, doc_id)))
    memo: dict = {}
    for s in sorted(surnames):
        for other, honorific_, actor_id in conn.execute(
                "SELECT document_id, honorific, actor_id FROM doc_actors WHERE norm = ? AND type = 'PERSON' "
                "AND how != 'override' AND document_id != ?", (s, doc_id)).fetchall():
            want = surname_candidate(conn, ov, s, honorific_, other, memo)
            if want is None:
                own = conn.execute("SELECT id FROM actors WHERE norm = ? AND type = 'PERSON'", (s,)).fetchone()
                want = own[0] if own else -1
            if want != actor_id:
                todo.add(other)
    todo |= documents_to_relink(conn, (norm(a.name) for a in doc.actors if fluid(a, a.type or "")), doc_id)
    if todo:
        relink_documents(conn, todo, ov)
