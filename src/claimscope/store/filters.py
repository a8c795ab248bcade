"""What the read path filters on, and the one query builder that turns filters into SQL.

`Filters` is what the statements table, the API, the exports and the CLI filter statements and documents by;
`statement_query` builds its joins and conditions once, for statement pages, document pages (documents holding
a matching statement) and the speaks-about network alike; `actor_conditions` does the same for actors.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, fields
from datetime import date

from claimscope.errors import UsageError
from claimscope.store.names import norm
from claimscope.store.fts import fts_query
from claimscope.store.text import fold, sqlite_text

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ACTOR_ID = re.compile(r"[0-9]{1,18}")
KINDS = ("direct", "indirect", "mixed")

STATEMENT_FROM = (
    "FROM statements s JOIN documents d ON d.id = s.document_id",
    "LEFT JOIN actors sa ON sa.id = s.speaker_actor_id",
    "LEFT JOIN actors aa ON aa.id = s.addressee_actor_id",
)
MENTION_IN_CONTENT = 'm.document_id = s.document_id AND m.start >= s.content_start AND m."end" <= s.content_end'
"""A mention inside a statement's content range (callers check it lies in a fragment, not a gap between two)."""


def check_date(value: str | None, name: str) -> str | None:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date), or a UsageError naming the parameter."""
    if value is None or value == "":
        return None
    value = value.strip()
    ok = bool(_DATE.match(value))
    if ok:
        parts = [int(x) for x in value.split("-")]
        try:
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError:
            ok = False
    if not ok:
        raise UsageError(f"{name}: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@dataclass
class Filters:
    """What statements and documents are filtered on; None means 'any'.

    - `search`: full-text words in the statement content (all must match; `word*` for a prefix)
    - `speaker`: substring of the speaker's canonical name or of the words naming it (case-insensitive)
    - `actor`: an actor id (digits) or a name substring: statements it speaks, is addressed by, or is
      mentioned in
    - `kind`: direct, indirect or mixed; `cue`: substring of the cue words
    - `date_from` / `date_to`: publication date range, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD
    - `document`: a document id; `publisher`: substring of the publisher
    - `story`, `contradicted`: need stories and claims (computed by the linking stage); empty until then
    - `min_confidence`: statements at least this confident (0-1)
    """

    search: str | None = None
    speaker: str | None = None
    actor: str | None = None
    kind: str | None = None
    cue: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    document: str | None = None
    publisher: str | None = None
    story: str | None = None
    contradicted: bool | None = None
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value = value.strip()
                setattr(self, f.name, value or None)
        if self.kind is not None and self.kind not in KINDS:
            raise UsageError(f"kind: {self.kind!r} is not one of {', '.join(KINDS)}")
        if self.min_confidence is not None and not 0.0 <= float(self.min_confidence) <= 1.0:
            raise UsageError(f"min_confidence: {self.min_confidence!r} is not between 0 and 1")
        self.date_from = check_date(self.date_from, "date_from")
        self.date_to = check_date(self.date_to, "date_to")
        if self.date_from and self.date_to and self.date_from[:len(self.date_to)] > self.date_to:
            raise UsageError(f"date_from {self.date_from} is after date_to {self.date_to}")

    def statement_filters_set(self) -> bool:
        """True when something beyond the document-level filters is set."""
        return any(getattr(self, n) is not None for n in
                   ("search", "speaker", "actor", "kind", "cue", "story", "contradicted", "min_confidence"))


def table_names(conn: sqlite3.Connection) -> set[str]:
    """Names of the tables in the store (other stages add theirs: events, stories, claims ...)."""
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """Column names of `table` (which must come from table_names, never from user input)."""
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def derived_state(conn: sqlite3.Connection) -> dict[str, bool]:
    """Which derived tables exist: statements can be filtered by story / contradiction only once they do.

    The contract for the linking stage: `story_documents(story_id, document_id)` for stories and
    `claim_statements(claim_id, statement_id)` with `claims(id, contradicted)` for contradictions.
    """
    tables = table_names(conn)
    stories = "story_documents" in tables and {"story_id", "document_id"} <= set(columns(conn, "story_documents"))
    claims = ("claim_statements" in tables and "claims" in tables
              and {"claim_id", "statement_id"} <= set(columns(conn, "claim_statements"))
              and {"id", "contradicted"} <= set(columns(conn, "claims")))
    return {"stories": stories, "claims": claims}


def actor_ids(conn: sqlite3.Connection, actor: str) -> list[int]:
    """An id (ASCII digits that fit SQLite's integer), else the actors whose name contains `actor`."""
    if _ACTOR_ID.fullmatch(actor):
        return [int(actor)]
    needle = fold(sqlite_text(actor))
    return [row[0] for row in conn.execute("SELECT id FROM actors WHERE instr(cs_fold(name), ?) > 0", (needle,))]


def document_where(f: Filters, where: list[str], params: list) -> None:
    """Conditions on `documents d`: id, publisher and publication date range."""
    if f.document is not None:
        where.append("d.id = ?")
        params.append(sqlite_text(f.document))
    if f.publisher is not None:
        where.append("instr(cs_fold(d.publisher), ?) > 0")
        params.append(fold(sqlite_text(f.publisher)))
    if f.date_from is not None:
        where.append("substr(d.published, 1, ?) >= ?")
        params += [len(f.date_from), f.date_from]
    if f.date_to is not None:
        where.append("substr(d.published, 1, ?) <= ?")
        params += [len(f.date_to), f.date_to]


def statement_query(conn: sqlite3.Connection, f: Filters) -> tuple[list[str], list[str], list] | None:
    """(joins, where, params) over `statements s` for the filters, or None when nothing can match."""
    joins = list(STATEMENT_FROM)
    where: list[str] = []
    params: list = []
    if f.search is not None:
        query = fts_query(f.search)
        if query is None:
            return None
        joins.append("JOIN statements_fts ON statements_fts.rowid = s.n")
        where.append("statements_fts MATCH ?")
        params.append(query)
    document_where(f, where, params)
    if f.kind is not None:
        where.append("s.kind = ?")
        params.append(f.kind)
    if f.min_confidence is not None:
        where.append("s.confidence >= ?")
        params.append(float(f.min_confidence))
    if f.cue is not None:
        where.append("instr(cs_fold(s.cue_text), ?) > 0")
        params.append(fold(sqlite_text(f.cue)))
    if f.speaker is not None:
        needle = fold(sqlite_text(f.speaker))
        where.append(  # names are matched once per actor, not once per statement
            "(s.speaker_actor_id IN (SELECT id FROM actors WHERE instr(cs_fold(name), ?) > 0)"
            " OR instr(cs_fold(s.speaker_text), ?) > 0)")
        params += [needle, needle]
    if f.actor is not None:
        ids = actor_ids(conn, f.actor)
        if not ids:
            return None
        marks = ",".join("?" * len(ids))
        where.append(
            f"(s.speaker_actor_id IN ({marks}) OR s.addressee_actor_id IN ({marks}) OR EXISTS ("
            f"SELECT 1 FROM mentions m WHERE m.actor_id IN ({marks}) AND {MENTION_IN_CONTENT}))")
        params += ids * 3
    if f.story is not None or f.contradicted is not None:
        state = derived_state(conn)
        if f.story is not None:
            if not state["stories"]:
                return None
            where.append("s.document_id IN (SELECT document_id FROM story_documents WHERE story_id = ?)")
            params.append(sqlite_text(f.story))
        if f.contradicted is not None:
            if not state["claims"]:
                return None if f.contradicted else (joins, where, params)
            test = "EXISTS" if f.contradicted else "NOT EXISTS"
            where.append(f"{test} (SELECT 1 FROM claim_statements cs JOIN claims c ON c.id = cs.claim_id "
                         "WHERE cs.statement_id = s.id AND c.contradicted)")
    return joins, where, params


CLAIM_KINDS = ("event", "quantity", "statement")


def claim_query(conn: sqlite3.Connection, f: Filters, *, kind: str | None = None) -> tuple[list[str], list] | None:
    """(where, params) over `claims c` for the filters, or None when nothing can match (no claims yet).

    A claim matches when one of its reports does: `search`, `kind` (direct/indirect/mixed), `cue` and
    `min_confidence` through the reporting statement (a report the outlet itself makes passes
    `min_confidence`), the document filters through its document; `speaker` also matches the claim's
    sources and `actor` its actor, sources and text; `kind` here is the claim's (event, quantity, statement).
    """
    if not derived_state(conn)["claims"]:
        return None
    if kind is not None and kind not in CLAIM_KINDS:
        raise UsageError(f"kind: {kind!r} is not one of {', '.join(CLAIM_KINDS + KINDS)}")
    where: list[str] = []
    params: list = []
    if kind is not None:
        where.append("c.kind = ?")
        params.append(kind)
    if f.story is not None:
        where.append("c.story_id = ?")
        params.append(sqlite_text(f.story))
    if f.contradicted is not None:
        where.append("c.contradicted = ?" if f.contradicted else "NOT c.contradicted")
        params += [1] if f.contradicted else []
    report = Filters(search=f.search, kind=f.kind, cue=f.cue, min_confidence=f.min_confidence,
                     document=f.document, publisher=f.publisher, date_from=f.date_from, date_to=f.date_to)
    if any(v is not None for v in report.__dict__.values()):
        built = statement_query(conn, report)
        if built is None:
            return None
        cond, cond_params = _reported(built)
        if report.search is None and report.kind is None and report.cue is None:  # the outlet's own reports too
            doc: list[str] = []
            doc_params: list = []
            document_where(report, doc, doc_params)
            cond = (f"({cond} OR (cs.statement_id IS NULL AND cs.document_id IN (SELECT d.id FROM documents d"
                    f"{where_sql(doc)})))")
            cond_params += doc_params
        where.append(f"EXISTS (SELECT 1 FROM claim_statements cs WHERE cs.claim_id = c.id AND {cond})")
        params += cond_params
    for name, columns_ in (("speaker", ("c.speakers",)), ("actor", ("c.actor", "c.speakers", "c.text"))):
        needle = getattr(f, name)
        if needle is None:
            continue
        ors = [f"instr(cs_fold(coalesce({col}, '')), ?) > 0" for col in columns_]
        ors_params: list = [fold(sqlite_text(needle))] * len(columns_)
        built = statement_query(conn, Filters(**{name: needle}))
        if built is not None:
            cond, cond_params = _reported(built)
            ors.append(f"EXISTS (SELECT 1 FROM claim_statements cs WHERE cs.claim_id = c.id AND {cond})")
            ors_params += cond_params
        where.append("(" + " OR ".join(ors) + ")")
        params += ors_params
    return where, params


def _reported(built: tuple[list[str], list[str], list]) -> tuple[str, list]:
    """A condition on `claim_statements cs`: its statement is one of those `built` selects."""
    joins, where, params = built
    return f"cs.statement_id IN (SELECT s.id {' '.join(joins)}{where_sql(where)})", list(params)


def actor_conditions(*, search: str | None = None, type: str | None = None, ids: list[int] | None = None,
                     variants: bool = False) -> tuple[list[str], list]:
    """(where, params) over `actors a`: name substring (with `variants`, also a name any document used for
    it), type, ids."""
    where: list[str] = []
    params: list = []
    if search:
        needle = fold(sqlite_text(search))
        if variants:
            where.append("(instr(cs_fold(a.name), ?) > 0 OR instr(a.norm, ?) > 0 OR a.id IN "
                         "(SELECT actor_id FROM doc_actors WHERE instr(norm, ?) > 0))")
            params += [needle, sqlite_text(norm(search)), sqlite_text(norm(search))]
        else:
            where.append("instr(cs_fold(a.name), ?) > 0")
            params.append(needle)
    if type:
        where.append("a.type = ?")
        params.append(sqlite_text(type).upper())
    if ids is not None:
        where.append(f"a.id IN ({','.join('?' * len(ids))})" if ids else "0")
        params += list(ids)
    return where, params


def where_sql(where: list[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""
