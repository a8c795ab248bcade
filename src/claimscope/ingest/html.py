"""Web pages carry menus and footers around the article: trafilatura finds the article and its metadata."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from claimscope.errors import IngestError
from claimscope.ingest.dates import normalise_published
from claimscope.ingest.document import SourceDoc
from claimscope.ingest.encoding import is_utf8
from claimscope.ingest.normalise import normalise_text
from claimscope.ingest.reasons import BINARY, EMPTY_FILE, NO_HTML_TEXT, bad_encoding, one_line
from claimscope.ingest.text import SNIFF_BYTES, binary_reason, text_looks_binary

_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table td th tr ul".split()
)
_DROP_TAGS = ("script", "style", "noscript", "template")
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# libxml2 stops building the tree 255 elements deep (its limit without XML_PARSE_HUGE): text deeper than that
# is lost. Pages that deep are nearly always wrappers inside wrappers, so the fallback drops wrapper tags.
PARSER_DEPTH = 255
_WRAPPERS = ("div|span|section|article|main|font|center|table|tbody|thead|tfoot|tr|td|th|b|i|u|em|strong|small|big|"
             "blockquote|ul|ol|li|dl|dd|dt|figure|header|footer|aside|nav|form|label|sup|sub|mark|abbr|cite|q|a")
_WRAPPER_TAG = re.compile(rf"</?(?:{_WRAPPERS})\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): one line per block, spaces collapsed."""
    if not markup or not markup.strip():
        return ""
    markup = _XML_INCOMPATIBLE.sub(" ", markup)
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.LxmlError, ValueError):
        return ""
    for el in root.xpath("|".join(f".//{tag}" for tag in _DROP_TAGS)):
        el.drop_tree()
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def nesting_depth(markup: str) -> int:
    """The deepest element nesting of `markup`, counted from its tags (void and self-closed tags not nested)."""
    depth = deepest = 0
    for closing, name, self_closed in _TAG.findall(markup):
        if name.lower() in _VOID or self_closed:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def flatten(markup: str) -> str:
    """`markup` without wrapper tags (div, span, table cells, inline formatting, links): paragraphs, headings
    and the head stay, so '<div><div><p>Text</p></div></div>' reads as '\n\n<p>Text</p>\n\n'."""
    return _WRAPPER_TAG.sub("\n", markup)


def _extract(source: bytes | str):
    import trafilatura

    return trafilatura.bare_extraction(source, with_metadata=True, include_comments=False)


def _text_of(result) -> str | None:
    text = getattr(result, "text", None) if not isinstance(result, dict) else result.get("text")
    return text if isinstance(text, str) and normalise_text(text).strip() else None


def _deep_fallback(source: bytes | str, origin: str):
    """Extraction again on the flattened page when the page nests deeper than the parser reads."""
    if isinstance(source, bytes):
        from trafilatura.utils import decode_file

        source = decode_file(source)
    depth = nesting_depth(source)
    if depth < PARSER_DEPTH - 5:
        raise IngestError(origin, NO_HTML_TEXT)
    flat = flatten(source)
    try:
        result = _extract(flat)
    except Exception:  # noqa: BLE001 - third-party parser; the reason below is the honest one
        result = None
    if _text_of(result):
        return result
    text = html_to_text(flat)
    if text.strip():
        return {"text": text}
    raise IngestError(origin, f"{NO_HTML_TEXT} (elements nest {depth} deep, beyond the HTML parser's limit of "
                      f"{PARSER_DEPTH}, and none was found with the wrappers removed)")


def _field(result: object, name: str) -> str | None:
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def html_document(data: bytes, origin: str, path: str | None, encoding: str | None) -> SourceDoc:
    """One page, one document: the main text as trafilatura extracts it, plus its metadata.

    An explicit `encoding` applies to pages that are not UTF-8; others go to trafilatura as bytes, which reads
    the charset the page declares.
    """
    if encoding is not None and is_utf8(data):
        encoding = None
    if encoding is None:
        reason = binary_reason(data[:SNIFF_BYTES])
        if reason:
            raise IngestError(origin, reason)
        if not data.strip():
            raise IngestError(origin, EMPTY_FILE)
        source: bytes | str = data  # trafilatura reads the charset from the page itself
    else:
        try:
            source = data.decode(encoding)
        except UnicodeError as err:
            raise IngestError(origin, bad_encoding(encoding, data, err)) from None
        if text_looks_binary(source[:SNIFF_BYTES]):
            raise IngestError(origin, BINARY)
        if not source.strip():
            raise IngestError(origin, EMPTY_FILE)
    try:
        import trafilatura  # noqa: F401
    except ImportError as err:
        raise IngestError(origin, f"cannot read HTML: trafilatura does not import ({one_line(err)})") from None
    try:
        result = _extract(source)
    except Exception as err:  # noqa: BLE001 - a third-party parser on arbitrary input; the batch goes on
        raise IngestError(origin, f"could not parse HTML ({type(err).__name__}: {one_line(err)})") from None
    text = _text_of(result)
    if text is None:
        result = _deep_fallback(source, origin)
        text = _text_of(result)
    return SourceDoc(
        text=text,
        origin=origin,
        path=path,
        url=_field(result, "url"),
        title=_field(result, "title"),
        published=normalise_published(_field(result, "date")),
        publisher=_field(result, "sitename"),
        author=_field(result, "author"),
    )
