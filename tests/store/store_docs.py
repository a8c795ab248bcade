"""Hand-built document JSON (following docs/document.schema.json) for the store tests and the crash child."""

from __future__ import annotations

import hashlib

SPEAKERS = [("Matt Okafor", "PERSON"), ("Ministry of Health", "ORG"), ("Ana Lúcia Souza", "PERSON")]


def make_doc(i: int, n_statements: int = 3, *, title: str | None = None) -> dict:
    """Document number `i`: one quote per statement, speakers cycling through SPEAKERS, offsets exact."""
    parts, statements, mentions = [], [], {name: [] for name, _ in SPEAKERS}
    pos = 0

    def put(s: str) -> tuple[int, int]:
        nonlocal pos
        parts.append(s)
        start, pos = pos, pos + len(s)
        return start, pos

    put(f"Report {i}. ")
    spans = []
    for k in range(n_statements):
        name, type_ = SPEAKERS[(i + k) % len(SPEAKERS)]
        put('"')
        content = f"Claim {i}-{k} about vaccines is {'true' if k % 2 else 'false'}"
        c0, c1 = put(content)
        put('," ')
        q0, q1 = put("said")
        put(" ")
        s0, s1 = put(name)
        put(". ")
        mentions[name].append({"text": name, "start": s0, "end": s1})
        spans.append((content, c0, c1, q0, q1, name, type_, s0, s1))
    text = "".join(parts)
    doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    for content, c0, c1, q0, q1, name, type_, s0, s1 in spans:
        statements.append(
            {
                "id": f"{doc_id}-{c0}-{c1}",
                "kind": "direct",
                "speaker": {"text": name, "start": s0, "end": s1, "name": name, "type": type_},
                "cue": {"text": "said", "start": q0, "end": q1},
                "content": {"text": content, "spans": [[c0, c1]]},
                "addressee": None,
                "confidence": 0.9,
            }
        )
    actors = [
        {"id": f"a{n}", "name": name, "type": type_, "mentions": mentions[name], "roles": ["speaker"]}
        for n, (name, type_) in enumerate(SPEAKERS)
        if mentions[name]
    ]
    return {
        "id": doc_id,
        "source": {"path": f"corpus/doc{i}.txt", "url": f"https://example.org/{i}"},
        "title": title if title is not None else f"Report number {i}",
        "published": f"2024-01-{(i % 28) + 1:02d}",
        "publisher": "Example Times",
        "author": None,
        "text": text,
        "statements": statements,
        "actors": actors,
        "claimscope_version": "0.1.0",
    }
