"""One document's extraction: the rules' candidates judged by the arbiter, then the finishing steps in order."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..model import Statement
from . import confidence, cue_extent
from .arbitration import Arbiter, Candidate
from .document import DocView
from .options import Options
from .rules import RULES, candidates
from .rules.continuations import Join, continuation
from .speakers import resolve_speakers


class Extraction:
    """Runs the cascade over one document; `statements` is the result, `collected` the candidates and their
    features when options.collect asks for them (the learned filter's trainer)."""

    def __init__(self, doc: Doc, options: Options):
        self.options = options
        self.arbiter = Arbiter(options)
        self.view = DocView(doc, self.arbiter.kept)

    @property
    def collected(self) -> list[tuple[list[str], Statement]]:
        return self.arbiter.collected

    def run(self, rules=RULES) -> list[Statement]:
        """The document's statements, in text order."""
        view, arbiter = self.view, self.arbiter
        budget = self.options.max_candidates
        for found in candidates(view, self.options, rules):
            for cand in found[:budget]:
                arbiter.offer(view, cand)
            budget -= len(found)
            if budget <= 0:
                break  # a text no news article resembles: what the rules found so far stands
        arbiter.settle(view)
        for step in FINISH:
            step(self)
        arbiter.kept.sort(key=lambda s: s.content[0][0])
        return arbiter.kept

    def cue_context(self, st: Statement) -> tuple[Token, set[int], set[int], set[int]] | None:
        """(head word, the rules' cue words, words the cue may not take, content words) of a statement's cue, or
        None where the extent model does not apply (no cue, or a cue inside a quotation)."""
        view = self.view
        doc = view.doc
        span = doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand") if st.cue else None
        if span is None or not len(span):
            return None
        head = span.root
        if head.i in view.quoted_ids:
            return None
        content_ids = view.tokens_in(st.content)
        avoid = set(self.arbiter.claimed) | content_ids | view.quoted_ids
        if st.speaker is not None:
            avoid |= view.tokens_in([(st.speaker.start, st.speaker.end)])
        avoid.discard(head.i)
        return head, {t.i for t in span}, avoid, content_ids


def refine_cues(ex: Extraction) -> None:
    """Each cue stretched or cut to the words annotators count in it, by the learned extent model."""
    w = ex.options.cue_weights
    if w is None:
        return
    doc = ex.view.doc
    for st in ex.arbiter.kept:
        ctx = ex.cue_context(st)
        if ctx is not None:
            lo, hi = cue_extent.refine(doc, *ctx, st.rule, w, ex.options.cue_window)
            st.cue = (doc[lo].idx, doc[hi].idx + len(doc[hi]))
    ex.arbiter.reindex()


def continue_quotations(ex: Extraction) -> None:
    """A quotation standing on its own right after a statement continues it (rules/continuations.py)."""
    view, arbiter = ex.view, ex.arbiter
    for q in view.quotes:
        change = continuation(view, q, arbiter.kept, arbiter.claimed)
        if isinstance(change, Join):
            last = arbiter.kept[change.index]
            last.content, last.kind = change.content, change.kind
            for i in change.ids:
                arbiter.claimed.setdefault(i, change.index)
        elif isinstance(change, Candidate):
            arbiter.offer(view, change)


def mark_nested(ex: Extraction) -> None:
    """A statement whose cue lies inside another's content is reported speech within it."""
    kept = ex.arbiter.kept
    spans = sorted((a, b, k) for k, o in enumerate(kept) for a, b in o.content)
    starts = [a for a, _, _ in spans]
    reach = max((b - a for a, b, _ in spans), default=0)
    for st in kept:
        if st.cue is None:
            continue
        x = st.cue[0]
        found = {k for a, b, k in spans[bisect_left(starts, x - reach):bisect_right(starts, x)] if a <= x < b}
        hosts = [kept[k] for k in sorted(found) if kept[k] is not st]
        if hosts:
            st.nested_in = min(hosts, key=lambda o: sum(b - a for a, b in o.content))


def calibrate(ex: Extraction) -> None:
    """Replace rule-of-thumb confidences with the precision measured on annotated data, where known (with a
    learned filter its probability is the confidence)."""
    if ex.options.learned_filter is not None:
        return
    doc = ex.view.doc
    for st in ex.arbiter.kept:
        tok = ex.view.cue_token(st)
        lemma = doc[tok].lemma_.lower() if tok is not None else ""
        st.features = confidence.features(st, ex.options.lexicon.cue_strength(lemma))
        st.confidence = confidence.calibrated(st.features, st.confidence, ex.options.calibration_min_count)


def name_speakers(ex: Extraction) -> None:
    """Speakers the coreference stage resolves take their actor; those naming no actor say so (speakers.py). Last,
    so that what the rules keep and how sure they are does not depend on it."""
    resolve_speakers(ex.view.doc, ex.arbiter.kept, ex.options.pronoun_window)


# After the rules and the arbiter's settling, in this order.
FINISH: tuple[Callable[[Extraction], None], ...] = (refine_cues, continue_quotations, mark_nested, calibrate,
                                                    name_speakers)
