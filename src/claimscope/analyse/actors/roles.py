"""The roles and affiliations a person's context gives: titles before the name, appositives around it.

"Freedonian President Ana Ruiz": President of Freedonia; "Helena Marsh, a Harbor Institute Research Fellow and
former Freedonian Army officer": Research Fellow at the Harbor Institute, former officer of the Freedonian Army;
"Dr Priya Nair of the University of Lakeford": affiliated with the university.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...lexicon.names import FORMER, HONORIFICS, TITLES
from ...lexicon.roles import RELATION_DETERMINERS, ROLE_DETERMINERS, ROLE_HEADS, ROLE_MODIFIERS
from .edits import AddMention, AddRoles, Edits
from .names import POSSESSIVE_TOKENS, with_article
from .spans import EntitySpan, Limits
from .table import ActorTable

_ROLE_WORDS = TITLES | ROLE_HEADS
_STATE_KINDS = ("government", "military", "party", "igo")


@dataclass
class Role:
    """One role: its title, whether it is a former one, and the organisation or state it is held at or of."""

    title: str
    former: bool = False
    org: str | None = None  # the organisation or state as the text names it ("Freedonian Army")
    canonical: str | None = None  # its canonical name ("Army of Freedonia")
    prep: str = "of"

    def text(self) -> str:
        out = ("former " if self.former else "") + self.title
        if self.org:
            out += f" {self.prep} {with_article(self.org)}"
        return out


def _low(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def roles_of(table: ActorTable, sp: EntitySpan, limits: Limits) -> Edits:
    """The roles and affiliations the context gives to the person span `sp` names (and a party the title names,
    which the appositives then see)."""
    key = table.index.get(sp.end - 1)
    if key is None or key[0] != "PERSON":
        return
    roles: list[Role] = []
    left, parties = left_title(table, sp, limits)
    yield from parties
    if left is not None:
        roles.append(left)
    roles += appositive_after(table, sp, limits)
    roles += appositive_before(table, sp, limits)
    yield AddRoles(key, of_phrase_after(table, sp), tuple((r.text(), r.canonical) for r in roles))


def left_title(table: ActorTable, sp: EntitySpan, limits: Limits) -> tuple[Role | None, list[AddMention]]:
    """'Freedonian President Ana Ruiz', 'Labour leader Tomas Vale', 'former Chancellor Ana Ruiz'; with the
    mentions of parties the recogniser missed in the title."""
    toks, kb = table.text.toks, table.text.kb
    words: list[Token] = [t for t in toks[sp.start:sp.name_start] if _low(t) not in HONORIFICS]
    k = sp.start - 1
    org = None
    former = False
    parties: list[AddMention] = []
    missed: dict[str, str | None] = {}  # the kind of each party first recorded by `parties`
    while k >= 0 and sp.start - k <= limits.title_words:
        tok = toks[k]
        low = _low(tok)
        if low in HONORIFICS or tok.text == "." or tok.text in POSSESSIVE_TOKENS:
            k -= 1
            continue
        hit = table.org_at(k)
        if hit is None and tok.text[:1].isupper() and tok.dep_ in ("compound", "amod", "nmod"):
            entry = kb.lookup(tok.text)  # "Labour MP Ana Ruiz": a party the recogniser missed
            if entry is not None and entry.type == "ORG":
                parties.append(AddMention(("ORG", entry.name), k, k + 1, entry=entry))
                missed.setdefault(entry.name, entry.kind)
                hit = (entry.name, entry.name, "ORG")
        if hit is not None:
            org = org or hit
            k -= 1
            continue
        if low in FORMER:
            former = True
            k -= 1
            continue
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ in ("compound", "amod", "nmod", "appos") \
                and (low in TITLES or low in ROLE_HEADS or low in ROLE_MODIFIERS or tok.text[:1].isupper()) \
                and not tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON"):
            words.insert(0, tok)
            k -= 1
            continue
        break
    words = [w for w in words if _low(w) not in HONORIFICS]
    if not words:
        return None, parties
    title = " ".join(w.text for w in sorted(words, key=lambda t: t.i))
    if not any(_low(w) in _ROLE_WORDS for w in words):
        return None, parties
    r = Role(title, former)
    if org:
        r.org, r.canonical = org[0], org[1]
        kind = table.kind_of(org[1]) if ("ORG", org[1]) in table.actors else missed.get(org[1])
        r.prep = "of" if org[2] in ("GPE", "LOC") or kind in (*_STATE_KINDS, None) else "at"
    return r, parties


def of_phrase_after(table: ActorTable, sp: EntitySpan) -> str | None:
    """'Dr Priya Nair of the University of Lakeford', 'Sam Ortiz from the Harbor Institute': the organisation a
    person is of."""
    lowers = table.text.lowers
    i, n = sp.end, len(lowers)
    if i + 1 >= n or lowers[i] not in ("of", "at", "from"):
        return None
    j = i + 1 + (lowers[i + 1] == "the")
    hit = table.org_at(j) if j < n else None
    if hit is None or hit[2] not in ("ORG",):
        return None
    return hit[1]


def appositive_after(table: ActorTable, sp: EntitySpan, limits: Limits) -> list[Role]:
    """'Helena Marsh, a Harbor Institute Research Fellow and former Freedonian Army officer, ...'."""
    toks = table.text.toks
    i, n = sp.end, len(toks)
    if sp.role_start >= 0 or i >= n or toks[i].text != ",":
        return []
    i += 1
    chunk: list[Token] = []
    while i < n and len(chunk) < limits.appositive_words:
        tok = toks[i]
        if tok.is_punct and tok.text not in ("-",) or tok.is_space or tok.text in ("(", ")", "—", "–"):
            break
        if tok.lower_ in ("who", "which", "whose", "whom", "that") or tok.pos_ in ("VERB", "AUX") \
                and not tok.tag_ == "JJ":
            break
        chunk.append(tok)
        i += 1
    if not chunk or any(table.index.get(t.i, ("",))[0] == "PERSON" for t in chunk[:3]):
        return []
    if chunk[0].ent_type_ in ("DATE", "CARDINAL", "TIME", "GPE", "LOC") and chunk[0].i not in table.index:
        return []
    return roles_from_chunk(table, chunk)


def appositive_before(table: ActorTable, sp: EntitySpan, limits: Limits) -> list[Role]:
    """'The mayor of Riverton, Anna Lindqvist, said ...': the noun phrase the name is in apposition to."""
    root = table.text.doc[sp.start:sp.end].root
    if root.dep_ != "appos" or root.head.pos_ != "NOUN" or root.head.i > sp.start:
        return appositive_before_surface(table, sp, limits)
    head = root.head
    chunk = [t for t in head.subtree if t.i < sp.start and not (t.is_punct and t.text != "-")]
    if len(chunk) > limits.appositive_before_words:
        return []
    return roles_from_chunk(table, chunk)


def appositive_before_surface(table: ActorTable, sp: EntitySpan, limits: Limits) -> list[Role]:
    """'The mayor of Lakeford, Anna Lindqvist, said': the same by the commas, where the parse missed it."""
    toks, lowers, words = table.text.toks, table.text.lowers, table.text.words
    n = len(toks)
    if sp.start < 3 or words[sp.start - 1] != "," or sp.end >= n or words[sp.end] not in (",", "said", "says"):
        return []
    k = sp.start - 2
    while k >= 0 and sp.start - k <= limits.surface_window and not (
            toks[k].is_punct or toks[k].is_sent_start or toks[k].pos_ in ("VERB", "AUX")):
        k -= 1
    first = k if k >= 0 and toks[k].is_sent_start and not toks[k].is_punct else k + 1
    chunk = [toks[i] for i in range(first, sp.start - 1)]
    if not chunk or lowers[first] not in ("the", "a", "an") and lowers[first] not in TITLES:
        return []
    if not any(t.lower_ in TITLES or t.lower_ in ROLE_HEADS for t in chunk):
        return []
    return roles_from_chunk(table, chunk)


def roles_from_chunk(table: ActorTable, chunk: list[Token]) -> list[Role]:
    """Conjoined role phrases: 'a Harbor Institute Research Fellow and former Freedonian Army officer and
    diplomat'."""
    parts: list[list[Token]] = [[]]
    for tok in chunk:
        if tok.lower_ in ("and", "&", ",") and tok.i not in table.index:
            parts.append([])
        else:
            parts[-1].append(tok)
    roles: list[Role] = []
    prev_former = False
    for part in parts:
        if not part or part[0].lower_ in RELATION_DETERMINERS:
            continue  # "his friend": a relation, not a role
        had_det = part[0].lower_ in ROLE_DETERMINERS
        part = [t for t in part if t.lower_ not in ROLE_DETERMINERS]
        former = any(t.lower_ in FORMER for t in part)
        title: list[Token] = []
        org = None
        prep = None
        tail = False
        for t in part:
            if t.lower_ in FORMER or t.lower_ == "-":
                continue
            if t.pos_ == "ADP" and t.lower_ in ("of", "at", "for", "with", "in", "from", "to"):
                if title:
                    prep = t.lower_ if t.lower_ in ("of", "at", "for", "with") else None
                    tail = True
                continue
            hit = table.org_at(t.i)
            if hit is not None:
                if org is None:
                    org = hit
                    if not tail:
                        prep = None
                continue
            if tail:
                continue
            if t.pos_ in ("NOUN", "PROPN", "ADJ") or t.lower_ in _ROLE_WORDS:
                if t.ent_type_ in ("PERSON", "DATE", "CARDINAL", "TIME", "MONEY", "PERCENT"):
                    continue
                title.append(t)
        if not title:
            continue
        if not former and not had_det and prev_former and org is None:
            former = True  # "former Freedonian Army officer and diplomat": the second shares 'former'
        prev_former = former
        r = Role(" ".join(t.text for t in title), former)
        if org is not None:
            r.org, r.canonical = org[0], org[1]
            if prep is None:
                prep = "of" if org[2] in ("GPE", "LOC") or table.kind_of(org[1]) in _STATE_KINDS else "at"
            r.prep = prep
        roles.append(r)
    return roles
