"""Claim check: every stored document that bears on a claim, and whether it supports it, contradicts (denies) it
or only reports it, with the evidence, its source and a summary counting independent sources.

Over the store, no parse (the link stage's rule). The cascade, per candidate document:
1. `candidates`: documents the full-text index finds for any of the claim's content words (best bm25 first,
   at most `check.candidates`);
2. `best_sentence`: the sentence (or short line: a headline) sharing most of the claim's topic words, names
   counting twice, compared by a light stem ("resigned" = "resignation"); a document bears on the claim when
   that sentence holds at least `check.min_relevance` of their weight (and two words, for a claim of two), or
   its first line, when short (a headline), holds `check.min_relevance_headline` (`relevant`);
3. `verdict` on that sentence, first rule that answers: `position` (turning down a demand: "rejects calls to
   publish", "dismissed questions about") -> reports; `refutes` (a denial or debunking word, "no evidence",
   "laughs off", "rules out", the opposite of a claim's word: "stay open" for "close", or a negation the claim
   lacks, or lacks one the claim has) -> contradicts; `unverified` (a negated check: "has not been verified",
   "could not confirm", "did not deny") -> reports; `confirms` ("confirms",
   "officially") -> supports; `hedges` ("reportedly", "claims", "rumour", "unconfirmed", "said to", a question
   mark) -> reports; the stance of a statement the sentence holds ("denies" -> contradicts, "claims" or
   "alleges" -> reports); else supports;
4. `source`: the speaker of the statement in the sentence (the store's actor), else the outlet.
Independent sources: one per speaker (a spokesperson by the body they speak for) and, for what an outlet
asserts itself, one per original report (a copy counts with its canonical document).
"""

from __future__ import annotations

import re
import sqlite3

from ..errors import UsageError
from ..lexicon.english import STOP_WORDS
from ..lexicon.inflection import IRREGULAR_VERBS
from ..lexicon.verdicts import (CHECKING, CONFIRMING, DEMANDS, HEDGING, HEDGING_PHRASES, NEGATING, OPPOSITES,
                                REFUTING, REFUTING_PHRASES, REJECTING)
from ..sentences import sentence_spans
from ..settings import default
from ..store.blob import unpack_json
from .claim_keys import source_key
from .material import canonical_ids, outlet_of

CANDIDATES = default("check.candidates")
MIN_RELEVANCE = default("check.min_relevance")
MIN_RELEVANCE_HEADLINE = default("check.min_relevance_headline")
MAX_SENTENCES = default("check.max_sentences")
MAX_CLAIM = 1000
MAX_LINE = 300  # a line this short may be one report (a headline) even when punctuation cuts it

_WORD = re.compile(r"[^\W_][\w'’\-]*", re.UNICODE)
_QUESTION = re.compile(r"\?[\"'”’)]*(\s|$)")
_CUE_WORDS = REFUTING | HEDGING | CONFIRMING | NEGATING
_SUFFIXES = ("ations", "ation", "itions", "ition", "ings", "ing", "ions", "ion", "ments", "ment", "ies", "ied",
             "ed", "es", "s", "ly")


def words(text: str) -> list[str]:
    """Lowercased word tokens ("isn't" -> "is", "n't"; "'wolf'" -> "wolf")."""
    out = []
    for m in _WORD.finditer((text or "").lower().replace("’", "'")):
        w = m.group(0).rstrip("'")  # a closing quote is no part of the word ("the 'wolf' was a dog")
        if not w:
            continue
        if w.endswith("n't"):
            out += [w[:-3], "n't"]
        else:
            out.append(w[:-2] if w.endswith("'s") else w)
    return out


def stem(word: str) -> str:
    """A light stem, so word forms of one word meet: "resigned", "resigning", "resignation" -> "resign";
    "splitting" -> "split" (a doubled last consonant before -ing or -ed is one); an irregular form is its verb
    ("stolen", "stole" -> "steal")."""
    word = IRREGULAR_VERBS.get(word, word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ed") and word[-1] == word[-2] and word[-1] not in "aeiouylsfz":
                word = word[:-1]
            break
    return word[:6]


def topic(text: str, *, parts_only: bool = False) -> frozenset[str]:
    """The stems of a text's content words, cue and hedge words left out; hyphenated words also count by their
    parts ("mouse-in-soup" has "mouse" and "soup"), or only by them (`parts_only`, for a claim's own words)."""
    out = set()
    for w in words(text):
        for part in ([] if parts_only and "-" in w else [w]) + (w.split("-") if "-" in w else []):
            if part not in STOP_WORDS and part not in _CUE_WORDS and len(part) > 1:
                out.add(stem(part))
    return frozenset(out)


def weights(claim: str) -> dict[str, float]:
    """Each topic stem of the claim with its weight: names (capitalised words) count twice, since "Novatek buys
    Brightloop" bears on "the tech firm Novatek is buying the start-up Brightloop" without "tech" or "firm"."""
    names = {stem(m.group(0).lower()) for m in _WORD.finditer(claim)
             if m.group(0)[:1].isupper() and m.start() > 0}  # a first word is capitalised anyway
    return {t: 2.0 if t in names else 1.0 for t in topic(claim, parts_only=True)}


def _phrase(ws: list[str], phrases) -> str | None:
    joined = " " + " ".join(ws) + " "
    return next((p for p in phrases if f" {p} " in joined or (p.endswith(":") and f" {p[:-1]} " in joined)), None)


# --- the verdict cascade: (sentence words, claim words, statement stance) -> (verdict, cue) or None ----------


def position(ws: list[str], claim: list[str], stance: str | None):
    """Turning down a demand takes no side on the claim ("rejects calls to publish the advice"): a report."""
    for i, w in enumerate(ws):
        if w in REJECTING and w not in claim and any(x in DEMANDS for x in ws[i + 1:i + 3]):
            return "reports", " ".join(ws[i:i + 3])
    return None


def _checking(ws: list[str], i: int) -> bool:
    """The negation at `i` governs a word of checking within three words ("has not been verified")."""
    return any(w in CHECKING for w in ws[i + 1:i + 4])


def unverified(ws: list[str], claim: list[str], stance: str | None):
    """A negated check leaves the claim open: "has not been verified", "could not confirm", "did not deny"."""
    at = next((i for i, w in enumerate(ws) if w in NEGATING and _checking(ws, i)), None)
    if at is not None and not set(claim) & NEGATING:
        return "reports", " ".join(ws[at:at + 3])
    return None


def _phrase_cue(ws: list[str], claim: list[str], phrases) -> str | None:
    """A phrase of `phrases` in the words that the claim itself does not hold ("shot down" in a claim of a plane
    shot down is its topic, not a denial)."""
    found = _phrase(ws, phrases)
    return None if found and _phrase(claim, (found,)) else found


def opposite(ws: list[str], claim: list[str]) -> str | None:
    """The opposite of a claim's word where the claim's word is absent ("will stay open" against "will close")."""
    have, want = {stem(w) for w in ws}, {stem(w) for w in claim}
    for x, y in OPPOSITES + tuple((b, a) for a, b in OPPOSITES):
        if x in want and y in have and x not in have and y not in want:
            return y
    return None


def refutes(ws: list[str], claim: list[str], stance: str | None):
    """A denial or debunking word, the opposite of the claim's word, or a negation on one side only ("did not
    resign" against "resigned"); a negated check ("not verified", `unverified`) is no denial."""
    cue = next((w for w in ws if w in REFUTING and w not in claim), None) or \
        _phrase_cue(ws, claim, REFUTING_PHRASES)
    if cue and not unverified(ws, claim, stance):
        return "contradicts", cue
    if unverified(ws, claim, stance):
        return None
    cue = opposite(ws, claim)
    if cue:
        return "contradicts", cue
    negations = [i for i, w in enumerate(ws) if w in NEGATING]
    if bool(negations) != bool(set(claim) & NEGATING):
        return "contradicts", next((w for w in ws if w in NEGATING), "no negation")
    return None


def confirms(ws: list[str], claim: list[str], stance: str | None):
    """"confirms", "officially": the report asserts the claim whatever else it hedges."""
    cue = next((w for w in ws if w in CONFIRMING and w not in claim), None)
    return ("supports", cue) if cue else None


def hedges(ws: list[str], claim: list[str], stance: str | None, question: bool = False):
    """"reportedly", "claims", "rumour", "unconfirmed", "said to", a question: reported without a side."""
    if question:
        return "reports", "?"
    cue = next((w for w in ws if w in HEDGING and w not in claim), None) or _phrase(ws, HEDGING_PHRASES)
    return ("reports", cue) if cue else None


def by_stance(ws: list[str], claim: list[str], stance: str | None):
    """The stance of the statement the sentence holds: a denial contradicts, a claim or allegation reports."""
    if stance == "denies":
        return "contradicts", "denies"
    if stance in {"claims", "alleges"}:
        return "reports", stance
    return None


def verdict(sentence: str, claim: str, stance: str | None = None) -> tuple[str, str | None]:
    """(supports | contradicts | reports, the cue that decided) for a sentence that bears on the claim."""
    ws, cw = words(sentence), words(claim)
    question = bool(_QUESTION.search(sentence))  # "Will X resign? Aides fear so": a question anywhere
    for rule in (position, refutes, unverified, confirms):
        found = rule(ws, cw, stance)
        if found:
            return found
    return hedges(ws, cw, stance, question) or by_stance(ws, cw, stance) or ("supports", None)


# --- over the store -----------------------------------------------------------------------------------------


def candidates(conn: sqlite3.Connection, claim: str, limit: int = CANDIDATES) -> list[int]:
    """Store rows (documents.n) the full-text index finds for any content word of the claim, best first."""
    terms = sorted({w for w in words(claim) if w not in STOP_WORDS and w not in NEGATING and len(w) > 1})[:32]
    if not terms:
        return []
    query = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
    return [r[0] for r in conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
                                       "ORDER BY bm25(documents_fts) LIMIT ?", (query, limit))]


def spans(text: str):
    """The short lines of a text whole (a headline "Shark in the river? Anglers claim sighting" is one report,
    not two sentences), then its sentences."""
    start = 0
    for line in text[:MAX_LINE * 50].split("\n"):
        if 0 < len(line.strip()) <= MAX_LINE:
            lead = len(line) - len(line.lstrip())
            yield start + lead, start + len(line.rstrip())
        start += len(line) + 1
    for i, span in enumerate(sentence_spans(text)):
        if i >= MAX_SENTENCES:
            break
        yield span


def best_sentence(text: str, wanted: dict[str, float]) -> tuple[float, int, int]:
    """(weighted share of the claim's topic found, start, end) of the sentence (or short line) of `text` sharing
    most of it; a short line wins a tie with its sentences."""
    best, total = (0.0, 0, 0), sum(wanted.values())
    for start, end in spans(text):
        share = sum(wanted.get(t, 0.0) for t in topic(text[start:end])) / total
        if share > best[0] + 1e-9:
            best = (share, start, end)
    return best


def headline(text: str, wanted: dict[str, float]) -> tuple[float, int, int]:
    """(weighted share of the claim's topic found, start, end) of the document's first line when it is short (a
    headline: terse, so it may hold less of the claim's words and still be about it)."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    end = len(text) if end < 0 else end
    if not 0 < end - lead <= MAX_LINE:
        return 0.0, 0, 0
    share = sum(wanted.get(t, 0.0) for t in topic(text[lead:end])) / sum(wanted.values())
    return share, lead, len(text[:end].rstrip())


def relevant(text: str, wanted: dict[str, float]) -> tuple[float, int, int] | None:
    """The span of a document that bears on the claim, with its share: the best sentence or short line holding
    `check.min_relevance` of the claim's topic, else a headline holding `check.min_relevance_headline`; each
    with two of the claim's words (one, for a claim of one)."""
    need = min(2, len(wanted))
    for (share, start, end), floor in ((best_sentence(text, wanted), MIN_RELEVANCE),
                                       (headline(text, wanted), MIN_RELEVANCE_HEADLINE)):
        if share >= floor and len(topic(text[start:end]) & set(wanted)) >= need:
            return share, start, end
    return None


def _statement_at(conn: sqlite3.Connection, doc_id: str, js: dict, start: int, end: int) -> tuple:
    """(statement id, speaker, speaker as written, stance) of the statement whose content or cue lies in the
    sentence, or Nones."""
    stances = {s.get("statement"): s.get("stance") for s in js.get("stances") or [] if isinstance(s, dict)}
    speakers = dict(conn.execute("SELECT s.id, coalesce(a.name, s.speaker_text) FROM statements s LEFT JOIN actors a "
                                 "ON a.id = s.speaker_actor_id WHERE s.document_id = ?", (doc_id,)))
    for st in js.get("statements") or []:
        spans = [tuple(s) for s in (st.get("content") or {}).get("spans") or []]
        cue = st.get("cue") or {}
        if any(s < end and e > start for s, e in spans) or start <= (cue.get("start") or -1) < end:
            sp = st.get("speaker") or {}
            return st.get("id"), speakers.get(st.get("id")) or sp.get("name") or sp.get("text"), sp.get("text"), \
                stances.get(st.get("id"))
    return None, None, None, None


def check(conn: sqlite3.Connection, claim: str, *, limit: int | None = None) -> dict:
    """Every document bearing on `claim`, with verdict, evidence, source and confidence, and the summary."""
    claim = (claim or "").strip()
    if not claim:
        raise UsageError("check: the claim is empty")
    if len(claim) > MAX_CLAIM:
        raise UsageError(f"check: the claim is {len(claim)} characters long (at most {MAX_CLAIM})")
    wanted = weights(claim)
    reports = []
    rows = candidates(conn, claim) if wanted else []
    docs = [conn.execute("SELECT id, url, path, title, publisher, published, text, json FROM documents WHERE n = ?",
                         (n,)).fetchone() for n in rows]
    canon = canonical_ids(conn, [d[0] for d in docs if d])
    for d in docs:
        if d is None:
            continue
        found = relevant(d[6] or "", wanted)
        if found is None:
            continue
        share, start, end = found
        sentence = d[6][start:end]
        sid, speaker, written, stance = _statement_at(conn, d[0], unpack_json(d[7]), start, end)
        found, cue = verdict(sentence, claim, stance)
        outlet = outlet_of(d[4], d[1], d[2], d[0])
        independent = ("speaker", source_key(speaker, written)) if speaker else ("outlet", canon.get(d[0], d[0]))
        reports.append({"document": {"id": d[0], "url": d[1], "path": d[2], "title": d[3], "publisher": d[4],
                                     "published": d[5]},
                        "verdict": found, "confidence": round(share * (0.9 if cue else 0.75), 3),
                        "evidence": {"text": sentence, "start": start, "end": end, "statement": sid},
                        "source": speaker or outlet, "cue": cue, "_independent": independent})
    reports.sort(key=lambda r: (-r["confidence"], r["document"]["published"] or "", r["document"]["id"]))
    summary = {v: sum(r["verdict"] == v for r in reports) for v in ("supports", "contradicts", "reports")}
    for v in ("supports", "contradicts"):
        summary[f"independent_{v}"] = len({r["_independent"] for r in reports if r["verdict"] == v})
    for r in reports:
        del r["_independent"]
    return {"claim": claim, "reports": reports[:limit] if limit else reports, "summary": summary}
