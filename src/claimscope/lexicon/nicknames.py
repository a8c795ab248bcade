"""Common English first-name variants ("Bill" for "William"), so that the store keeps one record per person.

No installed data package with a permissive licence covers this, so the table is written here by hand: a few
dozen of the most common English hypocorisms, each mapped to the formal first name it shortens. It is kept
short on purpose: a pair belongs here only when the short form is almost always that formal name ("Bill" is
William), never when it is a name of its own as often ("Jan", "Ray", "Pat" for both Patrick and Patricia).
Keys and values are lower case; `formal_first_name` folds a first name to its formal form.
"""

from __future__ import annotations

# short form -> formal first name
NICKNAMES: dict[str, str] = {
    "abe": "abraham", "al": "albert", "alex": "alexander", "andy": "andrew", "bart": "bartholomew",
    "ben": "benjamin", "bernie": "bernard", "bert": "albert", "betty": "elizabeth", "bill": "william",
    "billy": "william", "bob": "robert", "bobby": "robert", "charlie": "charles", "chris": "christopher",
    "chuck": "charles", "dan": "daniel", "danny": "daniel", "dave": "david", "dick": "richard",
    "don": "donald", "doug": "douglas", "ed": "edward", "eddie": "edward", "fred": "frederick",
    "freddie": "frederick", "greg": "gregory", "harry": "henry", "jim": "james", "jimmy": "james",
    "joe": "joseph", "johnny": "john", "jon": "jonathan", "ken": "kenneth", "kate": "katherine",
    "kathy": "katherine", "larry": "lawrence", "liz": "elizabeth", "lizzie": "elizabeth", "matt": "matthew",
    "meg": "margaret", "mike": "michael", "mick": "michael", "nick": "nicholas", "pete": "peter",
    "peggy": "margaret", "phil": "philip", "rob": "robert", "ron": "ronald", "sam": "samuel",
    "steve": "stephen", "sue": "susan", "ted": "edward", "tom": "thomas", "tommy": "thomas",
    "tony": "anthony", "vince": "vincent", "will": "william",
}


def formal_first_name(first: str) -> str:
    """The formal form of a lower-case first name ('bill' -> 'william'); the name itself when not in the table."""
    return NICKNAMES.get(first, first)


def same_first_name(a: str, b: str) -> bool:
    """Are two lower-case first names one name, one a variant of the other ('bernie', 'bernard')?"""
    return formal_first_name(a) == formal_first_name(b)
