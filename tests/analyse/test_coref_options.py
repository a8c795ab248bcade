"""Candidate antecedents beyond the window and the cluster features, on hand-built Docs."""

import spacy
from spacy.tokens import Doc

from claimscope.analyse.coref import register_extension
from claimscope.analyse.coref.context import Anchor, build_context
from claimscope.analyse.coref.features import options, pair_features
from claimscope.analyse.coref.mentions import Candidate
from claimscope.analyse.extensions import register_extensions
from claimscope.analyse.model import Actor, Mention

VOCAB = spacy.blank("en").vocab


def _sentences(sents):
    """A Doc of one-word-subject sentences ("Ana left .") with each sentence's words a flat tree."""
    register_extensions()
    register_extension()
    words, heads, deps, starts = [], [], [], []
    for sent in sents:
        root = len(words) + 1
        for k, w in enumerate(sent):
            words.append(w)
            heads.append(root)
            deps.append("nsubj" if k == 0 else "ROOT" if k == 1 else "punct")
            starts.append(k == 0)
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, sent_starts=starts,
              tags=["PRP" if w.lower() in ("he", "she") else "NNP" if w[0].isupper() else "VBD" for w in words],
              pos=["PRON" if w.lower() in ("he", "she") else "PROPN" if w[0].isupper() else "VERB" for w in words])
    doc._.quotes = []
    return doc


def _actor(doc, aid, name, toks, type_="PERSON"):
    return Actor(aid, name, type_, [Mention(doc[t].idx, doc[t].idx + len(doc[t]), doc[t].text) for t in toks])


def _doc_with_far_subject():
    # "Ana left . Ana won . Bo ran . Cy ran . Di ran . Ed ran . Fay ran . She smiled ."
    sents = [["Ana", "left", "."], ["Ana", "won", "."]] + [[n, "ran", "."] for n in ("Bo", "Cy", "Di", "Ed", "Fay")]
    doc = _sentences(sents + [["She", "smiled", "."]])
    doc._.actors = [_actor(doc, "ana", "Ana", [0, 3])] + \
        [_actor(doc, n.lower(), n, [6 + 3 * k]) for k, n in enumerate(("Bo", "Cy", "Di", "Ed", "Fay"))]
    return doc


def test_the_most_named_actor_is_offered_beyond_the_window():
    doc = _doc_with_far_subject()
    ctx = build_context(doc)
    she = Candidate(21, 21, 22, "pronoun", "she")
    near = [o.actor_id for o in options(ctx, she, 4, 8)]
    assert "ana" not in near
    far = options(ctx, she, 4, 8, salient=1)
    assert far[-1].actor_id == "ana" and far[-1].far
    assert "far" in pair_features(ctx, she, far, len(far) - 1, ctx.gender, None)


def test_no_actor_is_offered_before_the_text_names_it():
    doc = _doc_with_far_subject()
    ctx = build_context(doc)
    early = Candidate(2, 2, 3, "pronoun", "she")  # the first sentence's full stop stands in for a mention
    assert [o.actor_id for o in options(ctx, early, 4, 8, salient=3)] == ["ana"]


def test_pronouns_tied_to_an_actor_are_a_cluster_feature():
    doc = _doc_with_far_subject()
    ctx = build_context(doc)
    ctx.add_anchor(Anchor(12, 4, "di", "pronoun", "nsubj"))
    ctx.add_chain("di", "m")
    she = Candidate(21, 21, 22, "pronoun", "she")
    opts = options(ctx, she, 4, 8)
    k = next(k for k, o in enumerate(opts) if o.actor_id == "di")
    feats = pair_features(ctx, she, opts, k, ctx.gender, None)
    assert "chain-other=1|f" in feats and "chain-same=0|f" in feats
    assert ctx.latest_before("di", 21).tok == 12
    assert ctx.latest_before("fay", 0) is None
