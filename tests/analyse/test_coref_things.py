"""Things a pronoun may stand for instead of an actor (nouns no actor holds), as ranking features, on hand-built
Docs."""

import spacy
from spacy.tokens import Doc

from claimscope.analyse.coref import register_extension
from claimscope.analyse.coref.context import build_context
from claimscope.analyse.coref.features import null_features, options, pair_features
from claimscope.analyse.coref.mentions import Candidate
from claimscope.analyse.extensions import register_extensions
from claimscope.analyse.model import Actor, Mention

VOCAB = spacy.blank("en").vocab

# word -> (pos, tag, dep); heads are given per sentence
_LEX = {"Norvale": ("PROPN", "NNP", "nsubj"), "bought": ("VERB", "VBD", "ROOT"), "grew": ("VERB", "VBD", "ROOT"),
        "hired": ("VERB", "VBD", "ROOT"), "a": ("DET", "DT", "det"), "plant": ("NOUN", "NN", "dobj"),
        "plants": ("NOUN", "NNS", "dobj"), "It": ("PRON", "PRP", "nsubj"), "They": ("PRON", "PRP", "nsubj"),
        "staff": ("NOUN", "NN", "dobj"), ".": ("PUNCT", ".", "punct")}


def _doc(sents: list[list[str]], org_tokens: list[int]):
    """A Doc of short sentences whose verb (second word) heads the others; "a" hangs on the noun after it."""
    register_extensions()
    register_extension()
    words, heads, deps, pos, tags, starts = [], [], [], [], [], []
    for sent in sents:
        base = len(words)
        for k, w in enumerate(sent):
            p, t, d = _LEX[w]
            words.append(w)
            pos.append(p)
            tags.append(t)
            deps.append(d)
            heads.append(base + k + 1 if w == "a" else base + k if d == "ROOT" else base + 1)
            starts.append(k == 0)
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, sent_starts=starts)
    doc._.quotes = []
    doc._.actors = [Actor("nv", "Norvale", "ORG",
                          [Mention(doc[t].idx, doc[t].idx + len(doc[t]), doc[t].text) for t in org_tokens])]
    return doc


def _features(sents, pronoun_at, word):
    doc = _doc(sents, [0])
    ctx = build_context(doc)
    cand = Candidate(pronoun_at, pronoun_at, pronoun_at + 1, "pronoun", word)
    opts = options(ctx, cand, 4, 8)
    return ctx, null_features(ctx, cand, opts, ctx.gender), pair_features(ctx, cand, opts, 0, ctx.gender, None)


def test_a_thing_between_the_body_and_it_is_counted():
    # "Norvale bought a plant . It grew ." : "plant" may be what "it" stands for
    ctx, null, pair = _features([["Norvale", "bought", "a", "plant", "."], ["It", "grew", "."]], 5, "it")
    assert ctx.things["sg"] == [3] and ctx.things_between("sg", 1, 5) == 1
    assert "things-between=1|n|ORG" in pair
    assert "null|things=1|it" in null


def test_no_thing_between_leaves_the_body_alone():
    # "Norvale grew . It hired staff ." : nothing but the body before "it" ("staff" comes after it)
    ctx, null, pair = _features([["Norvale", "grew", "."], ["It", "hired", "staff", "."]], 3, "it")
    assert "things-between=0|n|ORG" in pair
    assert "null|things=0|it" in null
    assert "null|fit-subj=True|it" in null  # the body is the subject of the sentence before


def test_a_plural_thing_competes_with_they_not_with_it():
    # "Norvale bought plants . They grew ." : "plants" counts for "they", and a singular noun would not
    ctx, null, pair = _features([["Norvale", "bought", "plants", "."], ["They", "grew", "."]], 4, "they")
    assert ctx.things["pl"] == [2] and ctx.things_between("sg", 0, 4) == 0
    assert "things-between=1|pl|ORG" in pair
