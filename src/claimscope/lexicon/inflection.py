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

# Past and participle forms of irregular verbs of what happens in the news, as their base verb ("stolen" and
# "stole" -> "steal", "fled" -> "flee"), for comparing word forms without a model (claim check, counts' verbs).
IRREGULAR_VERBS = {
    "stole": "steal", "stolen": "steal", "fled": "flee", "lost": "lose", "struck": "strike", "fell": "fall",
    "fallen": "fall", "won": "win", "shot": "shoot", "sold": "sell", "built": "build", "spent": "spend",
    "kept": "keep", "met": "meet", "broke": "break", "broken": "break", "caught": "catch", "fought": "fight",
    "flew": "fly", "flown": "fly", "froze": "freeze", "frozen": "freeze", "drove": "drive", "driven": "drive",
    "rose": "rise", "risen": "rise", "sank": "sink", "sunk": "sink", "hid": "hide", "hidden": "hide",
    "bit": "bite", "bitten": "bite", "ate": "eat", "eaten": "eat", "wore": "wear", "worn": "wear", "tore": "tear",
    "torn": "tear", "threw": "throw", "thrown": "throw", "grew": "grow", "grown": "grow", "drew": "draw",
    "drawn": "draw", "blew": "blow", "blown": "blow", "hung": "hang", "dug": "dig", "fed": "feed", "bled": "bleed",
    "bought": "buy", "paid": "pay", "sent": "send", "lent": "lend", "lit": "light", "stuck": "stick",
    "swam": "swim", "swum": "swim", "stood": "stand", "sat": "sit", "slept": "sleep", "woke": "wake",
    "woken": "wake", "withdrew": "withdraw", "withdrawn": "withdraw", "left": "leave", "held": "hold",
    "went": "go", "gone": "go", "came": "come", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "made": "make", "found": "find", "saw": "see", "seen": "see", "ran": "run", "began": "begin",
    "begun": "begin", "became": "become", "led": "lead", "brought": "bring", "told": "tell", "said": "say",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "chose": "choose",
    "chosen": "choose", "forgot": "forget", "forgotten": "forget", "hurt": "hurt", "hit": "hit", "quit": "quit",
    "shut": "shut", "cut": "cut", "split": "split", "cost": "cost", "put": "put", "set": "set", "let": "let",
}
