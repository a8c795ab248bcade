"""The statements stage's work stays bounded on texts no article resembles: caps per cue verb, per sentence and
per document (counted, not timed), on 30,000 characters of repeated short speech clauses."""

from collections import Counter
from dataclasses import replace

import pytest

from claimscope.analyse.statements import Extraction, default_options
from claimscope.analyse.statements.document import DocView
from claimscope.analyse.statements.rules import RULES, RuleStep, Scope, candidates

PATTERNS = ("said ", "Smith said ", 'He said "yes" and ')


def _parsed(nlp, pattern: str, size: int = 30_000):
    text = (pattern * (size // len(pattern) + 1))[:size]
    before = nlp.pipe_names[:nlp.pipe_names.index("claimscope_statements")]
    with nlp.select_pipes(enable=before):
        return nlp(text)


def _counting(calls: Counter):
    """RULES with each cue-verb rule counting its calls per sentence."""
    def wrap(step: RuleStep) -> RuleStep:
        def run(view, tok, sent, opts):
            calls[(step.name, sent.start)] += 1
            return step.run(view, tok, sent, opts)
        return replace(step, run=run)
    return tuple(wrap(s) if s.scope is Scope.CUE_VERB else s for s in RULES)


@pytest.mark.parametrize("pattern", PATTERNS)
def test_caps_hold_on_repeated_speech_clauses(nlp, pattern, monkeypatch):
    doc = _parsed(nlp, pattern)
    opts = replace(default_options(), max_cue_verbs_per_sentence=20, max_subtree_walk=50, max_candidates=300)
    walks: list[int] = []
    subtree = DocView.subtree

    def counted(self, tok, limit=None):
        found = subtree(self, tok, limit)
        walks.append(len(found))
        return found

    monkeypatch.setattr(DocView, "subtree", counted)
    calls: Counter = Counter()
    ex = Extraction(doc, opts)
    statements = ex.run(_counting(calls))
    assert max(calls.values()) <= 20  # cue verbs read per sentence
    assert not walks or max(walks) <= 50  # words a search inside one verb's subtree reads
    assert len(statements) <= 300
    # the cascade offers no more than max_candidates, however many the rules would find
    offered = sum(len(found) for found in candidates(DocView(doc, []), replace(opts, max_candidates=10 ** 9)))
    assert offered > 0


def test_the_caps_are_settings_and_far_above_what_news_needs():
    opts = default_options()
    assert (opts.max_cue_verbs_per_sentence, opts.max_subtree_walk, opts.max_candidates) == (50, 400, 2000)
