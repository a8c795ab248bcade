"""No text stops a batch: punctuation runs tokenised in chunks, texts over spaCy's limit parsed in pieces."""

from __future__ import annotations

import pytest
import spacy

from claimscope.scale.docs import cut_points, run_spans, segments, tokenise


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_segments_cut_only_long_space_free_runs():
    assert segments('a "!!!!!!!" b', 3) == ["a ", '"!!', "!!!", '!!"', " b"]
    assert segments("short words only", 5) == ["short words only"] and run_spans("short words only", 5) == []
    assert "".join(segments("x" * 10 + " y " + "=" * 7, 4)) == "x" * 10 + " y " + "=" * 7


def test_text_without_long_runs_is_tokenised_as_the_tokenizer_does(blank):
    text = 'Ana Ruiz said: "the fund is empty." (The ministry disagreed.)'
    assert [t.text for t in tokenise(blank, text, 100)] == [t.text for t in blank.tokenizer(text)]


@pytest.mark.parametrize("mark", ['"', "'", "\u201c", "=", "*", "_", "!", ")", "\u00bb"])
def test_thirty_thousand_marks_tokenise_in_chunks_with_exact_offsets(blank, mark):
    text = f"The ministry said {mark * 30_000} and left."
    doc = tokenise(blank, text, 100)
    assert max(len(t) for t in doc) <= 100  # the tokenizer only ever sees 100-character chunks: linear, not minutes
    assert doc.text == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert [t.text for t in doc[:3]] == ["The", "ministry", "said"]


def test_cut_points_prefer_paragraphs_then_lines_then_sentences():
    assert cut_points("One.\n\nTwo. Three.", 12) == [6, 17]
    assert cut_points("aaaa\nbbbb\ncccc", 11) == [10, 14]
    assert cut_points("Aa bb. Cc dd. Ee ff", 9) == [7, 14, 19]
    assert cut_points("x" * 25, 10) == [10, 20, 25]
    assert cut_points("short", 10) == [5]


def test_cut_points_of_a_real_size_text_stay_under_the_limit():
    paragraph = "The council said the harbour bridge would reopen in May after repairs.\n\n"
    text = paragraph * (1_200_000 // len(paragraph) + 1)
    ends = cut_points(text, 100_000)
    starts = [0, *ends[:-1]]
    assert ends[-1] == len(text) and all(0 < e - s <= 100_000 for s, e in zip(starts, ends))
    assert all(text[e - 2:e] == "\n\n" for e in ends[:-1])


def test_a_real_size_text_over_max_length_becomes_one_doc_without_e088(blank):
    from claimscope.scale.docs import make_doc

    paragraph = "The council said the harbour bridge would reopen in May after repairs.\n\n"
    text = paragraph * (1_200_000 // len(paragraph) + 1)
    assert len(text) > blank.max_length
    doc = make_doc(blank, text, 100, 100_000)
    assert doc.text == text and doc[-1].idx + len(doc[-1].text_with_ws) == len(text)
