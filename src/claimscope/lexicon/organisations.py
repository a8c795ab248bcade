"""Words about organisations: what a name's head word says of its kind, and the institutions a state has."""

from __future__ import annotations

# what an organisation's head word says about its kind ("Lakeford Herald": media, "Ministry of Ports": government)
ORG_KIND_WORDS = {
    "government": frozenset({
        "ministry", "department", "parliament", "assembly", "senate", "congress", "cabinet", "council",
        "commission", "office", "agency", "authority", "government", "administration", "treasury", "police", "court",
        "tribunal", "duma", "knesset", "bundestag", "executive", "embassy", "consulate", "bureau", "inspectorate",
        "directorate", "presidency"}),
    "military": frozenset({"army", "navy", "air force", "forces", "force", "marines", "military", "brigade",
                           "regiment", "battalion", "division", "corps", "guard", "command", "fleet", "militia",
                           "troops"}),
    "intelligence": frozenset({"intelligence", "spy"}),
    "media": frozenset({
        "press", "times", "news", "post", "journal", "herald", "gazette", "tribune", "telegraph", "guardian", "radio",
        "tv", "television", "broadcasting", "broadcaster", "magazine", "daily", "weekly", "chronicle", "courier",
        "observer", "independent", "mirror", "express", "standard", "sun", "newspaper", "review", "media", "wire",
        "channel", "bulletin", "monitor", "pravda", "izvestia"}),
    "party": frozenset({"party", "front", "league", "movement", "alliance"}),
    "ngo": frozenset({
        "foundation", "institute", "institution", "centre", "center", "trust", "society", "association", "watch",
        "fund", "charity", "campaign", "council", "network", "initiative", "forum", "coalition", "union",
        "federation", "think tank", "endowment", "project", "group"}),
    "company": frozenset({
        "inc", "corp", "corporation", "ltd", "plc", "llc", "co", "company", "group", "holdings", "bank", "airlines",
        "airways", "motors", "technologies", "systems", "industries", "energy", "oil", "telecom", "pharmaceuticals",
        "capital", "partners", "gmbh", "ag", "sa", "nv", "bv", "limited"}),
}
# words an organisation's name ends in and a person's never does ("Lakeford Media Group", "Riverton Pharma"):
# a name the recogniser took for a person that ends in one is an organisation (not "Court", "Post", "Sun", "Bank":
# surnames too)
ORG_NAME_ENDS = frozenset({
    "inc", "corp", "corporation", "ltd", "plc", "llc", "group", "holdings", "airlines", "airways", "motors",
    "technologies", "systems", "industries", "pharmaceuticals", "pharma", "partners", "gmbh", "limited",
    "ministry", "department", "agency", "authority", "council", "commission", "institute", "foundation",
    "association", "federation", "society", "university", "college", "school", "cup", "league", "party",
    "fc", "club", "media", "network", "networks", "entertainment", "studios", "records", "pictures", "films",
    "software", "telecom", "communications", "bet", "airport", "hospital", "trust", "committee", "line", "radio",
    "tv", "television", "broadcasting", "europe", "international", "worldwide", "online", "interactive", "labs",
    "games", "electronics", "wireless", "broadband"})
# the kinds in the order they are tried: the first whose words fit an organisation's name is its kind
KIND_ORDER = ("intelligence", "military", "media", "party", "government", "company", "ngo")
# organisation head words a place name can be part of the name of ("University of Lakeford", "Bank of Riverton")
ORG_OF_HEADS = frozenset({
    "university", "bank", "institute", "school", "college", "ministry", "department", "council", "museum", "church",
    "embassy", "foundation", "centre", "center", "academy", "parliament", "government", "assembly", "court",
    "commission", "agency", "office", "association", "federation", "league", "union", "port", "mayor", "archbishop",
    "diocese", "chamber", "board", "club", "hospital", "library", "theatre", "orchestra", "city"})
# institution nouns a demonym or a state can modify, the name they are kept under, and the kind
# ("the Freedonian army" -> ORG "Freedonian military", kind military)
INSTITUTIONS = {
    "military": ("military", "military"), "army": ("military", "military"), "troops": ("military", "military"),
    "forces": ("military", "military"), "soldiers": ("military", "military"), "navy": ("navy", "military"),
    "units": ("military", "military"), "commanders": ("military", "military"), "generals": ("military", "military"),
    "intelligence": ("intelligence", "intelligence"), "spies": ("intelligence", "intelligence"),
    "government": ("government", "government"), "authorities": ("government", "government"),
    "officials": ("government", "government"), "administration": ("government", "government"),
    "regime": ("government", "government"), "cabinet": ("government", "government"),
    "leadership": ("government", "government"), "ministers": ("government", "government"),
    "diplomats": ("government", "government"), "police": ("police", "government"),
    "parliament": ("parliament", "government"), "lawmakers": ("parliament", "government"),
    "legislators": ("parliament", "government"), "embassy": ("embassy", "government"),
    "media": ("media", "media"), "press": ("media", "media"), "prosecutors": ("prosecutors", "government"),
}
# unions of states whose institutions are named like a state's ("the European Union's military")
STATE_UNIONS = frozenset({"European Union", "NATO", "United Nations"})
# nouns of a definite description and the organisation kind they refer to; None: any kind ("the company")
DESCRIPTION_KINDS = {
    "company": "company", "firm": "company", "group": None, "bank": "company", "carrier": "company",
    "airline": "company", "retailer": "company", "manufacturer": "company", "maker": "company",
    "newspaper": "media", "paper": "media", "broadcaster": "media", "agency": None, "outlet": "media",
    "channel": "media", "magazine": "media", "party": "party", "ministry": "government",
    "department": "government", "army": "military", "military": "military", "alliance": "igo",
    "organisation": None, "organization": None, "charity": "ngo", "institute": "ngo", "think-tank": "ngo",
    "union": None, "club": None, "team": None, "government": "government", "body": None, "watchdog": None,
    "regulator": "government", "council": None, "commission": None, "bloc": "igo",
    "giant": "company",  # "the search giant", "the oil giant"
}

# head words of bodies of one kind each, grouped by what a description of them can say: "the union" is not
# "Dorvik General Hospital", "the company" may be "Ostrel Bank" (coref.rules.other_kind)
BODY_CLASSES = {
    "company": frozenset({"company", "firm", "bank", "carrier", "airline", "airlines", "airways", "retailer",
                          "manufacturer", "maker", "corporation", "corp", "inc", "ltd", "plc", "llc", "motors",
                          "holdings", "industries", "systems", "technologies"}),
    "government": frozenset({"ministry", "department", "government", "office", "administration"}),
    "union": frozenset({"union", "federation"}),
    "hospital": frozenset({"hospital", "clinic", "infirmary"}),
    "school": frozenset({"university", "college", "school", "academy"}),
    "court": frozenset({"court", "tribunal"}),
    "police": frozenset({"police", "constabulary"}),
    "council": frozenset({"council"}),
    "committee": frozenset({"committee", "commission"}),
    "party": frozenset({"party"}),
    "club": frozenset({"club", "team", "fc"}),
    "church": frozenset({"church", "diocese"}),
    "army": frozenset({"army", "navy", "military"}),
    "museum": frozenset({"museum", "gallery"}),
    "airport": frozenset({"airport"}),
}
BODY_CLASS_OF = {w: k for k, words in BODY_CLASSES.items() for w in words}


def name_head(name: str | None) -> str:
    """The word that says what kind of body a name is: its last ("Dorvik General Hospital"), or the one before
    an "of" ("University of Lakeford")."""
    words = (name or "").lower().replace("’", "'").split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""


def other_kind(word: str, name: str | None) -> bool:
    """A description whose noun says one kind of body ("the union") and a name whose head says another
    ("Dorvik General Hospital"): two bodies; words of no known kind ("the group", "Norvale") clash with nothing."""
    mine, theirs = BODY_CLASS_OF.get(word.lower()), BODY_CLASS_OF.get(name_head(name))
    return mine is not None and theirs is not None and mine != theirs

