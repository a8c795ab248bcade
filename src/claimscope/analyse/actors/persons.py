"""The people an article names: full names first, then what each bare surname or "Mr X" refers to.

A span is resolved by the first of `PERSON_RESOLVERS` that knows: the full name as named, another form of a
named full name (a nickname of the first name included: "Bill" for "William"; the last two words of one, "Luis
Ruiz" for Ana Luis Ruiz, when only one named person's name ends in them), a knowledge-base form of one, a
bare surname or address ("Mr Ruiz": of several people with that surname, the one named most so far; or
either part of a hyphenated surname: "Ortiz" for Ana Vale-Ortiz) for one-word names, a first name alone that
only one named person has.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ...lexicon.nicknames import same_first_name
from ...lexicon.names import FEMALE_HONORIFICS, GENERATIONAL, HONORIFICS, MALE_HONORIFICS, NAME_TITLES
from ..model import Actor
from .names import join_name, surname
from .spans import EntitySpan
from .table import ActorTable, Key

_ADDRESS = HONORIFICS | NAME_TITLES


@dataclass
class Person:
    """A person the article names in full, and where it names them (token indices, sorted)."""

    actor: Actor
    parts: list[str]
    gender: str | None = None
    first_mention: int = 0
    mentions_at: list[int] = field(default_factory=list)

    def named_at(self, i: int) -> None:
        bisect.insort(self.mentions_at, i)

    def named_before(self, at: int) -> int:
        """How many times the text names this person before token `at`."""
        return bisect.bisect_left(self.mentions_at, at)

    def last_before(self, at: int) -> int:
        """The last token before `at` that names this person, -1 when none."""
        k = bisect.bisect_left(self.mentions_at, at)
        return self.mentions_at[k - 1] if k else -1


def _gender(honorific: str | None) -> str | None:
    return "m" if honorific in MALE_HONORIFICS else "f" if honorific in FEMALE_HONORIFICS else None


class People:
    """Full names, and the surname and first-name tables a bare mention is resolved with."""

    def __init__(self, table: ActorTable):
        self.table = table
        self.toks = table.text.toks
        self.persons: dict[str, Person] = {}  # canonical full name -> person
        self.by_surname: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        self.first_words: dict[str, set[str]] = {}  # first word -> every many-word name starting with it

    def name_parts(self, sp: EntitySpan) -> list[str]:
        return [t.text for t in self.toks[sp.name_start:sp.end] if not t.is_punct or t.text in ("-", ".")]

    def honorific_before(self, sp: EntitySpan) -> str | None:
        """'mr' for 'Mr Ruiz' (inside the span or just before it), None when no honorific is written."""
        toks = self.toks
        for i in range(sp.start, sp.name_start):
            if toks[i].lower_.rstrip(".") in _ADDRESS:
                return toks[i].lower_.rstrip(".")
        k = sp.start - 1
        if k >= 0 and toks[k].lower_.rstrip(".") in _ADDRESS:
            return toks[k].lower_.rstrip(".")
        if k >= 1 and toks[k].text == "." and toks[k - 1].lower_ in HONORIFICS:
            return toks[k - 1].lower_
        return None

    def collect(self, spans: list[EntitySpan]) -> None:
        """Full names first: they decide what a bare surname means anywhere in the article."""
        kb = self.table.text.kb
        for sp in spans:
            named = self.name_parts(sp)
            if len(named) >= 2:
                self.first_words.setdefault(named[0], set()).add(" ".join(named))
            if sp.label != "PERSON":
                continue
            parts = join_name(named)
            if len(parts) < 2 or (len(parts) == 2 and parts[-1].rstrip(".") in GENERATIONAL):
                continue
            full = " ".join(parts)
            entry = kb.lookup(full)
            if entry is not None and entry.type == "PERSON":
                full, parts = entry.name, entry.name.split()
            same = self.same_person(parts)
            if same is not None:
                person = self.persons[same]
                if len(parts) > len(person.parts) and (parts[0] == person.parts[0]
                                                       or parts[-len(person.parts):] == person.parts):
                    self._rename(same, full, parts)  # the fuller form of the name wins
                person.named_at(sp.start)
                continue
            act = self.table.actor(("PERSON", full), entry if entry is not None and entry.type == "PERSON" else None)
            person = Person(act, parts, first_mention=sp.start)
            person.named_at(sp.start)
            self.persons[full] = person
            self.by_surname.setdefault(surname(parts), []).append(full)
            self.by_first.setdefault(parts[0], []).append(full)
            if "-" in parts[-1].strip("-"):  # "Vale" and "Ortiz" for Ana Vale-Ortiz
                for piece in dict.fromkeys(p for p in parts[-1].split("-") if p[:1].isupper()):
                    self.by_surname.setdefault(piece, []).append(full)
        for sp in spans:
            if sp.label == "PERSON":
                h = self.honorific_before(sp)
                key = self.key_of(sp)
                if h and key:
                    g = _gender(h)
                    person = self.persons.get(key[1])
                    if g and person and len(self.name_parts(sp)) >= 2:
                        person.gender = person.gender or g

    def _rename(self, old: str, full: str, parts: list[str]) -> None:
        person = self.persons.pop(old)
        person.actor.name, person.parts = full, parts
        self.persons[full] = person
        for table in (self.by_surname, self.by_first):
            for k, names in table.items():
                table[k] = [full if n == old else n for n in names]
        self.table.actors.pop(("PERSON", old), None)
        self.table.actors[("PERSON", full)] = person.actor

    def same_person(self, parts: list[str]) -> str | None:
        """An already named person this full name is a form of: same surname and first name ('Ana Ruiz',
        'Ana M Ruiz', 'Bill Ruiz' for William Ruiz), never only the same surname; else the one person whose
        name ends in these two words, or the one these two words' name ends in ('Luis Ruiz' for Ana Luis Ruiz,
        'Ana Luis Ruiz' after 'Luis Ruiz')."""
        tail = []
        for full in self.by_surname.get(surname(parts), []):
            other = self.persons[full].parts
            if other[0] == parts[0] or (len(other[0]) <= 2 and other[0][0] == parts[0][0]) \
                    or (len(parts[0]) <= 2 and parts[0][0] == other[0][0]) \
                    or same_first_name(other[0].lower(), parts[0].lower()):
                return full
            if min(len(parts), len(other)) == 2 and len(parts) != len(other) \
                    and parts[-2:] == other[-2:] and other[-1] == surname(other):
                tail.append(full)
        return tail[0] if len(tail) == 1 else None

    def for_first_name(self, word: str) -> str | None:
        """The one person a first name used alone refers to ('Tomas said' after Tomas Vale): only when one person
        the article names has that first name, no other name starts with it and nobody has it as a surname."""
        names = self.by_first.get(word, [])
        if len(names) != 1 or word in self.by_surname or len(self.first_words.get(word, ())) > 1:
            return None
        return names[0]

    def for_surname(self, word: str, at: int, honorific: str | None = None) -> str | None:
        """The person a bare surname (or 'Mr X') at token `at` refers to."""
        names = list(self.by_surname.get(word, []))
        if not names and honorific in HONORIFICS:
            names = list(self.by_first.get(word, []))  # "Sir Tomas" for Tomas Vale
        if not names:
            return None
        if len(names) == 1:
            return names[0]
        g = _gender(honorific)
        if g:
            fit = [n for n in names if self.persons[n].gender in (g, None)]
            names = fit or names
        # the one the text has named most before this point (a relative named once leaves the surname to the
        # article's subject), the latest named of those, else the first named
        best, best_key = None, (0, -1)
        for n in names:
            person = self.persons[n]
            key = (person.named_before(at), person.last_before(at))
            if key[1] >= 0 and key > best_key:
                best, best_key = n, key
        if best is None:
            best = min(names, key=lambda n: self.persons[n].first_mention)
        if g and self.persons[best].gender is None:
            self.persons[best].gender = g  # "Mrs Adler" said it: the next "Mr Adler" is someone else
        return best

    def key_of(self, sp: EntitySpan) -> Key | None:
        """The person a span names, when the article names them in full somewhere: the first of
        `PERSON_RESOLVERS` that knows."""
        parts = join_name(self.name_parts(sp))
        if not parts:
            return None
        for resolver in PERSON_RESOLVERS:
            name = resolver(self, parts, sp)
            if name is not None:
                return ("PERSON", name)
        return None


def _without_generation(parts: list[str]) -> list[str]:
    """'Ortiz Jr' -> 'Ortiz': a surname with a generation is a bare surname."""
    return parts[:1] if len(parts) == 2 and parts[-1].rstrip(".") in GENERATIONAL else parts


def named_in_full(people: People, parts: list[str], sp: EntitySpan) -> str | None:
    """'Ana Ruiz' where the article names Ana Ruiz."""
    full = " ".join(parts)
    return full if full in people.persons else None


def another_form(people: People, parts: list[str], sp: EntitySpan) -> str | None:
    """'Ana M Ruiz' or 'A Ruiz' where the article names Ana Ruiz."""
    parts = _without_generation(parts)
    return people.same_person(parts) if len(parts) >= 2 else None


def known_alias(people: People, parts: list[str], sp: EntitySpan) -> str | None:
    """A form the knowledge base knows for a person the article names."""
    if len(_without_generation(parts)) < 2:
        return None
    entry = people.table.text.kb.lookup(" ".join(parts))
    return entry.name if entry is not None and entry.type == "PERSON" and entry.name in people.persons else None


def surname_or_address(people: People, parts: list[str], sp: EntitySpan) -> str | None:
    """'Ruiz', 'Mr Ruiz', 'Sir Tomas': the person the text last named with that surname (or first name)."""
    parts = _without_generation(parts)
    if len(parts) != 1:
        return None
    return people.for_surname(parts[0], sp.start, people.honorific_before(sp))


def first_name_alone(people: People, parts: list[str], sp: EntitySpan) -> str | None:
    """'Tomas' where the article names Tomas Vale and no one else called Tomas (nor anyone surnamed Tomas); only a
    span the recogniser took for a person and no known place or body ("Jordan" the state stays the state)."""
    if len(parts) != 1 or sp.label != "PERSON" or people.honorific_before(sp):
        return None
    entry = people.table.text.kb.lookup(parts[0])
    if entry is not None and entry.type != "PERSON":
        return None
    return people.for_first_name(parts[0])


# the order decides: a full name before another form of it, a bare surname only for one-word names, a first
# name alone last
PERSON_RESOLVERS = (named_in_full, another_form, known_alias, surname_or_address, first_name_alone)
