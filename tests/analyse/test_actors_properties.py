"""Property-based: actor linking never crashes, its offsets are exact, and every index entry names an actor."""

from hypothesis import HealthCheck, given, settings, strategies as st

from claimscope.analyse.actors import link_actors
from claimscope.analyse.serialize import doc_to_json

WORDS = st.sampled_from(
    ["Mr", "Mrs", "Dr", "Lord", "Sir", "Ruiz", "Ana", "Chile", "Ivo", "Canberra", "Nairobi", "said", "told",
     "the", "a", "of", "at", "in", "to", "and", ",", ".", "’s", "'s", "South", "African", "troops", "military",
     "intelligence", "Kenyan", "President", "Prime", "Minister", "former", "officer", "Fellow", "Foundation",
     "Institute", "University", "Oblast", "Tver", "UAE", "UN", ":", "NATO", "Jr", "QC", "-", "Mei", "ling",
     "Li", "\n", "“", "”", "Supporting", "government", "company", "minister", "Washington", "Sydney"])


def _check(text, nlp):
    doc = nlp(text)
    actors, index = link_actors(doc)
    ids = {a.id for a in actors}
    for a in actors:
        assert a.mentions
        for m in a.mentions:
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start:m.end] == m.text
    assert set(index.values()) <= ids
    assert all(0 <= i < len(doc) for i in index)
    out = doc_to_json(doc)
    for a in out["actors"]:
        assert a["type"] in ("PERSON", "ORG", "GPE", "LOC", "NORP")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=50).map(" ".join))
def test_linking_never_crashes_on_name_soup(nlp, text):
    _check(text, nlp)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=160))
def test_linking_never_crashes_on_any_text(nlp, text):
    _check(text, nlp)
