"""Line breaks end sentences: headlines, bullet lists and paragraphs never run into each other."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class LineSentencizer:
    """spaCy component, placed before the parser: the first token after a newline starts a sentence."""

    def __init__(self, nlp: Language, name: str = "claimscope_lines"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for tok in doc:
            if "\n" in tok.text and tok.is_space:
                after_break = True
                continue
            if after_break and tok.i > 0:
                tok.is_sent_start = True
            after_break = "\n" in tok.whitespace_
        return doc


@Language.factory("claimscope_lines", assigns=["token.is_sent_start"], requires=[])
def make_line_sentencizer(nlp: Language, name: str) -> LineSentencizer:
    """Factory for the line-break sentence splitter (entry point `claimscope_lines`)."""
    return LineSentencizer(nlp, name)
