"""Words glued to a person's name that are no part of it: a demonym, a party or body, an acronym before the name
("Freedonian Ana Ruiz", "Greens Ana Ruiz", "GDC Ruiz"), or a party after it ("Ruiz Labour").

`cut_name_edges` is the people rule `people.name_edges_off` (`people.PEOPLE_RULES`): a word is cut off only when what remains
names a person the article names elsewhere, or (for a demonym, party or body before it) is itself a full name of
two words or more, so "PJ Nair" stays whole where the article never names a Nair; the word cut off becomes a
span of its own when the knowledge base knows it (the party, the state of a demonym, the acronym's body).
"""

from __future__ import annotations

from dataclasses import replace

from ...lexicon.names import TITLES
from ...lexicon.roles import ROLE_HEADS, ROLE_MODIFIERS
from ...lexicon.time import AMBIGUOUS_MONTHS, MONTHS, WEEKDAYS
from .names import join_name
from .spans import DocText, EntitySpan

# capitalised words before a name that are no first name ("Executive", "Wednesday"; "May" and "June" can be)
_NO_FIRST_NAME = ROLE_HEADS | ROLE_MODIFIERS | TITLES | set(WEEKDAYS) \
    | {m for m in MONTHS if len(m) > 3 and m not in AMBIGUOUS_MONTHS and m not in ("june", "july", "april")}
# a place is left on: "Jordan", "Paris", "Victoria" are first names too
_ACTOR_TYPES = ("ORG", "NORP")


def _known_body(text: DocText, i: int) -> str | None:
    """The type of the body or state a capitalised word names ('Greens': ORG, 'Freedonian': NORP), else None."""
    word = text.words[i]
    if not word[:1].isupper() or not word.isalpha():
        return None
    entry = text.kb.lookup(word)
    if entry is not None:
        return entry.type if entry.type in _ACTOR_TYPES else None
    return "NORP" if text.kb.demonyms.get(word) else None


def _acronym(word: str) -> bool:
    """'GDC', 'BBC': capitals of two to five letters (a lone initial 'J' is no acronym)."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


class _NamedElsewhere:
    """The name forms the article's person spans give (each full name of two words or more, its first name and
    each of its endings: 'Ana Luis Ruiz', 'Ana', 'Luis Ruiz', 'Ruiz'), counted once per span, so a span can ask
    whether another span gives a form in constant time."""

    def __init__(self, text: DocText, spans: list[EntitySpan]):
        self.forms: list[frozenset[str]] = []
        self.count: dict[str, int] = {}
        for sp in spans:
            parts = join_name(list(text.words[sp.start:sp.end])) if sp.label == "PERSON" else []
            f = frozenset({parts[0]} | {" ".join(parts[k:]) for k in range(len(parts))}) if len(parts) >= 2 \
                else frozenset()
            self.forms.append(f)
            for form in f:
                self.count[form] = self.count.get(form, 0) + 1

    def given(self, k: int, form: str) -> bool:
        """Whether a span other than the k-th gives this form."""
        return self.count.get(form, 0) > (form in self.forms[k])


def cut_name_edges(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """'Freedonian Ana Ruiz' -> NORP 'Freedonian' + PERSON 'Ana Ruiz'; 'GDC Ruiz' (after 'Ana Ruiz') -> ORG 'GDC'
    + PERSON 'Ruiz'; 'Ruiz Greens' -> PERSON 'Ruiz' + ORG 'Greens': see the module docstring."""
    words, n = text.words, len(text)
    if not any(sp.label == "PERSON" for sp in spans):
        return spans
    elsewhere = _NamedElsewhere(text, spans)
    out: list[EntitySpan] = []
    for idx, sp in enumerate(spans):
        if sp.end - sp.start < 2 or sp.end > n or sp.label not in ("PERSON", "ORG"):
            out.append(sp)
            continue
        k, bodies = sp.start, []
        while k < sp.end - 1:
            body = _known_body(text, k)
            if body is None and not (_acronym(words[k]) and text.kb.lookup(words[k]) is None):
                break
            bodies.append((k, body or "ORG"))
            k += 1
        rest = join_name(list(words[k:sp.end]))
        named = elsewhere.given(idx, " ".join(rest))
        full = len(rest) >= 2 and all(w[:1].isupper() for w in rest) \
            and all(b[1] != "ORG" or not _acronym(words[b[0]]) for b in bodies)
        if bodies and rest and (named or (sp.label == "PERSON" and full)):
            out += [EntitySpan(i, i + 1, label, "") for i, label in bodies if _known_body(text, i) or label == "ORG"]
            out.append(replace(sp, start=k, name_start=-1, label="PERSON", role_start=-1, role_end=-1))
            continue
        last = sp.end - 1
        if sp.label == "PERSON" and _known_body(text, last) == "ORG" \
                and elsewhere.given(idx, " ".join(join_name(list(words[sp.start:last])))):
            out.append(replace(sp, end=last, name_start=-1))  # 'Ruiz Greens': the person, then the party
            out.append(EntitySpan(last, last + 1, "ORG", ""))
            continue
        out.append(sp)
    return out


def starts_no_name(text: DocText, i: int) -> bool:
    """A word that leads a name without being part of it: a party, body or demonym, an acronym, a role word, a
    weekday or a month ("Greens", "GDC", "Executive", "Wednesday" before "Ana Ruiz")."""
    return text.lowers[i] in _NO_FIRST_NAME or _known_body(text, i) is not None or _acronym(text.words[i])
