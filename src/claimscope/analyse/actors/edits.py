"""The changes a linker pass returns, and the one place they are applied to the document's actor table.

A pass is a generator of edits: the linker applies each edit as it is yielded, so a pass sees the effect of its
own earlier edits ("Mr Ruiz" named a moment ago decides who the next "Ruiz" is) without editing anything itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Union

from .kb import Entry
from .persons import People
from .spans import Limits
from .table import ActorTable, Key


@dataclass(frozen=True)
class AddMention:
    """Tokens start..end mention the actor `key`; `index` makes them name it; `affiliation` joins its list."""

    key: Key
    start: int
    end: int
    index: bool = True
    entry: Entry | None = None
    kind: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class NamedAt:
    """The person `name` is named at token `at` (a later bare surname prefers the last one named)."""

    name: str
    at: int


@dataclass(frozen=True)
class IndexAs:
    """Token `token` names the actor `key` from now on, whatever it named before."""

    token: int
    key: Key


@dataclass(frozen=True)
class AddRoles:
    """A person's roles ("former officer of the Freedonian Army") and the organisations they belong to."""

    key: Key
    of: str | None  # the organisation of an "of"/"at"/"from" phrase after the name
    roles: tuple[tuple[str, str | None], ...]  # (role text, canonical organisation or None)


Edit = Union[AddMention, NamedAt, IndexAs, AddRoles]
Edits = Iterator[Edit]


def apply(edit: Edit, table: ActorTable, people: People, limits: Limits) -> None:
    """Make one edit to the table (or the people it names)."""
    if isinstance(edit, AddMention):
        act = table.mention(edit.key, edit.start, edit.end, index=edit.index, entry=edit.entry, kind=edit.kind)
        if edit.affiliation and edit.affiliation not in act.affiliations:
            act.affiliations.append(edit.affiliation)
    elif isinstance(edit, NamedAt):
        people.persons[edit.name].named_at(edit.at)
    elif isinstance(edit, IndexAs):
        table.index[edit.token] = edit.key
    else:
        act = table.actors[edit.key]
        if edit.of and edit.of not in act.affiliations:
            act.affiliations.append(edit.of)
        for text, canonical in edit.roles:
            if text and text not in act.roles and len(act.roles) < limits.max_roles:
                act.roles.append(text)
            if canonical and canonical not in act.affiliations:
                act.affiliations.append(canonical)
