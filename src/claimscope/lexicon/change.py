"""Words of change ("rose by 15%", "a 15% rise", "fell 8 per cent"): verbs and nouns of rising and falling."""

INCREASE = {"rise", "increase", "grow", "climb", "jump", "surge", "soar", "gain", "rocket", "boost", "raise",
            "expand", "double", "triple", "rally", "advance", "improve", "widen", "lift", "hike", "swell",
            "balloon", "spike", "up", "accelerate", "go", "warm"}
DECREASE = {"fall", "drop", "decline", "decrease", "slip", "slide", "plunge", "tumble", "shrink", "cut",
            "reduce", "lose", "sink", "dip", "ease", "contract", "slump", "plummet", "lower", "dive", "shed",
            "narrow", "down", "halve", "crash", "retreat", "weaken", "trim", "slash", "fell", "cool"}
# verbs whose object or bare measure is the size of the change ("fell 8%", "gained 3 points"), unlike
# "raised $1bn" or "cut 500 jobs", whose object is what was raised or cut
MEASURED_CHANGE = {"rise", "fall", "climb", "drop", "jump", "slip", "slide", "gain", "lose", "surge", "soar", "plunge",
                   "tumble", "sink", "dip", "ease", "decline", "increase", "decrease", "grow", "shrink", "advance",
                   "retreat", "rally", "slump", "plummet", "edge", "up", "down", "rocket", "dive", "contract"}
CHANGE_NOUNS = {"rise": "increase", "increase": "increase", "growth": "increase", "jump": "increase",
                "gain": "increase", "hike": "increase", "surge": "increase", "boost": "increase",
                "fall": "decrease", "drop": "decrease", "decline": "decrease", "decrease": "decrease",
                "cut": "decrease", "reduction": "decrease", "loss": "decrease", "slump": "decrease",
                "dip": "decrease", "contraction": "decrease"}
