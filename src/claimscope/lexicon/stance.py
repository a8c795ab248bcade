"""Cue verbs by the stance they take towards what they report ("confirmed" confirms, "denied" denies)."""

STANCES = {
    "confirms": {"confirm", "verify", "acknowledge", "admit", "concede", "affirm", "corroborate", "prove",
                 "establish", "reaffirm", "validate", "certify", "attest", "testify", "recognize", "recognise"},
    "indicates": {"indicate", "suggest", "signal", "hint", "imply", "show", "reveal", "estimate", "find",
                  "conclude", "point", "disclose", "learn", "assess", "calculate", "predict", "forecast",
                  "project"},
    "claims": {"claim", "assert", "insist", "argue", "maintain", "contend", "boast", "purport", "profess",
               "proclaim", "swear", "declare"},
    "alleges": {"allege", "accuse", "charge", "blame", "implicate"},
    "denies": {"deny", "reject", "dispute", "refute", "dismiss", "rebut", "contradict", "disavow", "repudiate",
               "disown", "rule", "counter", "deride", "scoff", "question", "challenge", "doubt"},
}
# Cues that report without taking a stance ("according to", a colon after a name).
NEUTRAL_CUES = {":", "according to", "as per", "per", "in the words of"}
