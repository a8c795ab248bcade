"""The shared speed helpers give exactly what the slower forms they replace give."""

import numpy

from claimscope.analyse.facts.clauses import hashes_of, in_hashes


def test_in_hashes_matches_isin():
    hashes = hashes_of(frozenset({"said", "told", "added"}))
    values = numpy.concatenate([hashes_of(frozenset({"the", "said", "zebra", "added"})),
                                numpy.array([0, 2**64 - 1], dtype="uint64")])
    assert in_hashes(values, hashes).tolist() == numpy.isin(values, hashes).tolist()
    assert in_hashes(values, hashes).sum() == 2


def test_in_hashes_with_no_words_finds_nothing():
    values = hashes_of(frozenset({"a", "b"}))
    assert in_hashes(values, hashes_of(frozenset())).tolist() == [False, False]


def test_in_hashes_of_an_empty_document():
    empty = numpy.array([], dtype="uint64")
    assert in_hashes(empty, hashes_of(frozenset({"said"}))).tolist() == []


def _doc(words, heads):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=["dep"] * len(words))


def _check_tree(doc):
    from claimscope.analyse.statements.tree import Tree

    tree = Tree(doc)
    for tok in doc:
        assert tree.subtree(tok) == [t.i for t in tok.subtree]
        assert tree.size(tok) == len(list(tok.subtree))
        assert tree.depth[tok.i] == sum(1 for _ in tok.ancestors)
    assert sorted(tree.order) == list(range(len(doc)))


def test_tree_walk_is_token_subtree_order():
    # "Ana said the plan works ." with "said" the root, two sentences' worth of roots in one Doc
    _check_tree(_doc(["Ana", "said", "the", "plan", "works", ".", "Ben", "left", "."], [1, 1, 3, 4, 1, 1, 7, 7, 7]))


def test_tree_walk_of_a_non_projective_parse():
    # an arc crossing another: "A hearing is scheduled today on the issue", "on" hangs from "hearing"
    _check_tree(_doc(["A", "hearing", "is", "scheduled", "today", "on", "the", "issue"], [1, 3, 3, 3, 3, 1, 7, 5]))


def test_tree_of_a_long_chain_and_of_nothing():
    from claimscope.analyse.statements.tree import Tree

    n = 3000  # deeper than Python's recursion limit: each word hangs from the one before
    tree = Tree(_doc(["said"] * n, [max(0, i - 1) for i in range(n)]))
    assert tree.order == list(range(n)) and tree.depth == list(range(n))
    assert tree.start == list(range(n)) and tree.end == [n] * n
    assert Tree(_doc([], [])).order == []


def test_score_sums_are_the_plain_sums():
    from claimscope.analyse.coref.model import score_of
    from claimscope.analyse.statements.cue_extent import log_odds
    from claimscope.analyse.statements.learned_filter import probability
    from claimscope.analyse.statements.learned import logistic

    w = {"a": 0.1, "b": -0.7, "c": 2.5e-3}
    feats = ["a", "zz", "b", "c", "a"]
    plain = sum(w.get(f, 0.0) for f in feats)
    assert score_of(feats, w) == plain and log_odds(feats, w) == plain
    assert probability(feats, w) == logistic(plain)
    assert score_of([], w) == 0


def test_loaded_pipeline_is_out_of_the_collectors_sight(nlp):
    import gc

    assert gc.get_freeze_count() > 0
    assert nlp("Ana Ruiz said the plan works.")  # analysis goes on as before


def test_coref_bins_are_the_first_bound_not_exceeded():
    from claimscope.analyse.coref.features import _bin

    def plain(value, bins):
        return next((str(k) for k, b in enumerate(bins) if value <= b), str(len(bins)))

    for bins in ((0, 1, 2, 3), (2, 5, 10, 20, 40), (1, 2, 4, 8), (0, 2), (0,)):
        for value in range(-3, 45):
            assert _bin(value, bins) == plain(value, bins)


def test_quote_scan_reads_marks_around_plain_text():
    from claimscope.analyse.quotes import find_quotes

    # a continued paragraph, a nested single quotation, apostrophes that open nothing
    text = "“We’ll see,” she said. “It was ‘too late’ then.\n\n“And now,” he added.\nThe soldiers’ camp isn't near."
    found = [(q.start, q.end, q.depth) for q in find_quotes(text)]
    assert found == [(0, 12, 0), (23, 59, 0), (31, 41, 1)]
    assert find_quotes(text)[1].fragments == [(23, 47), (49, 59)]
    assert find_quotes("No quotation here, nor here.") == []


def test_char_spans_bridge_only_punctuation_and_space(nlp):
    from claimscope.analyse.statements.document import DocView

    doc = nlp("Ana Ruiz said: the plan -- she thinks -- works.\n\nIt will, she added, cost more.")
    view = DocView(doc, [])

    def plain(ids):
        spans, prev = [], None
        for i in ids:
            tok = doc[i]
            if prev is not None and all(doc[j].is_punct or doc[j].is_space for j in range(prev + 1, i)):
                spans[-1][1] = tok.idx + len(tok)
            else:
                spans.append([tok.idx, tok.idx + len(tok)])
            prev = i
        return [(s, e) for s, e in spans if e > s]

    n = len(doc)
    for ids in ([], [0], [0, 1, 2], [4, 5, 10], [10, 4], [10, 13], [8, 10], list(range(n)), [3, 4, n - 1], [n - 3, n - 1]):
        assert view.char_spans(ids) == plain(ids)
    plan, works = doc[5], doc[10]
    assert view.char_spans([plan.i, works.i]) == [(plan.idx, plan.idx + 4), (works.idx, works.idx + 5)]


def test_actor_text_of_is_the_span_text(nlp):
    from claimscope.analyse.actors.kb import get_kb
    from claimscope.analyse.actors.spans import DocText

    doc = nlp("The  Home Secretary, Ana Ruiz , met\\nNorvale Ltd. today")
    text = DocText.of(doc, get_kb())
    n = len(doc)
    for start in range(-2, n + 1):
        for end in range(-1, n + 2):
            assert text.text_of(start, end) == doc[start:end].text


def test_options_open_follows_the_mode():
    from dataclasses import replace

    from claimscope.analyse.cues import default_lexicon
    from claimscope.analyse.statements.options import Mode, Options

    opts = Options(Mode.OPEN, default_lexicon())
    assert opts.open and opts.open
    assert not replace(opts, mode=Mode.CURATED).open
    assert replace(opts, mode=Mode.CURATED) == Options(Mode.CURATED, default_lexicon())


def test_sentence_of_is_token_sent(nlp):
    from claimscope.analyse.extensions import sentence_of

    doc = nlp("Ana Ruiz left. “It was late,” she said.\n\nThe plan, aides said, works!")
    other = nlp("One short sentence. And another one")
    for tok in list(doc) + list(other) + list(doc):  # a second Doc in between is read afresh
        assert sentence_of(tok) == tok.sent
        assert (sentence_of(tok).start, sentence_of(tok).end) == (tok.sent.start, tok.sent.end)


def test_sentence_of_without_sentences_fails_like_token_sent():
    import pytest
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimscope.analyse.extensions import sentence_of

    doc = Doc(Vocab(), words=["no", "parse"])
    with pytest.raises(ValueError):
        doc[0].sent
    with pytest.raises(ValueError):
        sentence_of(doc[0])
