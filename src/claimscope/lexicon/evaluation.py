"""Words of evaluation: prefixes that turn a word's polarity, verbs that characterise, words that describe nothing."""

from __future__ import annotations

# A negating prefix reverses a known stem: "inexperienced" reads as not "experienced".
NEGATING_PREFIXES = ("non-", "non", "dis", "un", "in", "im", "il", "ir")
# A pejorative prefix marks a word negative by itself: "malnourished", "ill-equipped", "undertrained".
PEJORATIVE_PREFIXES = ("mal", "ill-", "under", "poorly-", "badly-", "half-")
# An ameliorative prefix marks a word positive: "well-equipped", "well organised" (read as "well-organised").
AMELIORATIVE_PREFIXES = ("well-",)

# Verbs whose object is characterised by what follows ("described the units as ...", "called it chaotic").
NAMING_VERBS = frozenset({"describe", "call", "label", "brand", "portray", "depict", "term", "dub", "characterise",
                          "characterize", "paint", "present", "cast", "hail", "praise", "condemn", "denounce",
                          "deride"})

# Modifiers that pick out or count a thing without saying what it is like ("its own troops", "several units").
NON_DESCRIPTORS = frozenset({"own", "other", "same", "such", "many", "several", "more", "most", "first", "last",
                             "new"})
