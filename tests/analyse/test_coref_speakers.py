"""Speakers named by the coreference stage, unresolved speakers, and actors' mentions with their form."""

from spacy.vocab import Vocab
from spacy.tokens import Doc

from claimscope.analyse.coref import register_extension
from claimscope.analyse.coref.merge import actor_mentions
from claimscope.analyse.coref.records import CorefMention
from claimscope.analyse.extensions import register_extensions
from claimscope.analyse.model import Actor, Mention, Party, Statement
from claimscope.analyse.statements.speakers import resolve_speakers, unresolved

VOCAB = Vocab()

# 'Ana Ruiz spoke . " I will stay , " she said . They said no .'
WORDS = ["Ana", "Ruiz", "spoke", ".", '"', "I", "will", "stay", ",", '"', "she", "said", ".", "They", "said", "no",
         "."]
HEADS = [1, 2, 2, 2, 7, 7, 7, 11, 11, 11, 11, 11, 11, 14, 14, 14, 14]
DEPS = ["compound", "nsubj", "ROOT", "punct", "punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT",
        "punct", "nsubj", "ROOT", "dobj", "punct"]


def _doc(records):
    register_extensions()
    register_extension()
    doc = Doc(VOCAB, words=WORDS, heads=HEADS, deps=DEPS)
    name = doc[0:2]
    doc._.actors = [Actor("a1", "Ana Ruiz", "PERSON", [Mention(name.start_char, name.end_char, name.text)])]
    doc._.coref = records
    return doc


def _party(doc, i, actor=None):
    tok = doc[i]
    return Party(tok.idx, tok.idx + len(tok), tok.text, tok.text, None, actor)


def _record(doc, i, actor_id, form="pronoun", quote=None):
    tok = doc[i]
    return CorefMention(tok.idx, tok.idx + len(tok), tok.text, form, actor_id, 0.9, "test", quote)


def _statements(doc):
    quote = (doc[4].idx, doc[9].idx + 1)
    said = Statement("direct", [quote], _party(doc, 10), (doc[11].idx, doc[11].idx + 4))
    inner = Statement("indirect", [(doc[6].idx, doc[7].idx + 4)], _party(doc, 5), None)
    they = Statement("indirect", [(doc[15].idx, doc[15].idx + 2)], _party(doc, 13), None)
    return quote, [said, inner, they]


def test_a_resolved_pronoun_speaker_takes_the_actor():
    doc = _doc([])
    quote, sts = _statements(doc)
    doc._.coref = [_record(doc, 10, "a1")]
    resolve_speakers(doc, sts)
    assert (sts[0].speaker.name, sts[0].speaker.type, sts[0].speaker.actor_id) == ("Ana Ruiz", "PERSON", "a1")
    assert sts[0].speaker.text == "she" and sts[0].speaker.resolved


def test_first_person_inside_a_quotation_is_the_quotation_speaker():
    doc = _doc([])
    quote, sts = _statements(doc)
    doc._.coref = [_record(doc, 10, "a1"), _record(doc, 5, None, quote=quote)]
    resolve_speakers(doc, sts)
    assert sts[1].speaker.actor_id == "a1" and sts[1].speaker.text == "I"


def test_first_person_of_a_quotation_with_no_named_speaker_stays_unresolved():
    doc = _doc([])
    quote, sts = _statements(doc)
    doc._.coref = [_record(doc, 5, None, quote=quote)]
    sts[0].speaker = None  # the quotation's speaker is not found
    resolve_speakers(doc, sts)
    assert sts[1].speaker.resolved is False and sts[1].speaker.name is None and sts[1].speaker.text == "I"


def test_a_pronoun_with_no_antecedent_says_it_is_unresolved():
    doc = _doc([])
    _, sts = _statements(doc)
    resolve_speakers(doc, sts)
    they = sts[2].speaker
    assert (they.text, they.name, they.resolved, they.actor_id) == ("They", None, False, None)


def test_an_unnamed_source_keeps_its_description():
    p = unresolved(Party(0, 8, "analysts", "analysts", None, None))
    assert (p.name, p.resolved) == ("analysts", False)
    assert unresolved(Party(0, 4, "NATO", "NATO", "ORG", None)) is None  # a known body is resolved


def test_actor_mentions_add_pronouns_and_descriptions_in_text_order_once():
    doc = _doc([])
    quote, sts = _statements(doc)
    sts[0].speaker = Party(doc[10].idx, doc[10].idx + 3, "she", "Ana Ruiz", "PERSON", "a1")
    she = _record(doc, 10, "a1")
    records = [she, she, _record(doc, 5, None, quote=quote), CorefMention(0, 8, "Ana Ruiz", "proper", "a1", 1.0, "test")]
    out = actor_mentions(doc._.actors, records, sts)
    assert [(m.text, m.form) for m in out["a1"]] == [("Ana Ruiz", "proper"), ("I", "pronoun"), ("she", "pronoun")]


def test_we_of_a_quotation_does_not_join_a_person():
    doc = _doc([])
    quote, sts = _statements(doc)
    sts[0].speaker = Party(doc[10].idx, doc[10].idx + 3, "she", "Ana Ruiz", "PERSON", "a1")
    we = CorefMention(doc[5].idx, doc[5].idx + 1, "we", "pronoun", None, 0.9, "test", quote)
    assert [m.text for m in actor_mentions(doc._.actors, [we], sts)["a1"]] == ["Ana Ruiz"]


def test_a_pronoun_record_replaces_the_nearest_name_guess():
    doc = _doc([])
    _, sts = _statements(doc)
    sts[0].speaker = Party(doc[10].idx, doc[10].idx + 3, "she", "Lena Varga", "PERSON", "a2")
    doc._.coref = [_record(doc, 10, "a1")]
    resolve_speakers(doc, sts)
    assert sts[0].speaker.actor_id == "a1"


def test_a_description_keeps_the_actor_its_role_gives():
    from claimscope.analyse.coref.merge import resolve_party

    p = Party(0, 11, "the analyst", "Tom Hale", "PERSON", "a2")
    r = CorefMention(0, 11, "the analyst", "description", "a1", 0.6, "ranked")
    actors = {"a1": Actor("a1", "Ana Ruiz", "PERSON"), "a2": Actor("a2", "Tom Hale", "PERSON")}
    assert resolve_party(p, r, actors, []) is None
