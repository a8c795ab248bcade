"""One document as the statement rules read it: its text, its quotations and the spans they build content from."""

from __future__ import annotations

import re

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.tokens import Doc, Span, Token

from ..extensions import doc_text, sentence_of
from ..model import Quote, Statement
from .speakers import SpeakerResolver
from .quote_index import QuoteIndex
from .tree import Tree

EDGE_PUNCT = set(".,;:!?-–—()[]…") | {"\n"}
QUOTE_MARKS = set("\"“”‘’'«»„")
QUOTE_TOKENS = QUOTE_MARKS | {"''", "``"}  # as tokens, with the two-apostrophe style


class DocView:
    """The document, its quotations (outer and nested) and speaker resolution, read once for all the rules;
    `kept` is the arbiter's list of statements kept so far (rules read it, never change it)."""

    def __init__(self, doc: Doc, kept: list[Statement]):
        self.doc = doc
        self.text = doc_text(doc)
        self.quotes = [q for q in (doc._.quotes or []) if q.depth == 0]
        self.nested = [q for q in (doc._.quotes or []) if q.depth > 0]
        self.resolver = SpeakerResolver(doc, self.text)
        self.kept = kept
        self.tree = Tree(doc)
        self.outer_index = QuoteIndex(self.quotes)  # find_quotes gives them in order of their opening mark
        self.nested_index = QuoteIndex(self.nested)
        self._mark_runs: dict[int, int] = {}
        self._quoted_ids: set[int] | None = None
        self._offsets: tuple[list[int], list[int], list[bool]] | None = None

    @property
    def quoted_ids(self) -> set[int]:
        """The tokens inside quotation marks (found when first needed)."""
        if self._quoted_ids is None:
            self._quoted_ids = self.tokens_in([(q.start, q.end) for q in self.quotes + self.nested])
        return self._quoted_ids

    def subtree_ids(self, tok: Token) -> set[int]:
        """The ids of a token's subtree."""
        return set(self.tree.subtree(tok))

    def subtree(self, tok: Token, limit: int | None = None) -> list[Token]:
        """A token's subtree, in `Token.subtree` order (its first `limit` words when given)."""
        doc = self.doc
        ids = self.tree.subtree(tok)
        return [doc[i] for i in (ids if limit is None else ids[:limit])]

    def trim_tokens(self, ids: set[int], marks: bool = False) -> list[int]:
        """Sorted token ids without edge punctuation/space; quote marks are kept for content (they are widened
        later) and dropped with `marks` (a speaker the parser hung a closing quote mark on)."""
        out = sorted(ids)
        doc = self.doc
        edge = EDGE_PUNCT | QUOTE_TOKENS if marks else EDGE_PUNCT
        lo, hi = 0, len(out)
        while lo < hi and (doc[out[lo]].is_space or doc[out[lo]].text in edge):
            lo += 1
        while hi > lo and (doc[out[hi - 1]].is_space or doc[out[hi - 1]].text in edge):
            hi -= 1
        return out[lo:hi]

    @property
    def offsets(self) -> tuple[list[int], list[int], list[bool]]:
        """Every token's start and end offset, and whether it is punctuation or space, read from one array
        (found when first needed)."""
        if self._offsets is None:
            arr = self.doc.to_array([IDX, LENGTH, IS_PUNCT, IS_SPACE]).reshape(-1, 4)
            self._offsets = (arr[:, 0].tolist(), (arr[:, 0] + arr[:, 1]).tolist(),
                             ((arr[:, 2] | arr[:, 3]) != 0).tolist())
        return self._offsets

    def char_spans(self, ids: list[int]) -> list[tuple[int, int]]:
        """Contiguous character ranges covering the tokens; gaps of punctuation/space only are bridged."""
        starts, ends, filler = self.offsets
        spans: list[list[int]] = []
        prev = None
        for i in ids:
            if prev is not None and all(filler[prev + 1:i]):
                spans[-1][1] = ends[i]
            else:
                spans.append([starts[i], ends[i]])
            prev = i
        return [(s, e) for s, e in spans if e > s]

    def widen_to_quotes(self, spans: list[tuple[int, int]], cue_at: int | None = None) -> list[tuple[int, int]]:
        """Content that lies in a quotation takes the whole quotation, unless the cue itself is quoted."""
        out = list(spans)
        if not spans:
            return merge(out)
        a, b = min(s for s, _ in spans), max(e for _, e in spans)
        for q in self.outer_index.near(a, b) + self.nested_index.near(a, b):
            if cue_at is not None and q.start <= cue_at < q.end:
                continue
            if q.depth > 0 and (cue_at is None or not any(
                    o.start <= cue_at < o.end for o in self.outer_index.around(cue_at))):
                continue
            inner_s, inner_e = q.start, q.end
            if any(s < inner_e and e > inner_s for s, e in spans):
                covered = sum(min(e, inner_e) - max(s, inner_s) for s, e in spans if s < inner_e and e > inner_s)
                if covered >= 0.3 * (inner_e - inner_s) or covered >= 40:
                    out.extend(q.fragments)
        return merge(out)

    def content_spans(self, ids: set[int], cue_at: int) -> list[tuple[int, int]]:
        """The character spans of content tokens, trimmed and widened to the quotations they lie in."""
        return self.widen_to_quotes(self.char_spans(self.trim_tokens(ids)), cue_at)

    def kind(self, spans: list[tuple[int, int]]) -> str:
        """direct (all quoted), mixed (partly) or indirect."""
        total = sum(e - s for s, e in spans) or 1
        quoted = 0
        for s, e in spans:
            for q in self.outer_index.near(s, e):
                for fs, fe in q.fragments:
                    quoted += max(0, min(e, fe) - max(s, fs))
        if quoted >= 0.9 * total:
            return "direct"
        return "mixed" if quoted > 0.15 * total else "indirect"

    def tokens_in(self, spans: list[tuple[int, int]]) -> set[int]:
        """The ids of the tokens the character spans touch."""
        out: set[int] = set()
        for s, e in spans:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out

    def cue_token(self, stmt: Statement) -> int | None:
        """The first token of a statement's cue."""
        if stmt.cue is None:
            return None
        span = self.doc.char_span(stmt.cue[0], stmt.cue[1], alignment_mode="expand")
        return span.start if span is not None and len(span) else None

    def quote_containing(self, tok: Token) -> Quote | None:
        """The innermost quotation that contains a token, if any."""
        best = None
        x = tok.idx
        for q in self.outer_index.around(x) + self.nested_index.around(x):
            if any(fs <= x < fe for fs, fe in q.fragments):
                if best is None or q.depth > best.depth:
                    best = q
        return best

    def quoted_sentence(self, head: Token | None) -> bool:
        """Whether the head's sentence holds (part of) a quotation."""
        if head is None:
            return False
        sent = sentence_of(head)
        return any(q.start < sent.end_char and q.end > sent.start_char
                   for q in self.outer_index.near(sent.start_char, sent.end_char))

    def quote_in_sentence(self, sent: Span, avoid: set[int]) -> list[tuple[int, int]] | None:
        """The longest quotation in the sentence that does not contain the avoided tokens (the cue, the speaker)."""
        best = None
        for q in self.outer_index.near(sent.start_char, sent.end_char):
            if q.end <= sent.start_char or q.start >= sent.end_char:
                continue
            if any(self.doc[i].idx >= q.start and self.doc[i].idx < q.end for i in avoid):
                continue
            if quote_words(self.text, q) < 3:
                continue  # a scare quote, not what was said
            if best is None or (q.end - q.start) > (best.end - best.start):
                best = q
        return list(best.fragments) if best else None

    def marks_from(self, at: int) -> int:
        """Where the stretch of text without letters or digits that ends at `at` begins."""
        found = self._mark_runs.get(at)
        if found is None:
            found = at
            while found > 0 and not self.text[found - 1].isalnum():
                found -= 1
            self._mark_runs[at] = found
        return found

    def quote_after_colon(self, sent: Span) -> Quote | None:
        """The quotation that follows a sentence ending in a colon, across a paragraph break."""
        doc = self.doc
        last = sent.end - 1
        while last >= sent.start and doc[last].is_space:
            last -= 1
        if last < sent.start or doc[last].text != ":":
            return None
        end = doc[last].idx + 1
        for q in self.outer_index.opening_from(end, end + 5):
            if q.start >= end and not self.text[end:q.start].strip() and q.start - end <= 4:
                return q
        return None


def quote_words(text: str, q: Quote) -> int:
    """How many words a quotation holds."""
    return sum(len(re.findall(r"\w+", text[a:b])) for a, b in q.fragments)


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping and touching ones joined."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def only_marks(text: str) -> bool:
    """No words in between: an opening quote mark the parser left at the end of the previous sentence ("... ''")."""
    return not any(ch.isalnum() for ch in text)


def is_verb(tok: Token) -> bool:
    """A verb by its tag or its part of speech."""
    return tok.tag_.startswith("VB") or tok.pos_ == "VERB"
