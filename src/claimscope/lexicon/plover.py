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
    """The verb and noun event table: lemma, part of speech (verb, noun, or class: a noun class for the object
    column), the object class a verb needs ("-" for none), PLOVER type, mode, the CAMEO code it follows."""
    out = []
    for row in _rows("plover_events.tsv"):
        row = row + [""] * (7 - len(row))
        out.append({"lemma": row[0], "pos": row[1], "object": row[2] if row[2] not in {"", "-"} else None,
                    "type": row[3] or None, "mode": row[4] or None, "cameo": row[5], "note": row[6]})
    return out


@lru_cache(maxsize=1)
def place_codes() -> dict[str, str]:
    """Regions, territories and peoples the knowledge base lacks -> the state code PLOVER gives them
    ("West Bank" -> PSE, "Serbs" -> SRB); "" for a region of several states ("Balkan": no one state)."""
    return {row[0]: row[1] if row[1] != "-" else "" for row in _rows("plover_places.tsv")}
