"""Hand-built spaCy Docs for the statement rules: words, heads, deps, tags and entities, no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from claimscope.analyse.extensions import register_extensions
from claimscope.analyse.quotes import find_quotes
from claimscope.analyse.statements import default_options
from claimscope.analyse.statements.arbitration import Arbiter
from claimscope.analyse.statements.document import DocView
from claimscope.analyse.statements.options import Mode

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_alpha, is_punct)
_POS = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "VBZ": "VERB", "VB": "VERB", "VBN": "VERB",
        "VBG": "VERB",
        "DT": "DET", "PRP$": "PRON", "PRP": "PRON", "IN": "ADP", "JJ": "ADJ", "MD": "AUX", ".": "PUNCT",
        ",": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT", "TO": "PART", "RB": "ADV", "CD": "NUM"}


def make_doc(rows: list[tuple], ents: list[str] | None = None, spaces: list[bool] | None = None) -> Doc:
    """A parsed Doc from rows of (word, head index, dep, tag, lemma); the part of speech follows the tag
    (a sixth item overrides it), quotations are found in the text and no actors are known."""
    register_extensions()
    words = [r[0] for r in rows]
    if spaces is None:
        spaces = [i + 1 < len(rows) and rows[i + 1][0] not in {".", ",", ":", "”"} and r[0] not in {"“"}
                  for i, r in enumerate(rows)]
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              tags=[r[3] for r in rows], pos=[r[5] if len(r) > 5 else _POS[r[3]] for r in rows],
              lemmas=[r[4] for r in rows], ents=ents)
    doc._.quotes = find_quotes(doc.text)
    doc._.actors = []
    doc._.actor_index = {}
    return doc


def view_of(doc: Doc) -> DocView:
    """The document as the rules read it, with nothing kept yet."""
    return DocView(doc, [])


def options(mode: Mode = Mode.CURATED):
    """Curated options (the curated lexicon, no learned filter), or open ones with the shipped filter."""
    return default_options(learned_filter=mode is Mode.OPEN)


def arbiter(mode: Mode = Mode.CURATED) -> Arbiter:
    return Arbiter(options(mode))


def text_of(doc: Doc, spans) -> str:
    return " ".join(doc.text[s:e] for s, e in spans)
