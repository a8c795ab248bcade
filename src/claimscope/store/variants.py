"""First-name variants across the store: "Bill Hadley" joins "William Hadley" unless something says they differ.

A person's full name joins a stored person of the same surname whose first name is the same name in another
form (`lexicon.nicknames`: "Bill" for "William", "Bernie" for "Bernard"), the middle names agreeing or one side
having none. Nothing may contradict it: the article names no other person of that surname in full (an
honorific and the surname, "Lord Hadley", is no full name), no stored
article names the two as different people, the user never split them, and exactly one stored person fits.
"""

from __future__ import annotations

import sqlite3

from claimscope.lexicon.honorifics import HONORIFICS
from claimscope.lexicon.nicknames import same_first_name


def _variant_of(parts: list[str], other: list[str]) -> bool:
    """Is `other` the same person's name with another form of the first name?"""
    if len(other) < 2 or other[-1] != parts[-1] or other[0] == parts[0]:
        return False
    mid, omid = parts[1:-1], other[1:-1]
    return (not mid or not omid or mid == omid) and same_first_name(parts[0], other[0])


def _named_apart(conn: sqlite3.Connection, a_norm: str, b_norm: str) -> bool:
    """Does a stored article name both as two different people?"""
    return conn.execute(
        "SELECT EXISTS(SELECT 1 FROM doc_actors x JOIN doc_actors y ON y.document_id = x.document_id "
        "AND y.local_id != x.local_id WHERE x.norm = ? AND x.type = 'PERSON' AND y.norm = ? AND y.type = 'PERSON')",
        (a_norm, b_norm)).fetchone()[0] == 1


def variant_candidate(conn: sqlite3.Connection, ov, n: str, doc_id: str, people: frozenset[str]) -> int | None:
    """The stored person a full name `n` (normalised) is a first-name variant of, or None (see module doc).
    `people`: the normalised full names of the people the same article names."""
    parts = n.split()
    if len(parts) < 2:
        return None
    if any(p != n and p.split()[-1] == parts[-1] and p.split()[0] not in HONORIFICS for p in people):
        return None  # the article tells apart people of this surname ("Lord X" is no other full name)
    if conn.execute("SELECT 1 FROM actors WHERE norm = ? AND type = 'PERSON'", (n,)).fetchone() is not None:
        return None  # the name has a record of its own
    fits = []
    for aid, anorm in conn.execute("SELECT id, norm FROM actors WHERE surname = ? AND type = 'PERSON' "
                                   "AND instr(norm, ' ') > 0 ORDER BY id", (parts[-1],)):
        if _variant_of(parts, anorm.split()) and not ov.split_between(anorm, n, doc_id) \
                and not _named_apart(conn, n, anorm):
            fits.append(aid)
    return fits[0] if len(fits) == 1 else None


def variant_pairs(names) -> set[str]:
    """The normalised full names among `names` that are first-name variants of another of them (an article
    naming "Bill Hadley" and "William Hadley" apart)."""
    split = [n.split() for n in set(names)]
    return {" ".join(a) for a in split for b in split if len(a) >= 2 and _variant_of(a, b)}
