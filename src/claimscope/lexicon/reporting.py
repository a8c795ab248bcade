"""Verbs of speech whose subject is the last speaker a later pronoun most likely stands for."""

from __future__ import annotations

# A small list, by lemma: "Ana Ruiz said ... He added" ties "He" to her.
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "ask", "explain", "claim", "state", "insist", "argue",
                           "announce", "warn", "write", "reply", "answer", "note", "comment", "describe",
                           "report", "confirm", "deny", "admit", "suggest", "believe", "think", "continue",
                           "urge", "declare", "acknowledge", "recall", "speak", "stress"})
