"""`claimscope claims`, `claimscope contradictions` and `claimscope timeline`: what is asserted across documents,
by whom, where sources disagree, and how a number changed."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import UsageError
from ..link.views import claim_rows, contradiction_rows
from ..store.filters import CLAIM_KINDS, KINDS as STATEMENT_KINDS
from .options import (DbOption, FormatOption, LimitOption, MinConfidenceOption, OffsetOption, WideOption,
                      confidence_note, min_confidence, require_store)
from .output import Col, RowFormat, emit_page, table_limit
from .statements import (CueOption, OutletOption, SearchOption, SinceOption, SpeakerOption, StoryOption,
                         UntilOption, cli_filters)

out = Console(highlight=False)
KINDS = ("number", "polarity", "characterisation")


def source_label(source: str | None, document: dict | None) -> str:
    """Who asserts it, as a reader names them: a file name or document id standing in for the outlet (the
    linking stage's last resort) becomes the publisher, else "the article"."""
    # source_label("troops.txt", {"path": "news/troops.txt", "publisher": None}) -> "the article"
    doc = document or {}
    stand_ins = {f"document {doc.get('id')}"}
    if doc.get("path"):
        stand_ins.add(str(doc["path"]).replace("\\", "/").rsplit("/", 1)[-1])
    if source and source not in stand_ins:
        return source
    return doc.get("publisher") or "the article"


def claim_sources(row: dict) -> list[str]:
    """The claim's sources for the table, in report order, each named once."""
    names = [source_label(r.get("source"), r.get("document")) for r in row.get("reports") or []]
    return list(dict.fromkeys(n for n in names if n)) or list(row.get("speakers") or [])


def _side(row: dict, side: str) -> str:
    part = row.get(side) or {}
    return source_label(part.get("source"), part.get("document"))


def _against(row: dict) -> str:
    return "; ".join(f"{source_label(c['other'].get('source'), c['other'].get('document'))}: "
                     f"{c['other'].get('text')} ({c['kind']})" for c in row.get("contradictions") or [])


CLAIM_COLUMNS = [
    Col("text", "claim", ratio=5, min_width=24),
    Col("speakers", "sources", ratio=3, min_width=12, show=claim_sources),
    Col("sources", "indep.", max_width=6),
    Col("outlets", "outlets", max_width=7),
    Col("kind", "kind", wide=True),
    Col("first_seen", "first seen", max_width=10),
    Col("last_seen", "last seen", wide=True, max_width=10),
    Col("contradicted", "contra.", max_width=7, show=lambda r: bool(r.get("contradicted"))),
    Col("story_id", "story", wide=True, max_width=24, csv=False),
    Col("id", "claim id", wide=True, max_width=16),
]
CLAIM_CSV = ("id", "kind", "text", "sources", "outlets", "speakers", "first_seen", "last_seen", "contradicted")
AGAINST_COLUMN = Col("against", "contradicted by", ratio=4, min_width=16, show=_against)
CONTRADICTION_COLUMNS = [
    Col("kind", "kind", max_width=16),
    Col("source_a", "one side", ratio=1, min_width=8, show=lambda r: _side(r, "a")),
    Col("text_a", "says", ratio=4, min_width=16),
    Col("source_b", "other side", ratio=1, min_width=8, show=lambda r: _side(r, "b")),
    Col("text_b", "says", ratio=4, min_width=16),
    Col("note", "why", ratio=2, wide=True),
    Col("story_id", "story", wide=True, max_width=24),
]
TIMELINE_COLUMNS = [
    Col("date", "date", max_width=10), Col("actor", "actor", ratio=1, min_width=8), Col("value", "value"),
    Col("unit", "unit", ratio=1, min_width=6), Col("status", "status", wide=True),
    Col("text", "as written", ratio=3, min_width=12),
    Col("source", "source", ratio=1, min_width=8,
        show=lambda r: source_label(r.get("source"), {"id": r.get("document_id"), "path": r.get("path"),
                                                      "publisher": r.get("publisher")})),
    Col("publisher", "outlet", ratio=1, wide=True), Col("document_id", "doc", wide=True, max_width=16),
]


def _open(db: Path):
    from ..store import Store

    require_store(db)
    return Store(db)


def claims(
    db: Path = DbOption,
    contradicted: bool = typer.Option(False, "--contradicted", help="Only contradicted claims, with the other side."),
    speaker: Optional[str] = SpeakerOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Only claims whose actor, source or text contains "
                                        "NAME, or that a statement by, to or about that actor reports."),
    outlet: Optional[str] = OutletOption,
    kind: Optional[str] = typer.Option(None, "--kind", help="event, quantity or statement (what is claimed), "
                                       "or direct, indirect or mixed (how a statement reports it)."),
    cue: Optional[str] = CueOption,
    story: Optional[str] = StoryOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    confidence: Optional[float] = MinConfidenceOption,
    search: Optional[str] = SearchOption,
    limit: Optional[int] = LimitOption,
    offset: int = OffsetOption,
    wide: bool = WideOption,
    fmt: RowFormat = FormatOption,
) -> None:
    """List claims across documents, most corroborated first: what is asserted, by how many independent
    sources and outlets, and (--contradicted) what says otherwise."""
    from ..store.read_claims import select_claim_ids

    if kind is not None and kind not in CLAIM_KINDS + STATEMENT_KINDS:
        raise UsageError(f"--kind {kind!r}: use one of {', '.join(CLAIM_KINDS + STATEMENT_KINDS)}")
    claim_kind = kind if kind in CLAIM_KINDS else None
    filters = cli_filters(search=search, speaker=speaker, actor=actor, kind=None if claim_kind else kind, cue=cue,
                      date_from=since, date_to=until, publisher=outlet, story=story,
                      contradicted=True if contradicted else None, min_confidence=min_confidence(confidence, fmt))
    with _open(db) as store:
        ids, total = select_claim_ids(store._db, filters, kind=claim_kind, limit=table_limit(fmt, limit),
                                      offset=offset)
        rows = claim_rows(store._db, contradicted=contradicted, ids=ids)
    columns = CLAIM_COLUMNS + ([AGAINST_COLUMN] if contradicted else [])
    emit_page(rows, fmt, columns, limit=limit, offset=offset, total=total, one="claim", wide=wide, console=out,
              caption=confidence_note(confidence, fmt),
              csv_keys=CLAIM_CSV + (("against",) if contradicted else ()))


def contradictions(
    db: Path = DbOption,
    story: Optional[str] = typer.Option(None, "--story", help="Only the contradictions of this story id."),
    kind: Optional[str] = typer.Option(None, "--kind", help="number, polarity or characterisation."),
    limit: Optional[int] = LimitOption,
    offset: int = OffsetOption,
    wide: bool = WideOption,
    fmt: RowFormat = FormatOption,
) -> None:
    """List contradictions with the evidence on both sides."""
    if kind is not None and kind not in KINDS:
        raise UsageError(f"--kind {kind!r}: use one of {', '.join(KINDS)}")
    with _open(db) as store:
        rows = contradiction_rows(store._db, story=story)
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    emit_page(rows, fmt, CONTRADICTION_COLUMNS, limit=limit, offset=offset, one="contradiction", wide=wide,
              console=out)


def timeline(
    db: Path = DbOption,
    actor: Optional[str] = typer.Option(None, "--actor", help="Only quantities whose actor contains NAME."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Only quantities of this unit (troops = soldiers)."),
    limit: Optional[int] = LimitOption,
    offset: int = OffsetOption,
    wide: bool = WideOption,
    fmt: RowFormat = FormatOption,
) -> None:
    """A quantity over time, by source: each report of it with its date, value, status and source."""
    from ..link.timeline import timeline as build

    with _open(db) as store:
        rows = build(store._db, actor=actor, unit=unit)
    emit_page(rows, fmt, TIMELINE_COLUMNS, limit=limit, offset=offset, one="value", wide=wide, console=out)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main app."""
    app.command("claims")(claims)
    app.command("contradictions")(contradictions)
    app.command("timeline")(timeline)
