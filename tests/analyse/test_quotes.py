"""Quotation finding on raw text: marks, nesting, paragraphs, apostrophes."""

from hypothesis import given, settings, strategies as st

from claimscope.analyse.quotes import find_quotes


def texts(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_curly_and_straight_marks():
    assert texts('He said “we will win” and "we will not stop".') == ["“we will win”", '"we will not stop"']


def test_apostrophes_are_not_quotes():
    assert texts("We’ll go; it’s the soldiers’ day and the Joneses' house") == []


def test_nested_single_quotes_inside_double():
    found = find_quotes("“Moscow is telling Beijing: ‘We’ll support you.’” he said")
    assert [(q.depth, "“" if q.depth == 0 else "‘") for q in found] == [(0, "“"), (1, "‘")]
    inner = [q for q in found if q.depth == 1][0]
    assert "We’ll support you." in "“Moscow is telling Beijing: ‘We’ll support you.’”"[inner.start:inner.end]


def test_quote_running_over_paragraphs_where_only_the_last_closes():
    text = "“The first paragraph of the quote\n“and the second one,” she said."
    (q,) = find_quotes(text)
    assert len(q.fragments) == 2
    assert text[q.fragments[0][0]:q.fragments[0][1]] == "“The first paragraph of the quote"
    assert text[q.fragments[1][0]:q.fragments[1][1]] == "“and the second one,”"


def test_unclosed_quote_ends_at_paragraph_end():
    text = "“Never closed here\nA new paragraph."
    (q,) = find_quotes(text)
    assert text[q.start:q.end] == "“Never closed here"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\"'“”‘’.,")), max_size=80))
def test_never_crashes_and_spans_are_in_bounds(text):
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        for s, e in q.fragments:
            assert 0 <= s <= e <= len(text)


def test_doubled_apostrophes_are_double_quotes():
    text = "He called it ''a new low'' and said ``we will see'' about it."
    assert texts(text) == ["''a new low''", "``we will see''"]


def test_paragraphs_run_together_each_open_their_quotation():
    # each quoted paragraph opened with a mark and the one before stayed unclosed, with the breaks lost
    text = 'Coach Ana Ruiz said: "We lost it. "The referee was poor. "Why? "Nobody knows." Tom Hale left.'
    assert texts(text) == ['"We lost it.', '"The referee was poor.', '"Why?', '"Nobody knows."']


def test_a_quotation_nested_mid_sentence_stays_nested():
    text = 'He said "we will "never" give in" today.'
    assert texts(text) == ['"we will "never" give in"', '"never"']
