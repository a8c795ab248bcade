"""Honorifics before a person's name ("Mr Ruiz", "Dr Okafor"), lower case without the full stop."""

MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "lady", "baroness"})
HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS | {"dr", "prof", "professor", "rev"}
