"""RSS/Atom feeds: one document per entry, entry metadata, and failures confined to one entry."""

from __future__ import annotations

from claimscope.ingest import IngestError, SourceDoc, iter_documents

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Daily Planet</title>
<link>https://example.com/</link>
<item>
  <title>Mayor vows balanced budget</title>
  <link>https://example.com/news/budget</link>
  <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
  <dc:creator>Jane Doe</dc:creator>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>The mayor said the budget <b>would</b> be balanced.</p><script>track()</script><p>"No new taxes," she said.<br/>Next line.</p>]]></content:encoded>
</item>
<item>
  <title>Only a title</title>
  <link>https://example.com/news/empty</link>
</item>
<item>
  <title>Summary only</title>
  <description>&lt;p&gt;Councillors &amp;amp; critics disagreed.&lt;/p&gt;</description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire Service</title>
  <id>urn:wire</id>
  <updated>2024-03-06T08:00:00Z</updated>
  <entry>
    <title>Minister resigns</title>
    <id>urn:1</id>
    <link href="https://wire.example/1"/>
    <updated>2024-03-06T08:00:00+01:00</updated>
    <author><name>Sam Smith</name></author>
    <content type="text">The minister resigned, a spokesperson said.</content>
  </entry>
</feed>
"""


def run(path, **kwargs):
    return list(iter_documents([str(path)], **kwargs))


def test_rss_entries_with_metadata(tmp_path):
    path = tmp_path / "planet.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, third = run(path)

    assert isinstance(first, SourceDoc)
    assert first.text == 'The mayor said the budget would be balanced.\n"No new taxes," she said.\nNext line.'
    assert first.title == "Mayor vows balanced budget"
    assert first.url == "https://example.com/news/budget"
    assert first.published == "2024-03-05T10:00:00+00:00"
    assert first.publisher == "Daily Planet"
    assert first.author == "Jane Doe"
    assert first.origin == f"{path}#1"
    assert first.path == str(path)

    assert isinstance(second, IngestError)
    assert str(second) == f"{path}#2: no text"

    assert isinstance(third, SourceDoc)
    assert third.origin == f"{path}#3"
    assert third.text == "Councillors & critics disagreed."


def test_atom_feed(tmp_path):
    for suffix in (".atom", ".xml", ".FEED"):
        path = tmp_path / f"wire{suffix}"
        path.write_text(ATOM, encoding="utf-8")
        [doc] = run(path)
        assert doc.text == "The minister resigned, a spokesperson said."
        assert doc.title == "Minister resigns"
        assert doc.url == "https://wire.example/1"
        assert doc.author == "Sam Smith"
        assert doc.publisher == "Wire Service"
        assert doc.published == "2024-03-06T07:00:00+00:00"  # feedparser normalises to UTC
        assert doc.origin == f"{path}#1"


def test_malformed_feed_names_file_and_reason(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text("<rss><channel><title>oops</title><item><title>unclosed")
    out = run(path)
    assert len(out) == 1 or all(isinstance(x, (SourceDoc, IngestError)) for x in out)
    path.write_text("this is not XML <<< at all &&")
    [err] = run(path)
    assert isinstance(err, IngestError)
    assert err.origin == str(path)
    assert err.reason.startswith("not a valid feed (")
    assert "\n" not in str(err)


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><config><setting name="a">1</setting></config>')
    [err] = run(path)
    assert isinstance(err, IngestError)
    assert err.reason == "no feed entries found"


def test_feed_content_is_never_taken_as_a_path_or_url(tmp_path):
    secret = tmp_path / "secret.rss"
    secret.write_text(RSS)
    path = tmp_path / "pointer.xml"
    path.write_text(str(secret))  # feedparser.parse(str/bytes) would open this file
    [err] = run(path)
    assert isinstance(err, IngestError)


def test_empty_and_binary_feed(tmp_path):
    path = tmp_path / "f.rss"
    path.write_bytes(b"")
    assert run(path)[0].reason == "empty file"
    path.write_bytes(b"\x00\x00<rss>")
    assert run(path)[0].reason == "binary file, not text"


def test_feed_with_explicit_encoding(tmp_path):
    path = tmp_path / "latin.rss"
    body = RSS.replace('encoding="utf-8"', "").replace("Short summary.", "x").replace(
        "The mayor said", "Le maire a dit café"
    )
    path.write_bytes(body.encode("latin-1"))
    first = run(path, encoding="latin-1")[0]
    assert first.text.startswith("Le maire a dit café")
