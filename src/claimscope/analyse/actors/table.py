"""The actors of one document as the linker builds them: records keyed by (type, name), mentions, token index."""

from __future__ import annotations

from ..model import Actor, Mention
from .kb import Entry
from .names import clean_name
from .spans import DocText

Key = tuple[str, str]  # (type, canonical name): ("PERSON", "Ana Ruiz"), ("GPE", "Freedonia")


class ActorTable:
    """Actor records, their mentions and which actor each token names; the linker's one piece of state."""

    def __init__(self, text: DocText):
        self.text = text
        self.actors: dict[Key, Actor] = {}
        self.index: dict[int, Key] = {}  # token -> the first actor a mention of it was indexed under
        self.covered: set[int] = set()  # tokens inside any mention
        self._spans: dict[int, set[tuple[int, int]]] = {}  # id(actor) -> its mentions' (start, end)
        self._at: dict[tuple[Key, int], Mention] = {}  # (key, token) -> the first mention of key covering it

    def actor(self, key: Key, entry: Entry | None = None, kind: str | None = None) -> Actor:
        """The record for `key`, made from the knowledge base's entry the first time."""
        act = self.actors.get(key)
        if act is None:
            type_, name = key
            act = Actor(id="", name=name, type=type_)
            if entry is not None:
                act.kind = entry.kind if type_ != "GPE" else None
                if type_ == "GPE":
                    act.country, act.lat, act.lon = entry.name, entry.lat, entry.lon
                elif type_ == "LOC":
                    act.country, act.lat, act.lon = entry.country, entry.lat, entry.lon
                elif type_ == "ORG" and entry.country:
                    act.affiliations.append(entry.country)
                if entry.affiliation and entry.affiliation not in act.affiliations:
                    act.affiliations.append(entry.affiliation)
            if kind and not act.kind:
                act.kind = kind
            self.actors[key] = act
        return act

    def rename(self, old: Key, new: Key) -> None:
        """The record under `old` is kept under `new` (a fuller form of a person's name)."""
        act = self.actors.pop(old, None)
        if act is not None:
            self.actors[new] = act

    def mention(self, key: Key, start_tok: int, end_tok: int, index: bool = True, entry: Entry | None = None,
                kind: str | None = None) -> Actor:
        """Record tokens start_tok..end_tok as a mention of `key`; `index` makes them name it."""
        toks = self.text.toks
        act = self.actor(key, entry, kind)
        s, e = toks[start_tok].idx, toks[end_tok - 1].idx + len(toks[end_tok - 1])
        seen = self._spans.setdefault(id(act), set())
        if (s, e) not in seen:
            seen.add((s, e))
            m = Mention(s, e, self.text.string[s:e])
            act.mentions.append(m)
            for i in range(start_tok, end_tok):
                self._at.setdefault((key, i), m)
        if index:
            for i in range(start_tok, end_tok):
                self.index.setdefault(i, key)
        self.covered.update(range(start_tok, end_tok))
        return act

    def state_key(self, name: str) -> tuple[Key, Entry | None]:
        """The key and entry of the state (or place) a name stands for."""
        kb = self.text.kb
        entry = kb.states.get(name) or kb.lookup(name)
        if entry is None:
            return ("GPE", name), None
        if entry.type == "GPE":
            return ("GPE", entry.name), kb.states.get(entry.name, entry)
        return (entry.type, entry.name), entry

    def org_at(self, i: int) -> tuple[str, str, str] | None:
        """(surface name, canonical name, type) of the organisation or state whose mention covers token i."""
        key = self.index.get(i)
        if key is None or key[0] not in ("ORG", "GPE", "LOC"):
            return None
        m = self._at.get((key, i))
        if m is None:
            return None
        act = self.actors[key]
        return (act.name if key[0] == "GPE" else clean_name(m.text)), act.name, act.type

    def kind_of(self, name: str) -> str | None:
        """The kind of the organisation named `name` here, None when it is none."""
        act = self.actors.get(("ORG", name))
        return act.kind if act is not None else None

    def finish(self) -> tuple[list[Actor], dict[int, str]]:
        """The actors in text order with ids a1, a2 ..., their mentions sorted, and token index -> actor id."""
        actors = [a for a in self.actors.values() if a.mentions]
        for act in actors:
            act.mentions.sort(key=lambda m: (m.start, m.end))
            dedup: list[Mention] = []
            for m in act.mentions:
                if dedup and dedup[-1].start == m.start and dedup[-1].end == m.end:
                    continue
                dedup.append(m)
            act.mentions = dedup
        actors.sort(key=lambda a: (a.mentions[0].start, a.name))
        ids: dict[int, str] = {}
        for n, act in enumerate(actors, 1):
            act.id = f"a{n}"
            ids[id(act)] = act.id
        index = {}
        for i, key in self.index.items():
            act = self.actors.get(key)
            if act is not None and id(act) in ids:
                index[i] = ids[id(act)]
        return actors, index
