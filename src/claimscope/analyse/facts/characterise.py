"""The characteriser: how each sentence describes the things it names, read from the parse analysis already made.

Linking compares these descriptions across reports ("sent exhausted conscripts" against "sent elite units")
without parsing again. The steps, for each sentence of `claimscope.sentences.sentence_spans` (the same cut by
punctuation and line breaks the link stage uses to quote evidence):

1. `is_candidate`: the sentence holds an evaluative word (lexicon/polarity.py), a word of severity
   ("minor", "downplayed": lexicon/severity.py) beside a naming verb, or "too", and is at most
   `max_sentence` characters long;
2. `described_nouns`: each common noun of the sentence that is no compound or modifier, has an `anchor` (the
   object of a naming verb or an action, or a definite subject of a copula) and descriptors
   (`describe.describe`) other than its own theme, of which one evaluates, grades severity or is negated, and
   which are the
   theme of an action or say something of the thing (predicative): elsewhere adjectives alone ("poor
   countries", "retail investors") mostly pick out which things are meant; a named thing keeps who names it
   (`describe.namer`: "Reyl called the tax unfair"), the source when no statement reports the sentence.

Writes `doc._.characterisations`: a list of `model.Characterisation`, in text order.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import doc_text
from ...lexicon.polarity import polarity
from ...lexicon.severity import grades, severity
from ...sentences import sentence_spans
from ...settings import component_config
from ..extensions import register_extensions
from ..model import Characterisation
from .describe import anchor, describe, namer, owners, theme_key

_STRIP = ".,;:!?\"'()"
# word beginnings of naming and downplaying verbs ("described", "calling", "played down", "downplays")
_NAMING_STEMS = ("describ", "call", "label", "brand", "portray", "depict", "term", "dub", "characteri", "paint",
                 "hail", "condemn", "denounc", "derid", "play", "downplay", "minimi", "triviali", "understat",
                 "brush", "shrug", "cast", "present")


def is_candidate(sentence: str, max_sentence: int) -> bool:
    """A sentence that may characterise: not blank, not too long, with an evaluative word or a "too"."""
    if not sentence.strip() or len(sentence) > max_sentence:
        return False
    words = sentence.replace("“", " ").replace("”", " ").split()
    if any(w.lower().strip(_STRIP + "-") == "too" or polarity(w.strip(_STRIP)) for w in words):
        return True
    # a word of severity alone ("minor", "major") matters only where a source names the thing so ("described
    # the leak as minor", "played down the leak"): most sentences with "major" or "small" describe nothing
    lowered = [w.lower().strip(_STRIP) for w in words]
    return any(grades(w) for w in lowered) and any(w.startswith(_NAMING_STEMS) for w in lowered)


def described_nouns(span: Span, sentence: tuple[int, int]) -> list[Characterisation]:
    """The characterised nouns of one sentence (module docstring, step 2); `sentence` is its character span."""
    window = (span.start, span.end)
    out = []
    for tok in span:
        if tok.pos_ != "NOUN" or tok.dep_ in {"compound", "amod"}:
            continue
        tied = anchor(tok)
        if tied is None:
            continue
        theme = theme_key(tok)
        descs = [d for d in describe(tok, window) if d.head != theme]
        evaluates = any(d.polarity or d.negated or severity(d.text) or d.head == "downplay" for d in descs)
        if evaluates and (tied[0] == "event" or any(d.predicative for d in descs)):
            out.append(Characterisation(sentence=sentence, theme=theme, owners=sorted(owners(tok)), anchor=tied,
                                        descriptors=descs, namer=namer(tok) if tied == ("named",) else None))
    return out


def characterise(doc: Doc, max_sentence: int) -> list[Characterisation]:
    """Every characterisation of a parsed document (module docstring)."""
    out: list[Characterisation] = []
    text = doc_text(doc)
    for start, end in sentence_spans(text):
        if not is_candidate(text[start:end], max_sentence):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out += described_nouns(span, (start, end))
    return out


class Characteriser:
    """spaCy component: writes the document's characterisations to `doc._.characterisations`."""

    def __init__(self, nlp: Language, name: str = "claimscope_characterisations", max_sentence: int = 600):
        register_extensions()
        self.name = name
        self.max_sentence = max_sentence

    def __call__(self, doc: Doc) -> Doc:
        doc._.characterisations = characterise(doc, self.max_sentence)
        return doc


@Language.factory(
    "claimscope_characterisations",
    assigns=["doc._.characterisations"],
    requires=["token.dep", "token.pos", "token.tag", "token.lemma"],
    default_config=component_config("characterise"),
)
def make_characteriser(nlp: Language, name: str, max_sentence: int) -> Characteriser:
    """Factory for the characteriser (entry point `claimscope_characterisations`)."""
    return Characteriser(nlp, name, max_sentence)
