"""The linker: corrected entity spans -> canonical actors of one document, in named passes run in order.

`LINKER_PASSES` fixes the order; each pass reads what the passes before it recorded in the `ActorTable`:
1. `resolve_spans`: each span becomes a mention of a person, a state, a place, a group or an organisation
   (the knowledge base decides what a known name means; a capital in a political context is its state);
2. `bare_surnames`: surnames the recogniser missed ("Ruiz said") name the person the article named in full;
3. `acronyms`: known acronyms the recogniser missed ("NATO:" opening a headline);
4. `institutions`: "the Freedonian military" is an institution of the state (`places.institutions`);
5. `person_roles`: titles and appositives give people roles and affiliations (`roles.roles_of`).
"""

from __future__ import annotations

from typing import Callable

from ...lexicon.names import HONORIFICS
from ...lexicon.organisations import KIND_ORDER, ORG_KIND_WORDS
from ..model import Actor
from .kb import Entry
from .names import clean_name, join_name
from .persons import People
from .places import institutions, locative, political
from .roles import roles_of
from .spans import DocText, EntitySpan, Limits
from .table import ActorTable, Key

_MULTIWORD_KINDS = {k: [v for v in vocab if " " in v] for k, vocab in ORG_KIND_WORDS.items()}


class Linker:
    """One document's actors: the table of records, the people named, and the limits the rules keep to."""

    def __init__(self, text: DocText, spans: list[EntitySpan], limits: Limits):
        self.text = text
        self.spans = spans
        self.limits = limits
        self.table = ActorTable(text)
        self.people = People(self.table)

    def run(self) -> tuple[list[Actor], dict[int, str]]:
        self.people.collect(self.spans)
        for step in LINKER_PASSES:
            step(self)
        return self.table.finish()

    def person_mention(self, key: Key, sp: EntitySpan, entry: Entry | None = None) -> None:
        """A mention of a person; the honorific before the name is part of it ("Mr Ruiz")."""
        toks = self.text.toks
        start = sp.start
        if start > 0 and toks[start - 1].lower_.rstrip(".") in HONORIFICS and toks[start - 1].text[:1].isupper():
            start -= 1
        elif start > 1 and toks[start - 1].text == "." and toks[start - 2].lower_ in HONORIFICS:
            start -= 2
        self.table.mention(key, start, sp.end, entry=entry)
        person = self.people.persons.get(key[1])
        if person is not None:
            person.named_at(sp.start)

    def org_kind(self, sp: EntitySpan) -> tuple[str | None, str | None]:
        """An unknown organisation's kind from its head words, and the state its name starts with."""
        toks = self.text.toks
        words = [t.lower_ for t in toks[sp.name_start:sp.end]]
        kind = None
        joined = " ".join(words)
        heads = set(words[-2:])
        if "of" in words[1:]:
            heads.add(words[words.index("of", 1) - 1])  # "Ministry of Ports", "Bank of Lakeford"
        for k in KIND_ORDER:
            vocab = ORG_KIND_WORDS[k]
            if heads & vocab or any(v in joined for v in _MULTIWORD_KINDS[k]):
                kind = k
                break
        affiliation = None
        for n in (3, 2, 1):
            if len(words) > n:
                st = self.text.kb.state(self.text.text_of(sp.name_start, sp.name_start + n))
                if st is not None:
                    affiliation = st.name
                    break
        return kind, affiliation

    def resolve(self, sp: EntitySpan) -> None:
        """Record the span as a mention of the actor it names."""
        text, table, kb = self.text, self.table, self.text.kb
        label = sp.label
        name_text = clean_name(text.text_of(sp.name_start, sp.end))
        if not name_text:
            return
        person = self.people.key_of(sp)
        if person is not None and not (label in ("GPE", "LOC") and locative(table, sp)):
            self.person_mention(person, sp)
            return
        entry = kb.lookup(name_text)
        root = text.doc[sp.start:sp.end].root
        if label == "PERSON":
            single = sp.end - sp.name_start == 1
            if single and sp.start > 0 and text.lowers[sp.start - 1] in ("the", "a", "an", "this", "that"):
                return  # "the Bill": no person
            if single and entry is None and kb.demonyms.get(name_text):
                label = "NORP"  # "Freedonians": a people, not a person
            elif single and entry is not None and entry.type != "PERSON":
                label = entry.type  # a lone 'NATO' or city the recogniser took for a person
            else:
                parts = join_name(self.people.name_parts(sp))
                name = " ".join(parts) or name_text
                pentry = entry if entry is not None and entry.type == "PERSON" else None
                if pentry is not None:
                    name = pentry.name
                self.person_mention(("PERSON", name), sp, pentry)
                return
        if entry is None and label == "NORP":
            st = kb.demonyms.get(name_text)
            if st:
                key, sentry = table.state_key(st)
                if root.dep_ in ("amod", "compound", "nmod", "poss") or root.pos_ == "ADJ" \
                        or not root.text.endswith("s"):
                    table.mention(key, sp.start, sp.end, entry=sentry)
                else:  # "the Freedonians": a people, belonging to its state
                    act = table.mention(("NORP", name_text), sp.start, sp.end)
                    if key[1] not in act.affiliations:
                        act.affiliations.append(key[1])
                    table.mention(key, sp.start, sp.end, index=False, entry=sentry)
                return
            table.mention(("NORP", name_text), sp.start, sp.end)
            return
        if entry is not None:
            if entry.stands_for and political(root):
                key, sentry = table.state_key(entry.stands_for)
                table.mention(key, sp.start, sp.end, entry=sentry)
            elif entry.type == "GPE":
                table.mention(("GPE", entry.name), sp.start, sp.end, entry=kb.states.get(entry.name, entry))
            else:
                table.mention((entry.type, entry.name), sp.start, sp.end, entry=entry)
            return
        if label == "ORG":
            kind, affiliation = self.org_kind(sp)
            act = table.mention(("ORG", name_text), sp.start, sp.end, kind=kind)
            if affiliation and affiliation not in act.affiliations:
                act.affiliations.append(affiliation)
            return
        table.mention(("LOC", name_text), sp.start, sp.end)


def resolve_spans(linker: Linker) -> None:
    """Every corrected span, in text order, as a mention of the actor it names."""
    for sp in linker.spans:
        linker.resolve(sp)


def bare_surnames(linker: Linker) -> None:
    """Surnames the recogniser missed ('Ruiz said ...') still name the person."""
    people, table = linker.people, linker.table
    if not people.by_surname and not people.by_first:
        return
    toks, words = linker.text.toks, linker.text.words
    n = len(toks)
    for i in range(n):
        w = words[i]
        if w not in people.by_surname and w not in people.by_first:
            continue
        tok = toks[i]
        if tok.i in table.covered or not tok.text[:1].isupper():
            continue
        if not (tok.pos_ == "PROPN" or not tok.is_sent_start or (
                tok.i + 1 < n and (toks[tok.i + 1].pos_ in ("VERB", "AUX") or words[tok.i + 1] in
                                   (",", "'s", "’s", "-", "–", "—", ":", "(")))):
            continue
        prev = toks[tok.i - 1] if tok.i > 0 else None
        honorific = prev.lower_.rstrip(".") if prev is not None and prev.lower_.rstrip(".") in HONORIFICS else None
        if tok.text not in people.by_surname and not (honorific and tok.text in people.by_first):
            continue
        if tok.i + 1 < n and toks[tok.i + 1].pos_ == "PROPN" and words[tok.i + 1][:1].isupper():
            continue  # part of a longer name
        name = people.for_surname(tok.text, tok.i, honorific)
        if name:
            start = tok.i - 1 if honorific and prev.text[:1].isupper() else tok.i
            table.mention(("PERSON", name), start, tok.i + 1)
            people.persons[name].named_at(tok.i)


def acronyms(linker: Linker) -> None:
    """Known acronyms the recogniser missed ('NATO: talks resume') are the organisation or state."""
    table, kb = linker.table, linker.text.kb
    words = linker.text.words
    n = len(words)
    for i, w in enumerate(words):
        if not (2 <= len(w) <= 6 and w.isupper() and w.isalpha()) or i in table.covered:
            continue
        entry = kb.names.get(w)
        if entry is None or entry.type not in ("ORG", "GPE"):
            continue
        # not in a line of capitals ('WHO ARE THEY')
        if (i > 0 and words[i - 1].isupper() and words[i - 1].isalpha()) or (
                i + 1 < n and words[i + 1].isupper() and words[i + 1].isalpha()):
            continue
        key = ("GPE", entry.name) if entry.type == "GPE" else ("ORG", entry.name)
        table.mention(key, i, i + 1, entry=kb.states.get(entry.name, entry) if entry.type == "GPE" else entry)


def state_institutions(linker: Linker) -> None:
    """'the Freedonian military': see `places.institutions`."""
    institutions(linker.table)


def person_roles(linker: Linker) -> None:
    """Roles and affiliations of every person span (and every span that names a person)."""
    for sp in linker.spans:
        if sp.label == "PERSON" or linker.people.key_of(sp):
            roles_of(linker.table, sp, linker.limits)


Pass = Callable[[Linker], None]
LINKER_PASSES: tuple[Pass, ...] = (resolve_spans, bare_surnames, acronyms, state_institutions, person_roles)
