"""First names with the gender they almost always carry, for people a text gives no title or gendered role."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path

NO_LIST = "-"  # the setting's value that turns the first-name list off


@lru_cache(maxsize=4)
def load_first_names(path: str) -> dict[str, str]:
    """A first-name list (TSV: name, then m or f; '#' lines are comments), for people the text gives no gender.

    Empty `path`: the shipped list (lexicon/data/first_names.tsv, built by training/build_first_names.py), so
    "she" after an unintroduced "Greta Holm" can go to her; NO_LIST: none; a missing file: none.
    """
    if path == NO_LIST:
        return {}
    if not path:
        with resources.files("claimscope.lexicon").joinpath("data", "first_names.tsv").open(encoding="utf-8") as fh:
            return _parse(fh)
    if not Path(path).is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return _parse(fh)


def _parse(lines) -> dict[str, str]:
    rows = csv.reader((ln for ln in lines if not ln.startswith("#")), delimiter="\t")
    return {row[0].strip().lower(): row[1].strip().lower() for row in rows
            if len(row) >= 2 and row[1].strip().lower() in ("m", "f")}
