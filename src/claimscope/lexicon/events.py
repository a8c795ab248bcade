"""Verbs and nouns that shape events: light verbs (no event), transfer and motion verbs, prepositions of
recipients and places, and the words that make a context political."""

from .groups import GROUP_NOUNS

LIGHT_VERBS = {"be", "have", "do", "seem", "appear", "become", "get", "let", "make", "go", "come", "take", "accord",
               "include", "mean", "need", "want", "like", "see", "look", "know", "think", "feel", "remain", "say",
               "tell", "add", "base", "follow", "use", "try", "help", "begin", "start", "continue", "keep"}
TRANSFER_VERBS = {"send", "deploy", "dispatch", "give", "provide", "supply", "deliver", "ship", "sell", "lend",
                  "transfer", "donate", "offer", "pledge", "grant", "export", "hand", "return", "pay", "loan"}
MOTION_VERBS = {"arrive", "move", "travel", "go", "return", "fly", "come", "head", "march", "advance", "flee",
                "retreat", "withdraw", "cross", "enter", "relocate", "redeploy", "sail", "drive", "walk"}
PURPOSE_RECIPIENT = {"support", "help", "assist", "aid", "back", "defend", "reinforce", "bolster", "protect",
                     "strengthen", "fight", "attack", "punish", "pressure", "deter"}
TARGET_PREPS = {"against", "on", "upon", "at"}
RECIPIENT_PREPS = {"to", "toward", "towards", "for"}
LOCATION_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "into", "onto", "along",
                  "around", "within", "off", "over", "on", "to", "towards", "toward", "from", "outside"}
POLITICAL_ORG_KINDS = {"government", "military", "intelligence", "party", "igo", "police", "ngo", "court",
                       "legislature", "agency", "ministry"}
POLITICAL_NOUNS = GROUP_NOUNS - {"company", "firm", "bank", "team", "board", "worker", "employee", "executive",
                                 "staff", "crew"} | {"protester", "demonstrator", "opposition", "insurgent",
                                                     "terrorist", "separatist", "activist", "union", "striker", "guerrilla",
                                                     "guerilla", "fundamentalist", "extremist", "dissident",
                                                     "islamist", "jihadist", "refugee", "junta", "faction",
                                                     "warlord", "clan", "gunman", "gunmen", "prisoner",
                                                     "hostage", "detainee", "country", "nation", "neighbour",
                                                     "neighbor", "rioter", "marcher", "picketer", "mob"}
# A type needs a political context (a state, a government body, forces or their weapons, a state's
# official) except for these verbs, which are political whatever the context
ALWAYS_POLITICAL = {"invade", "bomb", "shell", "assassinate", "massacre", "abduct", "kidnap", "hijack", "annex",
                    "arrest", "detain", "imprison", "jail", "deport", "kill", "murder", "wound", "torture",
                    "ambush", "bombard", "besiege", "sanction", "embargo", "riot", "protest", "demonstrate",
                    "mobilize", "mobilise", "deploy", "clash", "boycott", "picket"}
# Causes of death or harm that are no one's act: an assault verb with one as subject is no event (CAMEO codes
# deliberate acts); two-word entries are a compound and its head ("heart attack", not "rocket attack")
NATURAL_CAUSES = {"illness", "disease", "cancer", "stroke", "heart attack", "cardiac arrest", "flood", "flooding",
                  "floodwater", "earthquake", "quake", "storm", "hurricane", "cyclone", "typhoon", "tornado",
                  "landslide", "mudslide", "avalanche", "tsunami", "drought", "famine", "epidemic", "pandemic",
                  "virus", "infection", "accident", "crash", "heatwave", "lightning", "fever", "malaria", "cholera",
                  "eruption", "blizzard", "wildfire", "disaster"}
# Who protests: force used on them by police or troops is repression (CAMEO 175)
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "marcher", "crowd", "striker", "mob",
                   "picketer", "mourner", "protesters", "demonstrators", "crowds"}
# Verbs of leaving a place: "ordered the envoy to leave the country" is an expulsion
LEAVE_VERBS = {"leave", "quit", "depart", "vacate", "exit"}
FORCE_MODIFIERS = {"military", "army", "naval", "armed", "police", "paramilitary", "combat"}
PEOPLE_OBJECTS = {"prisoner", "hostage", "detainee", "captive", "activist", "journalist", "dissident", "soldier",
                  "civilian", "people", "man", "woman", "citizen", "national", "politician", "leader", "member"}
# Verbs typed only when what they act on is a person ("released the hostages", not "released a report").
PEOPLE_VERBS = {"release", "free", "pardon", "execute"}
# Verbs whose object is made to do what their complement says: the event is the subject's doing to the object
# ("ordered the broadcaster to shut down" is coercion by whoever ordered it).
CAUSATIVE_VERBS = {"order", "force", "compel", "oblige", "require", "pressure", "pressurise", "pressurize"}
# Verbs of requests and demands whose object, "on" object or "that"-clause subject is whom the request is made of
REQUEST_VERBS = {"call", "urge", "ask", "press", "implore", "demand", "insist", "beg", "plead", "appeal", "request"}
