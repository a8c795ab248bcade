"""Words around numbers: qualifiers that make them intervals, percent words, and the nouns that make a number
an identifier ("Article 5"), a share ("two-thirds") or an idiom ("one way") rather than a count."""

QUALIFIERS = sorted([  # (words, kind), read longest first ("no more than" before "more than"); kinds: min, max,
    # nearly, about, exact
    (("no", "fewer", "than"), "min"), (("no", "less", "than"), "min"), (("not", "less", "than"), "min"),
    (("a", "minimum", "of"), "min"), (("in", "excess", "of"), "min"), (("well", "over"), "min"),
    (("more", "than"), "min"), (("greater", "than"), "min"), (("upwards", "of"), "min"),
    (("higher", "than"), "min"), (("bigger", "than"), "min"), (("larger", "than"), "min"),
    (("lower", "than"), "max"), (("smaller", "than"), "max"),
    (("at", "least"), "min"), (("over",), "min"), (("above",), "min"), (("exceeding",), "min"),
    (("no", "more", "than"), "max"), (("not", "more", "than"), "max"), (("a", "maximum", "of"), "max"),
    (("as", "many", "as"), "max"), (("as", "much", "as"), "max"), (("just", "under"), "max"),
    (("up", "to"), "max"), (("at", "most"), "max"), (("fewer", "than"), "max"), (("less", "than"), "max"),
    (("under",), "max"), (("below",), "max"),
    (("close", "to"), "nearly"), (("just", "short", "of"), "nearly"), (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("an", "estimated"), "about"), (("approximately",), "about"), (("roughly",), "about"),
    (("around",), "about"), (("about",), "about"), (("some",), "about"), (("circa",), "about"),
    (("estimated",), "about"), (("approx",), "about"), (("an", "average", "of"), "about"),
    (("exactly",), "exact"), (("precisely",), "exact"),
], key=lambda q: -len(q[0]))
PERCENT_WORDS = {"percent", "pc", "%", "per-cent", "pct"}
IDENTIFIER_NOUNS = {"no", "no.", "number", "#", "article", "section", "chapter", "page", "room", "flight",
                    "version", "level", "phase", "grade", "category", "route", "channel", "line", "platform",
                    "gate", "terminal", "model", "series", "episode", "round", "stage", "track", "vol",
                    "volume", "issue", "item", "paragraph", "clause", "rule", "resolution", "act", "figure",
                    "table", "part", "step", "week", "day", "year", "tier", "bus", "highway", "road", "block",
                    "apartment", "suite", "unit", "box", "ward", "district", "zone", "sector", "division",
                    "group", "class", "size", "mark", "code", "id", "pp", "p.", "vs", "junction", "junctions",
                    "exit", "pier", "platforms", "gates", "pages", "rooms", "articles", "sections", "chapters",
                    "flights", "routes", "episodes", "seasons", "season", "top"}
SOFT_IDENTIFIERS = {"top", "unit", "division", "group", "size", "class", "zone", "sector", "block", "part", "step", "mark",
                    "week", "day", "year", "line", "level", "stage", "round", "phase", "table", "figure", "item",
                    "box", "act", "rule", "issue", "track", "model", "series", "volume", "grade", "category"}
NOT_UNITS = {"more", "less", "others", "other", "each", "apiece", "all", "most", "both", "some", "them", "which",
             "whom", "those", "these", "they", "it", "what", "who", "fewer", "half", "percent", "%"}
FRACTIONS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths",
             "seventh", "eighth", "ninth", "tenth", "tenths", "hundredth"}
# "one thing", "one way": idioms, not counts
GENERIC_NOUNS = {"thing", "way", "time", "reason", "point", "question", "problem", "issue", "day", "side", "hand",
                 "moment", "example", "place", "part", "kind", "sort", "type", "area", "aspect", "factor", "word",
                 "step", "option", "another", "other", "matter", "case", "sense", "respect", "thought", "idea",
                 "set", "lot", "bit", "number", "hell", "heck"}
# "one-off", "one-way": compounds of "one" that count nothing ("a one-off payment"; "a one-day strike" is a duration)
ONE_IDIOMS = {"off", "way", "sided", "stop", "liner", "on", "size", "party", "horse", "trick", "hit"}
# Nouns a year names the period of ("1990 levels", "2019 figures", "in 2015 prices"): the number is a date
YEAR_NOUNS = {"level", "levels", "price", "prices", "figure", "figures", "terms", "value", "values", "baseline",
              "census", "data", "estimate", "estimates", "forecast", "forecasts", "budget", "budgets", "vintage",
              "season", "edition", "elections", "election", "model", "models", "standards", "rates", "peak",
              "high", "low", "average"}

# Verbs that make the things counted do something ("forced 1,200 residents to leave"): the count's predicate is
# the verb after "to", not the causing one.
CAUSATIVES = frozenset({"forc", "caus", "prompt", "order", "compell", "oblig", "urg"})
# How a crowd is counted ("in front of 41,000 fans", "a crowd of 5,000", "10,000 people marched"): one predicate,
# so the organisers' and the police's figures of one rally are compared whichever words each uses.
CROWD_BEFORE = ("in front of", "crowd of", "attended by", "watched by", "drew", "attracted")
CROWD_VERBS = frozenset({"attend", "watch", "gather", "march", "rally", "protest", "demonstrat", "turn"})
