"""The shipped first-name list: people the text gives no gender get one from their first name, epicene names none."""

from importlib import resources

from claimscope.analyse.coref.gender import NO_LIST, load_first_names, text_gender
from claimscope.analyse.model import Actor, Mention
from claimscope.settings import default


def test_the_shipped_list_is_the_default():
    assert default("coref.first_names") == ""
    names = load_first_names("")
    assert len(names) > 1000
    assert load_first_names(NO_LIST) == {}


def test_common_names_have_their_gender_and_epicene_ones_none():
    names = load_first_names("")
    assert names["greta"] == "f" and names["priya"] == "f"
    assert names["oskar"] == "m" and names["mateo"] == "m"
    for both in ("andrea", "jean", "kim", "robin", "alex"):
        assert both not in names


def test_the_tsv_parses():
    path = resources.files("claimscope.lexicon").joinpath("data", "first_names.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "Faker" in lines[0] and "MIT" in lines[0]
    rows = [ln.split("\t") for ln in lines[1:]]
    assert all(len(r) == 2 and r[1] in ("m", "f") and r[0] == r[0].lower() and r[0].strip() for r in rows)
    assert len({r[0] for r in rows}) == len(rows)


def test_text_gender_falls_back_on_the_first_name():
    text = "Greta Holm opened the depot. Later Oskar Lind spoke."
    greta = Actor("a1", "Greta Holm", "PERSON", [Mention(0, 10, "Greta Holm")])
    oskar = Actor("a2", "Oskar Lind", "PERSON", [Mention(35, 45, "Oskar Lind")])
    names = load_first_names("")
    assert text_gender(text, greta, names) == "f"
    assert text_gender(text, oskar, names) == "m"
    assert text_gender(text, greta, {}) == ""
    assert text_gender("Mr. Greta Holm", Actor("a3", "Greta Holm", "PERSON", [Mention(4, 14, "Greta Holm")]),
                       names) == "m"  # the text's title wins over the list
