"""Whole-line forms: a headline 'OUTLET: claim', a transcript turn 'SMITH: ...', a quotation signed with a dash
('“...” ― Ana Ruiz') and an embedded post signed with a handle."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...model import Statement
from ..arbitration import Candidate
from ..document import DocView, is_verb, quote_words
from ..names import Rule
from ..options import Options

_LINE = re.compile(r"[^\n]+")
# '“...” ― Ana Ruiz' or '“...”\n\n- Ruiz.': a dash and a short name closing the line after a quotation
_SIGNATURE = re.compile(r"[ \t\n]{0,3}(?P<dash>[―—–]|-{1,2})[ \t]*(?P<name>[A-Z][^\n.,;:!?()]{0,60}?)[ \t]*[.,]?[ \t]*(?:\n|$)")
# an embedded post: 'text — Ana Ruiz (@anaruiz) May 3, 2016'
_POST_SIGNATURE = re.compile(r" (?P<dash>[―—–]|-{1,2}) (?P<name>[A-Z][^\n()@]{0,40}?)(?P<handle> \(@\w+\))")


def headlines(view: DocView, opts: Options) -> list[Candidate]:
    """Every line read as a headline or a transcript turn (short lines only, with curated candidates)."""
    out = []
    for line in _LINE.finditer(view.text):
        span = view.doc.char_span(line.start(), line.end(), alignment_mode="expand")
        if span is not None and (len(span) <= 40 or opts.open):
            out += headline(view, span, opts)
    return out


def headline(view: DocView, line: Span, opts: Options) -> list[Candidate]:
    """A one-line 'OUTLET: claim' headline: a short name before a colon, a clause after it."""
    open_ = opts.open
    toks = [t for t in line if not t.is_space]
    while toks and toks[0].text in {"-", "–", "—", "•", "*"}:
        toks.pop(0)
    colon = next((k for k, t in enumerate(toks[:7]) if t.text == ":"), None)
    if not colon or colon > 5 or len(toks) - colon < 4:
        return []
    prefix, rest = toks[:colon], toks[colon + 1:]
    if open_:
        # "NETWORK President On The Mayor: ‘...’": who speaks is before the 'on'
        on = next((k for k, t in enumerate(prefix) if t.lower_ == "on" and k > 0), None)
        if on is not None:
            prefix = prefix[:on]
    named = [t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) or (open_ and t.is_title) for t in prefix]
    if len(toks) > 40 and not (len(prefix) <= 3 and all(named)):
        return []  # a long line is a transcript turn ('SMITH: ...') only after a bare name
    if not all(t.pos_ in {"PROPN", "NOUN"} or t.is_upper for t in prefix):
        return []
    if not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) or (open_ and t.is_title) for t in prefix):
        return []
    if not any(is_verb(t) for t in rest) and not (open_ and sum(t.is_alpha for t in rest) >= 3):
        return []
    ids = view.trim_tokens({t.i for t in rest})
    if len(ids) < 3:
        return []
    spans = view.widen_to_quotes(view.char_spans(ids), toks[colon].idx)
    speaker = view.resolver.party([t.i for t in prefix])
    colon_tok = toks[colon]
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker, cue=(colon_tok.idx, colon_tok.idx + 1),
                     confidence=0.7, rule=Rule.HEADLINE)
    return [Candidate(stmt, view.tokens_in(spans), colon_tok, prefix[-1])]


def signatures(view: DocView, opts: Options) -> list[Candidate]:
    """A quotation signed with a dash and a name ('“...” ― Ana Ruiz', a line '- Ruiz.' after it) and an
    embedded post ('text — Ana Ruiz (@anaruiz) May 3, 2016')."""
    text = view.text
    out = []
    for q in view.quotes:
        m = _SIGNATURE.match(text, q.end)
        if m is None or quote_words(text, q) < 3:
            continue
        out += signed(view, list(q.fragments), m)
    for m in _POST_SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        start = max(line_start, text.rfind(">", line_start, m.start()) + 1)
        while start < m.start() and text[start].isspace():
            start += 1
        if len(re.findall(r"\w+", text[start:m.start()])) >= 3:
            out += signed(view, [(start, m.start(1) - 1)], m, handle=True)
    return out


def signed(view: DocView, content: list[tuple[int, int]], m: re.Match, handle: bool = False) -> list[Candidate]:
    """The statement of one signature match: the name as the speaker, the dash as the cue."""
    name_end = m.end("name") if not handle else m.end("handle")
    name = view.doc.char_span(m.start("name"), name_end, alignment_mode="expand")
    cue = view.doc.char_span(m.start("dash"), m.end("dash"), alignment_mode="expand")
    if name is None or cue is None or not len(name) or name[0].pos_ not in {"PROPN", "NOUN"} \
            and not name[0].is_title:
        return []
    ids = view.trim_tokens({t.i for t in name})
    if not ids:
        return []
    content = [(a, b) for a, b in content if b > a]
    ids_c = view.tokens_in(content)
    spans = view.char_spans(view.trim_tokens(ids_c)) if not handle else content
    spans = view.widen_to_quotes(spans, cue.start_char) if not handle else spans
    if not spans:
        return []
    speaker = view.resolver.party(ids)
    stmt = Statement(kind=view.kind(spans), content=spans, speaker=speaker, cue=(m.start("dash"), m.end("dash")),
                     confidence=0.8, rule=Rule.SIGNATURE)
    return [Candidate(stmt, view.tokens_in(spans), cue[0], name[0])]
