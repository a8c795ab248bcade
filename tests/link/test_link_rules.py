"""Link rules on plain strings and hand-made items: denials, content words, themes, polarity prefixes, and the
characterisations read back from the document JSON (the link stage parses nothing).
"""

from __future__ import annotations

import subprocess
import sys

from claimscope.lexicon import polarity
from claimscope.lexicon.english import STOP_WORDS
from claimscope.link import characterisation, claim_keys, contradictions, denials
from claimscope.link.material import Doc, Item


def test_a_denial_cue_denies_unless_it_is_withheld():
    assert denials.denies("denied")
    assert denials.denies("has rejected")
    assert not denials.denies("refused to deny")
    assert not denials.denies("did not deny")
    assert not denials.denies("said")


def test_negation_words_are_content_words_only_when_asked():
    assert claim_keys.has_negation("the ministry did not send troops")
    assert not claim_keys.has_negation("the ministry sent troops")
    assert "not" in claim_keys.content_words("the ministry did not send troops", keep_negations=True)
    assert "not" not in claim_keys.content_words("the ministry did not send troops")


def test_institution_nouns_share_a_theme_class():
    assert claim_keys.theme_class("soldiers") == claim_keys.theme_class("army") == "military"


def test_polarity_prefixes_negate_or_mark_a_word():
    assert polarity.polarity("unprepared") < 0 < polarity.polarity("prepared")   # negating prefix on a known stem
    assert polarity.polarity("ill-equipped") < 0                                  # pejorative prefix
    assert polarity.polarity("well-organised") > 0                                # ameliorative prefix
    assert polarity.polarity("table") == 0


def test_the_english_stop_words_are_spacys():
    from spacy.lang.en.stop_words import STOP_WORDS as SPACY

    assert STOP_WORDS == frozenset(SPACY)


def test_the_link_stage_imports_neither_spacy_nor_analysis():
    code = ("import sys, claimscope.link.contradictions, claimscope.link.run; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy' or m.startswith('claimscope.analyse')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _described(theme, *descs, anchor=("event", "send"), sentence=(0, 40)):
    return {"sentence": list(sentence), "theme": theme, "owners": [], "anchor": list(anchor),
            "descriptors": [{"text": t, "head": t, "negated": neg, "polarity": p, "start": s, "end": s + len(t),
                             "predicative": True} for t, neg, p, s in descs]}


def _story(a_section, b_section, *, said=True):
    text = "The army sent the units to the coast."
    docs = [Doc(id=k, title=None, url=None, path=None, publisher=outlet, published=None, text=text, canonical=k,
                outlet=outlet, characterisations=section)
            for k, outlet, section in (("a", "Outlet A", a_section), ("b", "Outlet B", b_section))]
    # each sentence reported by a source of its own (a report's own wording is no source's claim)
    said_items = [Item("statement", doc, 0, {"content": {"spans": [[0, len(text)]]}}, f"{doc.id}-s",
                       f"source {doc.id}", text, cue="said") for doc in docs] if said else []
    return [Item("event", doc, 0, {}, None, None, text) for doc in docs] + said_items


def test_opposed_stored_descriptions_contradict():
    praised = [_described("military", ("brave", False, 0.7, 18))]
    blamed = [_described("military", ("brave", True, -0.7, 18))]
    (found,) = contradictions.characterisations(_story(praised, blamed))
    assert found.kind == "characterisation" and "denies it" in found.note
    assert contradictions.characterisations(_story(praised, praised)) == []
    assert contradictions.characterisations(_story(praised, blamed, said=False)) == []  # two reports' own words


def test_documents_stored_without_characterisations_contradict_nothing():
    praised = [_described("military", ("brave", False, 0.7, 18))]
    assert contradictions.characterisations(_story(praised, [])) == []
    assert characterisation.described([{"theme": "military"}, "junk", None]) == []  # malformed entries: skipped
