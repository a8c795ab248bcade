"""Nouns for groups and people that can act: who a noun phrase stands for when no name is given."""

# Nouns for groups and people that act on behalf of whoever modifies them ("the Freedonian troops",
# "the republic's units", "Sylvania's army", "the ministry's officials").
GROUP_NOUNS = {
    "troop", "force", "soldier", "unit", "military", "army", "navy", "air", "marine", "battalion", "brigade",
    "division", "regiment", "fighter", "militant", "rebel", "militia", "police", "officer", "official",
    "government", "authority", "ministry", "delegation", "diplomat", "envoy", "ambassador", "embassy",
    "leader", "leadership", "regime", "administration", "agent", "spy", "hacker", "intelligence", "service",
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "parliament", "lawmaker",
    "legislator", "court", "prosecutor", "coalition", "alliance", "party", "team", "company", "firm",
    "bank", "central", "negotiator", "representative", "mission", "contingent", "personnel", "staff",
    "worker", "employee", "executive", "board", "council", "committee", "agency", "department", "cabinet",
    "side", "state", "warship", "jet", "aircraft", "drone", "vessel", "ship", "tank", "guard", "commander",
    "general", "operative", "crew", "volunteer", "mercenary", "peacekeeper", "reservist", "conscript",
}
# groups that do not act for the state or organisation that modifies them ("a US company" is not the US)
NON_STATE_GROUPS = {"company", "firm", "bank", "team", "board", "worker", "employee", "executive", "staff", "crew",
                    "central", "party"}
# Nouns for people a plain description can name as an actor ("the villagers", "police"); other nouns
# ("goals", "profits") are no actors.
PEOPLE_NOUNS = {
    "people", "person", "man", "woman", "men", "women", "child", "children", "villager", "resident", "citizen",
    "civilian", "protester", "demonstrator", "activist", "student", "farmer", "voter", "refugee", "migrant",
    "journalist", "reporter", "doctor", "nurse", "patient", "teacher", "investor", "shareholder", "customer",
    "consumer", "user", "driver", "pilot", "passenger", "fan", "player", "manager", "coach", "owner", "buyer",
    "seller", "trader", "analyst", "expert", "scientist", "researcher", "lawyer", "judge", "jury", "witness",
    "victim", "suspect", "gunman", "attacker", "bomber", "insurgent", "terrorist", "separatist", "opposition",
    "union", "striker", "chief", "boss", "director", "chairman", "founder", "producer", "maker", "retailer",
    "supplier", "carrier", "operator", "airline", "insurer", "lender", "regulator", "watchdog", "authorities",
    "group", "organisation", "organization", "charity", "campaigner", "critic", "rival", "partner", "ally",
    "enemy", "neighbour", "neighbor", "official", "authority", "family", "crowd", "mob", "gang", "member",
}
# Sectors of a state whose bodies act for the state (its government, forces, police).
STATE_SECTORS = {"government", "military", "intelligence", "police", "ministry", "security", "navy", "army"}
