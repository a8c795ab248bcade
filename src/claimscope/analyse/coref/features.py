"""Features of a (mention, candidate actor) pair for the mention-ranking model: distance, agreement, syntax,
salience, the last speaker, quotation, description match, the candidate's type, and for "it" and "they" the
things (nouns no actor holds) that compete with the actors."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ...lexicon.descriptions import ORG_NOUNS, PERSON_NOUNS, PLACE_NOUNS
from ...lexicon.gender import GENDERED_NOUNS
from ...lexicon.pronouns import RELATIVE, THIRD_PERSON
from ...lexicon.reporting import SPEECH_LEMMAS
from .context import Anchor, DocContext
from .mentions import Candidate

_SUBJECT = {"nsubj", "nsubjpass"}


@dataclass(frozen=True)
class Option:
    """A candidate antecedent: the actor, its latest anchor before the mention, and its anchors in the window."""

    actor_id: str
    anchor: Anchor
    count: int
    subject: int | None  # token of its latest anchor that is a subject, if any
    far: bool = False  # mentioned before the window only: one of the document's most named actors


_BIN_NAMES = tuple(str(k) for k in range(10))


def _bin(value: int, bins: tuple[int, ...]) -> str:
    """The first of the ascending `bins` the value does not exceed, as a feature value ("2" for 4 in (1, 2, 4))."""
    return _BIN_NAMES[bisect_left(bins, value)]


def agreement(cand: Candidate, actor_type: str, gender: str) -> str:
    """'yes', 'no' or 'unk': whether the mention's gender and number fit the actor ("she" and a man: 'no')."""
    if cand.form == "description":
        word = cand.word
        if word in PERSON_NOUNS:
            if actor_type != "PERSON":
                return "no"
            want = GENDERED_NOUNS.get(word, "")
            return "no" if want and gender and want != gender else "yes"
        if word in ORG_NOUNS:
            return "yes" if actor_type == "ORG" else "unk" if actor_type == "NORP" else "no"
        if word in PLACE_NOUNS or word == "there":
            return "yes" if actor_type in ("GPE", "LOC") else "no"
        return "unk"  # a role or name word of this text ("the curator"): the role and name features decide
    if cand.word in RELATIVE:
        return "yes" if actor_type in ("PERSON", "ORG", "NORP") else "unk"
    g, number = THIRD_PERSON[cand.word]
    if actor_type == "PERSON":
        if g == "n":
            return "no"
        if g == "x":
            return "unk"
        return "unk" if not gender else "yes" if gender == g else "no"
    if actor_type == "NORP":
        return "yes" if number == "pl" else "no"
    if g in ("m", "f"):
        return "no"
    return "yes" if g == "n" else "unk"


def options(ctx: DocContext, cand: Candidate, window: int, limit: int, salient: int = 0) -> list[Option]:
    """The actors mentioned in the window before the mention, latest first, at most `limit`; then up to
    `salient` of the document's most named actors mentioned only earlier (a biography's subject, named in the
    first paragraph and "she" ten sentences on). A description's possessor is never offered ("his father" is
    not he)."""
    latest: dict[str, Anchor] = {}
    count: dict[str, int] = {}
    subject: dict[str, int] = {}
    owner = ctx.token_actor.get(cand.poss) if cand.poss >= 0 else None  # "her" of "her lawyer" is not the lawyer
    for a in ctx.anchors_before(cand.start, window):
        if a.actor_id == owner:
            continue
        if a.actor_id not in latest:
            latest[a.actor_id] = a
        count[a.actor_id] = count.get(a.actor_id, 0) + 1
        if a.dep in _SUBJECT and a.actor_id not in subject:
            subject[a.actor_id] = a.tok
    out = [Option(aid, latest[aid], count[aid], subject.get(aid)) for aid in list(latest)[:limit]]
    extra = 0
    for aid in ctx.salient:
        if extra >= salient:
            break
        if aid in latest or aid == owner:
            continue
        anchor = ctx.latest_before(aid, cand.start)
        if anchor is not None:
            out.append(Option(aid, anchor, 0, None, True))
            extra += 1
    return out


def _speaks(head) -> bool:
    """Whether the mention is the subject of a speech verb ("it said", "she told"): then it stands for a speaker."""
    return head.dep_ in _SUBJECT and head.head.lemma_.lower() in SPEECH_LEMMAS


def null_features(ctx: DocContext, cand: Candidate, opts: list[Option], gender: dict[str, str]) -> list[str]:
    """Features of leaving the mention unresolved ("it" of a thing, "they" of people the text never named)."""
    head = ctx.doc[cand.i]
    w = cand.word if cand.form != "description" else "D"
    fitting = _fitting(ctx, cand, opts, gender)
    fits = len(fitting)
    nxt = head.nbor(1).lower_ if head.i + 1 < len(head.doc) else ""
    out = ["null", "null|w=" + w, "null|fits=" + _bin(fits, (0, 1, 2)), "null|w|fits=" + w + "|" + _bin(fits, (0, 1, 2)),
           "null|dep=" + head.dep_, "null|w|dep=" + w + "|" + head.dep_, "null|q=" + str(cand.i in ctx.quote_of),
           "null|speaks|w=" + str(_speaks(head)) + "|" + w]
    cls = _pronoun_class(cand)
    if cls in ("n", "pl"):
        number = "pl" if cls == "pl" else "sg"
        sent_start = ctx.doc[head.sent.start - 1].sent.start if head.sent.start > 0 else 0
        near = ctx.things_between(number, sent_start, cand.start)
        first = fitting[0] if fitting else None
        out.append("null|things=" + _bin(near, (0, 1, 3)) + "|" + w)
        out.append("null|fit-subj=" + str(first is not None and first.subject is not None
                                          and ctx.sent_of[cand.start] - ctx.sent_of[first.subject] <= 1) + "|" + w)
    if w == "it":
        out.append("null|it-next=" + (nxt if nxt in ("is", "was", "'s", "will", "would", "has", "to") else "o"))
    if cand.form == "description":
        out.append("null|d=" + cand.word)
        out.append("null|dpos=" + ("poss" if cand.poss >= 0 else "lex" if _in_lexicon(cand.word) else "own"))
    return out


def _fitting(ctx: DocContext, cand: Candidate, opts: list[Option], gender: dict[str, str]) -> list[Option]:
    """The options whose type, gender and number may fit the mention, in order."""
    return [o for o in opts if agreement(cand, ctx.actors[o.actor_id].type or "X", gender.get(o.actor_id, "")) != "no"]


def _in_lexicon(word: str) -> bool:
    return word in PERSON_NOUNS or word in ORG_NOUNS or word in PLACE_NOUNS or word == "there"


def _pronoun_class(cand: Candidate) -> str:
    """'m', 'f', 'n' or 'pl' for a third-person pronoun, '' otherwise."""
    if cand.form != "pronoun" or cand.word not in THIRD_PERSON:
        return ""
    g, number = THIRD_PERSON[cand.word]
    return "pl" if number == "pl" else g if g in ("m", "f", "n") else ""


def _cluster_features(ctx: DocContext, cand: Candidate, opt: Option, w: str, typ: str) -> list[str]:
    """What the actor's cluster says: pronouns already tied to it (same class or another), a first name for an
    actor the linker did not type as a person, and an actor beyond the window."""
    out = []
    cls = _pronoun_class(cand)
    chain = ctx.chain.get(opt.actor_id, {})
    if cls:
        same = chain.get(cls, 0)
        other = sum(chain.values()) - same
        out += ["chain-same=" + _bin(same, (0, 2, 5)) + "|" + cls, "chain-other=" + _bin(other, (0, 2)) + "|" + cls]
        if cls in ("n", "pl"):
            between = ctx.things_between("pl" if cls == "pl" else "sg", opt.anchor.tok + 1, cand.start)
            out.append("things-between=" + _bin(between, (0, 1, 3)) + "|" + cls + "|" + typ)
        ng = ctx.name_gender.get(opt.actor_id, "")
        if ng and typ != "PERSON":
            out.append("name-gender|t=" + ("fit" if ng == cls else "no") + "|" + typ)
    if opt.far:
        out += ["far", "far|w=" + w, "far|grank=" + _bin(ctx.salient_rank.get(opt.actor_id, 9), (0, 1)) + "|" + w]
    return out


def role_match(actor, word: str) -> bool:
    """Whether one of the roles the text gives the actor has the word ("airline spokesman" for "spokesman")."""
    return any(re.search(rf"\b{re.escape(word)}\b", r.lower()) for r in actor.roles)


@dataclass(frozen=True)
class Shared:
    """What every option of one mention is compared against, computed once per mention."""

    fits: list[Option]  # the options that agree with the mention (or may), in order
    by_count: list[Option]  # the options by anchors in the window, most first
    by_doc: list[Option]  # the options by times named so far in the document, most first
    last_subject: str | None  # the actor whose latest subject anchor is latest


def shared_of(ctx: DocContext, cand: Candidate, opts: list[Option], gender: dict[str, str]) -> Shared:
    """The per-mention part of the pair features (so scoring k options costs k, not k squared)."""
    fits = _fitting(ctx, cand, opts, gender)
    subjects = [o for o in opts if o.subject is not None]
    last = max(subjects, key=lambda o: o.subject).actor_id if subjects else None
    return Shared(fits, sorted(opts, key=lambda o: -o.count),
                  sorted(opts, key=lambda o: -ctx.times_named(o.actor_id, cand.start)), last)


def pair_features(ctx: DocContext, cand: Candidate, opts: list[Option], k: int, gender: dict[str, str],
                  last_speaker: str | None, shared: Shared | None = None) -> list[str]:
    """The sparse binary features of option k for the mention (strings the model weighs)."""
    doc = ctx.doc
    opt = opts[k]
    actor = ctx.actors[opt.actor_id]
    typ = actor.type or "X"
    g = gender.get(opt.actor_id, "")
    w = cand.word if cand.form != "description" else "D"
    agree = agreement(cand, typ, g)
    sh = shared if shared is not None else shared_of(ctx, cand, opts, gender)
    fits, by_count, by_doc = sh.fits, sh.by_count, sh.by_doc
    crank = fits.index(opt) if opt in fits else 9
    a = opt.anchor
    sd = ctx.sent_of[cand.start] - a.sent
    td = cand.start - a.tok
    head = doc[cand.i]
    adep = "subj" if a.dep in _SUBJECT else a.dep if a.dep in ("dobj", "pobj", "poss", "ROOT", "appos") else "o"
    pdep = "subj" if head.dep_ in _SUBJECT else head.dep_ if head.dep_ in ("dobj", "pobj", "poss") else "o"
    quote_m, quote_a = ctx.quote_of.get(cand.i), ctx.quote_of.get(a.tok)
    q = ("mq" if quote_m else "m-") + ("aq" if quote_a else "a-") + ("same" if quote_m and quote_m == quote_a else "")
    sd_b, td_b, rank, cr = _bin(sd, (0, 1, 2, 3)), _bin(td, (2, 5, 10, 20, 40)), _bin(k, (0, 1, 2)), _bin(crank, (0, 1, 2))
    coarg = sd == 0 and doc[a.tok].head.i == head.head.i and a.tok != cand.i
    later = any(ctx.token_actor.get(c.i) == opt.actor_id for c in head.head.children if c.i > cand.i)
    last_subj = sh.last_subject is not None and sh.last_subject == opt.actor_id
    out = ["bias", "f=" + cand.form, "w=" + w, "w|t=" + w + "|" + typ, "w|t|g=" + w + "|" + typ + "|" + g,
           "agree=" + agree, "w|agree=" + w + "|" + agree, "sd=" + sd_b, "w|sd=" + w + "|" + sd_b, "td=" + td_b,
           "rank=" + rank, "crank=" + cr, "w|crank=" + w + "|" + cr, "agree|crank=" + agree + "|" + cr,
           "adep=" + adep, "adep|sd=" + adep + "|" + sd_b, "pdep|adep=" + pdep + "|" + adep,
           "aform=" + a.form, "sal=" + _bin(opt.count, (1, 2, 4, 8)), "salrank=" + _bin(by_count.index(opt), (0, 1, 2)),
           "q=" + q, "w|q=" + w + "|" + q, "coarg=" + str(coarg), "t=" + typ,
           "later-coarg=" + str(later), "lastsubj=" + str(last_subj), "lastsubj|pdep=" + str(last_subj) + "|" + pdep,
           "lastsubj|w=" + str(last_subj) + "|" + w, "hassubj=" + str(opt.subject is not None),
           "grank=" + _bin(by_doc.index(opt), (0, 1, 2)), "grank|w=" + _bin(by_doc.index(opt), (0, 1, 2)) + "|" + w,
           "title=" + str(opt.actor_id in ctx.in_title), "speaks|w|t=" + str(_speaks(head)) + "|" + w + "|" + typ,
           "w|t|sd=" + w + "|" + typ + "|" + sd_b, "w|t|adep=" + w + "|" + typ + "|" + adep,
           "w|t|crank=" + w + "|" + typ + "|" + cr, "w|t|pdep=" + w + "|" + typ + "|" + pdep]
    out += _cluster_features(ctx, cand, opt, w, typ)
    if last_speaker == opt.actor_id:
        out += ["lastspk", "lastspk|w=" + w, "lastspk|q=" + q]
    if sd == 0 and a.dep in _SUBJECT and head.dep_ in _SUBJECT and a.tok < cand.i:
        out.append("subj-subj")
    if cand.form == "description":
        role = role_match(actor, cand.word)
        named = cand.word in ctx.name_words.get(opt.actor_id, ())
        out += ["d=" + cand.word + "|" + typ, "role=" + str(role), "dname=" + str(named) + "|" + typ,
                "role|lex=" + str(role) + "|" + str(_in_lexicon(cand.word))]
        if cand.poss >= 0:
            owner = ctx.token_actor.get(cand.poss)
            out.append("poss-self=" + ("unk" if owner is None else str(owner == opt.actor_id)))
        kind = ORG_NOUNS.get(cand.word, "")
        if kind:
            out.append("kind=" + ("fit" if actor.kind == kind else "none" if actor.kind is None else "other"))
        cls = "person" if cand.word in PERSON_NOUNS else "org" if cand.word in ORG_NOUNS else \
            "place" if cand.word in PLACE_NOUNS else "?"
        out.append("dclass|t|agree=" + cls + "|" + typ + "|" + agree)
    return out
