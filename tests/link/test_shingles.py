"""Shingles and line segments: normalisation, skipping trivial lines, and never crashing on odd text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.link.minhash import signature
from claimscope.link.shingles import segment_hash, segments, shingle_hashes


def test_case_quotes_and_spacing_do_not_matter():
    assert shingle_hashes("“Ruritania,” he said  today") == shingle_hashes('"ruritania" He said today')


def test_short_lines_are_not_segments():
    text = "Read more:\nA headline long enough to be copied from one report\n- ok\n"
    got = list(segments(text))
    assert [g[0] for g in got] == [1]
    line, start, end, norm = got[0]
    assert text[start:end] == "A headline long enough to be copied from one report"
    assert norm == "a headline long enough to be copied from one report"


def test_bullets_and_case_do_not_change_the_hash():
    a = [s for s in segments("- Ana Ruiz sends her team to the final, says a coach")]
    b = [s for s in segments("  ANA RUIZ SENDS HER TEAM TO THE FINAL — SAYS A COACH  ")]
    assert segment_hash(a[0][3]) == segment_hash(b[0][3])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_shingler_and_segmenter_never_crash(text):
    hashes = shingle_hashes(text)
    assert all(0 <= h < 2**32 for h in hashes)
    sig = signature(hashes)
    assert sig is None or len(sig) == 128
    for line, start, end, norm in segments(text):
        assert 0 <= start <= end <= len(text) and norm
        assert -(2**63) <= segment_hash(norm) < 2**63
