"""Irregular English forms and their lemmas, for grouping word forms without a model ("told" -> "tell")."""

from __future__ import annotations

IRREGULAR_LEMMAS = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
    "knew": "know", "known": "know", "felt": "feel", "heard": "hear", "spoke": "speak", "spoken": "speak",
    "made": "make", "found": "find", "saw": "see", "seen": "see", "gave": "give", "given": "give",
    "went": "go", "goes": "go", "took": "take", "taken": "take", "held": "hold", "meant": "mean",
    "sought": "seek", "brought": "bring", "taught": "teach", "understood": "understand", "led": "lead",
    "according": "according", "read": "read", "saying": "say", "lied": "lie", "dying": "die",
    "put": "put", "set": "set", "forecast": "forecast", "let": "let", "hit": "hit", "left": "leave",
    "became": "become", "began": "begin", "begun": "begin", "chose": "choose", "chosen": "choose",
    "ran": "run", "swore": "swear", "sworn": "swear", "bet": "bet", "news": "news", "series": "series",
}
