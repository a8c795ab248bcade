"""The statement rules in the order they run (`RULES`); each returns its candidates for the arbiter to judge.

A rule reads one scope: the whole DOCUMENT (lines, signatures), a SENTENCE ('according to'), each CUE_VERB of
a sentence (shallowest in the parse first), or each WORD of a sentence (the first word rule whose trigger
holds takes the word). Consecutive sentence-level rules run together, sentence by sentence. A rule runs only in
the modes it lists: whole-line forms come first with open candidates (what a headline or a transcript line says
is theirs) and last with curated ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum

from ..arbitration import Candidate
from ..document import DocView
from ..options import Mode, Options
from .lines import headlines, signatures
from .nouns import adjective_cue, copula_cue, noun_cue, reads_adjective, reads_copula, reads_noun
from .phrases import according_to, document_cue, reads_document
from .verb_content import is_cue
from .verb_forms import modifier_cue, passive_cue
from .verbs import verb_cue


class Scope(Enum):
    """What a rule reads."""

    DOCUMENT = "document"
    SENTENCE = "sentence"
    CUE_VERB = "cue verb"
    WORD = "word"


BOTH = frozenset(Mode)
OPEN = frozenset({Mode.OPEN})
CURATED = frozenset({Mode.CURATED})


@dataclass(frozen=True)
class RuleStep:
    """One rule of the cascade: its name, what it reads, the function, and the modes it runs in."""

    name: str
    scope: Scope
    run: Callable[..., list[Candidate]]
    modes: frozenset[Mode] = BOTH
    trigger: Callable | None = None  # WORD rules: which words the rule reads


RULES: tuple[RuleStep, ...] = (
    RuleStep("signatures", Scope.DOCUMENT, signatures, OPEN),
    RuleStep("headlines", Scope.DOCUMENT, headlines, OPEN),
    RuleStep("according to", Scope.SENTENCE, according_to),
    RuleStep("cue verbs", Scope.CUE_VERB, verb_cue),
    RuleStep("passives", Scope.CUE_VERB, passive_cue, OPEN),
    RuleStep("noun modifiers", Scope.CUE_VERB, modifier_cue, OPEN),
    RuleStep("cue adjectives", Scope.WORD, adjective_cue, trigger=reads_adjective),
    RuleStep("cue nouns", Scope.WORD, noun_cue, trigger=reads_noun),
    RuleStep("copulas", Scope.WORD, copula_cue, OPEN, trigger=reads_copula),
    RuleStep("documents", Scope.WORD, document_cue, OPEN, trigger=reads_document),
    RuleStep("headlines", Scope.DOCUMENT, headlines, CURATED),
)


def candidates(view: DocView, opts: Options, rules: tuple[RuleStep, ...] = RULES) -> Iterator[list[Candidate]]:
    """Each rule invocation's candidates, in cascade order (the caller judges them before asking for more, so
    a rule sees the statements kept so far)."""
    steps = [r for r in rules if opts.mode in r.modes]
    k = 0
    while k < len(steps):
        if steps[k].scope is Scope.DOCUMENT:
            yield steps[k].run(view, opts)
            k += 1
            continue
        j = k
        while j < len(steps) and steps[j].scope is not Scope.DOCUMENT:
            j += 1
        yield from _sentence_pass(view, opts, steps[k:j])
        k = j


def _sentence_pass(view: DocView, opts: Options, steps: list[RuleStep]) -> Iterator[list[Candidate]]:
    """The sentence-level rules over every sentence: sentence rules, then cue verbs, then words."""
    sentence = [s for s in steps if s.scope is Scope.SENTENCE]
    verbal = [s for s in steps if s.scope is Scope.CUE_VERB]
    words = [s for s in steps if s.scope is Scope.WORD]
    for sent in view.doc.sents:
        for step in sentence:
            yield step.run(view, sent, opts)
        toks = list(sent) if verbal or words else []  # one Token per word for both passes
        if verbal:
            verbs = [t for t in toks if is_cue(t, opts.lexicon, open_candidates=opts.open)]
            verbs = sorted(verbs, key=lambda t: (view.tree.depth[t.i], t.i))[:opts.max_cue_verbs_per_sentence]
            for tok in verbs:
                for step in verbal:
                    yield step.run(view, tok, sent, opts)
        if words:
            for tok in toks:
                for step in words:  # the first word rule whose trigger holds takes the word
                    if step.trigger(tok, opts):
                        yield step.run(view, tok, sent, opts)
                        break
