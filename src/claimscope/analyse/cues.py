"""The words that signal an attribution, grouped by what they signal (speech, report, belief, intention...)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

# Verbs (lemmas) that take what someone said, wrote, reported, believes or intends as their complement.
SPEECH = {
    "say", "tell", "state", "add", "explain", "note", "claim", "argue", "insist", "announce", "declare",
    "report", "write", "tweet", "post", "ask", "answer", "reply", "respond", "suggest", "warn", "caution",
    "confirm", "deny", "acknowledge", "admit", "concede", "allege", "assert", "contend", "maintain",
    "stress", "emphasize", "emphasise", "point", "observe", "remark", "comment", "mention", "recall",
    "reveal", "disclose", "indicate", "predict", "promise", "vow", "pledge", "threaten", "urge", "demand",
    "complain", "boast", "joke", "quip", "scoff", "shout", "yell", "cry", "whisper", "mutter", "exclaim",
    "testify", "inform", "assure", "advise", "recommend", "propose", "concede", "counter", "retort",
    "conclude", "estimate", "forecast", "project", "show", "find", "suggest", "describe", "call",
    "characterize", "label", "dub", "brand", "accuse", "blame", "criticize", "criticise", "praise",
    "charge", "question", "wonder", "speculate", "continue", "repeat", "reiterate", "clarify", "specify",
    "signal", "hint", "imply", "acknowledge", "lament", "concur", "agree", "disagree", "dispute", "reject",
    "rule", "contradict", "echo", "cite", "quote", "recount", "relate", "detail", "list", "outline",
    "publish", "broadcast", "document", "confide", "concede", "prove", "establish", "learn",
    "tout", "hail", "decry", "dismiss", "deride", "mock", "pronounce", "proclaim", "swear", "guarantee",
    "predict", "assess", "judge", "rate", "order", "instruct", "request", "beg", "plead", "appeal",
}
BELIEF = {
    "believe", "think", "feel", "consider", "expect", "hope", "fear", "worry", "doubt", "suspect", "know",
    "understand", "assume", "guess", "reckon", "suppose", "imagine", "realize", "realise", "recognize",
    "recognise", "see", "hear", "notice", "conclude", "decide", "figure", "agree", "trust", "bet",
    "anticipate", "presume", "sense", "view", "regard", "deem", "perceive", "remember", "forget",
}
INTENTION = {
    "want", "plan", "aim", "intend", "seek", "wish", "vow", "pledge", "promise", "refuse", "decline",
    "threaten", "try", "attempt", "hope", "mean", "prefer", "desire", "choose", "resolve", "propose",
    "offer", "agree", "prepare", "push", "strive", "endeavour", "endeavor",
}
CUE_VERBS = SPEECH | BELIEF | INTENTION

# Verbs that take the content as an xcomp ("plans to deploy") rather than a ccomp ("said that ...").
XCOMP_CUES = INTENTION | {"expect", "claim", "appear", "seem", "promise", "vow", "pledge", "threaten"}

# Verbs whose object is the addressee ("told Euromaidan Press"), not the content.
ADDRESSEE_OBJECT = {"tell", "inform", "assure", "warn", "advise", "remind", "ask", "urge", "promise",
                    "caution", "notify", "brief", "email", "text", "reassure", "instruct", "order", "beg"}
# Of those, the verbs whose object is someone spoken to and never what is said ("promised a veto" is a thing).
PERSON_OBJECT = {"tell", "inform", "assure", "remind", "notify", "brief", "email", "text", "reassure", "caution"}

# Nouns that report content in a clause or quote ("the claim that ...", "in a statement").
CUE_NOUNS = {"statement", "claim", "assertion", "belief", "view", "allegation", "argument", "report",
             "warning", "promise", "pledge", "announcement", "remark", "comment", "suggestion",
             "prediction", "hope", "fear", "expectation", "plan", "intention", "accusation", "testimony"}

# Prepositional cues: ("according", "to") ... ; matched on lowercased token text.
PREP_CUES = (("according", "to"), ("as", "per"), ("in", "the", "words", "of"), ("per",))

# Weight of evidence each cue group carries; scaled into the statement confidence.
SPEECH_CORE = {"say", "tell", "add", "write", "explain", "note", "announce", "declare", "state", "claim",
               "argue", "insist", "report", "tweet", "confirm", "deny", "warn", "ask"}


# A verb learned from annotated data counts as a cue when at least this share of its uses were cues.
LEARNED_MIN_RATIO = 0.2


@lru_cache(maxsize=1)
def learned_verbs() -> dict[str, float]:
    """Verb lemma -> share of its uses annotated as an attribution cue (data/cue_lexicon.json, fit on train)."""
    path = resources.files("claimscope.analyse") / "data" / "cue_lexicon.json"
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    return {k: v for k, v in raw.get("cues", {}).get("VERB", {}).items() if v >= LEARNED_MIN_RATIO}


def is_cue_verb(lemma: str) -> bool:
    """Whether a verb lemma can signal an attribution (curated groups or learned from annotations)."""
    return lemma in CUE_VERBS or lemma in learned_verbs()


def cue_strength(lemma: str) -> float:
    """How sure a cue verb alone makes us that the clause is an attribution (0..1)."""
    learned = learned_verbs().get(lemma)
    if learned is not None and lemma not in CUE_VERBS:
        return round(0.4 + 0.5 * learned, 3)
    if lemma in SPEECH_CORE:
        return 0.9
    if lemma in SPEECH:
        return 0.75
    if lemma in BELIEF or lemma in INTENTION:
        return 0.65
    return 0.5

# Speech verbs whose direct object can be the reported content ("announced a ban", "denied the report").
OBJECT_CONTENT = {"announce", "deny", "confirm", "report", "reveal", "acknowledge", "admit", "predict",
                  "propose", "promise", "pledge", "claim", "allege", "disclose", "tweet", "write", "recommend",
                  "demand", "dispute", "reject", "question", "reiterate", "repeat", "concede"}


# Adjectives that report a belief or attitude with a complement ("confident that", "eager to").
CUE_ADJECTIVES = {"confident", "sure", "certain", "convinced", "aware", "adamant", "hopeful", "optimistic",
                  "pessimistic", "worried", "concerned", "eager", "keen", "determined", "skeptical", "sceptical",
                  "doubtful", "afraid", "fearful", "unaware", "unsure", "uncertain", "insistent", "clear"}


@lru_cache(maxsize=1)
def learned_adjectives() -> dict[str, float]:
    """Adjective -> share of its uses annotated as a cue, from the shipped lexicon."""
    path = resources.files("claimscope.analyse") / "data" / "cue_lexicon.json"
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    return {k: v for k, v in raw.get("cues", {}).get("ADJ", {}).items() if v >= LEARNED_MIN_RATIO}


def is_cue_adjective(word: str) -> bool:
    """Whether an adjective after a copula can report a belief ('is confident that ...')."""
    return word in CUE_ADJECTIVES or word in learned_adjectives()


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, float]]:
    path = resources.files("claimscope.analyse") / "data" / "cue_lexicon.json"
    try:
        return json.loads(path.read_text("utf-8")).get("cues", {})
    except FileNotFoundError:
        return {}


def lexicon_ratio(pos: str, lemma: str) -> float:
    """Share of a word's uses (as this part of speech) annotated as a cue in the training data; 0 if unseen."""
    return _lexicon().get(pos, {}).get(lemma, 0.0)


# With the learned attribution filter (attribution_model.py), words that were a cue this often become candidates.
CANDIDATE_MIN_RATIO = 0.04


def is_candidate_verb(lemma: str) -> bool:
    """A verb worth proposing as a cue: curated or learned cue verbs, and, when a trained filter ships to
    weed out the wrong ones, every verb annotated as a cue often enough in the training data."""
    if is_cue_verb(lemma):
        return True
    from .attribution_model import active

    return active() and lexicon_ratio("VERB", lemma) >= CANDIDATE_MIN_RATIO


def is_candidate_noun(lemma: str) -> bool:
    """A noun worth proposing as a cue ('his claim that', 'criticism of', 'support for')."""
    if lemma in CUE_NOUNS:
        return True
    from .attribution_model import active

    return active() and lexicon_ratio("NOUN", lemma) >= CANDIDATE_MIN_RATIO


def is_candidate_adjective(word: str) -> bool:
    """An adjective worth proposing as a cue after a copula ('is critical of', 'was furious about')."""
    if is_cue_adjective(word):
        return True
    from .attribution_model import active

    return active() and lexicon_ratio("ADJ", word) >= CANDIDATE_MIN_RATIO
