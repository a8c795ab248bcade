"""The linker: corrected entity spans -> canonical actors of one document, in named passes run in order.

`LINKER_PASSES` fixes the order. Each pass reads the `ActorTable` and yields its changes (`edits`), which the
linker applies one by one; a pass sees what the passes before it, and its own earlier edits, recorded:
1. `resolve_spans`: each span becomes a mention of a person, a state, a place, a group or an organisation
   (the knowledge base decides what a known name means; a capital in a political context is its state);
2. `bare_surnames`: surnames the recogniser missed ("Ruiz said") name the person the article named in full;
3. `acronyms`: known acronyms the recogniser missed ("NATO:" opening a headline);
4. `state_institutions`: "the Freedonian military" is an institution of the state (`places.institutions`);
5. `person_roles`: titles and appositives give people roles and affiliations (`roles.roles_of`).
"""

from __future__ import annotations

from typing import Callable

from ...lexicon.names import HONORIFICS
from ...lexicon.organisations import KIND_ORDER, ORG_KIND_WORDS
from ..model import Actor
from .edits import AddMention, Edits, NamedAt, apply
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
            for edit in step(self):
                apply(edit, self.table, self.people, self.limits)
        return self.table.finish()

    def person_mention(self, key: Key, sp: EntitySpan, entry: Entry | None = None) -> Edits:
        """A mention of a person; the honorific before the name is part of it ("Mr Ruiz")."""
        toks = self.text.toks
        start = sp.start
        if start > 0 and toks[start - 1].lower_.rstrip(".") in HONORIFICS and toks[start - 1].text[:1].isupper():
            start -= 1
        elif start > 1 and toks[start - 1].text == "." and toks[start - 2].lower_ in HONORIFICS:
            start -= 2
        yield AddMention(key, start, sp.end, entry=entry)
        if key[1] in self.people.persons:
            yield NamedAt(key[1], sp.start)

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

    def resolve(self, sp: EntitySpan) -> Edits:
        """The span as a mention of the actor it names."""
        text, table, kb = self.text, self.table, self.text.kb
        label = sp.label
        name_text = clean_name(text.text_of(sp.name_start, sp.end))
        if not name_text:
            return
        person = self.people.key_of(sp)
        if person is not None and not (label in ("GPE", "LOC") and locative(table, sp)):
            yield from self.person_mention(person, sp)
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
                yield from self.person_mention(("PERSON", name), sp, pentry)
                return
        if entry is None and label == "NORP":
            st = kb.demonyms.get(name_text)
            if st:
                key, sentry = table.state_key(st)
                if root.dep_ in ("amod", "compound", "nmod", "poss") or root.pos_ == "ADJ" \
                        or not root.text.endswith("s"):
                    yield AddMention(key, sp.start, sp.end, entry=sentry)
                else:  # "the Freedonians": a people, belonging to its state
                    yield AddMention(("NORP", name_text), sp.start, sp.end, affiliation=key[1])
                    yield AddMention(key, sp.start, sp.end, index=False, entry=sentry)
                return
            yield AddMention(("NORP", name_text), sp.start, sp.end)
            return
        if entry is not None:
            if entry.stands_for and political(root):
                key, sentry = table.state_key(entry.stands_for)
                yield AddMention(key, sp.start, sp.end, entry=sentry)
            elif entry.type == "GPE":
                yield AddMention(("GPE", entry.name), sp.start, sp.end, entry=kb.states.get(entry.name, entry))
            else:
                yield AddMention((entry.type, entry.name), sp.start, sp.end, entry=entry)
            return
        if label == "ORG":
            kind, affiliation = self.org_kind(sp)
            yield AddMention(("ORG", name_text), sp.start, sp.end, kind=kind, affiliation=affiliation)
            return
        yield AddMention(("LOC", name_text), sp.start, sp.end)


def resolve_spans(linker: Linker) -> Edits:
    """Every corrected span, in text order, as a mention of the actor it names."""
    for sp in linker.spans:
        yield from linker.resolve(sp)


def bare_surnames(linker: Linker) -> Edits:
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
            yield AddMention(("PERSON", name), start, tok.i + 1)
            yield NamedAt(name, tok.i)


def acronyms(linker: Linker) -> Edits:
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
        yield AddMention(key, i, i + 1, entry=kb.states.get(entry.name, entry) if entry.type == "GPE" else entry)


def state_institutions(linker: Linker) -> Edits:
    """'the Freedonian military': see `places.institutions`."""
    return institutions(linker.table)


def person_roles(linker: Linker) -> Edits:
    """Roles and affiliations of every person span (and every span that names a person)."""
    for sp in linker.spans:
        if sp.label == "PERSON" or linker.people.key_of(sp):
            yield from roles_of(linker.table, sp, linker.limits)


Pass = Callable[[Linker], Edits]
LINKER_PASSES: tuple[Pass, ...] = (resolve_spans, bare_surnames, acronyms, state_institutions, person_roles)
