"""The learned filter over candidate attributions: logistic regression on features of the spaCy parse.

The rules propose candidates generously (any verb, noun or phrase that was ever a cue in the training data, with
the content its syntax gives); this model scores each candidate and keeps those whose probability of being a
real attribution reaches the threshold. The probability becomes the statement's confidence. Weights ship in
`data/attribution_model.json`, fit on PolNeAR train by
`python -m claimscope.training.train_attribution ../shared/eval/polnear/train`; without that file every candidate
of the curated rules is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from spacy.tokens import Token

from ...lexicon.speech import BELIEF, INTENTION, SPEECH, SPEECH_CORE
from ..cues import lexicon_ratio
from ..model import Statement
from .learned import bin_index, logistic, read_data
from .names import Rule

_PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "who", "that", "which"}
_OPENERS = {"that", "to", "whether", "if", "how", "what", "why", "when", "who", "where", "the", "a", "an"}
_LEN_BINS = (1, 2, 3, 5, 8, 12, 20, 35, 60)
_RATIO_BINS = (0.0, 0.03, 0.08, 0.15, 0.25, 0.4, 0.6, 0.8)


def _speaker_kind(st: Statement, speaker_tok: Token | None) -> str:
    sp = st.speaker
    if sp is None:
        return "none"
    if sp.text.lower() in _PRONOUNS:
        return "pronoun"
    if sp.actor_id is not None:
        return "actor-" + (sp.type or "x")
    if speaker_tok is not None and speaker_tok.ent_type_:
        return "ent-" + speaker_tok.ent_type_
    return "description"


def features(doc, st: Statement, head: Token | None, content_ids: set[int], quoted_sentence: bool,
             speaker_tok: Token | None = None) -> list[str]:
    """The sparse binary features of one candidate statement (strings; the model weighs each)."""
    rule = st.rule or "other"
    kind = st.kind
    spk = _speaker_kind(st, speaker_tok)
    n = len(content_ids)
    out = ["bias", "rule=" + rule, "kind=" + kind, "spk=" + spk, "rule|kind=" + rule + "|" + kind,
           "rule|spk=" + rule + "|" + spk, "len=" + bin_index(n, _LEN_BINS),
           "rule|len=" + rule + "|" + bin_index(n, _LEN_BINS),
           "qsent=" + str(quoted_sentence), "ncontent=" + str(len(st.content))]
    clause = "none"
    if content_ids:
        first = doc[min(content_ids)]
        opener = first.lower_ if first.lower_ in _OPENERS else first.pos_
        out.append("open=" + opener)
        out.append("rule|open=" + rule + "|" + opener)
        # the first root in the set's order (a Token for each word, not three)
        root = next((t for t in map(doc.__getitem__, content_ids) if t.head.i not in content_ids or t.head.i == t.i),
                    None)
        if root is not None:
            out.append("croot=" + root.pos_ + "|" + root.dep_)
            out.append("rule|croot=" + rule + "|" + root.pos_ + "|" + root.dep_)
        clause = "yes" if any(doc[i].pos_ in {"VERB", "AUX"} for i in content_ids) else "no"
        out.append("clause=" + clause)
        out.append("rule|clause=" + rule + "|" + clause)
        if head is not None:
            gap = min(content_ids) - head.i if min(content_ids) > head.i else head.i - max(content_ids)
            out.append("gap=" + bin_index(gap, (0, 1, 2, 3, 5, 8, 15)))
    if speaker_tok is not None:
        if speaker_tok.pos_ == "NOUN":
            out.append("spkhead=" + speaker_tok.lemma_.lower())
        out.append("spkpos=" + speaker_tok.pos_ + "|" + speaker_tok.ent_type_)
    if rule == Rule.PREP and st.cue is not None:
        # 'according to', 'as per', 'in the words of': the phrase itself is the cue word
        span = doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand")
        phrase = span.text.lower() if span is not None else "?"
        out += ["phrase=" + phrase, "phrase|spk=" + phrase + "|" + spk,
                "phrase|len=" + phrase + "|" + bin_index(n, _LEN_BINS)]
    elif head is not None:
        lemma = head.lemma_.lower()
        pos = head.pos_
        ratio = lexicon_ratio(pos, lemma)
        group = ("core" if lemma in SPEECH_CORE else "speech" if lemma in SPEECH else
                 "belief" if lemma in BELIEF else "intent" if lemma in INTENTION else "other")
        rbin = bin_index(ratio, _RATIO_BINS)
        after = bool(content_ids) and min(content_ids) > head.i
        out += ["lemma|clause=" + lemma + "|" + clause]
        out += ["lemma=" + lemma, "lemma|rule=" + lemma + "|" + rule, "lemma|kind=" + lemma + "|" + kind,
                "pos=" + pos, "tag=" + head.tag_, "dep=" + head.dep_, "group=" + group, "ratio=" + rbin,
                "ratio|rule=" + rbin + "|" + rule, "group|rule=" + group + "|" + rule, "after=" + str(after),
                "rule|after=" + rule + "|" + str(after), "spk|ratio=" + spk + "|" + rbin,
                "dep|rule=" + head.dep_ + "|" + rule, "lemma|spk=" + lemma + "|" + spk]
        kids = sorted({c.dep_ for c in head.children})
        for d in kids:
            out.append("child=" + d)
        if any(c.dep_ == "neg" for c in head.children):
            out.append("neg")
        if head.dep_ in {"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp"}:
            out.append("hdep|hlemma=" + head.dep_ + "|" + head.head.lemma_.lower())
        preps = [c.lower_ for c in head.children if c.dep_ in {"prep", "prt"}]
        for p in preps[:2]:
            out.append("lemma|prep=" + lemma + "|" + p)
    return out


@dataclass(frozen=True)
class LearnedFilter:
    """The filter's weights (feature -> weight) and the probability a candidate needs to be kept."""

    weights: dict[str, float]
    threshold: float

    def probability(self, feats: list[str]) -> float:
        """How likely the candidate with these features is a real attribution."""
        return probability(feats, self.weights)


@lru_cache(maxsize=1)
def _shipped() -> tuple[dict[str, float], float] | None:
    raw = read_data("attribution_model.json")
    return None if raw is None else (raw["weights"], float(raw["threshold"]))


def shipped_filter(threshold: float | None = None) -> LearnedFilter | None:
    """The shipped filter, its threshold replaced by `threshold` when given; None when no model ships."""
    found = _shipped()
    if found is None:
        return None
    return LearnedFilter(found[0], found[1] if threshold is None else float(threshold))


def probability(feats: list[str], w: dict[str, float]) -> float:
    """The logistic of the summed weights of the features (unknown features weigh 0)."""
    return logistic(sum(map(w.get, feats, repeat(0.0))))
