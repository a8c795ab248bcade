"""HTML pages: the article's text and metadata via trafilatura; pages with no article fail alone."""

from __future__ import annotations

import sys

import pytest

from claimscope.ingest import IngestError, SourceDoc, iter_documents


def _trafilatura_usable() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


needs_trafilatura = pytest.mark.skipif(
    not _trafilatura_usable(), reason="trafilatura does not import here (lxml_html_clean missing?)"
)

ARTICLE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Mayor vows balanced budget | Daily Planet</title>
<meta property="og:title" content="Mayor vows balanced budget">
<meta name="author" content="Jane Doe">
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://example.com/news/budget">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Mayor vows balanced budget</h1>
<p>The mayor said on Tuesday that the city budget would be balanced by the end of the year, according to officials.</p>
<p>"We will not raise taxes," she told reporters at a press conference in the city hall on Tuesday morning.</p>
<p>Opposition councillors said the plan relied on optimistic forecasts for tourism revenue next summer.</p>
</article>
<footer>Copyright Daily Planet. All rights reserved.</footer>
</body></html>
"""


def one(path, **kwargs):
    [item] = list(iter_documents([str(path)], **kwargs))
    return item


@needs_trafilatura
@pytest.mark.parametrize("suffix", [".html", ".htm", ".XHTML"])
def test_article_text_and_metadata(tmp_path, suffix):
    path = tmp_path / f"budget{suffix}"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = one(path)
    assert isinstance(doc, SourceDoc), doc
    assert "We will not raise taxes" in doc.text
    assert "optimistic forecasts" in doc.text
    assert "Sport" not in doc.text and "All rights reserved" not in doc.text
    assert doc.title == "Mayor vows balanced budget"
    assert doc.author == "Jane Doe"
    assert doc.publisher == "Daily Planet"
    assert doc.published == "2024-03-05"
    assert doc.url == "https://example.com/news/budget"
    assert doc.path == doc.origin == str(path)


@needs_trafilatura
def test_declared_charset_is_honoured(tmp_path):
    path = tmp_path / "latin.html"
    page = ARTICLE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("mayor said", "maire a dit café")
    path.write_bytes(page.encode("iso-8859-1"))
    doc = one(path)
    assert "maire a dit café" in doc.text


@needs_trafilatura
def test_explicit_encoding(tmp_path):
    path = tmp_path / "cp.html"
    path.write_bytes(ARTICLE.replace("mayor said", "mayor’s aide said").encode("cp1252"))
    doc = one(path, encoding="cp1252")
    assert "mayor’s aide said" in doc.text


@needs_trafilatura
@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><div><span>",
        "<html><body><script>var tracking = 1;</script><!-- only a comment --></body></html>",
    ],
)
def test_no_article_text(tmp_path, page):
    path = tmp_path / "broken.html"
    path.write_text(page)
    err = one(path)
    assert isinstance(err, IngestError)
    assert str(err) == f"{path}: no article text found in HTML"


@pytest.mark.parametrize(("content", "reason"), [(b"", "empty file"), (b"  \n ", "empty file"),
                                                 (b"\x00\x01\x02<html>", "binary file, not text")])
def test_empty_and_binary_html(tmp_path, content, reason):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    err = one(path)
    assert isinstance(err, IngestError)
    assert err.reason == reason


def test_trafilatura_not_importable_is_one_error_per_file(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` raise ImportError
    (tmp_path / "a.html").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text("plain")
    out = list(iter_documents([str(tmp_path)]))
    assert isinstance(out[0], IngestError)
    assert out[0].reason.startswith("cannot read HTML: trafilatura does not import")
    assert "\n" not in str(out[0])
    assert isinstance(out[1], SourceDoc)


def test_parser_crash_becomes_an_ingest_error(tmp_path, monkeypatch):
    class Boom:
        @staticmethod
        def bare_extraction(*args, **kwargs):
            raise RuntimeError("parser fell over\non two lines")

    monkeypatch.setitem(sys.modules, "trafilatura", Boom)
    (tmp_path / "a.html").write_text(ARTICLE)
    err = one(tmp_path / "a.html")
    assert err.reason == "could not parse HTML (RuntimeError: parser fell over on two lines)"
