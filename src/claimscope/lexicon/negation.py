"""Words that negate what follows, and words of denial, so that "did not send" and "denied sending" both count."""

from __future__ import annotations

# Negation words of a clause ("did not", "no troops", "nobody was hurt"); content words keep them.
NEGATIONS = frozenset({"not", "no", "never", "n't", "nor", "neither", "without", "none", "nobody", "nothing"})

# Children of a word that negate it ("is not ready", "hardly prepared").
NEGATING_MODIFIERS = frozenset({"not", "never", "no", "n't", "hardly"})

# Cue words that deny or reject the content ("the ministry denied ...", "Ana Ruiz rejected claims ...").
DENIAL_CUES = frozenset({"deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
                         "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "rebut",
                         "rebuts", "rebutted", "disputes", "disputed", "contest", "contested", "contests"})

# Cue words that withhold a denial rather than make one ("refused to deny", "declined to dismiss", "did not deny").
WITHHOLDING = frozenset({"refused", "refuses", "refuse", "declined", "declines", "failed", "fails", "not", "never",
                         "n't"})

# Nouns naming a proposition that a denial can reject ("denied reports that ...", "rejected claims he ...").
PROPOSITION_NOUNS = frozenset({"report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
                               "accusations", "suggestion", "suggestions", "speculation", "rumour", "rumours", "rumor",
                               "rumors", "charge", "charges", "account", "accounts", "story", "stories", "assertion",
                               "assertions", "notion", "idea", "talk"})
# Nouns of what a rejection turns down rather than denies ("rejected calls for", "dismissed questions about"):
# refusing a demand is a position, not a statement that a fact is false.
PROPOSAL_NOUNS = frozenset({"call", "calls", "question", "questions", "demand", "demands", "offer", "offers",
                            "proposal", "proposals", "plan", "plans", "bid", "bids", "request", "requests", "appeal",
                            "appeals", "idea", "criticism", "criticisms", "case", "motion", "application", "advice",
                            "deal", "move", "pressure", "attempt", "attempts", "suggestion", "invitation"})
