"""Claims: statements and events of different documents that assert the same thing, with their sources.

An event is one claim with every other report of the same actor, action, theme, recipient, size and status
(negated or not); a quantity no event carries groups by actor, unit, status, value and date; a statement that
carries neither groups with statements whose content words nearly match (Jaccard >= 0.6). A claim counts its
speakers, its outlets and its independent sources: one per (original report, source), so copies of a
document (document_duplicates) and a headline repeated within one count once. Claims live within a story,
so relinking a story rebuilds only its rows.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from claimscope.store.schema import link_sql

from ..sentences import sentence_at
from ..settings import default
from . import contradictions as contra
from .denials import denies
from .claim_keys import STATUS_CLASS, actor_key, content_words, jaccard, theme_class, unit_key
from .material import Item, load, story_documents

SAME_STATEMENT = default("link.same_statement")  # content-word Jaccard at which two statements assert one thing
COMMON_WORD = default("link.common_word")  # words in more statements propose no pairs (keeps grouping near-linear)

_TABLES = link_sql("claims")


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables (idempotent)."""
    conn.executescript(_TABLES)


@dataclass
class Claim:
    """Items of one story that assert the same thing."""

    kind: str
    key: tuple
    items: list[Item] = field(default_factory=list)


def _event_key(it: Item, statements: dict) -> tuple | None:
    e = it.data
    if not e.get("lemma") or not (e.get("actor") or e.get("what")):
        return None
    negative = contra.event_negative(it, statements)
    return ("event", actor_key(e.get("actor")), e["lemma"], theme_class(e.get("what")) or "",
            actor_key(e.get("recipient")), STATUS_CLASS.get(e.get("status"), e.get("status")), negative)


def _quantity_key(it: Item) -> tuple:
    q = it.data
    date = q.get("date") if isinstance(q.get("date"), dict) else {}
    date = date if isinstance(date.get("value"), (str, type(None))) else {}
    key = ("quantity", actor_key(q.get("actor")), unit_key(q.get("unit") or q.get("currency")),
           STATUS_CLASS.get(q.get("status"), q.get("status")), q.get("value"), q.get("low"), q.get("high"),
           q.get("change"), date.get("value"))
    return tuple(json.dumps(v, sort_keys=True) if isinstance(v, (dict, list)) else v for v in key)


class _Groups:
    """Union-find over statement positions."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _statement_claims(statements: list[Item]) -> list[Claim]:
    """Statements grouped by nearly the same content words (candidates share an uncommon word)."""
    words = [content_words(s.text, keep_negations=True) for s in statements]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    groups = _Groups(len(statements))
    for i, ws in enumerate(words):
        seen = set()
        for w in ws:
            posting = index[w]
            if len(posting) > COMMON_WORD:
                continue
            for j in posting:
                if j > i and j not in seen:
                    seen.add(j)
                    if denies(statements[i].cue) != denies(statements[j].cue):
                        continue  # "denied that the bank sold gold" never asserts what "the bank sold gold" does
                    if words[i] == words[j] or jaccard(words[i], words[j]) >= SAME_STATEMENT:
                        groups.union(i, j)
    members: dict[int, list[Item]] = defaultdict(list)
    for i, st in enumerate(statements):
        if words[i] or st.text.strip():
            members[groups.find(i)].append(st)
    out = []
    for group in members.values():
        first = min(s.statement_id or "" for s in group)
        out.append(Claim("statement", ("statement", first), group))
    return out


def group(items: list[Item]) -> list[Claim]:
    """The claims of a story's items."""
    claims: dict[tuple, Claim] = {}
    covered_statements: set[str] = set()
    tied_quantities: set[tuple[str, int]] = set()
    by_statement = {(it.doc.id, it.statement_id): it for it in items if it.kind == "statement"}
    for it in items:
        if it.kind != "event":
            continue
        key = _event_key(it, by_statement)
        if key is None:
            continue
        claims.setdefault(key, Claim("event", key)).items.append(it)
        if it.statement_id:
            covered_statements.add(it.statement_id)
        if isinstance(it.data.get("quantity"), int):
            tied_quantities.add((it.doc.id, it.data["quantity"]))
    for it in items:
        if it.kind == "quantity":
            if it.statement_id:
                covered_statements.add(it.statement_id)
            if it.data.get("unit") or it.data.get("currency"):  # a count of something is a claim of its own
                key = _quantity_key(it)
                claims.setdefault(key, Claim("quantity", key)).items.append(it)
    statements = [it for it in items if it.kind == "statement" and it.data.get("nested_in") is None
                  and it.statement_id not in covered_statements]
    return list(claims.values()) + _statement_claims(statements)


def claim_id(story_id: str, key: tuple) -> str:
    """A stable id: the same story and key give the same claim id on every run."""
    raw = json.dumps([story_id, list(key)], ensure_ascii=False, default=str)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _order(it: Item) -> tuple:
    return (it.doc.published or "9999", it.doc.id, it.start)


def claim_text(kind: str, it: Item, *, one_size: bool = True) -> str:
    """What a claim says: an event as actor, action, size, theme and recipient; else the words of its first
    report. An event whose reports give different sizes is named without one (the sizes are their own claims)."""
    if kind == "event":
        e = it.data
        size = e.get("size") if one_size else None
        size = (f"{size:,.0f}" if isinstance(size, (int, float)) and float(size).is_integer() else size) or ""
        words = [e.get("actor") or "", e.get("action") or e.get("lemma") or "", str(size), e.get("what") or ""]
        if e.get("recipient"):
            words += ["to", e["recipient"]]
        text = " ".join(w for w in words if w)
        status = e.get("status")
        if status and status not in {"done", "ongoing"}:
            text += f" ({status})"
        return text
    if kind == "quantity":
        q = it.data
        return " ".join(w for w in (q.get("actor") or "", q.get("text") or "",
                                    f"({q['status']})" if q.get("status") not in {None, "done", "ongoing"} else "")
                        if w)
    return it.text.strip()


def claim_row(story_id: str, claim: Claim) -> dict:
    """The `claims` row of one claim."""
    items = sorted(claim.items, key=_order)
    sources = sorted({it.source for it in items})
    outlets = sorted({it.doc.outlet for it in items})
    published = sorted(it.doc.published for it in items if it.doc.published)
    independent = len({it.report_key for it in items})
    actor = next((it.data.get("actor") for it in items if it.kind != "statement" and it.data.get("actor")),
                 None) or next((it.speaker for it in items if it.speaker), None)
    return {"id": claim_id(story_id, claim.key), "story_id": story_id, "kind": claim.kind,
            "text": claim_text(claim.kind, items[0],
                               one_size=len({it.data.get("size") for it in items if it.kind == "event"}) <= 1),
            "sources": independent, "independent": independent,
            "speakers": json.dumps(sources, ensure_ascii=False), "outlets": len(outlets),
            "outlet_names": json.dumps(outlets, ensure_ascii=False), "reports": len(items),
            "documents": json.dumps(sorted({it.doc.id for it in items})), "actor": actor, "contradicted": 0,
            "first_seen": published[0] if published else None, "last_seen": published[-1] if published else None,
            "key": json.dumps(list(claim.key), ensure_ascii=False, default=str)}


def _sentence(it: Item) -> str:
    """The sentence (or line) that holds an item: its cue and content together, as evidence."""
    at = it.data.get("start") if isinstance(it.data.get("start"), int) else it.start
    start, end = sentence_at(it.doc.text, at)
    text = it.doc.text[start:end].strip()
    return text if it.text.strip() in text or len(text) >= len(it.text) else it.text.strip()


def _contradiction_row(story_id: str, c: contra.Contradiction, claim_of: dict) -> dict:
    ca, cb = claim_of.get(id(c.a)) or claim_of.get(("statement", c.a.doc.id, c.a.statement_id)), \
        claim_of.get(id(c.b)) or claim_of.get(("statement", c.b.doc.id, c.b.statement_id))
    raw = json.dumps([story_id, c.kind, ca, cb, c.a.statement_id, c.b.statement_id, c.a.doc.id, c.b.doc.id,
                      c.a.position, c.b.position])
    return {"id": hashlib.sha1(raw.encode()).hexdigest()[:16], "story_id": story_id, "kind": c.kind,
            "statement_a": c.a.statement_id, "statement_b": c.b.statement_id, "claim_a": ca, "claim_b": cb,
            "note": c.note, "document_a": c.a.doc.id, "document_b": c.b.doc.id, "source_a": c.a.source,
            "source_b": c.b.source, "text_a": _sentence(c.a), "text_b": _sentence(c.b),
            "evidence_a": c.evidence_a, "evidence_b": c.evidence_b}


def _claim_of_items(story_id: str, claims: list[Claim], items: list[Item]) -> dict:
    """item -> its claim id; a quantity carried by an event takes the event's claim, a statement the claim
    of its first event or quantity when it has no claim of its own (shown with a contradiction, never flagged:
    `_involved` decides what a contradiction flags)."""
    out: dict[int, str] = {}
    for claim in claims:
        cid = claim_id(story_id, claim.key)
        for it in claim.items:
            out[id(it)] = cid
    event_claim = {(it.doc.id, it.data.get("quantity")): out[id(it)] for it in items
                   if it.kind == "event" and id(it) in out and isinstance(it.data.get("quantity"), int)}
    by_statement: dict[str, str] = {}
    for it in items:
        if it.kind == "quantity" and id(it) not in out and (it.doc.id, it.position) in event_claim:
            out[id(it)] = event_claim[(it.doc.id, it.position)]
        if it.kind != "statement" and it.statement_id and id(it) in out:
            by_statement.setdefault(it.statement_id, out[id(it)])
    for it in items:
        if it.kind == "statement" and id(it) not in out and it.statement_id in by_statement:
            out[id(it)] = by_statement[it.statement_id]
        if it.kind == "statement" and id(it) in out:
            out[("statement", it.doc.id, it.statement_id)] = out[id(it)]
    return out


def _side_claim(c: contra.Contradiction, side: Item, own: dict, items: list[Item]) -> str | None:
    """The claim one side of a contradiction is about: the claim the side is an item of; for a sentence (a
    characterisation), the statement claim whose words hold the description. An event claim is never flagged by
    a characterisation: "sent exhausted conscripts" against "sent elite units" agree that troops were sent."""
    if id(side) in own:
        return own[id(side)]
    lo, hi = contra.sentence_span(side)
    for it in items:
        at = it.data.get("start") if isinstance(it.data.get("start"), int) else it.start
        if it.doc is side.doc and id(it) in own and lo <= at < hi and it.kind == "statement" \
                and it.statement_id == side.statement_id:
            return own[id(it)]
    return None


def build_story(conn: sqlite3.Connection, story_id: str) -> tuple[list[dict], list[tuple], list[dict]]:
    """(claim rows, claim_statements rows, contradiction rows) of one story, computed, not written."""
    doc_ids = story_documents(conn, story_id)
    _docs, items = load(conn, doc_ids)
    claims = group(items)
    claim_of = _claim_of_items(story_id, claims, items)
    rows = {}
    links = []
    for claim in claims:
        row = claim_row(story_id, claim)
        rows[row["id"]] = row
        seen = set()
        for it in sorted(claim.items, key=_order):
            link = (row["id"], it.statement_id, it.doc.id, it.kind, it.position, it.source)
            if (it.statement_id, it.doc.id, it.kind, it.position) not in seen:
                seen.add((it.statement_id, it.doc.id, it.kind, it.position))
                links.append(link)
    found = {}
    own = {id(it): claim_id(story_id, claim.key) for claim in claims for it in claim.items}
    for c in contra.find(items):
        row = _contradiction_row(story_id, c, claim_of)
        if row["claim_a"] and row["claim_a"] == row["claim_b"] and c.kind != "number":
            continue
        sides = sorted([(row["claim_a"] or f"{row['document_a']}:{row['statement_a']}", c.a.source_key),
                        (row["claim_b"] or f"{row['document_b']}:{row['statement_b']}", c.b.source_key)])
        pair = (c.kind, *sides)  # one disagreement of two sources over two claims, however many copies carry it
        if pair not in found:
            # only the claims the two sides are about carry the flag (and name the contradiction)
            row["claim_a"], row["claim_b"] = _side_claim(c, c.a, own, items), _side_claim(c, c.b, own, items)
            found[pair] = row
            for cid in (row["claim_a"], row["claim_b"]):
                if cid in rows:
                    rows[cid]["contradicted"] = 1
    return list(rows.values()), links, list(found.values())


def _delete_story(conn: sqlite3.Connection, story_id: str, doc_ids: list[str]) -> None:
    """Remove the rows of a story, and of its documents when each was a story of its own before."""
    ids = [story_id] + [d for d in doc_ids if d != story_id]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM claim_statements WHERE claim_id IN (SELECT id FROM claims WHERE story_id IN "
                     f"({marks}))", chunk)
        conn.execute(f"DELETE FROM claims WHERE story_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM contradictions WHERE story_id IN ({marks})", chunk)


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    if rows:
        cols = list(rows[0])
        conn.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [tuple(r[c] for c in cols) for r in rows])


def link_claims(conn: sqlite3.Connection, story_ids: set[str], *, on_progress=None) -> tuple[int, int]:
    """Rebuild the claims and contradictions of `story_ids`; returns (claims, contradictions) written."""
    ensure_tables(conn)
    n_claims = n_contra = 0
    ordered = sorted(story_ids)
    for i, story_id in enumerate(ordered):
        claims, links, contradictions = build_story(conn, story_id)
        doc_ids = story_documents(conn, story_id)
        conn.execute("BEGIN IMMEDIATE")
        try:
            _delete_story(conn, story_id, doc_ids)
            _insert(conn, "claims", claims)
            conn.executemany("INSERT INTO claim_statements (claim_id, statement_id, document_id, item, position, "
                             "source) VALUES (?, ?, ?, ?, ?, ?)", links)
            _insert(conn, "contradictions", contradictions)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        n_claims += len(claims)
        n_contra += len(contradictions)
        if on_progress:
            on_progress("claims", i + 1, len(ordered))
    return n_claims, n_contra


def lone_stories(conn: sqlite3.Connection, doc_ids: list[str]) -> set[str]:
    """Documents of `doc_ids` in no story: each is linked as a story of its own (its id is the story id)."""
    from .material import lone_documents

    return lone_documents(conn, doc_ids)


def relink_claims(conn: sqlite3.Connection) -> tuple[int, int]:
    """Rebuild the claims of every story of the store (and of documents in none) with the current rules."""
    stories = {r[0] for r in conn.execute("SELECT id FROM stories")}
    return link_claims(conn, stories | lone_stories(conn, [r[0] for r in conn.execute("SELECT id FROM documents")]))
