"""Curated names (acronyms, outlets, agencies, seats of government) with one canonical name each, extendable.

The shipped file is `analyse/data/aliases.json`. Users add or override entries with their own files in the same
format, named in the setting `actors.aliases` (environment variable `CLAIMSCOPE_ALIASES`; several paths separated
by the platform's path separator, `:` on Unix); a user's entry wins over a shipped one with the same surface form.
Format:

```json
{
  "aliases":   {"SURFACE FORM": ["Canonical name", "TYPE"]},
  "demonyms":  {"Kiwi": "New Zealand"},
  "entities": [
    {"name": "Harbor Institute", "type": "ORG", "kind": "ngo", "country": "United States",
     "aliases": ["HI", "the Harbor Institute"]},
    {"name": "Riverton", "type": "LOC", "country": "Canada", "lat": 45.1, "lon": -75.2},
    {"name": "Citadel", "type": "ORG", "kind": "government", "stands_for": "Freedonia", "aliases": []},
    {"name": "Ana Souza", "type": "PERSON", "affiliation": "Freedonia", "aliases": ["Ana Lúcia Souza"]}
  ]
}
```
TYPE is PERSON, ORG, GPE (a state), LOC (a place) or NORP; `kind` (ORG only) is one of government, military,
intelligence, media, company, party, ngo, igo. `stands_for` names the state a capital or seat of government
means in political contexts ("the Citadel said" is Freedonia). Every key is optional except `name` and `type`;
surface forms are case-sensitive. What a surface form means once the countries and cities are added:
`kb.canonical`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ...errors import UsageError
from ...settings import default

TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
KINDS = {"government", "military", "intelligence", "media", "company", "party", "ngo", "igo"}


@dataclass
class Curated:
    """The curated knowledge: entities, alias -> (name, type), and extra demonyms."""

    entities: dict[str, dict] = field(default_factory=dict)  # canonical name -> entry
    aliases: dict[str, tuple[str, str]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)

    def add(self, raw: dict, origin: str) -> None:
        """Merge one file's content; later files win."""
        if not isinstance(raw, dict):
            raise UsageError(f"{origin}: an alias file is a JSON object with 'aliases', 'demonyms' or 'entities'")
        for k, v in (raw.get("aliases") or {}).items():
            if not (isinstance(v, (list, tuple)) and len(v) >= 2 and isinstance(v[0], str) and v[1] in TYPES):
                raise UsageError(f"{origin}: alias {k!r} must map to [name, type] with a type in {sorted(TYPES)}")
            self.aliases[k] = (v[0], v[1])
        for k, v in (raw.get("demonyms") or {}).items():
            if not isinstance(v, str):
                raise UsageError(f"{origin}: demonym {k!r} must map to a country name")
            self.demonyms[k] = v
        for entry in raw.get("entities") or []:
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or entry.get("type") not in TYPES:
                raise UsageError(f"{origin}: each entity needs a 'name' and a 'type' in {sorted(TYPES)}: {entry!r}")
            if entry.get("kind") is not None and entry["kind"] not in KINDS:
                raise UsageError(f"{origin}: entity {entry['name']!r}: kind must be one of {sorted(KINDS)}")
            self.entities[entry["name"]] = dict(entry)
            for alias in entry.get("aliases") or []:
                self.aliases[alias] = (entry["name"], entry["type"])
            self.aliases[entry["name"]] = (entry["name"], entry["type"])


def user_alias_files(value: str | None = None) -> tuple[str, ...]:
    """The paths named in `value`, else in the setting `actors.aliases` (empty when unset)."""
    value = default("actors.aliases") if value is None else value
    return tuple(p for p in value.split(os.pathsep) if p.strip())


def load_curated(paths: tuple[str, ...] = ()) -> Curated:
    """The shipped file, then each user file in order."""
    cur = Curated()
    shipped = (resources.files("claimscope.analyse") / "data" / "aliases.json").read_text("utf-8")
    cur.add(json.loads(shipped), "aliases.json")
    for path in paths:
        try:
            raw = json.loads(Path(path).read_text("utf-8"))
        except OSError as err:
            raise UsageError(f"{path}: cannot read alias file ({err.strerror or err})") from err
        except (ValueError, UnicodeDecodeError) as err:
            raise UsageError(f"{path}: alias file is not valid JSON ({err})") from err
        cur.add(raw, path)
    return cur


@lru_cache(maxsize=4)
def curated_for(paths: tuple[str, ...]) -> Curated:
    return load_curated(paths)


def curated() -> Curated:
    """The curated knowledge in force (shipped plus CLAIMSCOPE_ALIASES files), loaded once per setting."""
    return curated_for(user_alias_files())


def builtin_aliases() -> dict[str, tuple[str, str]]:
    """alias -> (canonical name, type), shipped and user entries together."""
    return curated().aliases

