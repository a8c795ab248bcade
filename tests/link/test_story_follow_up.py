"""Follow-ups: a report more than the 4-day window later that names the same participants and place joins its
story (up to 30 days); one of another event that shares only the country, or one weeks later, does not."""

from __future__ import annotations

from test_stories import KORVALY, PELLANDRA, _events, _partition, _quake, link

from claimscope.link.story_graph import follow_up
from claimscope.store import Store

K = ("Korvaly", "Korvaly Relief Agency", "Mira Tosun", "2025-03-03")


def _stories(tmp_path, docs):
    with Store(tmp_path / "f.db") as store:
        for d in docs:
            store.add_document(d)
    with link(tmp_path / "f.db") as store:
        return _partition(dict(store._db.execute("SELECT document_id, story_id FROM story_documents")))


def test_follow_up_rule_needs_shared_actors_within_the_follow_up_window():
    a = {"a:town": 0.5, "a:agency": 0.5, "t:rubble": 0.7}
    assert follow_up(a, {"a:town": 0.6, "a:agency": 0.6, "t:market": 0.5}, 12)
    assert not follow_up(a, {"a:town": 0.6, "t:rubble": 0.8}, 12)            # one actor: not enough
    assert not follow_up(a, {"a:town": 0.6, "a:agency": 0.6}, 45)            # past the follow-up window


def test_a_follow_up_twelve_days_later_joins_its_story(tmp_path):
    korvaly, pellandra, final = _events(True)
    later = _quake(KORVALY, *K, 61, "2025-03-15", "Rebuilding of the market quarter began.")
    got = _stories(tmp_path, korvaly + pellandra + [final, later])
    assert frozenset(d["id"] for d in korvaly + [later]) in got
    assert frozenset(d["id"] for d in pellandra) in got and frozenset([final["id"]]) in got


def test_another_event_twelve_days_later_sharing_only_the_country_stays_apart(tmp_path):
    korvaly, _, _ = _events(True)
    other = _quake(PELLANDRA, "Pellandra", "Pellandra Civil Defence", "Oren Vasko", "2025-03-15", 9,
                   "2025-03-16", "Freedonia sent tents.")
    got = _stories(tmp_path, korvaly + [other])
    assert frozenset([other["id"]]) in got


def test_an_undated_follow_up_joins_through_the_dates_and_places_of_its_text(tmp_path):
    korvaly, pellandra, final = _events(False)
    later = _quake(KORVALY, *K, 61, None, "Rebuilding of the market quarter began.")
    got = _stories(tmp_path, korvaly + pellandra + [final, later])
    assert frozenset(d["id"] for d in korvaly + [later]) in got
