"""Candidate mentions the stage tries to resolve: third-person and relative pronouns, first person, nouns in
apposition to a name or predicated of it, definite descriptions whose head noun names a person's role, an
organisation or a place (or is the head of a role or organisation name of this text: "the curator"), person
nouns with a possessor ("his lawyer"), role nouns premodifying a name ("geologist Ana Ruiz"), proper-noun words
no actor mention covers, and names nested in an actor's mention that spell another actor's name ("Lyon" of
"the University of Lyon")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...lexicon.descriptions import ORG_NOUNS, PERSON_NOUNS, PLACE_NOUNS
from ...lexicon.pronouns import FIRST_PERSON, RELATIVE, SECOND_PERSON, THIRD_PERSON

_DEFINITE = frozenset({"the", "this", "that"})


@dataclass(frozen=True)
class Candidate:
    """A mention to resolve: its head token, token span [start, end), form and the word that decides agreement."""

    i: int
    start: int
    end: int
    form: str  # pronoun | first | second | description | name | nested
    word: str  # the pronoun in lower case, or the description's head lemma
    via: int = -1  # an appositive or predicate noun: the named token it describes ("Ana Ruiz, the mayor")
    poss: int = -1  # a description's possessor ("his" of "his lawyer"): someone else than the one it names


def _pronoun(tok: Token) -> Candidate | None:
    """'he', 'its', 'who': a third-person or relative pronoun ("it" of "it is raining" is an expletive)."""
    low = tok.lower_
    if low in THIRD_PERSON and tok.tag_ in ("PRP", "PRP$") and tok.dep_ != "expl":
        return Candidate(tok.i, tok.i, tok.i + 1, "pronoun", low)
    if low in RELATIVE and tok.tag_ in ("WP", "WP$"):
        return Candidate(tok.i, tok.i, tok.i + 1, "pronoun", low)
    return None


def _first_person(tok: Token) -> Candidate | None:
    """'I', 'my', 'we' (not the country written US)."""
    low = tok.lower_
    if low in FIRST_PERSON and tok.tag_ in ("PRP", "PRP$") and not (low == "us" and tok.text.isupper()):
        return Candidate(tok.i, tok.i, tok.i + 1, "first", low)
    return None


def _second_person(tok: Token) -> Candidate | None:
    """'you', 'your': the person an interview's question asks (resolved only there)."""
    if tok.lower_ in SECOND_PERSON and tok.tag_ in ("PRP", "PRP$"):
        return Candidate(tok.i, tok.i, tok.i + 1, "second", tok.lower_)
    return None


def _description(tok: Token, named: dict[int, str], own: frozenset[str] = frozenset()) -> Candidate | None:
    """'the company', 'this ministry', 'the party leader': a singular definite noun phrase with no name in it,
    whose head is a lexicon noun or a word of an actor's role or name in this text ("the curator" after "Ana
    Ruiz, curator of the museum,"); 'his lawyer' (a person noun with a possessor); and 'there' of "she moved to
    Lyon and works there" (not "there is"), a back-reference to a place."""
    if tok.lower_ == "there" and tok.dep_ == "advmod" and tok.tag_ == "RB":
        return Candidate(tok.i, tok.i, tok.i + 1, "description", "there")
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNP"):
        return None
    lemma = tok.lemma_.lower()
    if lemma not in ORG_NOUNS and lemma not in PERSON_NOUNS and lemma not in PLACE_NOUNS and lemma not in own:
        return None
    left = list(tok.lefts)
    if any(c.i in named for c in left) or any(c.pos_ == "PROPN" for c in left):
        return None
    det = next((c for c in left if c.dep_ == "det" and c.lower_ in _DEFINITE), None)
    if det is not None:
        return Candidate(tok.i, det.i, tok.i + 1, "description", lemma)
    owner = next((c for c in left if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is not None and lemma in PERSON_NOUNS:
        return Candidate(tok.i, owner.i, tok.i + 1, "description", lemma, poss=owner.i)
    return None


def _third_person(tok: Token) -> bool:
    """'he' of "he is a geologist": a subject the stage resolves before it reaches the predicate noun."""
    return tok.lower_ in THIRD_PERSON and tok.tag_ == "PRP"


def _premodifier(tok: Token, named: dict[int, str]) -> Candidate | None:
    """'coauthor Ana Ruiz', 'city mayor Ana Ruiz': a lower-case noun just before a name that modifies it (a
    role the text gives the actor); the span takes the nouns compounded into it ("city mayor")."""
    doc = tok.doc
    nxt = tok.i + 1
    if nxt >= len(doc) or nxt not in named or tok.head.i not in named or named[tok.head.i] != named[nxt] \
            or tok.dep_ not in ("compound", "nmod", "amod") or not tok.text.islower():
        return None
    start = tok.i
    while start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].head.i == tok.i \
            and doc[start - 1].dep_ == "compound" and doc[start - 1].i not in named:
        start -= 1
    return Candidate(tok.i, start, tok.i + 1, "description", tok.lemma_.lower(), nxt)


def _said_of_a_name(tok: Token, named: dict[int, str]) -> Candidate | None:
    """'Ana Ruiz, the mayor,' / 'Ana Ruiz is a geologist' / 'she is a geologist': a noun in apposition to a
    name, or the predicate of "is" whose subject is a name or a pronoun; the span runs from its first modifier
    to the noun. 'coauthor Ana Ruiz': a role noun premodifying the name (`_premodifier`)."""
    if tok.pos_ != "NOUN" or tok.i in named or not tok.is_alpha:
        return None  # "m." of "(m. 1949)" in an infobox is no description
    pre = _premodifier(tok, named)
    if pre is not None:
        return pre
    via = -1
    if tok.dep_ == "appos" and tok.head.i in named:
        via = tok.head.i
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj" and (c.i in named or _third_person(c))), None)
        via = subj.i if subj is not None else -1
    if via < 0 or any(c.i in named for c in tok.lefts):
        return None
    start = tok.left_edge.i if tok.left_edge.i < tok.i else tok.i
    while start < tok.i and not tok.doc[start].is_alpha:
        start += 1  # "(clarification" and "– present" start at their first word
    return Candidate(tok.i, start, tok.i + 1, "description", tok.lemma_.lower(), via)


def _name_word(tok: Token, named: dict[int, str]) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and len(tok.text) >= 2 \
        and tok.i not in named


def _unlinked_name(tok: Token, named: dict[int, str]) -> Candidate | None:
    """Capitalised proper-noun words no actor mention covers ("HWU", a surname spelt differently, "Harbour
    Lodge" again after the linker named it once), as one run of words."""
    if not _name_word(tok, named) or (tok.i > 0 and _name_word(tok.doc[tok.i - 1], named)):
        return None
    end = tok.i + 1
    while end < len(tok.doc) and end - tok.i < _NAME_WORDS and _name_word(tok.doc[end], named):
        end += 1
    words = tok.doc[tok.i:end]
    return Candidate(end - 1, tok.i, end, "name", words.text)  # a name's last word is its head


_NAME_WORDS = 6  # longest run of proper-noun words read as one name


def _nested_name(tok: Token, named: dict[int, str], names: dict[str, set[str]]) -> Candidate | None:
    """'Lyon' inside the actor "University of Lyon" where the text also names the city "Lyon": words inside one
    actor's mention that spell another actor's whole name (the longest such run from this word)."""
    doc = tok.doc
    owner = named.get(tok.i)
    if owner is None or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    end = tok.i
    while end < len(doc) and end - tok.i < _NAME_WORDS and named.get(end) == owner:
        end += 1
    inside_start = tok.i > 0 and named.get(tok.i - 1) == owner
    for stop in range(end, tok.i, -1):
        if not inside_start and stop == end:
            continue  # the whole run is the owner's own mention, not a name nested in it
        text = doc[tok.i:stop].text
        if owner not in names.get(text.lower(), {owner}):
            return Candidate(stop - 1, tok.i, stop, "nested", text)
    return None


def find_candidates(doc: Doc, named: dict[int, str], limit: int, own: frozenset[str] = frozenset(),
                    names: dict[str, set[str]] | None = None) -> list[Candidate]:
    """Every candidate mention in text order, at most `limit`; tokens already in an actor's mention are skipped
    except for names nested in them when `names` (an actor's whole name, lower case -> actors) is given; `own`
    adds description heads this text's actors are called by (`context.own_words`)."""
    out: list[Candidate] = []
    after = 0  # the token after the last candidate's span (a run of name words is one candidate)
    for tok in doc:
        if tok.i < after:
            continue
        if tok.i in named:
            cand = _nested_name(tok, named, names) if names else None
        else:
            cand = _pronoun(tok) or _first_person(tok) or _second_person(tok) or _said_of_a_name(tok, named) \
                or _description(tok, named, own) or _unlinked_name(tok, named)
        if cand is not None:
            out.append(cand)
            after = cand.end
            if len(out) >= limit:
                break
    return out
