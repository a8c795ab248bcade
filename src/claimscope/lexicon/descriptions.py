"""Nouns a definite description uses for an actor the text named ("the company", "the minister")."""

from __future__ import annotations

# Back-references to an organisation, with the kind of organisation they fit (None: any kind).
ORG_NOUNS: dict[str, str | None] = {
    "company": "company", "firm": "company", "bank": "company", "carrier": "company", "airline": "company",
    "retailer": "company", "manufacturer": "company", "maker": "company", "group": None, "business": "company",
    "corporation": "company", "giant": "company", "operator": "company", "insurer": "company",
    "newspaper": "media", "paper": "media", "broadcaster": "media", "outlet": "media", "channel": "media",
    "magazine": "media", "website": "media", "network": "media", "station": "media", "publication": "media",
    "party": "party", "ministry": "government", "department": "government", "government": "government",
    "administration": "government", "regulator": "government", "agency": None, "army": "military",
    "military": "military", "alliance": "igo", "bloc": "igo", "organisation": None, "organization": None,
    "charity": "ngo", "institute": "ngo", "foundation": "ngo", "union": None, "club": None, "team": None,
    "body": None, "watchdog": None, "council": None, "commission": None, "committee": None, "board": None,
    "court": None, "university": None, "school": None, "college": None, "museum": None, "band": None,
    "league": None, "federation": None, "association": None, "society": None, "centre": None, "center": None,
    "office": None, "authority": None, "service": None, "force": None, "police": None, "label": "company",
    "studio": "company", "airport": None, "hospital": None, "church": None, "parliament": None,
}

# Back-references to a state or a place.
PLACE_NOUNS = frozenset({"country", "state", "nation", "city", "town", "village", "capital", "region",
                         "province", "island", "republic", "kingdom", "area", "county", "district"})

# Nouns for a person that the text gives as a role or occupation ("the minister", "the editor").
PERSON_NOUNS = frozenset({
    "minister", "president", "leader", "chairman", "chairwoman", "chair", "chief", "director", "editor",
    "spokesman", "spokeswoman", "spokesperson", "secretary", "governor", "mayor", "senator", "judge",
    "prosecutor", "lawyer", "author", "writer", "artist", "singer", "actor", "actress", "player", "coach",
    "manager", "officer", "official", "executive", "founder", "owner", "professor", "researcher", "scientist",
    "doctor", "captain", "general", "commander", "ambassador", "candidate", "premier", "chancellor", "king",
    "queen", "prince", "princess", "pope", "bishop", "star", "driver", "champion", "striker", "goalkeeper",
    "defendant", "plaintiff", "petitioner", "respondent", "appellant", "victim", "suspect", "man", "woman",
    "boy", "girl", "politician", "diplomat", "analyst", "economist", "journalist", "reporter", "photographer",
    "architect", "engineer", "composer", "poet", "painter", "novelist", "historian", "biologist", "physicist",
    "chemist", "inventor", "entrepreneur", "businessman", "businesswoman", "athlete", "priest", "monk",
    "emperor", "pilot", "soldier", "student", "teacher", "nominee", "incumbent", "challenger", "defender",
    "frenchman", "englishman", "scotsman", "welshman", "irishman", "dutchman", "american", "briton",
    "australian", "german", "italian", "spaniard", "russian", "canadian", "brazilian", "swiss", "dane",
    "swede", "norwegian", "finn", "pole", "japanese", "chinese", "indian", "mexican", "argentine", "veteran",
    "husband", "wife", "father", "mother", "son", "daughter", "brother", "sister", "duke", "lord",
})
