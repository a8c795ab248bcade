"""Property-based: the fact components never crash on arbitrary text, and their offsets stay in bounds."""

from hypothesis import HealthCheck, given, settings, strategies as st

from claimscope.analyse.serialize import doc_to_json
from claimscope.ingest import SourceDoc

WORDS = st.sampled_from(
    list("abcXYZ ,.:;!?\n\"'“”‘’-—()%$£€0123456789") + [
        "3,000", "4.5bn", "£300m", "12", "2001", "1990s", "May", "may", "March", "march", "Monday", "last",
        "next", "week", "by", "December", "dozens", "of", "hundreds", "thousands", "tens", "at", "least",
        "up", "to", "more", "than", "nearly", "about", "between", "and", "per", "cent", "percent", "rose",
        "fell", "sent", "troops", "plans", "deploy", "said", "denied", "could", "reportedly", "is", "believed",
        "Russia", "Pyongyang", "Kyiv", "police", "arrested", "in", "the", "a", "million", "half", "two",
        "dozen", "-", "–", "ago", "years", "62-year-old", "Q3", "2005-03-14", "10:30", "F-16", "2-1",
    ])


def _check(doc: dict, text: str) -> None:
    for q in doc["quantities"]:
        assert 0 <= q["start"] <= q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
        if q["low"] is not None and q["high"] is not None:
            assert q["low"] <= q["high"]
    for d in doc["dates"]:
        assert 0 <= d["start"] <= d["end"] <= len(text)
        assert text[d["start"]:d["end"]] == d["text"]
    for e in doc["events"]:
        assert 0 <= e["start"] < e["end"] <= len(text)
        for key in ("actor_mention", "recipient_mention", "location_mention"):
            m = e[key]
            if m:
                assert text[m["start"]:m["end"]] == m["text"]
        assert e["quantity"] is None or 0 <= e["quantity"] < len(doc["quantities"])
    ids = {s["id"] for s in doc["statements"]}
    for fact in doc["quantities"] + doc["events"]:
        assert fact["statement"] is None or fact["statement"] in ids


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=40).map(" ".join) | st.text(max_size=120),
       st.sampled_from([None, "2024-11-06", "2001-01-01T10:00:00+00:00", "not a date"]))
def test_facts_never_crash(nlp, text, published):
    doc = doc_to_json(nlp(text), SourceDoc(text=text, origin="<h>", published=published))
    _check(doc, text)
