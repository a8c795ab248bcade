"""Honorifics a name may carry, so that "Dr Ana Ruiz" and "Ana Ruiz" look up the same actor."""

from __future__ import annotations

# Stripped from the front of a looked-up name, in this order ("Mr. Ruiz" -> "Ruiz").
HONORIFIC_PREFIXES = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Dr. ")
