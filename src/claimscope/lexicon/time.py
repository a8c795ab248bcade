"""Words of time expressions: months, weekdays, seasons, units, and the words that make them relative or roles."""

from .numbers import TENS, UNITS

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
          "nov": 11, "dec": 12}
FULL_MONTHS = {k for k in MONTHS if len(k) > 4 or k in {"may", "june", "july"}}
AMBIGUOUS_MONTHS = {"may", "march", "august"}  # also a modal, a verb/noun, an adjective
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"}
UNIT_WORDS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "week",
              "month": "month", "months": "month", "year": "year", "years": "year", "quarter": "quarter",
              "quarters": "quarter", "decade": "decade", "decades": "decade", "century": "century",
              "centuries": "century", "weekend": "weekend", "weekends": "weekend", "hour": "hour",
              "hours": "hour", "minute": "minute", "minutes": "minute", "second": "second",
              "seconds": "second", "night": "day", "nights": "day", "season": "season"}
PLURAL_UNITS = {"days", "weeks", "months", "years", "quarters", "decades", "centuries", "hours", "minutes",
                "seconds", "weekends", "nights"}
PAST_WORDS = {"last", "past", "previous", "preceding", "ago", "earlier", "recent", "recently", "former", "prior",
              "latest"}
FUTURE_WORDS = {"next", "coming", "following", "upcoming", "soon", "future", "later", "forthcoming"}
THIS_WORDS = {"this", "current", "present"}
MODS = {"early": "early", "mid": "mid", "middle": "mid", "late": "late", "end": "end", "start": "start",
        "beginning": "start", "close": "end", "turn": "start"}
SET_WORDS = {"every", "each", "daily", "weekly", "monthly", "annually", "annual", "yearly", "quarterly",
             "nightly", "hourly", "biannual", "biennial"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4}
SMALL_NUMBERS = {**UNITS, **TENS, "a": 1, "an": 1, "one": 1}
# Words before an expression that make it a deadline ("no later than June") or a start ("since 2001").
DEADLINE_BEFORE = (("no", "later", "than"), ("ahead", "of"), ("in", "time", "for"), ("not", "before"),
                   ("by",), ("before",), ("until",), ("till",), ("til",), ("through",), ("within",))
START_BEFORE = (("since",), ("from",), ("starting",), ("as", "of"), ("beginning",))
TEMPORAL_PREPS = {"in", "on", "at", "by", "since", "until", "till", "before", "after", "from", "during",
                  "through", "throughout", "of", "to", "between", "and", "or", "early", "late", "mid", "last",
                  "next", "this", "that", "every", "each", "around", "circa", "as"}
DATE_WORDS = (set(MONTHS) | set(WEEKDAYS) | set(SEASONS) | set(UNIT_WORDS) | PAST_WORDS | FUTURE_WORDS | THIS_WORDS
              | set(MODS) | SET_WORDS | set(ORDINALS) | {"fiscal", "twice", "thrice", "times"}
              | {"today", "tomorrow", "yesterday", "tonight", "now", "currently", "once",
                                         "around", "about", "some", "nearly", "almost", "over", "just", "only",
                                         "mid", "later", "earlier", "recently", "early", "late", "eventually",
                                         "more", "less", "fewer", "than", "least", "under", "up", "full",
                                         "consecutive", "straight", "whole", "entire", "same", "nowadays",
                                         "several", "few", "presently", "noon", "midday", "midnight", "morning",
                                         "afternoon", "evening", "overnight", "dawn", "dusk"})
# Words the recogniser misses as dates but that start one ("on Monday", "yesterday").
DAY_WORDS = {"yesterday", "today", "tomorrow", "tonight"}
# Time zones written after a clock time ("09:30 BST").
ZONES = {"gmt", "bst", "utc", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "jst", "ist", "msk"}
# Parts of the day, which make a date a time ("Tuesday evening").
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "tonight", "overnight"}
# Holidays on fixed days of the year (month, day); "christmas eve" is read as Christmas, a day out, so kept apart.
HOLIDAY_DATES = {"christmas": (12, 25), "halloween": (10, 31), "valentine's": (2, 14), "valentines": (2, 14)}
# Holidays of two or more words, as the date rules split them ("new year s eve"), read before single words.
HOLIDAY_PHRASES = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
                   "new year s eve": (12, 31), "new year s day": (1, 1), "new years eve": (12, 31),
                   "new years day": (1, 1)}
# Holidays: proper names that are dates ("Christmas").
HOLIDAYS = {"christmas", "easter", "thanksgiving", "ramadan", "eid", "diwali", "hanukkah", "passover", "halloween",
            "new", "boxing", "independence", "labor", "labour", "memorial", "valentine", "lent", "advent"}
# Verbs whose object is a forecast: a day inside it ("warned of gales on Tuesday night") lies ahead.
FORECAST_VERBS = {"warn", "forecast", "predict", "expect", "anticipate", "foresee", "project"}
# Decades as words ("the sixties"): the 1930s to the 1990s ("the twenties" and "the tens" are left alone,
# being both 19xx and 20xx).
DECADE_WORDS = {"thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
                "eighties": 1980, "nineties": 1990}
