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
