"""Actors: the recogniser's entities corrected and grouped into the canonical actors of a document.

Modules, in the order a document meets them: `recogniser` (entity fixes), `people` (people rules), `persons`
(full names and surnames), `linker` (resolution passes), `places` (capitals, states, institutions), `roles`
(titles, appositives), `table` (the actor records), `component` (the spaCy component and its cascade), `describe`
(definite descriptions), `kb` and `aliases` (what a name means). Word lists: `claimscope.lexicon`.
"""

from ...lexicon.names import HONORIFICS, TITLES
from ...lexicon.organisations import INSTITUTIONS, ORG_KIND_WORDS
from ...lexicon.roles import ROLE_HEADS
from .component import ActorLinker, link_actors, make_actor_linker
from .describe import actor_for_description
from .names import clean_name

__all__ = ["ActorLinker", "HONORIFICS", "INSTITUTIONS", "ORG_KIND_WORDS", "ROLE_HEADS", "TITLES",
           "actor_for_description", "clean_name", "link_actors", "make_actor_linker"]
