"""Every tunable of claimscope in one table: name, default, help; components, CLI and docs read it from here.

A setting is named `STAGE.NAME` ("statements.min_confidence"). Components take theirs as spaCy config
(`default_config=component_config("statements")`), the CLI takes its defaults from `default(...)`, and
`docs/settings.md` is generated from the table (`python -m claimscope.settings > docs/settings.md`; a test fails
when the page and the table differ). A setting with `env` can be overridden by that environment variable,
read here and nowhere else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    """One tunable: where it applies, its default, and why a user would change it."""

    name: str
    default: Any
    help: str
    env: str | None = None

    @property
    def stage(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def key(self) -> str:
        return self.name.split(".", 1)[1]


# Each stage keeps its own block, in the order a document travels.
_INGEST = (
    Setting("ingest.max_bytes", 5_000_000, "Inputs larger than this many bytes are refused with a message."),
    Setting("ingest.detect_min_bytes", 32, "Text files that are not UTF-8 and shorter than this are not guessed at: "
            "they need --encoding."),
    Setting("ingest.detect_encodings", "cp1252,cp1250,cp1251,koi8_r,cp1253,cp1254,cp1255,cp1256,cp1257,shift_jis,"
            "euc_jp,gb18030,big5,euc_kr", "Encodings charset-normalizer may choose for a text file that is not UTF-8."),
)

_PIPELINE = (
    Setting("pipeline.batch_size", 32, "Documents per `nlp.pipe` batch."),
    Setting("pipeline.doc_timeout", 120.0, "Seconds one document may take to analyse before it is reported as "
            "failed and the batch goes on (`--doc-timeout`); 0 for no limit."),
    Setting("pipeline.max_run_chars", 100, "Runs of characters without a space longer than this are tokenised in "
            "pieces of this size (spaCy's tokenizer takes quadratic time on long punctuation runs)."),
    Setting("pipeline.piece_chars", 100_000, "Documents longer than spaCy's `max_length` are parsed in pieces of at "
            "most this many characters, cut at paragraph, line or sentence ends, then analysed as one."),
    Setting("pipeline.kept_words", 100_000, "Words (spaCy lexemes) kept from batch to batch: texts are tokenised "
            "outside the memory zone until the vocabulary holds this many, so later batches need not rebuild "
            "common words (about 200 bytes each); 0 rebuilds every batch's words."),
)

_STATEMENTS: tuple[Setting, ...] = (
    Setting("statements.learned_filter", True,
            "Weigh every candidate with the shipped learned filter (false: the curated rules alone, calibrated)."),
    Setting("statements.filter_threshold", None,
            "Probability a candidate needs to be kept by the learned filter (null: the threshold shipped with it)."),
    Setting("statements.learned_min_ratio", 0.2,
            "Share of a word's annotated uses that were cues for the learned lexicon to count it as a cue."),
    Setting("statements.candidate_min_ratio", 0.04,
            "Share of a word's annotated uses that were cues for it to propose candidates to the learned filter."),
    Setting("statements.cue_window", 8, "Words on each side of a cue's head that the cue-extent model may add."),
    Setting("statements.calibration_min_count", 20,
            "Statements a calibration-table entry needs before its precision is the confidence."),
    Setting("statements.max_subtree_walk", 400,
            "Per cue verb: the most words a search inside its subtree reads (a stray 'that' clause)."),
    Setting("statements.max_cue_verbs_per_sentence", 50,
            "Per sentence: the most cue verbs read, shallowest in the parse first (news has a dozen at most)."),
    Setting("statements.max_candidates", 2000,
            "Per document: the most candidates the rules propose; the cascade stops there (news has a few hundred)."),
    Setting("statements.pronoun_window", 3,
            "Sentences a pronoun speaker ('he said') looks back for the person it stands for (discourse.py)."),
)

_ACTORS: tuple[Setting, ...] = (
    Setting("actors.aliases", "", "Extra alias files (JSON, the format of analyse/data/aliases.json), separated by ':'.",
            env="CLAIMSCOPE_ALIASES"),
    Setting("actors.max_roles", 12, "Roles kept per person (titles and appositives beyond this are dropped)."),
    Setting("actors.title_words", 6, "Words before a name read for its title (\"former deputy foreign minister\")."),
    Setting("actors.appositive_words", 16, "Words of an appositive after a name read for the person's roles."),
    Setting("actors.appositive_before_words", 14,
            "Longest noun phrase before a name read as its appositive (\"the mayor of Riverton, Ana Ruiz\")."),
    Setting("actors.surface_window", 10,
            "Words before a comma-set name searched for its appositive where the parse gives none."),
    Setting("actors.description_actors", 500,
            "Actors a definite description (\"the minister\") is matched against, in order of first mention; "
            "bounds the work on documents of thousands of actors."),
    Setting("kb.city_spelling_ratio", 5, "How many times bigger a city must be for another spelling of its name "
            "(\"Odessa\" for Odesa) to name it rather than a smaller city of that very name; otherwise a city's own "
            "name wins over another city's old or other names."),
)

_COREF: tuple[Setting, ...] = (
    Setting("coref.window_sentences", 4, "How many sentences back a pronoun or description looks for its actor."),
    Setting("coref.max_candidates", 8, "Most candidate actors the ranking model scores for one mention."),
    Setting("coref.max_mentions", 4000, "Most candidate mentions resolved in one document (keeps work bounded)."),
    Setting("coref.min_score", None, "Probability a best antecedent needs (None: the threshold shipped with the model)."),
    Setting("coref.first_names", "", "A first-name list (TSV: name, m or f) giving the gender of people the text "
            "leaves unknown; empty: the shipped list (lexicon/data/first_names.tsv, from Faker's name lists); "
            "'-': none."),
    Setting("coref.salient_actors", 3, "Most of the document's most named actors a pronoun or description may take "
            "beyond the window (a biography's subject named paragraphs earlier)."),
    Setting("coref.question_words", 100, "Longest interview paragraph (in words) read as a question when it ends "
            "with a question mark; a longer one is an answer whose \"I\" is the interviewee."),
)

_FACTS: tuple[Setting, ...] = (
    Setting("dates.use_dateparser", True, "Ask dateparser about time expressions the rules cannot read "
            "(off: such expressions keep no value)."),
    Setting("quantities.max_unit_gap", 6, "Most tokens between a number and the noun it counts for the noun "
            "to join the quantity's text (\"3,000 heavily armed troops\")."),
    Setting("quantities.max_digits", 12, "Digit strings longer than this are identifiers, not quantities."),
    # characterisations (analyse/facts/characterise.py) and the polarity of words (lexicon/polarity.py)
    Setting("characterise.max_sentence", 600, "Longer sentences are not read for characterisations."),
    Setting("polarity.pejorative_score", -0.5, "Polarity of an unknown word with a pejorative prefix "
            "('ill-equipped')."),
    Setting("polarity.ameliorative_score", 0.5, "Polarity of an unknown word with an ameliorative prefix "
            "('well-organised')."),
    Setting("polarity.min_polar", 0.2, "Word polarities weaker than this do not evaluate."),
    # events (analyse/facts/events.py, event_nouns.py)
    Setting("events.max_noun_events", 200, "Most events named by a noun ('the raid on', 'talks with') per document; "
            "later event nouns are not read."),
    Setting("events.phrase_cap", 30, "Most tokens of a subject or object phrase looked through for a state, a "
            "people or a political group (the political context of a PLOVER type)."),
)

_STORE: tuple[Setting, ...] = (
    Setting("store.surname_min_docs", 2, "A surname-only person ('Ms Ruiz') joins the full-named person of that "
            "surname only when that person is in at least this many documents."),
    Setting("store.surname_dominance", 3.0, "...and in at least this many times the documents of any namesake "
            "whose honorifics fit."),
    Setting("store.bare_surname_min_docs", 10, "A bare surname with no honorific ('Ruiz' in a headline) needs a "
            "person in at least this many documents."),
    Setting("store.bare_surname_dominance", 10.0, "...and in at least this many times the documents of any "
            "namesake."),
    Setting("store.type_min_docs", 2, "A name the recogniser types otherwise than most articles joins the record "
            "of the majority's type once that type is in at least this many articles (store/actor_types.py)."),
)

_LINK: tuple[Setting, ...] = (
    # near-copies (link/shingles.py, link/minhash.py, link/duplicates.py); why these values: docs/linking.md
    Setting("link.shingle_words", 3, "Words per shingle (word n-gram) when texts are compared for near-copies."),
    Setting("link.segment_min_words", 5, "Lines of fewer words are not tracked as repeated segments."),
    Setting("link.segment_min_chars", 25, "Lines of fewer characters (a dateline, 'Read more:') are not tracked as "
            "repeated segments."),
    Setting("link.num_perm", 128, "MinHash permutations per signature (128: +-0.09 at a Jaccard of 0.5, 2 sd)."),
    Setting("link.lsh_bands", 42, "LSH bands; a pair agreeing at rate s is a candidate with probability "
            "1 - (1 - s^rows)^bands."),
    Setting("link.lsh_rows", 3, "MinHash values per LSH band (bands x rows at most num_perm)."),
    Setting("link.lsh_threshold", 0.4, "Where 1 - (1 - s^3)^42 crosses 0.9: documents the band layout, which "
            "decides."),
    Setting("link.min_jaccard", 0.5, "Exact Jaccard of the word-shingle sets at which a text is a near-copy."),
    Setting("link.min_shingles", 8, "Texts with fewer shingles (a one-line item) are never called copies."),
    Setting("link.min_estimate", 0.3, "LSH candidates whose MinHash estimate is below this are not verified."),
    Setting("link.max_verify", 8, "Candidate duplicate groups verified per text, best estimate first."),
    Setting("link.shingle_cache", 4096, "Shingle sets of recently verified texts kept in memory."),
    Setting("link.minhash_seed", 1, "Seed of the MinHash permutations (stored signatures depend on it)."),
    Setting("link.duplicates_batch", 500, "Documents per batch of the near-copy pass."),
    Setting("link.cache_kib", 65536, "SQLite page cache (KiB) during the near-copy and story passes, for the segment, posting and "
            "edge indexes."),
    # stories (link/features.py, link/story_graph.py, link/stories.py)
    Setting("link.actor_weight", {"PERSON": 3.0, "ORG": 2.0, "GPE": 1.0, "LOC": 1.5, "NORP": 0.5, "": 1.0},
            "Story feature weight of an actor by type: a person says more about a story than a country."),
    Setting("link.term_weight", 1.0, "Story feature weight of a salient word."),
    Setting("link.story_terms", 12, "Salient words per document (title words first, then repeated content words)."),
    Setting("link.title_boost", 3, "A title word counts as this many uses of the word."),
    Setting("link.date_weight", 1.0, "Story feature weight of a year or day the text names ('in 2011', "
            "'on 3 March 2024'): two earthquakes of different years are different stories."),
    Setting("link.quantity_weight", 0.5, "Story feature weight of a figure with its unit ('23 pirates', "
            "'magnitude 6.1'): the same event is told with the same numbers."),
    Setting("link.story_window_days", 4, "Two dated documents further apart than this are never linked directly."),
    Setting("link.story_follow_up_days", 30, "Two dated documents further apart than the window but at most this "
            "many days are linked only as a follow-up: when they share `link.story_follow_up_actors` actors."),
    Setting("link.story_follow_up_actors", 2, "Actors (participants, places) a follow-up must share with a report "
            "of its story."),
    Setting("link.story_link", 0.05, "Mean similarity (idf-weighted cosine) over every pair of documents of two "
            "groups at which they merge into one story (average linkage; a pair without an edge counts as 0)."),
    Setting("link.story_edge_min", 0.03, "Document pairs less similar than this keep no edge (they count as 0)."),
    Setting("link.story_edges_kept", 30, "Neighbour list length: a document's most similar documents stored."),
    Setting("link.story_neighbours", 10, "Edges per document that stories are clustered from: its 10 most similar "
            "documents (from either end), so reports alike only in their kind of event share no edge."),
    Setting("link.story_max_postings", 200, "A feature in more documents of a window than this proposes none."),
    Setting("link.story_proposers", 12, "A document's most specific features (fewest documents) that propose "
            "candidate documents."),
    Setting("link.story_max_candidates", 60, "Candidate documents scored per document (those sharing most "
            "proposers)."),
    Setting("link.story_bucket_days", 7, "Days per bucket of the feature postings by date."),
    Setting("link.stories_batch", 500, "Documents per batch of the story pass."),
    Setting("link.story_incremental_min", 2000, "Below this many documents every story pass is a full refresh (every "
            "neighbour list against the store's present frequencies): exact one-pass stories, cheap at this size."),
    Setting("link.story_refresh_growth", 0.1, "A full refresh when the store has grown by this share since the last "
            "one; between them a pass recomputes only the lists its new documents could enter, against the "
            "frequencies of the last refresh (`claimscope link --full` refreshes at once)."),
    # claims and contradictions (link/claims.py, link/contradictions.py, link/characterisation.py)
    Setting("link.same_statement", 0.6, "Content-word Jaccard at which two statements assert the same claim."),
    Setting("link.common_word", 50, "Words in more statements than this propose no claim pairs."),
    Setting("link.approx", 0.1, "Relative tolerance of an approximate number ('about 3,000': 2,700-3,300)."),
    Setting("link.min_shared_words", 3, "Content words two statements share to be about the same thing ..."),
    Setting("link.min_overlap", 0.5, "... and the share of the shorter one's content words they make up."),
    Setting("link.min_side", 0.3, "Summed polarity at which a description evaluates its target."),
    Setting("link.neutral", 0.2, "Polarity below which a descriptor evaluates nothing: a word before a noun this "
            "neutral says which kind is meant ('the mental side')."),
    Setting("link.min_copied", 8, "Words two sentences must share, all of them but their numbers, to be one "
            "report copied rather than two sources."),
    Setting("link.denied_coverage", 0.75, "Share of a denied proposition's topic words another statement must "
            "assert to be what the denial denies."),
    # claim check (link/check.py)
    Setting("check.candidates", 500, "Documents the full-text index proposes for a claim, best first."),
    Setting("check.min_relevance", 0.5, "Share of a claim's topic words a sentence must hold to bear on it."),
    Setting("check.min_relevance_headline", 0.4, "Share of a claim's topic words a document's short first line "
            "(a headline, terse) must hold to bear on it."),
    Setting("check.max_sentences", 400, "Sentences of a document read for a claim (longer ones are cut)."),
)

_SERVE: tuple[Setting, ...] = (
    Setting("serve.max_limit", 500, "Largest page size the JSON API returns."),
    Setting("serve.download_max_rows", 50_000, "Most rows a view's CSV / JSON download (`format=`) holds."),
    Setting("serve.memo_entries", 64, "Whole-store answers (events, claims, network edges) the server keeps until "
            "the store changes."),
    Setting("serve.max_search_terms", 32, "Most words a full-text search may have (more: 400)."),
    Setting("serve.max_prefix_terms", 8, "Most prefix words (`word*`) a full-text search may have (more: 400)."),
    Setting("serve.query_timeout", 5.0, "Seconds a request's store queries may run before they are stopped (503)."),
    Setting("serve.token", None, "Token `claimscope serve` requires (unless --token or --token-file is given).",
            env="CLAIMSCOPE_TOKEN"),
)

_SCALE: tuple[Setting, ...] = (
    Setting("scale.start_method", None, "multiprocessing start method for --processes (fork, spawn, forkserver).",
            env="CLAIMSCOPE_START_METHOD"),
    Setting("scale.files_per_shard", 64, "Files per shard of `analyze --engine ray` (a JSONL file is a shard of its own)."),
)

_CLI: tuple[Setting, ...] = (
    Setting("cli.min_confidence", 0.5, "Least confidence of the statements `claimscope statements` and `claims` show "
            "as a table unless --min-confidence says otherwise (on PolNeAR dev, statements below 0.5 are right 43% of "
            "the time, those above 87%); json, jsonl, csv, the API and exports keep every statement."),
    Setting("cli.table_rows", 50, "Rows a list command prints as a table when no --limit is given (json, jsonl and "
            "csv print every row)."),
    Setting("cli.cell_chars", 240, "Longest text a table cell shows before it ends in '…' (--wide shows it whole)."),
)

SETTINGS: tuple[Setting, ...] = _INGEST + _PIPELINE + _STATEMENTS + _ACTORS + _COREF + _FACTS + _STORE + _LINK + _SERVE + _SCALE + _CLI
_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    """The table entry for `name` (KeyError names the unknown setting)."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown setting {name!r}") from None


def default(name: str) -> Any:
    """The value in force: the environment variable when the setting has one and it is set, else the default."""
    s = setting(name)
    if s.env and os.environ.get(s.env):
        return _coerce(os.environ[s.env], s.default)
    return s.default


def component_config(stage: str) -> dict[str, Any]:
    """A component's spaCy `default_config`: its stage's settings by short name."""
    return {s.key: s.default for s in SETTINGS if s.stage == stage}


def _coerce(raw: str, like: Any) -> Any:
    """An environment string as the type of the default ("8" -> 8 when the default is an int)."""
    if isinstance(like, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(like, int):
        return int(raw)
    if isinstance(like, float):
        return float(raw)
    return raw


def docs_markdown() -> str:
    """The settings page (docs/settings.md), one table row per setting."""
    lines = ["# Settings", "",
             "Every tunable of claimscope, generated from `src/claimscope/settings.py` "
             "(`python -m claimscope.settings > docs/settings.md`).", "",
             "| setting | default | environment | what it does |", "|---|---|---|---|"]
    for s in SETTINGS:
        env = f"`{s.env}`" if s.env else ""
        lines.append(f"| `{s.name}` | `{s.default!r}` | {env} | {s.help.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(docs_markdown(), end="")
