"""`Doc._` extensions the claimscope components write (records of analyse/model.py); registered once, idempotently."""

from spacy.tokens import Doc

_DOC_EXTENSIONS = ("quotes", "actors", "statements", "actor_index", "coref",
                   "published", "stances", "dates", "quantities", "events", "characterisations")


def register_extensions() -> None:
    """Register every claimscope Doc extension (safe to call many times)."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
