"""TimeML export: a document's time expressions as TIMEX3 tags in its text, so TimeML tools read them.

One `.tml` file per document: `DOCID`, the creation time (`DCT`, from `published`, when known) as the TIMEX3
with `functionInDocument="CREATION_TIME"`, and `TEXT` holding the document's text exactly, each time
expression wrapped in `<TIMEX3 tid type value [mod] [freq] [temporalFunction anchorTimeID]>`. A range
("2015-2016") gets `beginPoint` and `endPoint`, pointing to empty (non-consuming) TIMEX3s for its two ends
written right after it, as TimeML 1.2 allows; a range whose ends a word joins ("from January to June",
"between 2015 and 2016") is tagged as the TimeML guidelines do: its two ends as DATEs, and the range as an
empty DURATION after them whose `beginPoint` and `endPoint` are those two. Characters XML cannot hold become spaces, so offsets into the
TEXT stay those of the document. `claimscope eval timex` reads these files back (eval/timex.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    """The text with characters XML 1.0 cannot hold (controls, lone surrogates) as spaces, one for one."""
    return _NOT_XML.sub(" ", text)


def _text(text: str) -> str:
    """Escaped character data; a carriage return as `&#13;`, since XML readers turn a raw one into a line feed."""
    return escape(_clean(text)).replace("\r", "&#13;")


def _attrs(pairs: list[tuple[str, str | None]]) -> str:
    return " ".join(f"{k}={quoteattr(_clean(v))}" for k, v in pairs if v is not None)


_ENDS = re.compile(r"^(?:(?:from|between)\s+)?(.+?)\s+(?:to|until|till|through|and)\s+(.+)$", re.I)


def range_ends(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Offsets, within a range's text, of its two ends when a word joins them ("from May to June": "May",
    "June"); None for one written as one word ("2015-16")."""
    m = _ENDS.match(text)
    return (m.span(1), m.span(2)) if m else None


def document_to_timeml(doc: dict) -> str:
    """The TimeML XML of a claimscope document JSON (its `text` and `dates`)."""
    text = doc.get("text") or ""
    published = (doc.get("published") or "")[:10] or None
    doc_id = escape(_clean(str(doc.get("id", ""))))
    head = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>", f"<DOCID>{doc_id}</DOCID>"]
    if published:
        head.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(_clean(published))} temporalFunction="false" '
                    f'functionInDocument="CREATION_TIME">{escape(_clean(published))}</TIMEX3></DCT>')
    parts, pos, n = [], 0, 0
    for d in sorted(doc.get("dates") or [], key=lambda d: (d["start"], -d["end"])):
        start, end = int(d["start"]), int(d["end"])
        if start < pos or not 0 <= start < end <= len(text):
            continue  # overlapping or outside the text: TimeML tags cannot overlap
        t = d.get("timex") or {"type": (d.get("kind") or "date").upper(), "value": d.get("value")}
        n += 1
        tid = f"t{n}"
        relative = d.get("relative") is not None
        attrs = [("tid", tid), ("type", t.get("type")), ("value", t.get("value")), ("mod", t.get("mod")),
                 ("freq", t.get("freq")), ("temporalFunction", "true" if relative else "false"),
                 ("anchorTimeID", "t0" if relative and published else None)]
        ends = []
        split = range_ends(text[start:end]) if t.get("begin") and t.get("end") else None
        parts.append(_text(text[pos:start]))
        if split:
            (s1, e1), (s2, e2) = split
            tags = [(f"t{n}", t["begin"]), (f"t{n + 1}", t["end"])]
            at = start
            for (e_tid, value), (a, b) in zip(tags, split):
                parts.append(_text(text[at:start + a]))
                parts.append(f'<TIMEX3 {_attrs([("tid", e_tid), ("type", "DATE"), ("value", value)])}>'
                             f"{_text(text[start + a:start + b])}</TIMEX3>")
                at = start + b
            parts.append(_text(text[at:end]))
            attrs = [("tid", f"t{n + 2}")] + attrs[1:] + [("beginPoint", tags[0][0]), ("endPoint", tags[1][0])]
            parts.append(f"<TIMEX3 {_attrs(attrs)}/>")
            n += 2
            pos = end
            continue
        if t.get("begin") and t.get("end"):
            ends = [(f"t{n + 1}", t["begin"]), (f"t{n + 2}", t["end"])]
            attrs += [("beginPoint", ends[0][0]), ("endPoint", ends[1][0])]
            n += 2
        parts.append(f"<TIMEX3 {_attrs(attrs)}>{_text(text[start:end])}</TIMEX3>")
        parts += [f'<TIMEX3 {_attrs([("tid", e_tid), ("type", "DATE"), ("value", value)])}/>' for e_tid, value in ends]
        pos = end
    parts.append(_text(text[pos:]))
    return "\n".join(head) + "\n<TEXT>" + "".join(parts) + "</TEXT>\n</TimeML>\n"


def write_timeml(doc: dict, out_dir: str | Path, name: str) -> Path:
    """Write `out_dir/NAME.tml` (UTF-8) and return its path."""
    path = Path(out_dir) / f"{name}.tml"
    path.write_text(document_to_timeml(doc), encoding="utf-8", newline="\n")
    return path
