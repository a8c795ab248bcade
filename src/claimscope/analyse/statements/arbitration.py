"""Arbitration between candidates: which of the statements the rules propose are kept, and in what order.

A candidate is scored by the learned filter when one runs; those under its threshold are dropped, except an
'according to' phrase (it always attributes) and a curated speech verb inside a quotation (kept aside, see
`settle`). With a filter the rest wait and are kept most probable first, so a likelier reading of the same words
wins over the one a rule happened to propose earlier. A candidate whose content is mostly held by a kept
statement (other than one it nests in or that nests in it) is dropped.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon.speech import SPEECH
from ..model import Statement
from . import learned_filter
from .document import DocView
from .names import QUOTED_RULES, Rule
from .options import Options


@dataclass
class Candidate:
    """A statement a rule proposes, with what the filter reads about it: its content tokens, the cue's head word
    and the speaker's head word, and features only the rule knows (`extra`)."""

    statement: Statement
    content_ids: set[int] | None = None
    head: Token | None = None
    speaker_tok: Token | None = None
    extra: tuple[str, ...] = ()


class Arbiter:
    """Keeps the statements of one document; `kept` and `claimed` (content token -> index in `kept`) are what
    the rules and the later steps read."""

    def __init__(self, options: Options):
        self.options = options
        self.kept: list[Statement] = []
        self.claimed: dict[int, int] = {}
        self.collected: list[tuple[list[str], Statement]] = []  # with options.collect: every candidate
        self._waiting: list | None = [] if options.learned_filter is not None else None
        self._quoted: list = []  # quoted statements the filter cannot judge (see settle)
        self._cue_starts: list[tuple[int, int]] = []  # (cue offset, index in kept), in order

    def reindex(self) -> None:
        """Re-read the kept statements' cues (after a step moved them)."""
        self._cue_starts = sorted((st.cue[0], k) for k, st in enumerate(self.kept) if st.cue is not None)

    def _cued_within(self, spans: list[tuple[int, int]]) -> set[int]:
        """The kept statements whose cue starts inside one of the spans."""
        starts, out = self._cue_starts, set()
        for s, e in spans:
            k = bisect_left(starts, (s, -1))
            while k < len(starts) and starts[k][0] < e:
                out.add(starts[k][1])
                k += 1
        return out

    def offer(self, view: DocView, cand: Candidate) -> None:
        """Judge one candidate: keep it now, hold it for `settle`, or drop it."""
        stmt = cand.statement
        if not stmt.content:
            return
        content_ids = view.tokens_in(stmt.content) if cand.content_ids is None else cand.content_ids
        opts = self.options
        if opts.learned_filter is not None or opts.collect:
            feats = learned_filter.features(view.doc, stmt, cand.head, content_ids, view.quoted_sentence(cand.head),
                                            cand.speaker_tok) + list(cand.extra)
            if opts.collect:
                self.collected.append((feats, stmt))  # labelled by its final content (continuations join it)
            else:
                p = opts.learned_filter.probability(feats)
                threshold = opts.learned_filter.threshold
                if p < threshold and self._quoted_curated(view, stmt, cand.head) and self._waiting is not None:
                    # PolNeAR annotates nothing inside a quotation, so the model never saw a right one there: a
                    # curated speech verb inside a quotation that is itself attributed keeps the rules' confidence
                    self._quoted.append((stmt, content_ids))
                    return
                if p < threshold and not (stmt.rule == Rule.PREP and "phrase=per" not in feats):
                    return  # 'according to', 'as per', 'in the words of' always attribute, however unsure the span
                stmt.confidence = round(p, 3)
                stmt.features = ("model",)
                if self._waiting is not None:
                    self._waiting.append((p, len(self._waiting), stmt, content_ids))
                    return
        self.commit(view, stmt, content_ids)

    def _quoted_curated(self, view: DocView, stmt: Statement, head: Token | None) -> bool:
        """A statement inside someone's quotation, cued by a curated speech verb with a clause or a quotation."""
        return (head is not None and stmt.speaker is not None and head.lemma_.lower() in SPEECH
                and stmt.rule in QUOTED_RULES and view.quote_containing(head) is not None)

    def commit(self, view: DocView, stmt: Statement, content_ids: set[int]) -> None:
        """Keep a statement unless most of its content is held already by one it does not nest with."""
        cue_tok = view.cue_token(stmt)
        # statements whose content holds this one's cue are outer ones: nesting is allowed
        outer = {self.claimed[cue_tok]} if cue_tok is not None and cue_tok in self.claimed else set()
        # statements whose cue lies inside this content are nested in it: allowed as well
        inner = self._cued_within(stmt.content)
        taken = sum(1 for i in content_ids if i in self.claimed and self.claimed[i] not in outer | inner)
        if content_ids and taken > 0.5 * len(content_ids):
            return  # the same content was already attributed by a rule that saw more of the sentence
        n = len(self.kept)
        for i in content_ids:
            if i not in self.claimed or self.claimed[i] in outer:
                self.claimed[i] = n
        self.kept.append(stmt)
        if stmt.cue is not None:
            insort(self._cue_starts, (stmt.cue[0], n))

    def settle(self, view: DocView) -> None:
        """Keep the waiting candidates most probable first; then a quoted one set aside, when a kept statement's
        content holds its cue. From here on every candidate is judged at once."""
        if self._waiting is None:
            return
        for _, _, st, ids in sorted(self._waiting, key=lambda x: (-x[0], x[1])):
            self.commit(view, st, ids)
        self._waiting = None
        for st, ids in self._quoted:
            if (st.confidence or 0) >= 0.5 and any(s <= st.cue[0] < e for o in self.kept for s, e in o.content):
                self.commit(view, st, ids)
