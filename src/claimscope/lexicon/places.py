"""Words that tell a place from the state it stands for ("talks with Riverton": the state; "in Riverton": the city)."""

from __future__ import annotations

# region words a place name takes ("Lakeford Oblast", "Riverton County")
REGION_WORDS = frozenset({"oblast", "region", "province", "krai", "kray", "governorate", "prefecture", "county",
                          "district", "state", "territory", "republic", "canton", "voivodeship", "okrug", "raion"})
# nouns of government and policy: a capital possessing or modifying one is the state ("Riverton's decision")
GOVERNMENT_NOUNS = frozenset({
    "government", "administration", "regime", "leadership", "decision", "decisions", "policy", "policies", "stance",
    "position", "response", "reaction", "move", "moves", "plan", "plans", "strategy", "officials", "official",
    "diplomats", "diplomat", "envoy", "ambassador", "troops", "forces", "army", "military", "navy", "support",
    "backing", "ally", "allies", "relations", "ties", "demand", "demands", "refusal", "threat", "threats", "warning",
    "warnings", "claim", "claims", "approval", "objection", "objections", "insistence", "push", "bid", "effort",
    "efforts", "involvement", "intervention", "aggression", "invasion", "war", "sanctions", "negotiators",
    "interests", "ambitions", "goal", "goals", "objective", "objectives", "aims", "influence", "leaders", "leader",
    "president", "minister", "ministers", "ministry", "spokesman", "spokeswoman", "accusation", "accusations",
    "denial", "statement", "statements", "announcement", "proposal", "proposals", "offer", "pressure", "role",
    "commitment", "promise", "deal", "agreement", "talks", "authorities", "intelligence", "agenda", "approach",
    "veto", "concerns", "priorities", "budget", "rule", "control", "crackdown", "propaganda", "media", "regulators",
    "lawmakers", "parliament", "policymakers", "vote", "diplomacy", "ultimatum"})
# verbs whose subject is a place rather than an actor ("Riverton lies ...", "the capital hosted ...")
PLACE_PREDICATES = frozenset({
    "be", "lie", "sit", "stand", "border", "remain", "become", "host", "boast", "rank", "attract", "have", "suffer",
    "experience", "flood", "swelter", "shiver", "look", "grow", "welcome", "house", "contain", "cover", "lose",
    "get", "see", "enjoy", "feel"})
# verbs and nouns of movement: their objects and goals are places
MOTION_WORDS = frozenset({
    "visit", "leave", "reach", "enter", "tour", "flee", "go", "travel", "fly", "move", "return", "come", "drive",
    "head", "relocate", "arrive", "walk", "sail", "march", "commute", "evacuate", "deport", "transfer", "bring",
    "take", "send", "ship", "export", "import", "smuggle", "escape", "trip", "journey", "flight", "flights", "route",
    "road", "train", "trains", "way", "visitors", "tourists", "migration", "traffic", "rail", "bus", "ferry",
    "attack", "bomb", "shell", "strike", "capture", "seize", "occupy", "surround", "liberate", "storm", "hit",
    "rebuild", "invade", "besiege", "defend", "approach", "near", "live", "stay", "base", "locate", "born"})
# prepositions of a relation between parties ("talks with Riverton")
RELATION_PREPS = frozenset({"with", "against", "between", "toward", "towards", "on", "by", "over", "about"})
# prepositions of space: their object is the place ("in Riverton")
SPACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "through", "via",
                         "throughout", "within", "into", "onto", "beyond", "off", "along", "past", "under", "above",
                         "below"})
# prepositions whose object is a place more often than a party ("a flight to Riverton", "news from Riverton")
TO_FROM = frozenset({"to", "from"})
# verbs after which "to X" names an addressee ("said to Riverton", "appealed to the capital")
ADDRESSEE_VERBS = frozenset({
    "say", "speak", "talk", "write", "appeal", "complain", "report", "deliver", "explain", "signal", "turn", "reply",
    "respond", "announce", "admit", "protest", "pledge", "promise", "offer", "sell", "give", "hand", "lend", "pay",
    "send", "propose", "submit", "object", "apologise", "apologize", "plead", "concede", "yield", "listen", "cede",
    "surrender", "owe"})
# nouns after "from" that make the capital the sender ("a warning from Riverton")
SENDER_NOUNS = frozenset({"signal", "message", "warning", "criticism", "response", "aid", "demand", "order", "call"})
