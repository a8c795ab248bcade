"""Which statement reports a stretch of text, so the source travels with the facts inside it."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ...lexicon.modality import RAISING_VERBS
from .. import cues
from ..model import Statement


class StatementIndex:
    """Which statement reports a given character offset.

    The innermost statement whose content holds the offset, preferring a report (someone said, suggested,
    believes...) over an intention that the report carries ("X said that Y plans to ..." is sourced to X;
    the intention makes the fact planned, see `status`).
    """

    def __init__(self, doc: Doc, text: str):
        self.statements: list[Statement] = list(doc._.statements or [])
        self.cue_lemma: dict[int, str] = {}
        self.cue_tokens: dict[int, int] = {}  # token index of a cue -> statement position
        for k, st in enumerate(self.statements):
            if st.cue is None:
                continue
            span = doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand")
            if span is None or not len(span):
                continue
            verbs = [t for t in span if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass", "neg"}]
            head = verbs[-1] if verbs else span.root
            self.cue_lemma[k] = head.lemma_.lower() if verbs else span.text.lower()
            for t in span:
                self.cue_tokens.setdefault(t.i, k)
        spans = sorted((s, e, k) for k, st in enumerate(self.statements) for s, e in st.content)
        self._spans = spans
        self._starts = [s for s, _, _ in spans]

    def is_intention(self, k: int) -> bool:
        """An intention ("plans to") or a raising verb ("appears to"): it shapes the fact, it is no source."""
        lemma = self.cue_lemma.get(k, "")
        return lemma in RAISING_VERBS or \
            lemma in cues.INTENTION and lemma not in cues.SPEECH and lemma not in cues.BELIEF

    def covering(self, offset: int) -> list[int]:
        """Positions of the statements whose content holds the offset."""
        out = []
        hi = bisect.bisect_right(self._starts, offset)
        for s, e, k in self._spans[:hi]:
            if s <= offset < e and k not in out:
                out.append(k)
        return out

    def at(self, offset: int) -> int | None:
        """Position of the statement that reports the text at `offset`, or None."""
        found = self.covering(offset)
        if not found:
            return None
        size = {k: sum(e - s for s, e in self.statements[k].content) for k in found}
        reports = [k for k in found if not self.is_intention(k)]
        pool = reports or found
        return min(pool, key=lambda k: (size[k], k))

    def intention_over(self, offset: int) -> int | None:
        """An intention statement ("plans to ...") whose content holds the offset."""
        for k in self.covering(offset):
            if self.is_intention(k):
                return k
        return None
