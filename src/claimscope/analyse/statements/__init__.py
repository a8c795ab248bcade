"""Find attributed statements: who said, wrote, reported, believes or intends what, from the parse and the quotes.

The cascade, in order (rules/__init__.py fixes it in `RULES`; each rule returns candidates):
1. signatures: a quotation signed with a dash and a name, an embedded post (open candidates only);
2. headlines: 'OUTLET: claim', transcript turns 'SMITH: ...' (first with open candidates, last with curated);
3. sentence by sentence:
   - according to: 'according to X', 'as per X', 'in the words of X';
   - cue verbs, shallowest first: 'X said that ...', '“...,” X said', 'accused X of Y', 'called for X', 'said
     so' (rules/verbs.py, the readings in rules/verb_content.py); passives and clauses that tell about a noun
     ('a treaty she once backed', 'the bill, opposed by X') with open candidates (rules/verb_forms.py);
   - words: cue adjectives ('is confident that'), cue nouns ('his claim that', 'criticism of X'), and with open
     candidates copulas ('One view is that', 'it is clear that') and documents ('In a county poll', 'Under her
     plan') (rules/nouns.py, rules/phrases.py);
4. arbitration: the learned filter scores each candidate, the likeliest reading of the same words is kept first
   (arbitration.py);
5. finishing (extraction.FINISH): cue extents from the learned model, quotation continuations ('“A,” she said.
   “B.”'), nesting, calibrated confidence when no filter runs, then speakers named by the coreference stage
   and the discourse (discourse.SPEAKER_RULES: the speaker named after the cue, a body's statement, the previous
   speaker a quotation or 'he added' continues, 'I' inside a quotation as the quotation's speaker, 'he' as the
   salient agreeing person rather than the nearest name; a speaker naming no actor marked unresolved:
   speakers.resolve_speakers).
The mode (options.py) decides which candidates the rules propose: CURATED (the curated lexicon alone) or OPEN
(every word the training data annotated as a cue often enough, for the learned filter to weigh).
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from ...settings import component_config
from ..extensions import register_extensions
from ..model import Statement
from .extraction import Extraction
from .names import Rule
from .options import Mode, Options, build_options

__all__ = ["Extraction", "Mode", "Options", "Rule", "StatementExtractor", "build_options", "extract_statements",
           "make_statement_extractor"]


def default_options(**overrides) -> Options:
    """The options of the settings table (as the component's default config), with `overrides` by setting key."""
    return build_options(**{**component_config("statements"), **overrides})


def extract_statements(doc: Doc, options: Options | None = None) -> list[Statement]:
    """All attributed statements of a parsed document (needs `doc._.quotes` and `doc._.actors`)."""
    return Extraction(doc, default_options() if options is None else options).run()


class StatementExtractor:
    """spaCy component: writes the document's statements to `doc._.statements`."""

    def __init__(self, nlp: Language, name: str, options: Options):
        register_extensions()
        self.name = name
        self.options = options

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = Extraction(doc, self.options).run()
        return doc


@Language.factory(
    "claimscope_statements",
    assigns=["doc._.statements"],
    requires=["doc._.quotes", "doc._.actors", "token.dep", "token.lemma"],
    default_config=component_config("statements"),
)
def make_statement_extractor(nlp: Language, name: str, learned_filter: bool, filter_threshold: Optional[float],
                             learned_min_ratio: float, candidate_min_ratio: float, cue_window: int,
                             calibration_min_count: int, max_subtree_walk: int, max_cue_verbs_per_sentence: int,
                             max_candidates: int, pronoun_window: int) -> StatementExtractor:
    """Factory for the statement extractor (entry point `claimscope_statements`); its config is the
    `statements.*` block of the settings table."""
    options = build_options(learned_filter=learned_filter, filter_threshold=filter_threshold,
                            learned_min_ratio=learned_min_ratio, candidate_min_ratio=candidate_min_ratio,
                            cue_window=cue_window, calibration_min_count=calibration_min_count,
                            max_subtree_walk=max_subtree_walk, max_cue_verbs_per_sentence=max_cue_verbs_per_sentence,
                            max_candidates=max_candidates, pronoun_window=pronoun_window)
    return StatementExtractor(nlp, name, options)
