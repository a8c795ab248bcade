"""Honorifics before a person's name ("Mr Ruiz", "Dr Okafor"), so that "Dr Ana Ruiz" and "Ana Ruiz" meet."""

from __future__ import annotations

# Lower case without the full stop, with the gender they tell where they tell one.
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "lady", "baroness"})
HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS | {"dr", "prof", "professor", "rev"}

# Stripped from the front of a looked-up name, in this order ("Mr. Ruiz" -> "Ruiz").
HONORIFIC_PREFIXES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Dr. ")
