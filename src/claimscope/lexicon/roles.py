"""Words of the roles people hold: the head nouns of a role and the words that qualify it."""

from __future__ import annotations

# words of a role an organisation's name cannot end in ("Harbor Institute Research Fellow")
ROLE_HEADS = frozenset({
    "fellow", "director", "officer", "analyst", "spokesman", "spokeswoman", "spokesperson", "chairman",
    "chairwoman", "chair", "president", "secretary", "minister", "researcher", "professor", "economist", "chief",
    "head", "leader", "executive", "editor", "correspondent", "reporter", "adviser", "advisor", "commander",
    "general", "ambassador", "envoy", "member", "founder", "ceo", "cfo", "manager", "lawyer", "scientist",
    "expert", "strategist", "lecturer", "associate", "scholar", "governor", "deputy", "official", "coordinator",
    "consultant", "representative", "columnist", "producer"})
# words that qualify a role head ("Senior Research Fellow", "deputy foreign minister")
ROLE_MODIFIERS = frozenset({
    "research", "senior", "junior", "deputy", "vice", "chief", "executive", "assistant", "associate", "managing",
    "general", "visiting", "principal", "lead", "nonresident", "non-resident", "resident", "former", "acting",
    "interim", "founding", "co-founding", "political", "military", "foreign", "defence", "defense", "policy",
    "press", "programme", "program", "regional", "national", "international", "board", "staff"})
# possessives before a noun make it a relation, not a role ("his friend")
RELATION_DETERMINERS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
# determiners a role phrase may open with ("a lecturer", "the chair")
ROLE_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their"})
