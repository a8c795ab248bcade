"""Brat standoff export in the PolNeAR layout, so analyses open in brat and score with the PolNeAR tools.

Per statement: T lines Source, Cue, Content, then an Attribution trigger T line on the cue span
(`Attribution-no-source` when there is no speaker, as PolNeAR does; on the speaker or first content
fragment when there is no cue), then `E<n>\\tAttribution:T.. Content:T.. Cue:T.. Source:T..` with
missing roles left out. Brat T-line text must not hold a line break, so spans are split into
fragments at line breaks; fragments are trimmed of edge whitespace and empty ones dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

Span = tuple[int, int]

_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")  # what str.splitlines splits on


def fragments(text: str, spans: list[Span]) -> list[Span]:
    """Brat-safe fragments of spans: split at line breaks, edge whitespace trimmed, sorted, overlaps merged."""
    pieces: list[Span] = []
    for start, end in spans:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span ({start}, {end}) outside the text (length {len(text)})")
        for m in _LINE.finditer(text, start, end):
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                pieces.append((s, e))
    merged: list[Span] = []
    for s, e in sorted(pieces):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _part(part: dict | None) -> list[Span]:
    return [] if not part else [(int(part["start"]), int(part["end"]))]


def document_to_brat(doc: dict) -> str:
    """The .ann text for a claimscope document JSON's statements (offsets index into `doc['text']`)."""
    text = doc["text"]
    lines: list[str] = []
    t = e = 0
    for n, st in enumerate(doc.get("statements", [])):
        where = st.get("id") or f"statement {n}"
        try:
            roles = {"Source": fragments(text, _part(st.get("speaker"))),
                     "Cue": fragments(text, _part(st.get("cue"))),
                     "Content": fragments(text, [tuple(s) for s in (st.get("content") or {}).get("spans", [])])}
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        if not any(roles.values()):
            continue
        ids: dict[str, str] = {}
        for role, frags in roles.items():
            if frags:
                t += 1
                ids[role] = f"T{t}"
                lines.append(_t_line(ids[role], role, frags, text))
        trigger = "Attribution" if roles["Source"] else "Attribution-no-source"
        t += 1
        lines.append(_t_line(f"T{t}", trigger, roles["Cue"] or roles["Source"] or roles["Content"][:1], text))
        e += 1
        args = [f"{trigger}:T{t}"] + [f"{role}:{ids[role]}" for role in ("Content", "Cue", "Source") if role in ids]
        lines.append(f"E{e}\t{' '.join(args)}")
    return "".join(line + "\n" for line in lines)


def _t_line(tid: str, label: str, frags: list[Span], text: str) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in frags)
    return f"{tid}\t{label} {offsets}\t{' '.join(text[s:e] for s, e in frags)}"


def write_brat(doc: dict, out_dir: str | Path, name: str, *, with_text: bool = False) -> Path:
    """Write OUT_DIR/NAME.ann (and NAME.txt, the text byte-for-byte, when `with_text`); returns the .ann path."""
    if not name or Path(name).name != name or name in (".", ".."):
        raise ValueError(f"bad file name {name!r}: give a bare name without folders")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ann = out / f"{name}.ann"
    content = document_to_brat(doc)
    if with_text:
        with open(out / f"{name}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(doc["text"])
    with open(ann, "w", encoding="utf-8", newline="") as fh:
        fh.write(content)
    return ann
