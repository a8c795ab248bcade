"""The PLOVER tables shipped as data (lexicon/data/plover_*.tsv, documented in docs/plover.md): actor sectors and
the verbs and nouns of events, read once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    text = (resources.files("claimscope.lexicon") / "data" / name).read_text("utf-8")
    return [line.rstrip("\n").split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def sector_words() -> dict[str, str]:
    """Head noun of an actor's description -> CAMEO/PLOVER sector ("troops" -> MIL, "opposition" -> OPP)."""
    return {row[0]: row[1] for row in _rows("plover_sectors.tsv")}


@lru_cache(maxsize=1)
def event_rows() -> list[dict]:
    """The verb and noun event table: lemma, part of speech, PLOVER type, mode and the CAMEO code it follows."""
    out = []
    for row in _rows("plover_events.tsv"):
        row = row + [""] * (6 - len(row))
        out.append({"lemma": row[0], "pos": row[1], "type": row[2], "mode": row[3] or None, "cameo": row[4],
                    "note": row[5]})
    return out
