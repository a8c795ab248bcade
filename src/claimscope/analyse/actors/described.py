"""Names the text itself shows to be organisations: the recogniser labels many one-word company, band or club
names as people or places, mention by mention; the article's own evidence decides for every mention.

Evidence that a name is an organisation ("Brakov" below), any one mention sufficing:
- a describing noun before it or in apposition ("oil firm Brakov", "Brakov, the oil company,");
- the name as a modifier of what only organisations have ("Brakov shares", "Brakov's assets");
- for its mentions labelled PERSON: the recogniser labelling at least as many of its mentions ORG.
Evidence that it is a person, which wins: an honorific or title before a mention ("Mr Brakov"), or the name as
the last word of a longer person's name in the document ("Ana Brakov"). A place the knowledge base knows stays a
place.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ...lexicon.names import HONORIFICS, TITLES
from ...lexicon.organisations import DESCRIPTION_KINDS
from .spans import DocText, EntitySpan

# nouns that describe an organisation when they modify or stand in apposition to a name ("gas giant X", "the
# band X"): the description nouns of `DESCRIPTION_KINDS` and a few that only work before a name
DESCRIBING_NOUNS = frozenset(DESCRIPTION_KINDS) | frozenset({
    "giant", "conglomerate", "operator", "producer", "supplier", "insurer", "lender", "label", "band", "studio",
    "publisher", "chain", "brand", "startup", "start-up", "multinational", "group"})
# nouns only an organisation is the modifier of ("X shares", "X's subsidiary"); not roles, which people have too
OWNED_BY_ORGANISATIONS = frozenset({
    "shares", "shareholders", "stake", "assets", "subsidiary", "subsidiaries", "unit", "plant", "plants",
    "factory", "factories", "headquarters", "stock", "profits", "revenues", "turnover", "takeover", "merger",
    "employees", "workforce", "bankruptcy", "customers", "brand", "products", "output", "fans"})
# labels a name shown to be an organisation is taken from
RELABELLED = frozenset({"PERSON", "LOC", "GPE"})


def _described(text: DocText, sp: EntitySpan) -> bool:
    """A common noun of `DESCRIBING_NOUNS` right before the span heading on it, or in apposition to it."""
    toks = text.toks
    if sp.start > 0:
        before = toks[sp.start - 1]
        if before.lower_ in DESCRIBING_NOUNS and before.pos_ == "NOUN" and sp.start <= before.head.i < sp.end:
            return True  # "oil firm X": the noun is a compound of the name
    root = text.doc[sp.start:sp.end].root
    if root.head.lower_ in OWNED_BY_ORGANISATIONS and root.dep_ in ("compound", "poss") and root.head.i >= sp.end:
        return True  # "X shares", "X's assets"
    return any(child.dep_ == "appos" and child.lower_ in DESCRIBING_NOUNS and child.pos_ == "NOUN"
               for child in root.rights)  # "X, the oil company,"


_PERSON_WORDS = (HONORIFICS | TITLES) - DESCRIBING_NOUNS  # "producer X", "broadcaster X": a company too


def _personal(text: DocText, sp: EntitySpan) -> bool:
    """An honorific or title right before the span ('Mr X', 'President X')."""
    return sp.start > 0 and text.lowers[sp.start - 1].rstrip(".") in _PERSON_WORDS


def _name(text: DocText, sp: EntitySpan) -> str:
    """The span's text without a leading 'ex-' ('ex-Brakov boss': Brakov)."""
    name = text.text_of(sp.start, sp.end)
    return name[3:] if name[:3].lower() == "ex-" else name


def described_organisations(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """Every PERSON, LOC or GPE span of a name the document shows to be an organisation becomes ORG."""
    names: set[str] = set()
    people: set[str] = set()
    labels: Counter[tuple[str, str]] = Counter()
    for sp in spans:
        name = _name(text, sp)
        labels[name, sp.label] += 1
        if sp.label in RELABELLED and _described(text, sp):
            names.add(name)
        first = text.words[sp.start]
        if sp.label == "PERSON" and (_personal(text, sp) or (sp.end - sp.start > 1 and first.isalpha()
                                                                and first[:1].isupper())):
            people.add(name)
            people.add(text.words[sp.end - 1])
    voted = {name for (name, label), n in labels.items() if label == "ORG" and n >= labels[name, "PERSON"]}
    names -= people
    voted -= people
    if not names and not voted:
        return spans
    kb = text.kb
    out = []
    for sp in spans:
        name = _name(text, sp)
        if name in names and sp.label in RELABELLED or name in voted and sp.label == "PERSON":
            entry = kb.lookup(text.text_of(sp.start, sp.end))
            if sp.label == "PERSON" or entry is None or entry.type not in ("GPE", "LOC"):
                sp = replace(sp, label="ORG")
        out.append(sp)
    return out
