"""`Doc._` extensions the claimscope components write (records of analyse/model.py); registered once, idempotently."""

import threading

from spacy.tokens import Doc, Span, Token

_DOC_EXTENSIONS = ("quotes", "actors", "statements", "actor_index", "coref",
                   "published", "stances", "dates", "quantities", "events", "characterisations")


def register_extensions() -> None:
    """Register every claimscope Doc extension (safe to call many times)."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_TEXT_KEY = "claimscope.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: spaCy joins every token's text again on each access, and each of the
    components reads the whole text (doc_text(doc) == doc.text, the second call costs nothing)."""
    text = doc.user_data.get(_TEXT_KEY)
    if isinstance(text, str) and len(doc) and len(text) == doc[-1].idx + len(doc[-1].text_with_ws):
        return text
    text = doc.text
    doc.user_data[_TEXT_KEY] = text
    return text


_SENTENCES = threading.local()


def sentence_of(tok: Token) -> Span:
    """`tok.sent`, from the document's sentences listed once: spaCy scans the sentence-start flags both ways
    from the token on every access (about 3 us a call). One Doc is held per thread, the latest asked about."""
    doc = tok.doc
    held = getattr(_SENTENCES, "held", None)
    if held is None or held[0] is not doc or len(held[1]) != len(doc):
        by_token: list[Span] = []
        for sent in doc.sents:
            by_token.extend([sent] * len(sent))
        held = _SENTENCES.held = (doc, by_token)
    return held[1][tok.i]
