"""Which words after a cue verb belong to the cue ("said in a statement", "shot back", "talked about"), learned.

Annotators count some of a cue verb's modifiers as part of the cue and leave others out: "said in a statement"
but not "said in Iowa", "shot back" but not "said later". `data/cue_spans.json` holds, for each kind of
modifier, the share of train relations whose cue took it in; `python -m claimscope.training.learn_cue_spans
../shared/eval/polnear/train` fits it. Modifiers taken in at least half the time join the cue.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

MIN_SHARE = 0.5


def modifier_key(child: Token) -> str | None:
    """The kind of a cue verb's modifier: 'prep|in|statement', 'prep|to|PROPN', 'advmod|back', 'npadvmod|DATE'."""
    if child.dep_ == "prep":
        pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
        what = "-" if pobj is None else (pobj.lemma_.lower() if pobj.pos_ == "NOUN" else pobj.pos_)
        return f"prep|{child.lower_}|{what}"
    if child.dep_ in {"advmod", "npadvmod", "prt"}:
        return f"{child.dep_}|{child.ent_type_ or child.lower_}"
    return None


@lru_cache(maxsize=1)
def shares() -> dict[str, float]:
    """Modifier kind -> share of annotated cues that included it (empty when no table ships)."""
    path = resources.files("claimscope.analyse") / "data" / "cue_spans.json"
    try:
        return json.loads(path.read_text("utf-8"))["shares"]
    except FileNotFoundError:
        return {}


def joins_cue(child: Token) -> bool:
    """Whether annotators usually count this modifier of the cue verb as part of the cue."""
    key = modifier_key(child)
    return key is not None and shares().get(key, 0.0) >= MIN_SHARE
