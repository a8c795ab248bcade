"""Code an event's actor as PLOVER does: a country (ISO 3166 alpha-3) or IGO, and a sector (GOV, MIL, REB, ...).

`ActorCoder(document).code(name, mention)` tries, in order (`CODE_RULES`):
1. `igo`: an international organisation of the knowledge base ("NATO", "the United Nations") -> IGO;
   `ngo`: a non-governmental organisation of no state ("Amnesty International", "a human rights group") -> NGO;
2. `seat`: a capital or seat of government standing for its state ("Ottawa", "the Kremlin") -> CAN/RUS GOV;
3. `state`: a state ("Canada") -> CAN, its sector from the words of the mention ("Canadian troops" -> MIL);
4. `affiliated`: an organisation or person of a state (the document's `affiliations`: "the Dutch foreign
   ministry", "President X" where the text says whose president) -> that state, sector from kind and roles;
5. `place`: another place (a city, a region) -> the state it lies in;
6. `words`: a state, demonym or capital among the mention's words (a region of several states, "Central
   America", "Western", takes its words and names none) ("Polish officials" -> POL GOV), never the
   words of a person's own name ("Jordan" in "Michael Jordan" is no country).
A name the document types as a person but that is only a state's name ("Chad") is coded as the state.
Sectors come from `lexicon/data/plover_sectors.tsv` (the head noun, the rightmost listed word, wins).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..analyse.actors import kb
from ..lexicon.plover import place_codes, sector_words

_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
WINDOWS = (5, 4, 3, 2, 1)  # words of a name tried at each word, longest first ("Democratic Republic of the Congo")
_KIND_SECTORS = {"government": "GOV", "ministry": "GOV", "agency": "GOV", "military": "MIL", "police": "COP",
                 "intelligence": "SPY", "party": "PTY", "legislature": "LEG", "court": "JUD", "media": "MED",
                 "company": "BUS", "ngo": "NGO"}


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """Canonical country name (and each alias) -> ISO 3166 alpha-3, from the shipped knowledge base."""
    out: dict[str, str] = {}
    for c in kb._data().get("countries", []):  # noqa: SLF001 - the shipped data is the one source of codes
        code = c.get("code3")
        if code:
            for name in [c["name"], *c.get("aliases", [])]:
                out.setdefault(name, code)
    return out


def country_code(state_name: str | None) -> str | None:
    """'Poland' -> 'POL'; None for a name that is no state."""
    if not state_name:
        return None
    code = _alpha3().get(state_name)
    if code is None:
        entry = kb.state(state_name)
        code = _alpha3().get(entry.name) if entry is not None else None
    return code


def sector_of(text: str | None, roles=()) -> str | None:
    """The sector the head noun of a description names: the rightmost listed word ("Peruvian Interior Minister
    Ivan Petrov" -> GOV, "Chadian rebels" -> REB), else the first role's."""
    words = sector_words()
    found = None
    for w in _WORD.findall(text or ""):
        hit = words.get(w.lower().rstrip("."))
        if hit is not None:
            found = hit
    if found is None:
        for role in roles or ():
            found = sector_of(role)
            if found:
                break
    return found


def state_in_words(text: str | None, skip: set[str] = frozenset()) -> str | None:
    """The first state, demonym or capital among a text's words (five words down to one at a time); a region
    of several states takes its words ("Central America" is no "America")."""
    words = [w.rstrip(".") if not w.endswith(".S.") else w for w in _WORD.findall(text or "")]
    taken = 0
    for i in range(len(words)):
        for n in WINDOWS:
            part = words[i:i + n]
            if i < taken or len(part) < n or any(w in skip for w in part):
                continue
            phrase = " ".join(part)
            if n == 1 and not phrase[:1].isupper():
                continue
            state = _state_of_phrase(phrase)
            if state:
                return state
            if state == "":
                taken = i + n
    return None


def _state_of_phrase(phrase: str) -> str | None:
    if phrase in place_codes():
        return place_codes()[phrase]
    entry = kb.lookup(phrase)
    if entry is not None and entry.type == "GPE":
        return country_code(entry.name)
    seat = kb.capital_to_state(phrase)
    if seat:
        return country_code(seat)
    dem = kb.demonym_state(phrase)
    return country_code(dem) if dem else None


class ActorCoder:
    """Codes the actors of one document (the document JSON's `actors`) as PLOVER country and sector."""

    def __init__(self, document: dict):
        self.actors: dict[str, dict] = {}
        for a in document.get("actors") or []:
            if a.get("name"):
                self.actors.setdefault(a["name"], a)

    def code(self, name: str | None, mention: str | None) -> tuple[str | None, str | None]:
        """(code, sector) of an actor named `name` and written `mention`; (None, None) when nothing says."""
        actor = self.actors.get(name or "") or {}
        text = mention or name or ""
        listed = place_codes().get(" ".join(text.split()).removeprefix("the ").removeprefix("The "))
        if listed is not None or place_codes().get(name or "") == "":
            # the curated table wins over the knowledge base; a region of several states ("the Balkans") is none
            return (listed, sector_of(text)) if listed else (None, None)
        for rule in CODE_RULES:
            got = rule(actor, name or "", text)
            if got is not None:
                return got
        return None, sector_of(text)

    def spans(self, text: str, lo: int, hi: int) -> list[tuple[int, int, str, str, str | None]]:
        """(start, end, text, code, sector) of every coded name between two offsets: the document's actor
        mentions, and the states, demonyms, capitals and international organisations among the words."""
        found = []
        for name, actor in self.actors.items():
            for m in actor.get("mentions") or []:
                if lo <= m["start"] < hi and m.get("form", "proper") == "proper":
                    code, sector = self.code(name, m["text"])
                    if code:
                        found.append((m["start"], m["end"], m["text"], code, sector))
        people = [(m["start"], m["end"], set(_WORD.findall(a.get("name") or ""))) for a in self.actors.values()
                  if a.get("type") == "PERSON" for m in a.get("mentions") or []]
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, lo, hi)  # "Jordan" of "Mary Jordan" is no place
                 if not any(a <= w.start() < b and w.group() in name for a, b, name in people)]
        taken = 0
        for i in range(len(words)):
            for n in WINDOWS:
                if i + n > len(words) or i < taken:
                    continue
                a, b = words[i][0], words[i + n - 1][1]
                phrase = text[a:b].rstrip(".") if not text[a:b].endswith(".S.") else text[a:b]
                if not phrase[:1].isupper():
                    continue
                state = _state_of_phrase(phrase)
                code = state or ("IGO" if _is_igo(phrase) else None)
                if code:
                    found.append((a, b, phrase, code, None))
                    break
                if state == "":  # a region of several states takes its words: "Central America"
                    taken = i + n
                    break
        found = [s for s in found if not _NOT_ACTOR.match(text, s[1]) and not _STANCE.search(text, 0, s[0])]
        found.sort(key=lambda s: (s[0], -s[1]))
        out: list = []
        for s in found:
            if out and s[0] < out[-1][1]:
                continue  # inside a longer coded name already kept
            out.append(s)
        return out


# a state's name that is a currency's ("US $5m", "US$") or a stance's ("anti-Freedonia", "pro-Ruritania") is no actor
_NOT_ACTOR = re.compile(r"\s?\$")
_STANCE = re.compile(r"\b(?:anti|pro)-$", re.IGNORECASE)
_IGO_FIRST = {"International", "European", "World", "African", "Arab", "Asian", "Asia-Pacific", "Inter-American",
              "Pan-American", "Nordic", "Commonwealth", "UN", "U.N", "U.N."}
_IGO_HEADS = {"Community", "Union", "Organization", "Organisation", "Office", "Commission", "Council", "Agency",
              "Fund", "Bank", "League", "Court", "Conference", "Forum", "Cooperation", "Co-operation", "Assembly",
              "Parliament", "Programme", "Program", "Nations", "Mission", "Tribunal", "Force"}


def _is_igo(name: str) -> bool:
    """An international organisation: the knowledge base's, or a name of their shape ("the Arab Monetary Fund",
    "the International Energy Agency", "the U.N. refugee agency")."""
    entry = kb.lookup(name)
    if entry is not None:
        return entry.kind == "igo"
    words = _WORD.findall(name)
    if words and words[0] in {"the", "The"}:
        words = words[1:]
    if words[:2] == ["United", "Nations"]:
        return True
    return len(words) >= 2 and words[0] in _IGO_FIRST and words[-1].capitalize() in _IGO_HEADS


def _igo(actor: dict, name: str, text: str):
    if actor.get("kind") == "igo" or (name and _is_igo(name)):
        return "IGO", sector_of(text.replace(name, ""))  # "European Union" is no labour union
    return None


# a description of a non-governmental body: "a human rights group", "the relief agency", "aid organisations"
_NGO_DESCRIPTION = re.compile(r"\b(?:human[- ]rights|humanitarian|aid|relief|charity|rights|watchdog|advocacy)\s+"
                              r"(?:group|organi[sz]ation|agency|body|charity|monitor|watchdog)s?\b", re.IGNORECASE)


def _ngo(actor: dict, name: str, text: str):
    """A non-governmental organisation of no state: PLOVER's NGO code ("Amnesty International", "a human rights
    group"); one the text ties to a state keeps that state ("the Kenyan Red Cross")."""
    if actor.get("affiliations") or state_in_words(text):
        return None
    if actor.get("kind") == "ngo" or (actor.get("type") != "PERSON" and _NGO_DESCRIPTION.search(text)):
        return "NGO", None
    return None


def _state(actor: dict, name: str, text: str):
    if actor.get("type") == "GPE" or (not actor and kb.state(name) is not None and name[:1].isupper()):
        code = country_code(actor.get("country") or name)
        if code:
            return code, sector_of(text.replace(name, ""))
    return None


def _seat(actor: dict, name: str, text: str):
    state = (kb.capital_to_state(name) if name else None) or kb.capital_to_state(text)
    if state is not None and kb.state(text) is not None:
        return None  # the state itself ("Mexico"), not its capital
    if state is None and actor.get("type") == "LOC" and actor.get("kind") == "capital":
        state = actor.get("country")
    code = country_code(state)
    return (code, sector_of(text.replace(name, "")) or "GOV") if code else None


def _affiliated(actor: dict, name: str, text: str):
    if actor.get("type") not in {"ORG", "PERSON"}:
        return None
    if actor.get("type") == "PERSON" and " " not in name and kb.state(name) is not None \
            and not actor.get("affiliations"):
        return country_code(kb.state(name).name), sector_of(text.replace(name, ""))  # "Chad" is no person
    for aff in actor.get("affiliations") or []:
        code = country_code(aff) or ("IGO" if _is_igo(aff) else None)
        if code:
            sector = sector_of(text, actor.get("roles")) or _KIND_SECTORS.get(actor.get("kind") or "")
            return code, sector
    return None


def _place(actor: dict, name: str, text: str):
    if actor.get("type") == "LOC" and actor.get("country"):
        code = country_code(actor["country"])
        return (code, sector_of(text.replace(name, ""))) if code else None
    return None


def _words(actor: dict, name: str, text: str):
    skip = set(_WORD.findall(name)) if actor.get("type") == "PERSON" else set()
    code = state_in_words(text, skip)
    if code:
        sector = sector_of(text, actor.get("roles")) or _KIND_SECTORS.get(actor.get("kind") or "")
        return code, sector
    return None


CODE_RULES = (_igo, _ngo, _seat, _state, _affiliated, _place, _words)
