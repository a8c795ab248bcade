"""Words too common in news to say what an article or a claim is about (beyond spaCy's English stop words)."""

from __future__ import annotations

# Reporting words, weekdays and filler that every story shares ("said", "Monday", "report"): no story feature.
NEWS_STOP_WORDS = frozenset({
    "said", "says", "told", "also", "would", "could", "year", "years", "people", "according", "week", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "mr", "mrs", "last", "first", "time",
    "like", "added", "report", "reports", "news", "read", "more"})

# Titles and speech verbs around a claim ("Mr Ruiz said ..."): not what the claim is about.
ATTRIBUTION_WORDS = frozenset({"mr", "mrs", "ms", "dr", "sir", "said", "say", "told", "tell"})

# Auxiliaries and hedges between a number and its verb ("300 people had reportedly been hurt" -> hurt).
AUXILIARIES = frozenset({"were", "was", "had", "have", "has", "been", "be", "are", "is", "being", "reportedly",
                         "also", "all"})
