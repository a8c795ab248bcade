"""The actor linker component: the recogniser's entities -> canonical actors of the document.

Cascade, in order (each step's docstring and module says what it decides):
1. recogniser fixes, `recogniser.RECOGNISER_FIXES`: false entities dropped, edges trimmed, places extended,
   role words split off organisations, region names added, title words dropped, places merged into
   organisations, organisations taken for people retyped ("Lakeford Media Group", "RFID");
2. people rules, `people.PEOPLE_RULES`: a party, demonym or acronym glued to a name is cut off ("Freedonian Ana
   Ruiz"), names the recogniser mislabelled or missed become people, surnames are collected, titles are
   separated from the name proper;
3. full names, `persons.People.collect`: they decide what every bare surname means;
4. linker passes, `linker.LINKER_PASSES`: spans resolved to actors (knowledge base, capitals in political
   contexts, demonyms), bare surnames, acronyms, state institutions, roles and affiliations; each pass yields
   its changes (`edits`) and the linker applies them to the one `table.ActorTable`.

Output: `doc._.actors` (a list of `model.Actor`, ids "a1", "a2" ... in text order, each with its mentions) and
`doc._.actor_index` (token index -> actor id). A document-level coreference stage belongs between this component
and the statements: it reads those two records and may add mentions to an actor or entries to the index (a
pronoun's tokens -> the actor id), leaving ids and every other field as this component wrote them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...settings import component_config
from ..extensions import register_extensions
from ..model import Actor
from . import kb as kbase
from .linker import Linker
from .people import people_spans
from .recogniser import corrected_spans
from .spans import DocText, Limits


def link_actors(doc: Doc, limits: Limits | None = None, aliases: str | None = None) \
        -> tuple[list[Actor], dict[int, str]]:
    """Canonical actors of the document and a map from token index to actor id."""
    text = DocText.of(doc, kbase.get_kb(aliases))
    spans, _surnames = people_spans(text, corrected_spans(text))
    return Linker(text, spans, limits or Limits.from_settings()).run()


class ActorLinker:
    """spaCy component: writes canonical actors to `doc._.actors` and a token->actor map to `doc._.actor_index`."""

    def __init__(self, nlp: Language, name: str = "claimscope_actors", aliases: str = "", **limits: int):
        register_extensions()
        self.name = name
        self.aliases = aliases or None  # None: the setting in force when each document is linked
        self.limits = Limits.from_settings(**limits)  # a limit not given: its setting
        kbase.get_kb(self.aliases)  # load the knowledge base once, before the first document

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors, doc._.actor_index = link_actors(doc, self.limits, self.aliases)
        return doc


@Language.factory(
    "claimscope_actors",
    assigns=["doc._.actors", "doc._.actor_index"],
    requires=["doc.ents", "token.tag"],
    default_config=component_config("actors"),
)
def make_actor_linker(nlp: Language, name: str, aliases: str, max_roles: int, title_words: int,
                      appositive_words: int, appositive_before_words: int, surface_window: int,
                      description_actors: int) -> ActorLinker:
    """Factory for the actor linker (entry point `claimscope_actors`); its config is the settings `actors.*`."""
    return ActorLinker(nlp, name, aliases, max_roles=max_roles, title_words=title_words,
                       appositive_words=appositive_words, appositive_before_words=appositive_before_words,
                       surface_window=surface_window, description_actors=description_actors)
