"""How far a cue reaches around its head word ("released a statement saying", "said Monday", "accused"), learned.

Annotators' cues often reach beyond the cue word, and not in a way a fixed rule follows: "expressed
frustration", "said with a grin" and "makes no mention of" take in their words, "accused rival candidate Ana
Ruiz of" does not. A logistic regression scores each word near the cue's head word (outside the content
and the speaker) by how likely it is part of the cue, from its syntactic tie to the head, its side, distance,
part of speech, word and neighbours and the cue's lemma; the cue becomes the one stretch around the head with the
highest summed log-odds.
Weights ship in `data/cue_extent_model.json`, fit on PolNeAR train by
`python -m claimscope.training.learn_cue_extent ../shared/eval/polnear/train`; without it cues stay as the rules
give them.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import repeat

from spacy.tokens import Doc, Token

from ..extensions import sentence_of
from .learned import bin_index, read_data

_DIST_BINS = (1, 2, 3, 4, 6)
_PUNCT_SCORE = -0.5  # punctuation joins only to bridge words that are clearly in


def _tie(tok: Token, head: Token) -> str:
    """The syntactic path between a word and the cue head, in one short string."""
    if tok.head.i == head.i:
        return "child:" + tok.dep_
    if head.head.i == tok.i:
        return "parent:" + head.dep_
    if tok.head.head.i == head.i:
        return "gchild:" + tok.head.dep_ + ">" + tok.dep_
    if tok.head.i == head.head.i:
        return "sibling:" + tok.dep_
    if head.head.head.i == tok.i:
        return "gparent:" + head.head.dep_
    return "other"


def features(tok: Token, head: Token, *, in_rule_cue: bool, toward_content: bool, rule: str) -> list[str]:
    """The sparse binary features of one word near a cue head."""
    side = "L" if tok.i < head.i else "R"
    tie = _tie(tok, head)
    dist = bin_index(abs(tok.i - head.i), _DIST_BINS)
    lemma = head.lemma_.lower()
    low = tok.lower_
    rc = "in" if in_rule_cue else "out"
    toward = "toward" if toward_content else "away"
    return ["bias", "tie=" + tie, "tie|side=" + tie + "|" + side, "side|dist=" + side + "|" + dist,
            "word|side=" + low + "|" + side, "pos|side=" + tok.pos_ + "|" + side, "tag=" + tok.tag_,
            "dep|side=" + tok.dep_ + "|" + side, "ent=" + tok.ent_type_, "rule_cue=" + rc,
            "rule_cue|tie=" + rc + "|" + tie,
            "toward=" + toward, "toward|tie=" + toward + "|" + tie, "toward|dist=" + toward + "|" + dist,
            "lemma|side=" + lemma + "|" + side, "lemma|tie=" + lemma + "|" + tie, "lemma|word=" + lemma + "|" + low,
            "hpos|tie=" + head.pos_ + "|" + tie, "hdep|tie=" + head.dep_ + "|" + tie, "rule|side=" + rule + "|" + side,
            "rule|tie=" + rule + "|" + tie, "word|tie=" + low + "|" + tie, "pos|tie=" + tok.pos_ + "|" + tie,
            "rule_cue|dist=" + rc + "|" + dist, "parent|tie=" + tok.head.lower_ + "|" + tie,
            "lemma|tie|side=" + lemma + "|" + tie + "|" + side, "word|rule_cue=" + low + "|" + rc,
            "next|side=" + _word(tok, 1) + "|" + side, "prev|side=" + _word(tok, -1) + "|" + side,
            "word|next=" + low + "|" + _word(tok, 1)]


def _word(tok: Token, step: int) -> str:
    i = tok.i + step
    return tok.doc[i].lower_ if 0 <= i < len(tok.doc) else "<edge>"


def candidates(doc: Doc, head: Token, avoid: set[int], window: int) -> list[Token]:
    """Words of the head's sentence within `window` words of it, up to (not across) the avoided ones (content,
    speaker)."""
    sent = sentence_of(head)
    out = []
    for step in (-1, 1):
        i = head.i + step
        while sent.start <= i < sent.end and abs(i - head.i) <= window and i not in avoid:
            out.append(doc[i])
            i += step
    return out


@lru_cache(maxsize=1)
def shipped_weights() -> dict[str, float] | None:
    """The shipped extent model's weights, or None when none ships (cues stay as the rules give them)."""
    raw = read_data("cue_extent_model.json")
    return None if raw is None else raw["weights"]


def log_odds(feats: list[str], w: dict[str, float]) -> float:
    """How much likelier the word is in the cue than out of it (log-odds; 0 is even)."""
    return sum(map(w.get, feats, repeat(0.0)))


def best_stretch(head_i: int, scores: dict[int, float]) -> tuple[int, int]:
    """(first, last) token index of the stretch around the head with the highest summed score (the head counts
    0); the stretch stops where `scores` has no entry."""
    def side(step: int) -> int:
        best_end, best, total = head_i, 0.0, 0.0
        i = head_i + step
        while i in scores:
            total += scores[i]
            if total > best:
                best, best_end = total, i
            i += step
        return best_end
    return side(-1), side(1)


def word_features(doc: Doc, head: Token, rule_cue: set[int], avoid: set[int], content_ids: set[int],
                  rule: str, window: int) -> list[tuple[Token, list[str] | None]]:
    """Each word that may join the cue with its features (None for punctuation), for the model and its trainer."""
    after = bool(content_ids) and min(content_ids) > head.i
    return [(tok, None if tok.is_punct or tok.is_space else
             features(tok, head, in_rule_cue=tok.i in rule_cue, toward_content=(tok.i > head.i) == after, rule=rule))
            for tok in candidates(doc, head, avoid, window)]


def refine(doc: Doc, head: Token, rule_cue: set[int], avoid: set[int], content_ids: set[int], rule: str,
           w: dict[str, float], window: int) -> tuple[int, int]:
    """(first, last) token index of the cue the model with weights `w` reads around its head word."""
    scores = {tok.i: _PUNCT_SCORE if feats is None else log_odds(feats, w)
              for tok, feats in word_features(doc, head, rule_cue, avoid, content_ids, rule, window)}
    lo, hi = best_stretch(head.i, scores)
    while lo < head.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > head.i and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return lo, hi
