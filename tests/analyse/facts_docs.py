"""Hand-built parsed Docs for the fact rules, as spaCy's own tests build them (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from claimscope.analyse.extensions import register_extensions

_VOCAB = spacy.blank("en").vocab  # English lexical attributes: lower_, like_num, is_punct


def parsed(rows: list[tuple], ents: list[str] | None = None) -> Doc:
    """A Doc from rows of (word, head index, dep, tag, pos, lemma[, space after]); by default punctuation
    takes no space before it."""
    register_extensions()
    words = [r[0] for r in rows]
    spaces = [r[6] if len(r) > 6 else k + 1 < len(rows) and rows[k + 1][0] not in {".", ",", "%"}
              for k, r in enumerate(rows)]
    return Doc(_VOCAB, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], pos=[r[4] for r in rows], lemmas=[r[5] for r in rows],
               ents=ents or ["O"] * len(rows))
