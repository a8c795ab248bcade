"""Corrections of the recogniser's entities: each fix takes the current spans and returns the corrected list.

The fixes run in the order of `RECOGNISER_FIXES`; each sees what the fixes before it returned:
1. `drop_false_entities`: a lone verb form opening a sentence ("Supporting ...") or a pronoun is no entity;
2. `trim_edges`: a possessive ending ("Riverton's"), a leading "the", punctuation and letters after a name
   ("Ana Ruiz QC") are not part of it;
3. `extend_places`: a place name followed by a region word or name part the recogniser left out
   ("Lakeford Oblast") is the place;
4. `split_role_words`: role words glued onto an organisation's name ("Harbor Institute Research Fellow") are
   split off;
5. `add_region_names`: a place name the recogniser labelled as a product before a region word is a place;
6. `drop_title_words`: a word of a title taken for a name ("Home" in "Home Secretary Ana Ruiz") is dropped;
7. `merge_places_into_orgs`: a place inside an organisation's name ("University of Lakeford") stays in it;
8. `curated_types`: a curated alias the recogniser took for a person ("the Greens", a party) takes the
   alias's type (`aliases.json`), so the linker resolves it to the organisation; a span cut short of a
   curated name ("Democrats" of "Liberal Democrats"), or two spans that together make one, become it;
9. `organisations_not_people`: a "person" the knowledge base knows as something else, whose last word only an
   organisation's name ends in ("Lakeford Media Group"), that is an acronym ("RFID", "TV4"), or that is a known
   body before a plural role ("Greens MPs": the party) is no person;
10. `described_organisations` (`described.py`): a person or place name the document describes as an
   organisation ("oil firm X", "X, the oil company,") is that organisation in every mention.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Span

from ...lexicon.names import POSTNOMINALS, TITLES
from ...lexicon.organisations import ORG_NAME_ENDS, ORG_OF_HEADS
from ...lexicon.places import REGION_WORDS
from ...lexicon.roles import ROLE_HEADS, ROLE_MODIFIERS
from .described import described_organisations
from .names import POSSESSIVE_TOKENS
from .spans import ACTOR_LABELS, DocText, EntitySpan

Fix = Callable[[DocText, list[EntitySpan]], list[EntitySpan]]
_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS


def recognised_spans(text: DocText) -> list[EntitySpan]:
    """The recogniser's entities of the labels that can name an actor, as spans to correct."""
    return [EntitySpan(e.start, e.end, e.label_, e.label_) for e in text.doc.ents if e.label_ in ACTOR_LABELS]


def is_false_entity(ent: Span) -> bool:
    """A lone verb form ('Supporting') or pronoun is no named entity."""
    if len(ent) == 1:
        tok = ent[0]
        if tok.tag_.startswith("VB") or tok.pos_ in {"PRON", "DET", "ADP", "CCONJ", "AUX"}:
            return True
        if tok.is_sent_start and tok.text.endswith("ing") and tok.text[:1].isupper() and tok.dep_ in (
                "csubj", "ROOT", "advcl", "pcomp", "amod", "nsubj", "npadvmod") and tok.pos_ != "PROPN":
            return True
    return not any(ch.isalpha() for ch in ent.text)


def drop_false_entities(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """Spans that are no name at all ('Supporting' opening a sentence, a lone pronoun) go."""
    return [sp for sp in spans if not is_false_entity(text.doc[sp.start:sp.end])]


def trim_edges(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """'the Harbor Institute's' -> 'Harbor Institute'; 'Ana Ruiz QC' -> 'Ana Ruiz'; empty spans go."""
    toks = text.toks
    out = []
    for sp in spans:
        start, end = sp.start, sp.end
        while end > start and toks[end - 1].text in POSSESSIVE_TOKENS:
            end -= 1
        while start < end and (toks[start].lower_ == "the" or toks[start].is_punct or toks[start].is_space):
            start += 1
        while end > start and (toks[end - 1].is_space or toks[end - 1].text in POSSESSIVE_TOKENS
                               or toks[end - 1].is_punct and toks[end - 1].text not in {".", ")"}):
            end -= 1
        if sp.label == "PERSON":
            while end > start + 1 and toks[end - 1].text.rstrip(".").upper() in POSTNOMINALS:
                end -= 1
        if end > start:
            out.append(replace(sp, start=start, end=end))
    return out


def extend_places(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """A place name followed by a region word or a name part the recogniser left out ('Lakeford Oblast')."""
    toks, kb, n = text.toks, text.kb, len(text)
    out = []
    for sp in spans:
        start, end = sp.start, sp.end
        k = end
        while k < n and k - end < 2 and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper() \
                and not toks[k].ent_type_:
            k += 1
            entry = kb.lookup(text.text_of(start, k))
            if entry is not None and entry.type in ("LOC", "GPE"):
                sp = replace(sp, end=k, label="LOC" if entry.type == "LOC" else "GPE")
                break
            if toks[k - 1].lower_ in REGION_WORDS and sp.recognised in ("GPE", "LOC", "PRODUCT", "ORG", "PERSON"):
                sp = replace(sp, end=k, label="LOC")
                break
        out.append(sp)
    return out


def split_role_words(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """'Harbor Institute Research Fellow' -> ORG 'Harbor Institute' + role words 'Research Fellow'."""
    toks = text.toks
    out = []
    for sp in spans:
        if sp.recognised == "ORG":
            k = sp.end
            while k > sp.start + 1 and toks[k - 1].lower_ in _ROLE_WORDS:
                k -= 1
            if k < sp.end and toks[sp.end - 1].lower_ in ROLE_HEADS and k > sp.start:
                sp = replace(sp, end=k, role_start=k, role_end=sp.end)
        out.append(sp)
    return out


def add_region_names(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """The recogniser sometimes labels a region's place name PRODUCT or WORK_OF_ART ('Lakeford Oblast')."""
    toks, n = text.toks, len(text)
    extra = [EntitySpan(ent.start, ent.end + 1, "LOC", ent.label_) for ent in text.doc.ents
             if ent.label_ not in ACTOR_LABELS and ent.end < n and toks[ent.end].lower_ in REGION_WORDS
             and toks[ent.end].text[:1].isupper() and ent[0].text[:1].isupper()]
    return sorted(spans + extra, key=lambda s: s.start)


def drop_title_words(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """A word of a title the recogniser took for a name ('Home' in 'Home Secretary Ana Ruiz') goes."""
    toks, kb, n = text.toks, text.kb, len(text)
    starts = {sp.start: sp for sp in spans}
    keep = []
    for sp in spans:
        if sp.label != "PERSON" and sp.end - sp.start == 1 and sp.end + 1 < n \
                and toks[sp.end].lower_ in TITLES and toks[sp.end].text[:1].isupper() \
                and (sp.end + 1 in starts and starts[sp.end + 1].label == "PERSON"
                     or toks[sp.end + 1].pos_ == "PROPN") \
                and kb.lookup(toks[sp.start].text) is None and kb.demonyms.get(toks[sp.start].text) is None:
            continue
        keep.append(sp)
    return keep


def merge_places_into_orgs(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """A place name inside an organisation's name stays part of it: 'University' + 'of' + 'Lakeford',
    'Riverton' + 'School of Economics'."""
    toks = text.toks
    out: list[EntitySpan] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and sp.label in ("GPE", "LOC") and prev.label == "ORG" and prev.role_start < 0 \
                and sp.start == prev.end + 1 and toks[prev.end].lower_ in ("of", "for") \
                and toks[prev.end - 1].lower_ in ORG_OF_HEADS:
            out[-1] = replace(prev, end=sp.end)
            continue
        if prev is not None and sp.label == "ORG" and prev.label in ("GPE", "LOC") and sp.start == prev.end \
                and not toks[prev.end - 1].whitespace_ == "" and toks[prev.end - 1].text not in POSSESSIVE_TOKENS \
                and any(t.head.i >= sp.start and t.head.i < sp.end for t in toks[prev.start:prev.end]):
            out[-1] = replace(prev, end=sp.end, label="ORG", role_start=sp.role_start, role_end=sp.role_end)
            continue
        out.append(sp)
    return out


def curated_types(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """A curated alias labelled PERSON ('the Greens') takes the type the curated file gives it, and a span the
    recogniser cut short of a curated name ('Democrats' of 'Liberal Democrats'), or split in two, becomes it."""
    types, toks = text.kb.curated_types, text.toks
    out: list[EntitySpan] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.end == sp.start \
                and types.get(text.text_of(prev.start, sp.end), "PERSON") != "PERSON":  # 'Liberal' + 'Democrat'
            out[-1] = replace(prev, end=sp.end, label=types[text.text_of(prev.start, sp.end)], role_start=-1,
                              role_end=-1)
            continue
        floor = prev.end if prev else 0
        for start in range(max(floor, sp.start - 2), sp.start):
            if all(t.text[:1].isupper() for t in toks[start:sp.start]) \
                    and types.get(text.text_of(start, sp.end), "PERSON") != "PERSON":
                sp = replace(sp, start=start, name_start=-1, label=types[text.text_of(start, sp.end)])
                break
        if sp.label == "PERSON":
            type_ = types.get(text.text_of(sp.start, sp.end))
            if type_ is not None and type_ != "PERSON":
                sp = replace(sp, label=type_)
        out.append(sp)
    return out


def _capitals(word: str) -> bool:
    return word.isupper() and word.isalnum()


def _not_a_person(text: DocText, sp: EntitySpan) -> EntitySpan | None:
    """The span as the organisation (or place) it names, or None when it can name a person."""
    words, kb, n = text.words, text.kb, len(text)
    entry = kb.lookup(text.text_of(sp.start, sp.end)) if sp.end - sp.start >= 2 else None
    if entry is not None:  # one word: the linker decides, after the people the article names ('Ruiz', a town too)
        return replace(sp, label=entry.type) if entry.type != "PERSON" else None
    last = text.lowers[sp.end - 1]
    if sp.end - sp.start >= 2 and last in ORG_NAME_ENDS and words[sp.end - 1][:1].isupper():
        return replace(sp, label="ORG")
    if sp.end - sp.start == 1 and len(words[sp.start]) >= 3 and _capitals(words[sp.start]) \
            and any(ch.isalpha() for ch in words[sp.start]) \
            and not (sp.start > 0 and _capitals(words[sp.start - 1])) \
            and not (sp.end < n and _capitals(words[sp.end])):  # not in a line of capitals ('WHO SAID IT')
        return replace(sp, label="ORG")
    if sp.end - sp.start >= 2 and last.endswith("s") and (last[:-1] in TITLES or last[:-1] in ROLE_HEADS):
        body = kb.lookup(text.text_of(sp.start, sp.end - 1))
        if body is not None and body.type == "ORG":
            return replace(sp, end=sp.end - 1, label="ORG")  # 'Greens MPs': the party, and no person
    return None


def organisations_not_people(text: DocText, spans: list[EntitySpan]) -> list[EntitySpan]:
    """'Lakeford Media Group', 'RFID', 'Greens MPs' taken for people: see `_not_a_person`."""
    out = []
    for sp in spans:
        if sp.label == "PERSON":
            sp = _not_a_person(text, sp) or sp
        out.append(sp)
    return out


RECOGNISER_FIXES: tuple[Fix, ...] = (
    drop_false_entities,
    trim_edges,
    extend_places,
    split_role_words,
    add_region_names,
    drop_title_words,
    merge_places_into_orgs,
    curated_types,
    organisations_not_people,
    described_organisations,
)


def corrected_spans(text: DocText, fixes: tuple[Fix, ...] = RECOGNISER_FIXES) -> list[EntitySpan]:
    """The recogniser's entities after every fix, in order."""
    spans = recognised_spans(text)
    for fix in fixes:
        spans = fix(text, spans)
    return spans
