"""Words tokenised before the memory zone keep their lexemes for later batches, up to `pipeline.kept_words`,
and the document JSON is the same whether a batch's words were kept, rebuilt or already known."""

from __future__ import annotations

import pytest

from claimscope.ingest import SourceDoc
from claimscope.scale.batches import Limits, analyse_batch

TEXT = "Mayor Ilsa Vantrebor said the {word} plan would cut delays by 12% next spring."


@pytest.fixture(scope="module")
def nlp():
    from claimscope.analyse.pipeline import load_pipeline

    return load_pipeline()


def test_a_batchs_words_stay_in_the_vocabulary_under_the_cap(nlp):
    out = analyse_batch(nlp, [SourceDoc(text=TEXT.format(word="quorbenplix"), origin="a")],
                        limits=Limits(kept_words=10**9))
    assert isinstance(out[0], dict)
    assert "quorbenplix" in nlp.vocab


def test_no_word_is_kept_at_the_cap(nlp):
    analyse_batch(nlp, [SourceDoc(text=TEXT.format(word="zintharoque"), origin="b")], limits=Limits(kept_words=0))
    assert "zintharoque" not in nlp.vocab


def test_the_document_is_the_same_whether_its_words_were_kept_or_rebuilt(nlp):
    src = SourceDoc(text=TEXT.format(word="vellumdrax"), origin="c")
    rebuilt = analyse_batch(nlp, [src], limits=Limits(kept_words=0))
    kept = analyse_batch(nlp, [src], limits=Limits(kept_words=10**9))
    known = analyse_batch(nlp, [src], limits=Limits(kept_words=0))  # its words are in the vocabulary now
    assert rebuilt == kept == known
    assert rebuilt[0]["statements"]
