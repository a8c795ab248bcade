"""Property-based: the whole analysis never crashes on arbitrary text, and offsets stay in bounds."""

from hypothesis import HealthCheck, given, settings, strategies as st

from claimscope.analyse.serialize import doc_to_json

ALPHABET = st.sampled_from(list("abcXYZ ,.:;!?\n\"'“”‘’-—()0123456789") + ["said", "told", "according to",
                                                                         "Mr", "Smith", "he", "that"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ALPHABET, max_size=40).map(" ".join) | st.text(max_size=120))
def test_analysis_never_crashes(nlp, text):
    doc = doc_to_json(nlp(text))
    for s in doc["statements"]:
        for a, b in s["content"]["spans"]:
            assert 0 <= a <= b <= len(text)
        for part in (s["speaker"], s["cue"], s["addressee"]):
            if part:
                assert text[part["start"]:part["end"]] == part["text"]
