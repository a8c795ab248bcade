"""Document-level coreference: ties pronouns, descriptions and first person to the document's actors.

The spaCy component `claimscope_coref` runs after `claimscope_actors` (whose actors it resolves to) and before
`claimscope_statements`, and writes `doc._.coref`: one CorefMention per resolved mention, in text order. It
never merges two actors: it only adds mentions to actors the linker made (two people who share a surname,
or a person and a place that share a name, stay apart). Each candidate mention (see
`mentions.py`) goes through the rules of `rules.RULES` in order:

1. `acronym`: capitals that spell the initials of an organisation the article names are that organisation;
2. `repeated_name`: proper-noun words the linker left unlinked that spell one actor's whole name, else the
   surname, else the first name of only one person, are that actor (a surname or first name two actors share
   names neither; a whole name two actors bear, one name the linker typed twice, is the one named most);
3. `nested_name`: words inside one actor's mention that spell, as written, another actor's whole name are also
   that actor's mention when it is a place or a person of two names or more and the outer name is no person's
   ("Lyon" of "the University of Lyon" in a text that names the city);
4. `misspelt_surname`: a name one or two letters off an introduced person's surname is that person;
5. `relative_pronoun`: "who"/"whose" is the noun its relative clause hangs on;
6. `reflexive`: "himself" is the subject of its clause;
7. `said_of_a_name`: a noun in apposition to a name ("Ana Ruiz, the mayor,"), premodifying it ("geologist Ana
   Ruiz") or predicated of it or of a pronoun already resolved ("Ana Ruiz is a geologist", "she is a
   geologist") describes that actor;
8. `interview_answer`: "I" of an interview answer (a paragraph that does not ask: no question mark at its end,
   or longer than `coref.question_words` words) is the interviewee, of a "Name:" turn that name;
9. `interview_question`: "you" of an interview's question (a paragraph that ends with a question mark, or has
   no "I" and is answered in first person) is the interviewee ("you" of an answer stays open);
10. `quote_speaker`: "I" inside a quotation is marked as the speaker of that quotation (`actor_id` None,
   `quote` its offsets), for the statements stage to name;
11. `speaking_body`: "it" that says or announces is the latest organisation or state named;
12. `sole_organisation`: "the company", "the firm" (noun and article alone) is the one organisation of that
   kind (`DESCRIPTION_KINDS`) the last sentences name;
13. `ranked_antecedent`: other pronouns and descriptions go to the actor a logistic mention-ranking model
   (`model.py`, features in `features.py`; "there" is a description of a place) scores highest among those mentioned in the last sentences and the
   document's few most named actors mentioned earlier, when its probability reaches the shipped threshold;
   descriptions include heads of this text's roles and organisation names ("the curator" after "Ana Ruiz,
   chief curator,", weighed by `role`/`dname`) and person nouns with a possessor ("his lawyer": the possessor's
   actor is never offered); "it" and "they" weigh the things (nouns no actor holds) named between an option and
   them ("Norvale bought a plant. It ...": `things-between`, `null|things`) and whether the first fitting option
   is a subject of this sentence or the last (`null|fit-subj`); "the spokesman", "the official" (nouns of people
   who stay anonymous) go only to an actor the text gave that role.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...settings import component_config
from .gender import load_first_names
from .model import shipped
from .records import CorefMention
from .resolve import resolve_document
from .rules import Params

__all__ = ["CorefMention", "CorefResolver", "make_coref_resolver", "register_extension"]


def register_extension() -> None:
    """`doc._.coref`: the stage's resolved mentions (None before it runs)."""
    if not Doc.has_extension("coref"):
        Doc.set_extension("coref", default=None)


class CorefResolver:
    """spaCy component: resolves the document's pronouns, descriptions and first person to its actors."""

    def __init__(self, nlp: Language, name: str, window_sentences: int, max_candidates: int, max_mentions: int,
                 min_score: float | None, first_names: str, salient_actors: int = 0, question_words: int = 100):
        register_extension()
        self.name = name
        self.params = Params(window_sentences, max_candidates, max_mentions, shipped(), min_score, salient_actors,
                             question_words)
        self.first_names = load_first_names(first_names)

    def __call__(self, doc: Doc) -> Doc:
        doc._.coref, _ = resolve_document(doc, self.params, self.first_names)
        return doc


@Language.factory(
    "claimscope_coref",
    assigns=["doc._.coref"],
    requires=["doc._.actors", "doc._.quotes", "token.dep", "token.tag"],
    default_config=component_config("coref"),
)
def make_coref_resolver(nlp: Language, name: str, window_sentences: int, max_candidates: int, max_mentions: int,
                        min_score: float | None, first_names: str, salient_actors: int,
                        question_words: int) -> CorefResolver:
    """Factory for the coreference stage (entry point `claimscope_coref`)."""
    return CorefResolver(nlp, name, window_sentences, max_candidates, max_mentions, min_score, first_names,
                         salient_actors, question_words)
