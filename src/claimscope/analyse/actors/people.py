"""Names the recogniser mislabelled or missed: people rules that return the corrected spans and the surnames seen.

The rules run in the order of `PEOPLE_RULES`; each takes the spans and the surnames found so far and returns a
`PeopleChange` (the new span list and the surnames it found), never editing either:
0. `name_edges_off`: a party, demonym or acronym glued to a name is cut off ("Freedonian Ana Ruiz", "GDC Ruiz"
   after "Ana Ruiz"; `name_edges.py`);
1. `surnames_after_honorifics`: a word after "Mr"/"Dr" is a surname ("Dr Priya Nair": Nair);
2. `lone_person_surnames`: a one-word person name is a surname;
3. `peer_titles_join_names`: a peer's or royal's title before a lone name is part of it ("Lord Ambleside");
4. `honorific_makes_person`: a name after an honorific is a person whatever its label ("Lord Ashby-Vale");
5. `names_after_honorifics`: a name after an honorific the recogniser missed ("Lord Ambleside said");
6. `role_word_makes_person`: a name after a role word is a person ("club boss Ivo Marek");
7. `appositive_makes_person`: a name with a person's appositive is a person ("Helena Marsh, a ... Fellow");
8. `repeated_unrecognised_names`: two proper nouns the recogniser never tagged, written twice or more, whose
   last word alone is a subject elsewhere, are a person ("Ivo Marek" ... "Marek is");
9. `surnames_make_people`: a surname seen, or a name ending in one, is a person ("Nair added");
10. `first_name_before_surname`: the first name the recogniser left out ("referee Ivo Marek" tagged "Marek",
   "Rhys Owen Vale" tagged "Owen Vale");
11. `surname_with_first_name`: a first name and a surname the recogniser missed or mislabelled;
12. `first_name_joins_next_name`: a listed first name and the one-word name after it, tagged apart, are one
   person ("Greta" + "Paris" taken for two places);
13. `name_after_titles`: where the name proper starts after honorifics and titles ("Mr", "Prime Minister").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, NamedTuple

from ...lexicon.first_names import load_first_names
from ...lexicon.names import HONORIFICS, NAME_TITLES, TITLES
from ...lexicon.organisations import ORG_NAME_ENDS
from ...lexicon.places import REGION_WORDS
from ...lexicon.roles import ROLE_HEADS
from ...settings import default
from .name_edges import cut_name_edges, starts_no_name
from .names import capitalised_name_word, join_name
from .spans import NON_PERSON, DocText, EntitySpan

_ADDRESS = HONORIFICS | NAME_TITLES
_ADDRESS_OR_TITLE = HONORIFICS | TITLES | NAME_TITLES
_TITLE_OR_ROLE = TITLES | ROLE_HEADS
_NO_CHANGE: frozenset[str] = frozenset()
# words that make two proper nouns something other than a person's name ("Supreme Court", "Lake Ruiz")
_NOT_NAME_WORDS = HONORIFICS | TITLES | NAME_TITLES | ROLE_HEADS | ORG_NAME_ENDS | REGION_WORDS


class PeopleChange(NamedTuple):
    """What a people rule returns: the spans after it, and the surnames it found."""

    spans: list[EntitySpan]
    surnames: frozenset[str] = _NO_CHANGE


Rule = Callable[[DocText, list[EntitySpan], frozenset[str]], PeopleChange]


def _person(sp: EntitySpan, **changes) -> EntitySpan:
    """The span as a person's name (no role words split off)."""
    return replace(sp, label="PERSON", role_start=-1, **changes)


def name_edges_off(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Freedonian Ana Ruiz', 'GDC Ruiz': see `name_edges.cut_name_edges`."""
    return PeopleChange(cut_name_edges(text, spans))


def surnames_after_honorifics(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Mr Ruiz', 'Dr Priya Nair': the last name word after an honorific is a surname."""
    toks, words, lowers, n = text.toks, text.words, text.lowers, len(text)
    found = set()
    for i in range(1, n):
        if lowers[i - 1].rstrip(".") in HONORIFICS and words[i - 1][:1].isupper() and words[i][:1].isupper() \
                and words[i].isalpha():
            j = i
            while j + 1 < n and j - i < 2 and words[j + 1][:1].isupper() and words[j + 1].isalpha() \
                    and toks[j + 1].pos_ == "PROPN":
                j += 1  # "Dr Priya Nair": the surname is the last name word
            found.add(words[j])
    return PeopleChange(spans, frozenset(found))


def lone_person_surnames(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """A person named by one word ('Ruiz said') is named by a surname."""
    found = {text.words[sp.start] for sp in spans if sp.label == "PERSON" and sp.end - sp.start == 1}
    return PeopleChange(spans, frozenset(found))


def peer_titles_join_names(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Lord' + 'Ambleside': a peer's or royal's title before a one-word name is part of the name."""
    toks = text.toks
    out = []
    for sp in spans:
        if sp.label == "PERSON" and sp.start > 0 and toks[sp.start - 1].lower_ in NAME_TITLES \
                and toks[sp.start - 1].text[:1].isupper() \
                and len(join_name([t.text for t in toks[sp.start:sp.end]])) == 1:
            sp = replace(sp, start=sp.start - 1)
        out.append(sp)
    return PeopleChange(out)


def honorific_makes_person(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Lord Ashby-Vale' taken for an organisation: an honorific or peer's title before it makes it a person."""
    words, lowers, kb = text.words, text.lowers, text.kb
    out, found = [], set()
    for sp in spans:
        if sp.label != "PERSON" and sp.start > 0 and words[sp.start - 1][:1].isupper() \
                and lowers[sp.start - 1].rstrip(".") in _ADDRESS \
                and len(join_name(list(words[sp.start:sp.end]))) <= 3 \
                and kb.lookup(text.text_of(sp.start, sp.end)) is None:
            one_word = len(join_name(list(words[sp.start:sp.end]))) == 1
            start = sp.start - 1 if lowers[sp.start - 1] in NAME_TITLES and one_word else sp.start
            found.add(words[sp.end - 1])
            sp = _person(sp, start=start)
        out.append(sp)
    return PeopleChange(out, frozenset(found))


def names_after_honorifics(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Lord Ambleside said', 'Ms Vale': a name after an honorific the recogniser missed is a person."""
    toks, words, lowers, kb, n = text.toks, text.words, text.lowers, text.kb, len(text)
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    added, found = [], set()
    for i in range(1, n):
        h = lowers[i - 1].rstrip(".")
        if (h in HONORIFICS or h in NAME_TITLES) and words[i - 1][:1].isupper() and i not in taken \
                and i - 1 not in taken and toks[i].pos_ == "PROPN" and words[i][:1].isupper():
            j = i + 1
            while j < n and j - i < 3 and toks[j].pos_ == "PROPN" and words[j][:1].isupper() and j not in taken:
                j += 1
            if kb.lookup(text.text_of(i, j)) is None:
                added.append(EntitySpan(i - 1 if h in NAME_TITLES and j == i + 1 else i, j, "PERSON"))
                taken.update(range(i - 1, j))
                found.add(words[j - 1])
    # the spans in text order from here on
    return PeopleChange(sorted(spans + added, key=lambda x: x.start), frozenset(found))


def role_word_makes_person(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'club boss Ivo Marek' taken for an organisation: a name after a role word is a person."""
    toks, words, lowers, kb = text.toks, text.words, text.lowers, text.kb
    out, found = [], set()
    for sp in spans:
        if sp.label in NON_PERSON and 2 <= len(join_name(list(words[sp.start:sp.end]))) <= 3 \
                and sp.start > 0 and lowers[sp.start - 1] in _TITLE_OR_ROLE \
                and all(toks[k].pos_ == "PROPN" or words[k] == "-" for k in range(sp.start, sp.end)) \
                and kb.lookup(text.text_of(sp.start, sp.end)) is None:
            sp = _person(sp)
            found.add(words[sp.end - 1])
        out.append(sp)
    return PeopleChange(out, frozenset(found))


def appositive_makes_person(text: DocText, spans: list[EntitySpan], surnames: frozenset[str],
                            window: int = 10) -> PeopleChange:
    """'Helena Marsh, a senior Fellow at ...': a name whose appositive holds a role word is a person."""
    toks, words, lowers, kb, n = text.toks, text.words, text.lowers, text.kb, len(text)
    out, found = [], set()
    for sp in spans:
        if sp.label in NON_PERSON and 2 <= sp.end - sp.start <= 3 \
                and sp.end + 2 < n and words[sp.end] == "," and lowers[sp.end + 1] in ("a", "an", "the") \
                and all(toks[k].pos_ == "PROPN" for k in range(sp.start, sp.end)) \
                and kb.lookup(text.text_of(sp.start, sp.end)) is None:
            k = sp.end + 2
            while k < n and k - sp.end < window and words[k] not in (",", ".", ";"):
                if lowers[k] in ROLE_HEADS or lowers[k] in TITLES:
                    sp = _person(sp)
                    found.add(words[sp.end - 1])
                    break
                k += 1
        out.append(sp)
    return PeopleChange(out, frozenset(found))


def surnames_make_people(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Nair added ...' after 'Dr Priya Nair'; 'Ana Vale' tagged as a place where 'Ms Vale' spoke: people."""
    if not surnames:
        return PeopleChange(spans)
    toks, words, kb = text.toks, text.words, text.kb
    out = []
    for sp in spans:
        if sp.label in NON_PERSON and sp.end - sp.start == 1 \
                and words[sp.start] in surnames and kb.lookup(words[sp.start]) is None:
            sp = _person(sp)
        elif sp.label in NON_PERSON \
                and 2 <= len(join_name([t.text for t in toks[sp.start:sp.end]])) <= 3 \
                and words[sp.end - 1] in surnames and all(t.text[:1].isupper() or t.text == "-"
                                                          for t in toks[sp.start:sp.end]) \
                and kb.lookup(text.text_of(sp.start, sp.end)) is None \
                and toks[sp.start].lower_ not in _ADDRESS_OR_TITLE:
            sp = _person(sp)
        out.append(sp)
    return PeopleChange(out)


def _bare_name_pair(text: DocText, i: int, taken: set[int]) -> bool:
    """Tokens i, i+1 are two capitalised proper nouns standing alone (no name word on either side, no span of
    the recogniser's, no title, role or organisation word, nothing the knowledge base knows)."""
    toks, words, lowers, n = text.toks, text.words, text.lowers, len(text)
    if i + 1 >= n or i in taken or i + 1 in taken:
        return False
    if toks[i].pos_ != "PROPN" or toks[i + 1].pos_ not in ("PROPN", "NOUN") or any(
            not words[k][:1].isupper() or not words[k].isalpha() or lowers[k] in _NOT_NAME_WORDS
            or text.kb.lookup(words[k]) is not None for k in (i, i + 1)):
        return False
    after = toks[i + 2] if i + 2 < n else None  # "Ivo Marek Wednesday": a date may follow
    return not (i > 0 and capitalised_name_word(toks[i - 1])) \
        and not (after is not None and capitalised_name_word(after) and after.ent_type_ not in ("DATE", "TIME"))


def repeated_unrecognised_names(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Aner Shalev' the recogniser never tagged, written twice or more, and whose last word alone is a clause's
    subject ('Shalev is in town'): a person, and that word a surname."""
    toks, words, lowers = text.toks, text.words, text.lowers
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    pairs: dict[tuple[str, str], list[int]] = {}
    for i in range(len(text) - 1):
        if words[i][:1].isupper() and words[i + 1][:1].isupper() and _bare_name_pair(text, i, taken):
            pairs.setdefault((words[i], words[i + 1]), []).append(i)
    if not pairs:
        return PeopleChange(spans)
    lone_subjects = {words[i] for i, t in enumerate(toks) if t.dep_ in ("nsubj", "nsubjpass") and words[i][:1].isupper()
                     and not (i > 0 and (capitalised_name_word(toks[i - 1]) or lowers[i - 1] == "the"))
                     and not (i + 1 < len(toks) and capitalised_name_word(toks[i + 1]))}
    added = [EntitySpan(i, i + 2, "PERSON") for (first, last), at in pairs.items()
             if len(at) >= 2 and last in lone_subjects and first not in lone_subjects for i in at]
    if not added:
        return PeopleChange(spans)
    found = frozenset(words[sp.end - 1] for sp in added)
    return PeopleChange(sorted(spans + added, key=lambda x: x.start), found)


def first_name_before_surname(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'referee Ivo Marek' where the recogniser took only 'Marek', 'Rhys Owen Vale' where it took 'Owen Vale': the
    first name joins the name (never a party, demonym or known name: 'Greens Owen Vale' stays apart, nor what an
    office is of: 'Minister of Education Ana Ruiz')."""
    if not surnames and not any(sp.label == "PERSON" for sp in spans):
        return PeopleChange(spans)
    toks, words, lowers, kb = text.toks, text.words, text.lowers, text.kb
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    out = []
    for sp in spans:
        if sp.label == "PERSON" and sp.start > 0 and sp.start - 1 not in taken \
                and len(join_name(list(words[sp.start:sp.end]))) <= 2 and not starts_no_name(text, sp.start - 1):
            first = toks[sp.start - 1]
            if first.pos_ == "PROPN" and words[sp.start - 1][:1].isupper() and words[sp.start - 1].isalpha() \
                    and lowers[sp.start - 1] not in _ADDRESS_OR_TITLE \
                    and kb.lookup(words[sp.start - 1]) is None and not first.is_sent_start \
                    and not _office_object(text, sp.start - 1):
                sp = replace(sp, start=sp.start - 1)
                taken.add(sp.start)
        out.append(sp)
    return PeopleChange(out)


def _office_object(text: DocText, i: int) -> bool:
    """Token i names what an office is of ('Education' in 'Minister of Education Ana Ruiz', 'Health' in
    'Secretary for Health'), so it is no first name."""
    lowers = text.lowers
    return i >= 2 and lowers[i - 1] in ("of", "for") and lowers[i - 2] in _TITLE_OR_ROLE


def surname_with_first_name(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Francine Dorsey' untagged, or 'Francine' taken for an organisation, before a known surname 'Dorsey':
    the two words are the person."""
    if not surnames:
        return PeopleChange(spans)
    toks, words, kb, n = text.toks, text.words, text.kb, len(text)
    taken = {i: sp for sp in spans for i in range(sp.start, sp.end)}
    added: list[EntitySpan] = []
    dropped: set[int] = set()  # ids of the spans the new names replace
    for i in range(1, n):
        if words[i] not in surnames or i in taken or not capitalised_name_word(toks[i]):
            continue
        tok = toks[i]
        first = toks[i - 1]
        owner = taken.get(first.i)
        if owner is not None and owner.end - owner.start == 1 and owner.label != "PERSON" \
                and kb.lookup(first.text) is None:
            dropped.add(id(owner))  # "Francine" taken for an organisation, before "Dorsey"
            del taken[first.i]
        if first.i in taken or not (first.pos_ == "PROPN" and first.text[:1].isupper()) \
                or first.lower_.rstrip(".") in _ADDRESS_OR_TITLE:
            continue
        if kb.lookup(first.text) is not None or (tok.i + 1 < n and toks[tok.i + 1].pos_ == "PROPN"
                                                  and words[tok.i + 1][:1].isupper()):
            continue
        sp = EntitySpan(first.i, tok.i + 1, "PERSON")
        added.append(sp)
        taken.update({first.i: sp, tok.i: sp})
    if not added and not dropped:
        return PeopleChange(spans)
    return PeopleChange(sorted([x for x in spans if id(x) not in dropped] + added, key=lambda x: x.start))


def first_name_joins_next_name(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Valeska' + 'Paris' tagged as two places: a first name of the shipped list (`coref.first_names`) that
    the knowledge base does not know, right before a one-word name, makes one person with it ("Paris" alone
    may still be the city: "in Paris" stays a place)."""
    names = load_first_names(default("coref.first_names"))
    if not names:
        return PeopleChange(spans)
    words, kb = text.words, text.kb
    out: list[EntitySpan] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.end == sp.start and prev.end - prev.start == 1 and sp.end - sp.start == 1 \
                and (prev.label != "PERSON" or sp.label != "PERSON") and words[prev.start].lower() in names \
                and words[prev.start][:1].isupper() and words[sp.start][:1].isupper() \
                and kb.lookup(words[prev.start]) is None:
            out[-1] = EntitySpan(prev.start, sp.end, "PERSON")
            continue
        out.append(sp)
    return PeopleChange(out)


def name_after_titles(text: DocText, spans: list[EntitySpan], surnames: frozenset[str]) -> PeopleChange:
    """'Prime Minister Ana Ruiz': the name proper starts after the honorifics and titles; a gerund the recogniser
    took in ('Analysing Mr Ruiz's') is no part of the span; 'Lord Ambleside' keeps its title."""
    toks = text.toks
    out = []
    for sp in spans:
        k = sp.start
        if sp.label == "PERSON":
            while k < sp.end - 1 and (toks[k].tag_.startswith("VB") or not toks[k].text[:1].isupper()):
                k += 1
            sp = replace(sp, start=k)
            while k < sp.end - 1 and (toks[k].lower_.rstrip(".") in HONORIFICS | TITLES
                                      or (toks[k].lower_ in ("minister", "secretary") and k + 1 < sp.end)):
                if toks[k].lower_.rstrip(".") in NAME_TITLES and k + 2 >= sp.end:
                    break
                k += 1
        out.append(replace(sp, name_start=k))
    return PeopleChange(out)


PEOPLE_RULES: tuple[Rule, ...] = (
    name_edges_off,
    surnames_after_honorifics,
    lone_person_surnames,
    peer_titles_join_names,
    honorific_makes_person,
    names_after_honorifics,
    role_word_makes_person,
    appositive_makes_person,
    repeated_unrecognised_names,
    surnames_make_people,
    first_name_before_surname,
    surname_with_first_name,
    first_name_joins_next_name,
    name_after_titles,
)


def people_spans(text: DocText, spans: list[EntitySpan],
                 rules: tuple[Rule, ...] = PEOPLE_RULES) -> tuple[list[EntitySpan], frozenset[str]]:
    """The spans after every people rule, in order, and every surname the rules found."""
    surnames: frozenset[str] = frozenset()
    for rule in rules:
        spans, found = rule(text, spans, surnames)
        surnames |= found
    return spans, surnames
