"""`claimscope statements`: who said what, where, filtered as the API filters (store/filters.py), one page at a
time; and the options `statements` and `claims` share."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..errors import UsageError
from ..store.filters import Filters
from .options import (DbOption, FormatOption, LimitOption, MinConfidenceOption, OffsetOption, WideOption,
                      confidence_note, min_confidence, require_store)
from .output import Col, RowFormat, emit_page, table_limit

out = Console(highlight=False)

SpeakerOption = typer.Option(None, "--speaker", help="Only statements by this speaker (name substring).")
ActorOption = typer.Option(None, "--actor", help="An actor's id or name substring: statements it makes, "
                           "receives or is mentioned in.")
OutletOption = typer.Option(None, "--outlet", help="Only documents of this publisher (substring).")
CueOption = typer.Option(None, "--cue", help="Only statements whose cue words contain this (e.g. denied).")
StoryOption = typer.Option(None, "--story", help="Only this story's documents (an id from `claimscope stories`).")
SinceOption = typer.Option(None, "--since", help="Published on or after YYYY, YYYY-MM or YYYY-MM-DD.")
UntilOption = typer.Option(None, "--until", help="Published on or before YYYY, YYYY-MM or YYYY-MM-DD.")
SearchOption = typer.Option(None, "--search", help="Full-text words in statement content (all must match; "
                            "word* for a prefix).")


_OPTION_NAMES = {"date_from": "--since", "date_to": "--until", "min_confidence": "--min-confidence", "kind": "--kind"}


def cli_filters(**given) -> Filters:
    """The read path's filters from the options; a refusal names the option the user typed, not the field."""
    # cli_filters(date_from="2025-13") -> UsageError("--since: '2025-13' is not a date; use YYYY, ...")
    try:
        return Filters(**given)
    except UsageError as e:
        text = str(e)
        for field, option in _OPTION_NAMES.items():
            text = text.replace(field, option)
        raise UsageError(text) from None


def speaker_of(row: dict) -> str:
    """Who speaks: the store actor's name, else the words naming the speaker ("a spokesman for Mr Ruiz")."""
    return row.get("speaker_name") or row.get("speaker_text") or ""


def article_of(row: dict) -> str:
    """The article as a reader knows it: its title, else its publisher, else its id (never a file name)."""
    return row.get("title") or row.get("publisher") or row.get("document_id") or ""


STATEMENT_COLUMNS = [
    Col("speaker_name", "speaker", ratio=2, min_width=10, show=speaker_of),
    Col("cue_text", "cue", ratio=1, min_width=6),
    Col("content_text", "content", ratio=6, min_width=24),
    Col("kind", "kind", wide=True),
    Col("addressee_name", "to", ratio=1, wide=True),
    Col("confidence", "conf", max_width=4),
    Col("title", "article", ratio=2, min_width=10, show=article_of),
    Col("published", "published", wide=True, csv=False),
    Col("publisher", "outlet", ratio=1, wide=True, csv=False),
    Col("document_id", "doc", wide=True, max_width=16),
]


def statements(
    db: Path = DbOption,
    speaker: Optional[str] = SpeakerOption,
    actor: Optional[str] = ActorOption,
    outlet: Optional[str] = OutletOption,
    kind: Optional[str] = typer.Option(None, "--kind", help="direct, indirect or mixed."),
    cue: Optional[str] = CueOption,
    story: Optional[str] = StoryOption,
    since: Optional[str] = SinceOption,
    until: Optional[str] = UntilOption,
    confidence: Optional[float] = MinConfidenceOption,
    search: Optional[str] = SearchOption,
    document: Optional[str] = typer.Option(None, "--document", help="Only this document's statements (its id)."),
    limit: Optional[int] = LimitOption,
    offset: int = OffsetOption,
    wide: bool = WideOption,
    fmt: RowFormat = FormatOption,
) -> None:
    """List stored statements: who said what, where (most relevant first when searching, else in article
    order)."""
    from ..store import Store
    from ..store.read import select_statements

    require_store(db)
    filters = cli_filters(search=search, speaker=speaker, actor=actor, kind=kind, cue=cue, date_from=since,
                      date_to=until, document=document, publisher=outlet, story=story,
                      min_confidence=min_confidence(confidence, fmt))
    with Store(db) as store:
        rows, total = select_statements(store._db, filters, limit=table_limit(fmt, limit), offset=offset)
    emit_page(rows, fmt, STATEMENT_COLUMNS, limit=limit, offset=offset, total=total, one="statement", wide=wide,
              caption=confidence_note(confidence, fmt),
              console=out)
