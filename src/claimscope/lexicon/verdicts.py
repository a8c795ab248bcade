"""Words by which a report takes a side on a claim: it denies or refutes it ("denies", "hoax", "not true"), or
only reports it without taking a side ("reportedly", "claims", "rumour", "unconfirmed", a question)."""

from __future__ import annotations

# Words that deny, refute or debunk what a report is about ("X denies ...", "the story is a hoax").
REFUTING = frozenset({
    "deny", "denies", "denied", "denying", "denial", "denials", "hoax", "hoaxes", "fake", "faked", "false",
    "falsely", "fraud", "fraudulent", "bogus", "debunk", "debunks", "debunked", "debunking", "myth", "untrue",
    "retract", "retracts", "retracted", "refute", "refutes", "refuted", "rebut", "rebuts", "rebutted", "dismiss",
    "dismisses", "dismissed", "dismissing", "reject", "rejects", "rejected", "rejecting", "disprove", "disproved",
    "baseless", "unfounded", "nonsense", "misleading", "doctored", "photoshopped", "prank", "satire", "satirical"})
# Phrases of the same meaning, matched on the lowercased words joined by spaces.
REFUTING_PHRASES = ("no evidence", "not true", "turns out", "turned out", "after all", "is alive", "alive and well",
                    "nothing to do with", "no truth", "not the case", "set the record straight",
                    # verbs of dismissing a story: "laughs off wedding rumours", "rules out a move"
                    "laughs off", "laughed off", "laugh off", "rules out", "ruled out", "rule out", "shoots down",
                    "pours cold water", "puts to rest", "quashes", "quashed", "scotches", "scotched", "dispels",
                    "dispelled")
# Negation words: a report that negates what the claim asserts (or asserts what it negates) contradicts it.
NEGATING = frozenset({"not", "no", "never", "n't", "nobody", "nothing", "none", "neither", "nor"})

# Words that report a claim without taking a side.
HEDGING = frozenset({
    "reportedly", "allegedly", "alleged", "alleges", "allege", "apparently", "purportedly", "purported",
    "supposedly", "possibly", "possible", "perhaps", "maybe", "rumour", "rumours", "rumoured", "rumor", "rumors",
    "rumored", "unconfirmed", "unverified", "speculation", "speculate", "speculates", "speculated", "claim",
    "claims", "claimed", "claiming", "may", "might", "could", "suggest", "suggests", "suggested", "hint", "hints",
    "viral", "whether", "mulls", "mulling", "considering", "weighs", "eyes", "linked", "link", "talks", "report",
    "reports", "sources", "source", "accused", "accuses", "questions", "probe", "investigating", "investigate",
    "witnesses", "eyewitness", "eyewitnesses"})
HEDGING_PHRASES = ("said to", "believed to", "thought to", "appear to", "appears to", "appeared to", "seem to",
                   "seems to", "set to", "expected to", "according to", "in talks", "is said", "are said",
                   "could be", "may be", "might be", "report:", "reports:")
# Verbs of turning down, and what they may turn down that is a demand, not a fact: "rejects calls to publish the
# advice" takes no side on what the advice says (denying "plans" still denies them: not listed).
REJECTING = frozenset({"reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed",
                       "dismissing", "rebuff", "rebuffs", "rebuffed", "resist", "resists", "resisted"})
DEMANDS = frozenset({"call", "calls", "question", "questions", "demand", "demands", "request", "requests", "appeal",
                     "appeals", "criticism", "criticisms", "pressure", "invitation", "offer", "offers", "proposal",
                     "proposals", "bid", "bids", "motion", "application", "suggestion", "suggestions"})

# Words of checking a claim: negated ("has not been verified", "could not confirm", "did not deny", "did not rule
# out") they leave it open, which is a report, not a denial.
CHECKING = frozenset({"verify", "verified", "confirm", "confirmed", "confirmation", "deny", "denied", "rule", "ruled",
                      "ruling", "comment", "say", "independently"})
# Opposites by which a report denies without a denial word: "the factory will stay open" against "will close"
# (light stems, as link.check.stem makes them; each pair read both ways).
OPPOSITES = (("close", "open"), ("dead", "alive"), ("die", "alive"), ("resign", "stay"), ("quit", "stay"),
             ("leave", "stay"), ("stop", "continu"), ("cancel", "go"), ("guilty", "innoce"), ("marri", "single"),
             ("win", "lost"), ("win", "lose"), ("real", "fake"))

# Words that assert a claim outright, which a hedge elsewhere in the report does not undo ("confirms").
CONFIRMING = frozenset({"confirm", "confirms", "confirmed", "confirming", "officially", "announces", "announced",
                        "verified", "proves", "proved", "proven"})
