"""Claim check: verdicts of the cascade on sentences written for the tests (support, denial, hedged report,
question, negation), and over a store of one-line headlines (unrelated ones left out, independent sources
counted), through the library, the CLI and the API."""

from __future__ import annotations

import json
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.errors import UsageError
from claimscope.link import check as checker

CLAIM = "The ferry operator Seawing has cancelled all crossings to Arnholm"
HEADLINES = [
    ("Seawing cancels all ferry crossings to Arnholm", "supports"),
    ("Seawing confirms Arnholm ferry crossings cancelled", "supports"),
    ("Seawing reportedly cancels crossings to Arnholm", "reports"),
    ("Will Seawing cancel its Arnholm crossings? Passengers fear the worst", "reports"),
    ("Seawing denies cancelling crossings to Arnholm", "contradicts"),
    ("Seawing crossings to Arnholm are not cancelled, operator says", "contradicts"),
]
UNRELATED = ["Arnholm library reopens after flood repairs", "City orchestra cancels its winter concert"]


@pytest.mark.parametrize("sentence, expected", [
    ("Seawing cancels all crossings to Arnholm", "supports"),
    ("Seawing denies it cancelled the Arnholm crossings", "contradicts"),
    ("Arnholm crossings cancellation story is a hoax", "contradicts"),
    ("Inspectors find no evidence that the crossings were cancelled", "contradicts"),
    ("Seawing has reportedly cancelled the Arnholm crossings", "reports"),
    ("Unconfirmed rumours say the Arnholm crossings are cancelled", "reports"),
    ("Has Seawing cancelled the Arnholm crossings?", "reports"),
    ("Seawing confirms the crossings are cancelled, according to reports", "supports"),  # a confirmation asserts
])
def test_verdict_cascade(sentence, expected):
    assert checker.verdict(sentence, CLAIM)[0] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Seawing laughs off rumours that it cancelled the Arnholm crossings", "contradicts"),
    ("Seawing rules out cancelling the Arnholm crossings", "contradicts"),
    ("Seawing does not rule out cancelling the Arnholm crossings", "reports"),   # a possibility kept open
    ("Arnholm crossings cancelled, but this has not been verified", "reports"),  # a negated check
    ("Seawing did not deny that the Arnholm crossings are cancelled", "reports"),
    ("Seawing could not confirm the Arnholm crossings were cancelled", "reports"),
    ("Seawing crossings to Arnholm go ahead as planned", "contradicts"),         # the opposite of "cancel"
    ("Witnesses say Seawing cancelled the Arnholm crossings", "reports"),
    ("Seawing rejects calls to explain why the Arnholm crossings were cancelled", "reports"),  # a demand
    ("Seawing rejects claims that the Arnholm crossings were cancelled", "contradicts"),   # a claim, denied
    ("Seawing dismisses the Arnholm crossings cancellation as a false alarm", "contradicts"),
])
def test_dismissals_negated_checks_and_opposites(sentence, expected):
    assert checker.verdict(sentence, CLAIM)[0] == expected


def test_opposites_need_the_claims_word_absent():
    claim = "The carmaker Ortex will close its plant in Ludby"
    assert checker.verdict("Ortex says its Ludby plant will stay open", claim)[0] == "contradicts"
    # both words: the plant closes and another opens, which denies nothing
    assert checker.verdict("Ortex to close Ludby plant and open a new one in Harr", claim)[0] == "supports"
    assert checker.verdict("Ortex to close its Ludby plant", claim)[0] == "supports"


def test_a_dismissal_phrase_of_the_claim_itself_is_its_topic():
    claim = "A drone was shot down over the port of Velna"
    assert checker.verdict("Drone shot down over Velna port", claim)[0] == "supports"
    assert checker.verdict("Army denies a drone was shot down over Velna port", claim)[0] == "contradicts"


def test_a_negated_claim_is_supported_by_a_negation():
    claim = "Seawing has not cancelled the Arnholm crossings"
    assert checker.verdict("Seawing did not cancel the Arnholm crossings", claim)[0] == "supports"
    assert checker.verdict("Seawing cancels the Arnholm crossings", claim)[0] == "contradicts"


def test_stance_of_the_statement_decides_when_no_word_does():
    assert checker.verdict("Seawing and Arnholm crossings", CLAIM, "denies")[0] == "contradicts"
    assert checker.verdict("Seawing and Arnholm crossings", CLAIM, "alleges")[0] == "reports"


def test_word_forms_meet():
    assert checker.stem("cancelled") == checker.stem("cancels") == checker.stem("cancellation")
    assert checker.stem("splitting") == checker.stem("split") and checker.stem("stopped") == checker.stem("stop")
    assert checker.stem("falling") == "fall" and checker.stem("kissed") == "kiss"
    assert checker.stem("stolen") == checker.stem("stole") == checker.stem("steals")
    assert checker.stem("fled") != checker.stem("fed")
    assert checker.topic("mouse-in-soup claim") >= {"mouse", "soup"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_verdict_and_topic_never_fail(sentence, claim):
    assert checker.verdict(sentence, claim)[0] in {"supports", "contradicts", "reports"}
    assert all(isinstance(t, str) for t in checker.topic(sentence))


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    from claimscope.api import analyse_into
    from claimscope.store import Store

    folder = tmp_path_factory.mktemp("check")
    lines = [{"text": t, "title": t, "publisher": f"Outlet {i}"} for i, (t, _) in enumerate(HEADLINES)]
    lines += [{"text": t, "title": t, "publisher": "Outlet U"} for t in UNRELATED]
    lines.append({"text": HEADLINES[0][0], "title": HEADLINES[0][0], "publisher": "Outlet 0",
                  "url": "https://copy.example/1"})  # the same text again: one document
    (folder / "h.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    path = folder / "claimscope.db"
    with Store(path) as store:
        analyse_into(store, [str(folder / "h.jsonl")])
    return path


def _check(path, claim=CLAIM, **kw):
    from claimscope.store import Store

    with Store(path) as store:
        return checker.check(store._db, claim, **kw)


def test_check_over_the_store(store_path):
    result = _check(store_path)
    got = {r["document"]["title"]: r["verdict"] for r in result["reports"]}
    assert got == {t: v for t, v in HEADLINES}                      # unrelated headlines are not reports
    s = result["summary"]
    assert (s["supports"], s["contradicts"], s["reports"]) == (2, 2, 2)
    assert s["independent_supports"] == 2 and s["independent_contradicts"] <= 2
    for r in result["reports"]:
        text = r["evidence"]["text"]
        assert r["document"]["title"][r["evidence"]["start"]:r["evidence"]["end"]] == text
        assert 0 < r["confidence"] <= 1 and r["source"]
    assert len(_check(store_path, limit=2)["reports"]) == 2
    assert _check(store_path, limit=2)["summary"] == s           # the summary counts every report


def test_bad_claims_are_refused_clearly(store_path):
    with pytest.raises(UsageError, match="empty"):
        _check(store_path, "   ")
    with pytest.raises(UsageError, match="characters"):
        _check(store_path, "x" * 5000)
    assert _check(store_path, "the of and")["reports"] == []       # no content words: nothing bears on it


def _cli(capsys, *args):
    from claimscope.cli.app import run

    code = run([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_and_api_answer_the_same(store_path, capsys):
    from fastapi.testclient import TestClient

    from claimscope.serve.app import create_app

    code, stdout, stderr = _cli(capsys, "check", CLAIM, "--db", store_path, "--format", "json")
    assert code == 0, stderr
    cli = json.loads(stdout)
    assert set(cli) == {"claim", "reports", "summary"}
    assert set(cli["reports"][0]) >= {"document", "verdict", "confidence", "evidence", "source"}
    assert set(cli["reports"][0]["document"]) == {"id", "url", "path", "title", "publisher", "published"}
    code, stdout, _ = _cli(capsys, "check", CLAIM, "--db", store_path, "--format", "csv")
    assert code == 0 and "contradicts" in stdout
    code, _, stderr = _cli(capsys, "check", "", "--db", store_path)
    assert code == 2 and "empty" in stderr
    client = TestClient(create_app(store_path), base_url="http://127.0.0.1")
    api = client.get("/api/check", params={"claim": CLAIM}).json()
    assert api["summary"] == cli["summary"]
    assert client.get("/api/check", params={"claim": " "}).status_code == 400


def test_a_closing_quote_is_no_part_of_a_word():
    assert checker.words("the 'wolf' was a dog") == ["the", "wolf", "was", "a", "dog"]


def test_a_terse_headline_bears_on_a_long_claim_a_body_sentence_does_not():
    claim = "A hacker group stole the passwords of two million users of the messaging app Quillo"
    wanted = checker.weights(claim)
    # 4 of the claim's 10 weights: too little for a sentence, enough for a short first line
    text = "Quillo passwords leaked, says app maker\nThe company gave no figure."
    share, start, end = checker.relevant(text, wanted)
    assert 0.4 <= share < 0.5 and text[start:end] == "Quillo passwords leaked, says app maker"
    body = "Markets were calm.\nQuillo passwords leaked, says app maker, and more besides in a long report."
    assert checker.relevant(body, wanted) is None
    # a headline with the claim's name alone bears on nothing
    assert checker.relevant("Quillo launches a new logo\nDesigners praised it.", wanted) is None
