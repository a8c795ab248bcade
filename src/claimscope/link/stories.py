"""Stories: documents about the same happening, grouped incrementally as they arrive.

Each document is compared only with the stories that share one of its features (an inverted index from
feature to story, rebuilt from the stored story profiles at the start of a pass) and that are active around
its publication date; it joins the best one when enough of its weighted features are in the story's profile,
otherwise it starts a story. A near-copy joins its canonical's story and leaves the profile unchanged, so a
republished wire report neither inflates nor drags a story. Thresholds and why: docs/linking.md.

Tables: stories(id, label, first_seen, last_seen, documents, sources, profile, updated_at) and
story_documents(story_id, document_id), one story per document.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from .features import day, document_features
from claimscope.store.schema import link_sql

from ..settings import default
from .material import store_order

# A document joins a story only if dated within 4 days of the story's span (follow-ups, reactions); no window
# when either side has no date.
WINDOW_DAYS = default("link.story_window_days")
# Share of a document's (idf-weighted) features that must be in the story's profile to join it ...
JOIN_SCORE = default("link.story_join_score")
# ... and at least 3 shared features of which one is an actor: a country and a common word are not a story.
MIN_SHARED_ACTORS = default("link.story_min_shared_actors")
MIN_SHARED = default("link.story_min_shared")
# Features kept per story (by how many of its documents have them): bounds memory and the index.
PROFILE_SIZE = default("link.story_profile_size")
# A feature in more than 200 candidate stories (a country, "government" in the same weeks) proposes none by
# itself (it still counts in the score).
MAX_POSTINGS = default("link.story_max_postings")
# Only a document's 12 most specific features (fewest candidate stories) propose candidates ...
PROPOSERS = default("link.story_proposers")
# ... and only the 60 stories sharing most of them are scored: a document's work is bounded whatever the corpus.
MAX_CANDIDATES = default("link.story_max_candidates")
# Postings are kept per 7-day bucket of a story's span, so a dated document only looks at the stories active
# around its date (the 9-day window touches two or three buckets), not at every story that ever had the feature.
BUCKET_DAYS = default("link.story_bucket_days")
BATCH = default("link.stories_batch")

TABLES_SQL = link_sql("stories")


def ensure_tables(conn: sqlite3.Connection) -> None:
    """Create this module's tables (idempotent)."""
    for stmt in TABLES_SQL.split(";"):
        if stmt.strip():
            conn.execute(stmt)


@dataclass
class Story:
    """A story's profile in memory: feature -> documents having it, and its dated span."""

    id: str
    label: str | None
    first: date | None = None
    last: date | None = None
    size: int = 0                       # documents that shaped the profile (near-copies excluded)
    profile: Counter = field(default_factory=Counter)

    def active_at(self, when: date | None) -> bool:
        """Within the time window of this story (always, when either date is unknown)."""
        if when is None or self.first is None:
            return True
        pad = timedelta(days=WINDOW_DAYS)
        return self.first - pad <= when <= self.last + pad

    def widen(self, when: date | None) -> None:
        if when is not None:
            self.first = when if self.first is None else min(self.first, when)
            self.last = when if self.last is None else max(self.last, when)


def _bucket(when: date) -> int:
    return when.toordinal() // BUCKET_DAYS


class StoryIndex:
    """Stories with inverted indexes from feature to story ids: per 7-day bucket of the stories' spans (dated
    stories), for undated stories, and (built on the first undated document) over all stories.

    A story is in the buckets its span [first, last] touches, under each feature of its profile: a document
    dated d looks in the buckets of [d - 4 days, d + 4 days], which hold every story active at d."""

    def __init__(self):
        self.stories: dict[str, Story] = {}
        self.df: Counter = Counter()                        # feature -> stories whose profile has it
        self.buckets: dict[int, dict[str, set[str]]] = {}  # bucket -> feature -> dated stories
        self.undated: dict[str, set[str]] = {}              # feature -> stories without a date yet
        self._all: dict[str, set[str]] | None = None        # feature -> every story (undated documents)

    def load(self, conn: sqlite3.Connection) -> None:
        for sid, label, first, last, profile in conn.execute(
                "SELECT id, label, first_seen, last_seen, profile FROM stories"):
            prof = json.loads(profile or "{}")
            story = Story(sid, label, day(first), day(last), int(prof.pop("#", 1)), Counter(prof))
            self.stories[sid] = story
            self.df.update(story.profile.keys())
            self._post(story, story.profile, None)

    def _span(self, story: Story) -> range:
        return range(_bucket(story.first), _bucket(story.last) + 1) if story.first is not None else range(0)

    def _post(self, story: Story, feats, before: range | None) -> None:
        """Index `feats` of a story in every bucket of its span; with `before` (the buckets the story had), also
        index its whole profile in the buckets its span has just gained."""
        span = self._span(story)
        if not span:
            for f in feats:
                self.undated.setdefault(f, set()).add(story.id)
        else:
            if before is not None and not before and story.profile:     # an undated story got its first date
                for f in story.profile:
                    got = self.undated.get(f)
                    if got:
                        got.discard(story.id)
            for b in span:
                postings = self.buckets.setdefault(b, {})
                new_bucket = before is not None and b not in before
                for f in (story.profile if new_bucket else feats):
                    postings.setdefault(f, set()).add(story.id)
        if self._all is not None:
            for f in feats:
                self._all.setdefault(f, set()).add(story.id)

    def idf(self, feature: str) -> float:
        """Rarer features across stories weigh more, a feature of every story little; a feature no story has yet
        weighs as one of a single story (it tells nothing about which story a document joins)."""
        return math.log(1.0 + (len(self.stories) + 1) / (1 + max(1, self.df.get(feature, 0))))

    def _postings(self, feature: str, buckets: range | None) -> list:
        """The id collections that may hold stories with `feature` active in `buckets` (None: any time)."""
        if buckets is None:
            got = self._all.get(feature)
            return [got] if got else []
        out = [p for p in (self.buckets.get(b, {}).get(feature) for b in buckets) if p]
        und = self.undated.get(feature)
        return out + [und] if und else out

    def candidates(self, feats: dict[str, float], when: date | None) -> list[str]:
        """Stories that share two of the document's most specific features and may be active at `when`."""
        if when is None:
            if self._all is None:
                self._all = {}
                for story in self.stories.values():
                    for f in story.profile:
                        self._all.setdefault(f, set()).add(story.id)
            buckets = None
        else:
            pad = timedelta(days=WINDOW_DAYS)
            buckets = range(_bucket(when - pad), _bucket(when + pad) + 1)
        specific = []
        for f in feats:
            lists = self._postings(f, buckets)
            if not lists or sum(len(p) for p in lists) > len(lists) * MAX_POSTINGS:
                continue
            ids = lists[0] if len(lists) == 1 else set().union(*lists)  # a story spans buckets: count it once
            if len(ids) <= MAX_POSTINGS:
                specific.append((len(ids), f, ids))
        specific.sort(key=lambda t: (t[0], t[1]))
        hits: Counter = Counter()
        for _, _, ids in specific[:PROPOSERS]:
            hits.update(ids)
        need = min(2, MIN_SHARED)
        found = [(-c, sid) for sid, c in hits.items() if c >= need]
        if len(found) > MAX_CANDIDATES:
            found.sort()
            found = found[:MAX_CANDIDATES]
        return sorted(sid for _, sid in found)

    def best(self, feats: dict[str, float], when: date | None) -> tuple[str | None, float]:
        """The story this document belongs to and its score, or (None, best score) when none fits."""
        weights = {f: w * self.idf(f) for f, w in feats.items()}
        total = sum(weights.values()) or 1.0
        best_id, best_score = None, 0.0
        for sid in self.candidates(feats, when):
            story = self.stories[sid]
            if not story.active_at(when):
                continue
            shared = [f for f in feats if f in story.profile]
            if len(shared) < MIN_SHARED or sum(f.startswith("a:") for f in shared) < MIN_SHARED_ACTORS:
                continue
            score = sum(weights[f] for f in shared) / total
            if score > best_score:
                best_id, best_score = sid, score
        return (best_id, best_score) if best_score >= JOIN_SCORE else (None, best_score)

    def add(self, story: Story, feats: dict[str, float] | None, when: date | None) -> None:
        """Put a document's features into a story (None for a near-copy: only its date counts)."""
        self.stories[story.id] = story
        before = self._span(story)
        story.widen(when)
        new = [] if feats is None else [f for f in feats if f not in story.profile]
        if feats is not None:
            story.size += 1
            story.profile.update(feats.keys())
            self.df.update(new)
        if new or self._span(story) != before:
            self._post(story, new, before)
        if len(story.profile) > 2 * PROFILE_SIZE:
            self._trim(story)

    def _trim(self, story: Story) -> None:
        keep = dict(story.profile.most_common(PROFILE_SIZE))
        span = self._span(story)
        for f in set(story.profile) - set(keep):
            for b in span:
                got = self.buckets[b].get(f)
                if got is not None:
                    got.discard(story.id)
                    if not got:
                        del self.buckets[b][f]
            self.df[f] -= 1
            if not self.df[f]:
                del self.df[f]
            if self._all is not None:
                self._all.get(f, set()).discard(story.id)
            got = self.undated.get(f)
            if got:
                got.discard(story.id)
        story.profile = Counter(keep)


def link_stories(conn: sqlite3.Connection, doc_ids: list[str], *, on_progress=None) -> set[str]:
    """Put each of `doc_ids` into a story (an existing one or a new one); returns the ids of changed stories."""
    ensure_tables(conn)
    index = StoryIndex()
    index.load(conn)
    rows = store_order(conn, doc_ids)
    changed: set[str] = set()
    members: dict[str, _Members] = {}
    for i in range(0, len(rows), BATCH):
        touched: dict[str, list] = {}
        conn.execute("BEGIN IMMEDIATE")
        try:
            for doc_id, title, text, published, canonical in _documents(conn, rows[i:i + BATCH]):
                sid, placed = _place(conn, index, doc_id, title, text, day(published), canonical)
                added = touched.setdefault(sid, [])
                if placed:
                    added.append((canonical or doc_id, published))
            _write(conn, index, touched, members)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        changed |= set(touched)
        if on_progress:
            on_progress("stories", min(i + BATCH, len(rows)), len(rows))
    return changed


def _documents(conn: sqlite3.Connection, doc_ids: list[str]) -> list[tuple]:
    """(id, title, text, published, canonical) of a batch of documents in store order."""
    out = conn.execute(
        "SELECT d.id, d.title, d.text, d.published, x.canonical_id, d.n FROM documents d "
        f"LEFT JOIN document_duplicates x ON x.document_id = d.id WHERE d.id IN ({','.join('?' * len(doc_ids))})",
        doc_ids).fetchall()
    return [r[:5] for r in sorted(out, key=lambda r: r[5])]


def _story_of(conn: sqlite3.Connection, doc_id: str) -> str | None:
    row = conn.execute("SELECT story_id FROM story_documents WHERE document_id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def _place(conn, index: StoryIndex, doc_id: str, title, text, when, canonical) -> tuple[str, bool]:
    """The story of one document: the one it already has (a resumed pass), its canonical's, the best, or new;
    and whether it was placed now."""
    known = _story_of(conn, doc_id)
    if known is not None and known in index.stories:
        return known, False
    sid = _story_of(conn, canonical) if canonical else None
    if sid is not None and sid in index.stories:
        index.add(index.stories[sid], None, when)
    else:
        feats = document_features(conn, doc_id, title, text)
        sid, _ = index.best(feats, when)
        story = index.stories.get(sid) if sid else Story(f"st-{doc_id}", title)
        if sid is None:
            conn.execute("INSERT OR IGNORE INTO stories(id, label) VALUES (?, ?)", (story.id, title))
        index.add(story, feats, when)
        sid = story.id
    conn.execute("INSERT OR REPLACE INTO story_documents(story_id, document_id) VALUES (?, ?)", (sid, doc_id))
    return sid, True


@dataclass
class _Members:
    """What a story's row counts, read from the store on its first change in a pass, then kept up to date."""

    documents: int
    sources: set[str]
    first: str | None
    last: str | None


def _members(conn: sqlite3.Connection, sid: str) -> _Members:
    rows = conn.execute(
        "SELECT coalesce(x.canonical_id, sd.document_id), substr(d.published, 1, 10) FROM story_documents sd "
        "JOIN documents d ON d.id = sd.document_id "
        "LEFT JOIN document_duplicates x ON x.document_id = sd.document_id WHERE sd.story_id = ?", (sid,)).fetchall()
    days = [d for _, d in rows if d is not None]
    return _Members(len(rows), {src for src, _ in rows}, min(days, default=None), max(days, default=None))


def _write(conn: sqlite3.Connection, index: StoryIndex, touched: dict[str, list], members: dict[str, _Members]
           ) -> None:
    """Write the touched stories' rows: span, counts (documents; independent sources) and profile. A story's
    members are read once per pass; the documents placed since (`touched`: story -> [(source, published)]) are
    added to them, so a story that changes in every batch does not cost its whole size each time."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for sid, placed in touched.items():
        s = index.stories[sid]
        m = members.get(sid)
        if m is None:
            m = members[sid] = _members(conn, sid)      # includes what this batch placed
        else:
            for source, published in placed:
                m.documents += 1
                m.sources.add(source)
                if published is not None:
                    d = published[:10]
                    m.first = d if m.first is None else min(m.first, d)
                    m.last = d if m.last is None else max(m.last, d)
        docs, sources, first, last = m.documents, len(m.sources), m.first, m.last
        profile = dict(s.profile.most_common(PROFILE_SIZE))
        profile["#"] = s.size
        conn.execute(
            "INSERT INTO stories(id, label, first_seen, last_seen, documents, sources, profile, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET first_seen = excluded.first_seen, "
            "last_seen = excluded.last_seen, documents = excluded.documents, sources = excluded.sources, "
            "profile = excluded.profile, updated_at = excluded.updated_at",
            (sid, s.label, first, last, docs, sources, json.dumps(profile, separators=(",", ":")), now))
