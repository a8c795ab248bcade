"""Names the actor linker left unlinked: an acronym of an organisation the article names in full ("the Harbour
Workers Union" ... "HWU"), and a surname misspelt by one or two letters ("Moreno" ... "Morena")."""

from __future__ import annotations

_SMALL = frozenset({"of", "the", "and", "for", "in", "on", "de", "&", "to", "at"})


def initials(name: str) -> str:
    """'International Union of Harbour Workers' -> 'IUHW' (small words left out)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _SMALL and w[0].isalpha()).upper()


def acronyms(actors: dict) -> dict[str, str]:
    """Initials -> actor, for organisations and states named with three or more letters' worth of words;
    initials two actors share stand for neither."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for actor in actors.values():
        if actor.type not in ("ORG", "GPE", "NORP"):
            continue
        short = initials(actor.name)
        if len(short) >= 2 and len(actor.name.split()) >= 2:
            if short in out and out[short] != actor.id:
                clash.add(short)
            out[short] = actor.id
    return {k: v for k, v in out.items() if k not in clash}


def within_two(a: str, b: str) -> bool:
    """Whether two words differ by at most two edits (insertions, deletions, substitutions)."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > 2:
            return False
        prev = cur
    return prev[-1] <= 2


def surnames(actors: dict) -> dict[str, str]:
    """Surname -> person, for the article's people with a first name and a surname of five letters or more."""
    out: dict[str, str] = {}
    for actor in actors.values():
        parts = actor.name.split()
        if actor.type == "PERSON" and len(parts) >= 2 and len(parts[-1]) >= 5:
            out.setdefault(parts[-1], actor.id)
    return out


def near_surname(word: str, known: dict[str, str]) -> str | None:
    """The person whose surname the word misspells (one or two letters off, same first letter, one such
    person only); a word that is itself a known surname is no misspelling."""
    if len(word) < 5 or word in known:
        return None
    hits = {aid for name, aid in known.items() if name[0] == word[0] and within_two(name.lower(), word.lower())}
    return hits.pop() if len(hits) == 1 else None


def aliases(actors: dict) -> dict[str, str]:
    """Actors that are another actor's short or misspelt name: an all-capital name spelling an organisation's
    initials, a one-word person (or untyped) name one or two letters off a person's surname -> that actor."""
    short, known = acronyms(actors), surnames(actors)
    out: dict[str, str] = {}
    for actor in actors.values():
        name = actor.name
        if name.isupper() and short.get(name, actor.id) != actor.id:
            out[actor.id] = short[name]
        elif actor.type in ("PERSON", None) and len(name.split()) == 1 and name not in known:
            target = near_surname(name, known)
            if target is not None and target != actor.id:
                out[actor.id] = target
    return out
