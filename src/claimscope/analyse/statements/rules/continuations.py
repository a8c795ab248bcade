"""A quotation standing on its own right after a statement continues it.

In the same paragraph ('“A,” she said. “B.”') it joins that statement as a further fragment; as a paragraph of
its own after a quoted statement, or opening the paragraph after one that reports a named speaker's words ("Ana
Ruiz said the talks had failed." then a paragraph '“We tried everything.”'), it becomes a statement of the same
speaker and cue. A quotation followed at once by a quoted statement whose speaker is named after it
('“A. “B,” said the club.') joins that statement instead, unless a quoted statement comes right before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Quote, Statement
from ..arbitration import Candidate
from ..document import DocView, merge
from ..names import Rule


# Rules that read a speech frame around a quotation ('"...," said X'): one inside a quotation shows that the
# quotation marks were paired wrongly, not that it is one quotation.
FRAMES = frozenset({Rule.VERB_ADJACENT_QUOTE, Rule.VERB_INVERTED})
CLOSED = re.compile(r"[,.?!]\s*[\"”]\s*$")


@dataclass
class Join:
    """A quotation that becomes a further fragment of the kept statement at `index`."""

    index: int
    content: list[tuple[int, int]]
    kind: str
    ids: set[int]


def _framed_inside(text: str, st: Statement, q: Quote) -> bool:
    """Whether a statement is a speech frame ('," said X') that lies inside the quotation's span, right after a
    closing mark: the quotation marks were paired wrongly, so the span is no single quotation."""
    if not st.cue or not q.start <= st.cue[0] < q.end or st.rule not in FRAMES:
        return False
    at = min(st.cue[0], st.speaker.start if st.speaker is not None else st.cue[0])
    return bool(CLOSED.search(text[max(q.start, at - 6):at]))


def framed_next(text: str, q: Quote, kept: list[Statement]) -> int | None:
    """'... the whistle. “He was sent off. “We don't know more,” said the club.': the kept statement whose
    quotation follows this one with nothing between, its cue after it; paragraphs of one quotation run
    together, the speaker named after the last. None when there is none."""
    for k, st in enumerate(kept):
        start = st.content[0][0]
        if start >= q.end and not text[q.end:start].strip() and st.kind == "direct" and st.speaker is not None \
                and st.cue is not None and st.cue[0] > st.content[-1][1] - 1 and "\n\n" not in text[q.end:start]:
            return k
    return None


def is_nested(st: Statement, kept: list[Statement]) -> bool:
    """Whether a statement's cue lies inside another kept statement's content."""
    return st.cue is not None and any(o is not st and any(a <= st.cue[0] < b for a, b in o.content) for o in kept)


def continuation(view: DocView, q: Quote, kept: list[Statement], claimed: dict[int, int]) -> Join | Candidate | None:
    """What a quotation adds to the statement kept just before it: a fragment, a statement of its own, or
    nothing (too short, mostly held by another statement, naming its own speaker inside, or no quoted
    statement before it)."""
    text = view.text
    ids = view.tokens_in(q.fragments)
    words = [i for i in ids if view.doc[i].is_alpha]
    holders = {claimed[i] for i in ids if i in claimed}
    outer = {h for h in holders if not (kept[h].cue and q.start <= kept[h].cue[0] < q.end)}
    before = text[:q.start].rstrip()
    whole_sentence = not before or before[-1] in ".!?:\n" or text[q.start - 1:q.start] == "\n"
    if len(words) < (2 if whole_sentence else 4) or sum(1 for i in ids if claimed.get(i, -1) in outer) > 0.3 * len(ids):
        return None
    if any(_framed_inside(text, st, q) for st in kept):
        return None  # '"A. "B," said Ana Ruiz. "C."' read as one quotation: it names its own speakers
    prev = [k for k, st in enumerate(kept)
            if st.content[-1][1] <= q.start and st.speaker is not None and not is_nested(st, kept)]
    if not prev:
        return None
    k = max(prev, key=lambda k: kept[k].content[-1][1])
    last = kept[k]
    ahead = framed_next(text, q, kept) if last.kind != "direct" else None
    if ahead is not None:
        content = merge(list(q.fragments) + kept[ahead].content)
        return Join(ahead, content, view.kind(content), ids)
    gap = text[last.content[-1][1]:q.start]
    same_paragraph = "\n" not in gap and len(gap) < 150
    if same_paragraph and not any(ch in gap for ch in "“\""):
        content = merge(last.content + list(q.fragments))
        return Join(k, content, view.kind(content), ids)
    opens_paragraph = text[q.start - 1:q.start] == "\n"
    if (last.kind == "direct" or opens_paragraph and last.speaker.actor_id is not None) \
            and gap.count("\n") <= 2 and len(gap) < 200:
        cue_tok = view.cue_token(last)
        stmt = Statement(kind="direct", content=list(q.fragments), speaker=last.speaker, cue=last.cue,
                         addressee=last.addressee, confidence=round(last.confidence * 0.85, 3),
                         rule=Rule.QUOTE_CONTINUED)
        return Candidate(stmt, ids, view.doc[cue_tok] if cue_tok is not None else None)
    return None
