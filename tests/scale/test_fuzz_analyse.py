"""Fuzzed texts through analyse_text: no exception, every offset inside the text, and a bounded time each."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BUDGET_S = 20.0
PIECES = st.sampled_from(["said ", "Ana Ruiz said ", 'He said "yes" and ', "the ministry said. ", "\n", "\n\n", "\t",
                          '"', "\u201c", "\u201d", "'", "=", "*", "!", ")", "\u00bb", "\x00", "\x07", "\ud800",
                          "\udfff", "\ufeff", "according to ", "10%", "in May 2024 ", "https://example.org/x "])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=60).map("".join)


def _spans(doc: dict):
    for st_ in doc["statements"]:
        for part in ("speaker", "cue", "addressee"):
            value = st_.get(part) or {}
            if "start" in value:
                yield value["start"], value["end"]
        for start, end in (st_.get("content") or {}).get("spans", []):
            yield start, end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_any_text_is_analysed_with_offsets_inside_it(text):
    from claimscope.api import analyse_text

    started = time.perf_counter()
    doc = analyse_text(text)
    assert time.perf_counter() - started < BUDGET_S
    assert len(doc["text"]) == len(text)
    for start, end in _spans(doc):
        assert 0 <= start <= end <= len(text), (start, end, len(text))
