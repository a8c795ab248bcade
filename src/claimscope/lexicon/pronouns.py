"""Pronoun forms by person, gender and number: what coreference resolves and the agreement it checks."""

from __future__ import annotations

# Third person: the form (lower case) -> (gender, number); gender m / f / n (neuter) / x (any person).
THIRD_PERSON: dict[str, tuple[str, str]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "it": ("n", "sg"), "its": ("n", "sg"), "itself": ("n", "sg"),
    "they": ("x", "pl"), "them": ("x", "pl"), "their": ("x", "pl"), "theirs": ("x", "pl"),
    "themselves": ("x", "pl"), "themself": ("x", "sg"),
}

# Relative pronouns that stand for a person or a body ("the mayor, who said", "the court whose ruling").
RELATIVE = frozenset({"who", "whom", "whose"})

REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves", "themself"})

# First person: "I", "we" of a quotation are its speaker; of an interview answer the interviewee.
FIRST_PERSON: dict[str, str] = {
    "i": "sg", "me": "sg", "my": "sg", "mine": "sg", "myself": "sg",
    "we": "pl", "us": "pl", "our": "pl", "ours": "pl", "ourselves": "pl",
}

SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
