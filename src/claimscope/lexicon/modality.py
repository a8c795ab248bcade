"""Words that set how a clause asserts its fact: planned, possible, ongoing or negated, and the hedges
that soften it ("reportedly", "could", "is believed to", "appears to")."""

# Verbs, adjectives and participles that govern an infinitive and decide the status of what it says.
PLANNED_HEADS = {"plan", "intend", "aim", "want", "seek", "hope", "prepare", "decide", "agree", "promise",
                 "pledge", "vow", "threaten", "propose", "schedule", "set", "due", "mean", "wish", "try",
                 "attempt", "resolve", "expect", "poised", "about", "scheduled", "slated", "going", "determine",
                 "determined", "commit", "committed", "vote", "move", "offer", "opt", "elect", "look", "ready",
                 "willing", "prepared", "eager", "keen"}
POSSIBLE_HEADS = {"likely", "unlikely", "able", "consider", "risk", "may", "might", "could", "possible",
                  "liable", "bound", "need", "have", "ought", "seem", "appear"}
ONGOING_HEADS = {"continue", "keep", "remain", "begin", "start", "carry", "go"}
NEGATING_HEADS = {"fail", "refuse", "decline", "avoid", "stop", "cease", "neglect", "forget", "halt", "abandon",
                  "reject", "quit"}
# Verbs whose clausal complement is denied by the subject ("denies moving the plant", "denied having met").
DENYING_HEADS = {"deny", "refute", "rebut", "disavow", "repudiate"}
FUTURE_MODALS = {"will", "shall", "'ll", "’ll", "wo"}
POSSIBLE_MODALS = {"could", "might", "may", "can", "ca", "should", "must", "ought", "'d", "’d"}
# Subordinators that make a clause a condition ("if they sign", "whether it opens").
CONDITION_MARKERS = {"if", "unless", "whether"}
POSSIBLE_ADVERBS = {"perhaps", "maybe", "possibly", "probably", "potentially", "conceivably"}
HEDGE_ADVERBS = {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "probably",
                 "likely", "perhaps", "maybe", "seemingly", "presumably", "reputedly", "ostensibly",
                 "potentially", "arguably", "conceivably", "unconfirmed", "rumoured", "rumored"}
HEDGE_MODALS = {"could", "might", "may", "would"}
REPORTING_PASSIVES = {"believe", "think", "say", "report", "allege", "understand", "rumour", "rumor", "expect",
                      "suppose", "estimate", "claim", "fear", "suspect", "consider", "presume", "thought"}
# Raising verbs: "appears to", "seems to" shape the fact and are no source of it.
RAISING_VERBS = {"appear", "seem"}
NEGATIONS = {"not", "n't", "never", "no", "’t"}
# The lowercase forms that can carry a hedge: hedge words, modals, reporting participles, raising verbs.
HEDGE_TRIGGERS = (HEDGE_ADVERBS | HEDGE_MODALS | {"appear", "appears", "appeared", "appearing", "seem", "seems",
                                                 "seemed", "seeming", "believed", "thought", "said", "reported",
                                                 "alleged", "understood", "rumoured", "rumored", "expected",
                                                 "supposed", "estimated", "claimed", "feared", "suspected",
                                                 "considered", "presumed"})
