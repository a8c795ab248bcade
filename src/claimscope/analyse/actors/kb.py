"""The offline knowledge base: what a name means when the text alone cannot say.

Two sources, both shipped in the package and read once per process:
- `data/kb.json.gz`, built from data packages by `python -m claimscope.training.build_kb` (countries with their
  names, aliases, capitals and demonyms; cities of 100,000 people or more and every capital, with coordinates;
  first-level regions with their country);
- `data/aliases.json`, curated (international organisations, news outlets, agencies, parties, seats of
  government), extended or overridden by the user's files named in the setting `actors.aliases`
  (see `claimscope.analyse.actors.aliases`).

Public functions: `lookup(name)`, `canonical(name)`, `state(name)`, `demonym_state(word)`,
`capital_to_state(name)`, `adjective(state)`.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...settings import default
from .aliases import Curated, curated_for, user_alias_files


@dataclass(frozen=True)
class Entry:
    """What a known name means."""

    name: str  # canonical name
    type: str  # PERSON | ORG | GPE (a state) | LOC (a place) | NORP
    kind: str | None = None  # ORG: government, military, ...; LOC: city, capital, region
    country: str | None = None  # the state a place lies in or an organisation belongs to
    lat: float | None = None
    lon: float | None = None
    stands_for: str | None = None  # a capital or seat: what it means in political contexts
    affiliation: str | None = None  # a person's state or organisation


def _fold(name: str) -> str:
    """A name without accents, case or the 'Saint'/'St.' difference."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return plain.casefold().replace("saint ", "st ").replace("st. ", "st ")


def _spelling(form: str, name: str) -> bool:
    """Whether `form` spells `name` another way: equal when folded, or one letter doubled or dropped."""
    a, b = _fold(form), _fold(name)
    if a == b:
        return True
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 4:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short and long_[i] == long_[i - 1] for i in range(1, len(long_)))


class KnowledgeBase:
    """Name -> Entry maps built from the shipped data and the curated files."""

    def __init__(self, data: dict, cur: Curated):
        self.names: dict[str, Entry] = {}
        self.folded: dict[str, Entry] = {}
        self.states: dict[str, Entry] = {}  # canonical country name -> Entry
        self.demonyms: dict[str, str] = {}  # demonym (and plural) -> canonical country name
        self.adjectives: dict[str, str] = {}  # canonical country name -> demonym
        self.capitals: dict[str, str] = {}  # capital/seat form -> what it stands for
        countries = data.get("countries", [])
        code_name = {c["code"]: c["name"] for c in countries}
        for c in countries:
            self.states[c["name"]] = Entry(c["name"], "GPE", None, c["name"], c.get("lat"), c.get("lon"))
        # 1. curated entries and aliases (user files already merged in, later files winning)
        for name, raw in cur.entities.items():
            entry = self._curated_entry(raw)
            self._put(name, entry, force=True)
        self.curated_types: dict[str, str] = {}  # curated surface form -> the type it names
        for alias, (name, type_) in cur.aliases.items():
            self.curated_types[alias] = type_
            raw = cur.entities.get(name)
            entry = self._curated_entry(raw) if raw else self.states.get(name) if type_ == "GPE" else None
            self._put(alias, entry or Entry(name, type_), force=True)
        # 2. countries (the most populous first: a demonym two states share names the bigger one)
        for c in sorted(countries, key=lambda c: -(c.get("population") or 0)):
            st = self.states[c["name"]]
            self._put(c["name"], st)
            for alias in c.get("aliases", []):
                self._put(alias, st)
            for dem in c.get("demonyms", []):
                self._demonym(dem, c["name"])
        for dem, country in cur.demonyms.items():
            if country in self.states or country in cur.entities:
                self.demonyms[dem] = country
        # 3. capitals and cities (most populous first: a name two cities share is the bigger one's)
        fields = data.get("city_fields", [])
        capital_forms: dict[str, str] = {}
        for c in countries:
            for cap in c.get("capitals", []):
                for form in {cap, cap.replace(" D.C.", "").replace(" DC", "")}:
                    if capital_forms.get(form, c["name"]) != c["name"]:
                        capital_forms[form] = ""  # two states claim it: it stands for neither
                    else:
                        capital_forms[form] = c["name"]
        # a city's own name wins over another's old or other name ("Islamabad" is not an old name of a bigger
        # city), unless that is a spelling of the other's name and the other is far bigger ("Odessa")
        alternates: list[tuple[str, Entry]] = []
        populations: dict[str, float] = {}
        bigger = default("kb.city_spelling_ratio")
        for row in data.get("cities", []):
            own = dict(zip(fields, row))
            populations.setdefault(own["name"], own.get("population") or 0)
        for row in data.get("cities", []):
            city = dict(zip(fields, row))
            country = code_name.get(city["country"])
            stands = None
            if city.get("capital") and country:
                stands = country
            elif capital_forms.get(city["name"]) == country:
                stands = country
            entry = Entry(city["name"], "LOC", "capital" if stands else "city", country, city["lat"], city["lon"],
                          stands)
            self._put(city["name"], entry)
            size = city.get("population") or 0
            for form in city.get("alternates", []):
                if _spelling(form, city["name"]) and size >= bigger * populations.get(form, 0):
                    self._put(form, entry, force=True)
                else:
                    alternates.append((form, entry))
        for form, entry in alternates:
            self._put(form, entry)
        for form, country in capital_forms.items():
            if country and form not in self.names:
                st = self.states[country]  # a capital GeoNames has no city for: the country's coordinates
                self._put(form, Entry(form, "LOC", "capital", country, st.lat, st.lon, country))
        # 4. regions
        fields = data.get("region_fields", [])
        for row in data.get("regions", []):
            reg = dict(zip(fields, row))
            entry = Entry(reg["name"], "LOC", "region", code_name.get(reg["country"]), reg.get("lat"), reg.get("lon"))
            for form in [reg["name"], *reg.get("alternates", [])]:
                self._put(form, entry)
        # a curated place without coordinates borrows the city's of the same name
        for name, raw in cur.entities.items():
            if raw.get("type") == "LOC" and raw.get("lat") is None:
                entry = self.names.get(name)
                city = self._city_named(data, name, code_name)
                if entry is not None and city is not None:
                    merged = Entry(entry.name, "LOC", entry.kind or "city", entry.country or city.country,
                                   city.lat, city.lon, entry.stands_for, entry.affiliation)
                    for alias in [name, *raw.get("aliases", [])]:
                        self._put(alias, merged, force=True)
        for form, entry in self.names.items():
            if entry.stands_for:
                self.capitals[form] = entry.stands_for
        for dem, country in self.demonyms.items():
            self.adjectives.setdefault(country, dem)
        for c in sorted(countries, key=lambda c: c.get("population") or 0):  # the KB's own demonym first
            if c.get("demonyms"):
                self.adjectives[c["name"]] = c["demonyms"][0]

    def _curated_entry(self, raw: dict) -> Entry:
        type_ = raw["type"]
        if type_ == "GPE" and raw["name"] in self.states and len(raw) <= 3:
            return self.states[raw["name"]]
        return Entry(raw["name"], type_, raw.get("kind"), raw.get("country"), raw.get("lat"), raw.get("lon"),
                     raw.get("stands_for"), raw.get("affiliation"))

    @staticmethod
    def _city_named(data: dict, name: str, code_name: dict) -> Entry | None:
        fields = data.get("city_fields", [])
        for row in data.get("cities", []):
            city = dict(zip(fields, row))
            if city["name"] == name:
                return Entry(name, "LOC", "city", code_name.get(city["country"]), city["lat"], city["lon"])
        return None

    def _put(self, form: str, entry: Entry, force: bool = False) -> None:
        if not form:
            return
        if force or form not in self.names:
            self.names[form] = entry
        key = form.casefold()
        if force or key not in self.folded:
            self.folded[key] = entry

    def _demonym(self, dem: str, country: str) -> None:
        for form in {dem, _plural(dem)}:
            self.demonyms.setdefault(form, country)

    # ---- lookups ------------------------------------------------------------------------------------
    def lookup(self, name: str) -> Entry | None:
        """The entry for a surface form: exact first, then without a leading 'the', then case-insensitively for
        names of two words or more."""
        if not name:
            return None
        hit = self.names.get(name)
        if hit is None and name[:4] in ("the ", "The "):
            hit = self.names.get(name[4:])
        if hit is None and " " in name.strip():
            hit = self.folded.get(name.casefold())
            if hit is None and name[:4].casefold() == "the ":
                hit = self.folded.get(name[4:].casefold())
        return hit

    def state(self, name: str) -> Entry | None:
        """The state a name, alias or demonym stands for (a GPE entry), or None."""
        entry = self.lookup(name)
        if entry is not None and entry.type == "GPE":
            return self.states.get(entry.name, entry)
        country = self.demonyms.get(name)
        if country:
            return self.states.get(country) or self.lookup(country)
        return None


def _plural(dem: str) -> str:
    if dem.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return dem
    return dem + "s"


def _load_data() -> dict:
    blob = (resources.files("claimscope.analyse") / "data" / "kb.json.gz").read_bytes()
    return json.loads(gzip.decompress(blob).decode("utf-8"))


@lru_cache(maxsize=1)
def _data() -> dict:
    return _load_data()


@lru_cache(maxsize=4)
def _kb_for(paths: tuple[str, ...]) -> KnowledgeBase:
    return KnowledgeBase(_data(), curated_for(paths))


def get_kb(aliases: str | None = None) -> KnowledgeBase:
    """The knowledge base in force: the shipped data plus the alias files named in `aliases` (default: the setting
    `actors.aliases`), built once per value."""
    return _kb_for(user_alias_files(aliases))


def lookup(name: str) -> Entry | None:
    """What a name means, or None: `lookup("UAE").name == "United Arab Emirates"`."""
    return get_kb().lookup(name)


def canonical(name: str) -> tuple[str, str] | None:
    """The canonical (name, type) for a known surface form, or None (the curated names and the countries,
    capitals, cities and regions): `canonical("UAE") == ("United Arab Emirates", "GPE")`."""
    entry = lookup(name)
    return (entry.name, entry.type) if entry is not None else None


def state(name: str) -> Entry | None:
    """The state a name, alias or demonym stands for (a GPE entry), or None."""
    return get_kb().state(name)


def demonym_state(word: str) -> str | None:
    """'Kenyan' -> 'Kenya', 'Chileans' -> 'Chile'; None for no known demonym."""
    return get_kb().demonyms.get(word)


def adjective(state_name: str) -> str | None:
    """'Chile' -> 'Chilean': the demonym used to name a state's institutions."""
    return get_kb().adjectives.get(state_name)


def capital_to_state(name: str) -> str | None:
    """The state a capital or seat of government stands for: 'Canberra' -> 'Australia', 'Nairobi' ->
    'Kenya', a curated seat of government -> its state; 'Sydney' (no capital) -> None."""
    if not name:
        return None
    kb = get_kb()
    name = " ".join(name.split())
    hit = kb.capitals.get(name)
    if hit is None and name[:4] in ("the ", "The "):
        hit = kb.capitals.get(name[4:])
    return hit
