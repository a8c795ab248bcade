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
)

_STATEMENTS: tuple[Setting, ...] = (
)

_ACTORS: tuple[Setting, ...] = (
    Setting("actors.aliases", "", "Extra alias files (JSON, the format of analyse/data/aliases.json), separated by ':'.",
            env="CLAIMSCOPE_ALIASES"),
)

_FACTS: tuple[Setting, ...] = (
)

_STORE: tuple[Setting, ...] = (
)

_LINK: tuple[Setting, ...] = (
)

_SERVE: tuple[Setting, ...] = (
    Setting("serve.max_limit", 500, "Largest page size the JSON API returns."),
    Setting("serve.max_search_terms", 32, "Most words a full-text search may have (more: 400)."),
    Setting("serve.max_prefix_terms", 8, "Most prefix words (`word*`) a full-text search may have (more: 400)."),
    Setting("serve.query_timeout", 5.0, "Seconds a request's store queries may run before they are stopped (503)."),
    Setting("serve.token", None, "Token `claimscope serve` requires (unless --token or --token-file is given).",
            env="CLAIMSCOPE_TOKEN"),
)

_SCALE: tuple[Setting, ...] = (
    Setting("scale.start_method", None, "multiprocessing start method for --processes (fork, spawn, forkserver).",
            env="CLAIMSCOPE_START_METHOD"),
)

SETTINGS: tuple[Setting, ...] = _INGEST + _PIPELINE + _STATEMENTS + _ACTORS + _FACTS + _STORE + _LINK + _SERVE + _SCALE
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
