"""The cascade around the rules, on hand-built Docs: rule order per mode, arbitration, continuations, names."""

from dataclasses import replace

from claimscope.analyse.model import Party, Statement
from claimscope.analyse.statements import Extraction
from claimscope.analyse.statements.arbitration import Candidate
from claimscope.analyse.statements.learned import read_data
from claimscope.analyse.statements.names import Rule
from claimscope.analyse.statements.options import Mode
from claimscope.analyse.statements.rules import RULES, Scope
from claimscope.analyse.statements.rules.continuations import Join, continuation

from statements_docs import arbiter, make_doc, options, view_of

SAID_CLAUSE = [("Ana", 1, "compound", "NNP", "Ana"), ("Ruiz", 2, "nsubj", "NNP", "Ruiz"),
               ("said", 2, "ROOT", "VBD", "say"), ("the", 4, "det", "DT", "the"), ("plan", 5, "nsubj", "NN", "plan"),
               ("failed", 2, "ccomp", "VBD", "fail"), (".", 2, "punct", ".", ".")]


def _names(mode):
    return [r.name for r in RULES if mode in r.modes]


def test_whole_lines_come_first_with_open_candidates_and_last_with_curated_ones():
    assert _names(Mode.OPEN)[:2] == ["signatures", "headlines"]
    assert _names(Mode.CURATED)[-1] == "headlines" and "signatures" not in _names(Mode.CURATED)
    assert [r.name for r in RULES if r.scope is Scope.CUE_VERB] == ["cue verbs", "passives", "noun modifiers"]
    assert all(r.trigger is not None for r in RULES if r.scope is Scope.WORD)


def test_rule_names_are_the_strings_the_shipped_models_are_keyed_on():
    weights = read_data("attribution_model.json")["weights"]
    learned = {f.split("=", 1)[1] for f in weights if f.startswith("rule=")}
    assert learned <= {r.value for r in Rule}
    table = read_data("confidence.json")["table"]
    assert {k.split("|")[0] for k in table} <= {r.value for r in Rule}
    assert Rule("verb-comp") is Rule.VERB_COMP and Rule.VERB_COMP == "verb-comp"


def _stmt(content, cue, rule=Rule.VERB_COMP, speaker=None):
    return Statement(kind="indirect", content=content, speaker=speaker, cue=cue, rule=rule)


def test_the_arbiter_drops_content_another_statement_holds():
    doc = make_doc(SAID_CLAUSE)
    view, judge = view_of(doc), arbiter()
    view.kept = judge.kept
    content = [(doc[3].idx, doc[5].idx + len(doc[5]))]
    judge.offer(view, Candidate(_stmt(content, (doc[2].idx, doc[2].idx + 4)), head=doc[2]))
    judge.offer(view, Candidate(_stmt(content, (doc[2].idx, doc[2].idx + 4), Rule.VERB_QUOTE), head=doc[2]))
    assert [st.rule for st in judge.kept] == [Rule.VERB_COMP]
    assert judge.claimed == {3: 0, 4: 0, 5: 0}


def test_the_arbiter_keeps_a_statement_nested_in_another():
    doc = make_doc(SAID_CLAUSE)
    view, judge = view_of(doc), arbiter()
    view.kept = judge.kept
    outer = _stmt([(doc[3].idx, doc[5].idx + 6)], (doc[2].idx, doc[2].idx + 4))
    inner = _stmt([(doc[5].idx, doc[5].idx + 6)], (doc[4].idx, doc[4].idx + 4), Rule.NOUN)  # its cue is inside
    judge.offer(view, Candidate(outer))
    judge.offer(view, Candidate(inner))
    assert judge.kept == [outer, inner]


def test_open_candidates_wait_and_the_likeliest_is_kept_first():
    doc = make_doc(SAID_CLAUSE)
    judge = arbiter(Mode.OPEN)
    view = view_of(doc)
    view.kept = judge.kept
    content = [(doc[3].idx, doc[5].idx + 6)]
    judge.offer(view, Candidate(_stmt(content, (doc[2].idx, doc[2].idx + 4), Rule.VERB_OBJECT), head=doc[2]))
    judge.offer(view, Candidate(_stmt(content, (doc[2].idx, doc[2].idx + 4)), head=doc[2]))
    assert judge.kept == []  # nothing is kept before the arbiter settles
    judge.settle(view)
    assert len(judge.kept) == 1 and judge.kept[0].features == ("model",)


def test_a_quotation_in_the_same_paragraph_joins_the_statement_before_it():
    # '“We will win,” Ana said. “The town is ready.”'
    rows = [("“", 3, "punct", "``", "“"), ("We", 3, "nsubj", "PRP", "we"), ("will", 3, "aux", "MD", "will"),
            ("win", 7, "ccomp", "VB", "win"), (",", 3, "punct", ",", ","), ("”", 3, "punct", "''", "”"),
            ("Ana", 7, "nsubj", "NNP", "Ana"), ("said", 7, "ROOT", "VBD", "say"), (".", 7, "punct", ".", "."),
            ("“", 12, "punct", "``", "“"), ("The", 11, "det", "DT", "the"), ("town", 12, "nsubj", "NN", "town"),
            ("is", 12, "ROOT", "VBZ", "be", "AUX"), ("ready", 12, "acomp", "JJ", "ready"), (".", 12, "punct", ".", "."),
            ("”", 12, "punct", "''", "”")]
    spaces = [False, True, True, False, False, True, True, False, True, False, True, True, True, False, False, False]
    doc = make_doc(rows, spaces=spaces)
    view = view_of(doc)
    first, second = view.quotes
    speaker = Party(doc[6].idx, doc[6].idx + 3, "Ana", "Ana", "PERSON")
    kept = [Statement(kind="direct", content=list(first.fragments), speaker=speaker, cue=(doc[7].idx, doc[7].idx + 4),
                      rule=Rule.VERB_ADJACENT_QUOTE)]
    change = continuation(view, second, kept, {})
    assert isinstance(change, Join) and change.index == 0
    assert change.content == [first.fragments[0], second.fragments[0]]
    assert continuation(view, second, [], {}) is None  # no statement before it to continue


def test_an_extraction_in_each_mode_reports_the_clause():
    doc = make_doc(SAID_CLAUSE, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    for mode in Mode:
        (st,) = Extraction(doc, options(mode)).run()
        assert st.rule is Rule.VERB_COMP and st.speaker.text == "Ana Ruiz"
    collecting = Extraction(doc, replace(options(Mode.OPEN), collect=True, learned_filter=None))
    collecting.run()
    assert collecting.collected and all(feats[0] == "bias" for feats, _ in collecting.collected)
