"""Counting documents before reading them: the progress bar's total matches what reading yields."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from claimscope.ingest import iter_documents
from claimscope.ingest.count import count_documents


def _yielded(inputs) -> int:
    return sum(1 for _ in iter_documents(inputs))


def test_a_folder_of_text_files_counts_one_document_each(tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Headline {i}\nThe mayor said the bridge would open.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    assert count_documents([str(tmp_path)]) == 3 == _yielded([str(tmp_path)])


def test_a_feed_counts_its_entries(tmp_path):
    items = "".join(f"<item><title>T{i}</title><description>The council said {i}.</description></item>"
                    for i in range(4))
    feed = tmp_path / "feed.rss"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>{items}</channel></rss>',
                    encoding="utf-8")
    assert count_documents([str(feed)]) == 4 == _yielded([str(feed)])


def test_an_input_that_fails_counts_once_as_its_error_does(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    missing = str(tmp_path / "nothing-here.txt")
    assert count_documents([str(tmp_path / "empty.txt"), missing]) == 2 == _yielded(
        [str(tmp_path / "empty.txt"), missing])


def test_stdin_and_an_exhausted_budget_give_no_total(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\nText.", encoding="utf-8")
    assert count_documents(["-"]) is None
    assert count_documents([str(tmp_path)], budget_s=-1) is None


_LINE = st.one_of(
    st.just(""), st.just("   "),
    st.builds(lambda t: json.dumps({"text": f"Headline\n{t} the minister said."}), st.text(min_size=1, max_size=40)),
    st.just("{not json"), st.just(json.dumps({"title": "no text"})),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_LINE, max_size=12), crlf=st.booleans(), final_newline=st.booleans())
def test_jsonl_count_matches_what_reading_yields(tmp_path, lines, crlf, final_newline):
    """Every non-blank line is a document or an error line; blank ones are skipped, as reading skips them."""
    path = tmp_path / "wire.jsonl"
    sep = "\r\n" if crlf else "\n"
    path.write_bytes((sep.join(lines) + (sep if final_newline and lines else "")).encode("utf-8"))
    counted = count_documents([str(path)])
    assert counted == max(_yielded([str(path)]), 1)
