"""Stance: what the cue of a statement does with its content, and the hedges inside the content.

`stance_of_lemma` reads the cue verb: `confirms`, `says`, `indicates`, `claims`, `alleges`, `denies`, and for
belief and intention cues `believes` and `intends` (lexicon/stance.py). The component `claimscope_status`
writes one `Stance` per statement to `doc._.stances`, in the order of `doc._.statements`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ...lexicon.modality import HEDGE_TRIGGERS
from ...lexicon.stance import NEUTRAL_CUES, STANCES
from ...settings import component_config
from .. import cues
from ..extensions import register_extensions
from .clauses import doc_cache
from .hedges import Hedge, hedge_at

_STANCE_OF = {lemma: name for name, lemmas in STANCES.items() for lemma in lemmas}


@dataclass
class Stance:
    """What a statement's cue does with its content, and the hedges inside the content."""

    stance: str
    hedges: list[Hedge] = field(default_factory=list)


def stance_of_lemma(lemma: str) -> str:
    """The stance a cue verb (by lemma) takes towards its content."""
    lemma = lemma.lower()
    if lemma in _STANCE_OF:
        return _STANCE_OF[lemma]
    if lemma in cues.SPEECH:
        return "says"
    if lemma in cues.BELIEF:
        return "believes"
    if lemma in cues.INTENTION:
        return "intends"
    return "says"


def cue_lemma(doc: Doc, cue: tuple[int, int] | None) -> str:
    """The lemma of the word that carries a cue span ('has also said' -> 'say'; 'according to' -> 'accord')."""
    if cue is None:
        return ""
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return ""
    verbs = [t for t in span if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass", "neg"}]
    if verbs:
        return verbs[-1].lemma_.lower()
    nouns = [t for t in span if t.pos_ == "NOUN"]
    return (nouns[-1].lemma_ if nouns else span.root.lemma_).lower()


def statement_stances(doc: Doc) -> list[Stance]:
    """One Stance per statement of `doc._.statements`, in the same order."""
    cache = doc_cache(doc)
    text = cache.text
    out: list[Stance] = []
    statements = doc._.statements or []
    # the only tokens that can carry a hedge: hedge words, modals, reporting participles, raising verbs
    candidates = cache.with_lower(HEDGE_TRIGGERS) if statements else []
    for st in statements:
        cue_text = text[st.cue[0]:st.cue[1]].lower() if st.cue else ""
        if st.cue is None or cue_text in NEUTRAL_CUES:
            stance = "says"
        else:
            stance = stance_of_lemma(cue_lemma(doc, st.cue))
        hedges: list[Hedge] = []
        for s, e in st.content:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            for i in candidates:
                if span.start <= i < span.end:
                    h = hedge_at(doc[i], text)
                    if h is not None:
                        hedges.append(h)
        out.append(Stance(stance, hedges))
    return out


class StatusTagger:
    """spaCy component: writes each statement's stance and hedges to `doc._.stances`."""

    def __init__(self, nlp: Language, name: str = "claimscope_status"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.stances = statement_stances(doc)
        return doc


@Language.factory(
    "claimscope_status",
    assigns=["doc._.stances"],
    requires=["doc._.statements", "token.dep", "token.tag", "token.lemma"],
    default_config=component_config("status"),
)
def make_status_tagger(nlp: Language, name: str) -> StatusTagger:
    """Factory for the stance and hedge tagger (entry point `claimscope_status`)."""
    return StatusTagger(nlp, name)
