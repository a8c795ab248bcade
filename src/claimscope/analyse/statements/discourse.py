"""Who a speaker is from the discourse around a statement: the speaker named after the cue, the body whose
statement it is, the previous speaker a quotation or "he added" continues, "I" inside a quotation, and a
pronoun's most salient agreeing antecedent rather than the nearest name.

`SPEAKER_RULES` run in this order for each statement, in text order (so that a statement's rules see the speakers
already chosen before it); the first rule that answers gives the speaker:

1. `speaker_after_cue`: no speaker, the quotation first, and an actor named in or right after the cue, not as
   its object ('"...," admitted Kiely'; "told Reuters" names who was told);
2. `clause_opening_actor`: no speaker, and the cue's sentence opens with an actor's name (the parser lost the
   subject across an aside: "And Ruiz - two years older - admitted ...");
3. `document_of_actor`: a statement, e-mail or letter of a named actor ("an FA statement said", "Mr Hale's
   letter says") is that actor's; `document_by_actor` (discourse_bodies.py): so is one "by" or "from" a named
   actor ("a report by the Lakeford Institute");
4. `named_in_article`: a name the linker left unlinked that is an actor's name or unique surname ("Norvale said");
   `capitalised_short_form`: "the Church", "The President" is the one body whose name opens with the word, or the
   person who holds the title;
5. `continued_speaker`: a quotation that carries on the previous speaker's words (a paragraph of quotation with no
   cue, or "he added", "she continued"), or first person in it, is the previous statement's speaker when the
   pronoun agrees with that speaker;
6. `quoted_first_person`: "I" / "we" inside a quotation is the speaker of the statement that quotes it;
7. `interview_question`: "you" of an interview's question is the interviewee (whom the answers' "I" is);
8. `salient_pronoun`: "he" / "she" is, among the agreeing people of the last sentences, the latest who spoke, else
   the latest who was a clause's subject, else the latest named: "Tom Hale praised Bob Jones. He said ..." is Hale
   (so a block a colon introduces, 'He said:' and the quotation below it, which the verb rules read as one
   statement, takes the person too), never one the quotation itself names in the third person ('"Bob was
   superb," he said' is not Bob), and a person newly named as the subject of the sentence before outranks one
   who spoke earlier (`introduced_subject`, discourse_people.py); `aged_person` (discourse_people.py): "the
   34-year-old" is the person who spoke last or was last a subject; `body_pronoun` (discourse_bodies.py): "it" is the body (or the text) that
   spoke last within the window, not the nearest place named;
9. `agreeing_coreferent`: the coreference stage's actor for the speaker's words, unless it disagrees in gender,
   number or kind ("she" is no man, "it" no person) or, for a description, in role;
10. `described_person`: "the former editor" right after the only person the sentence before named is that
   person (the same tie lets a pronoun after the description take them in `salient_pronoun`); an anonymous noun
   ("the spokesman") stays unnamed;
11. `disagreeing_pronoun`: a pronoun left with an actor it cannot stand for ("he" for the only person, a woman)
   names no actor.

Then `full_name` gives a person the fullest name the article gives them ("Jared" or "Padalecki" -> "Jared
Padalecki", "Ana Ruiz" -> "Ana Maria Ruiz"), unless two different people could be meant, and an acronym the one
organisation whose initials it is ("LFA" -> "Lakeford Football Association").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ...lexicon.names import HONORIFICS, TITLES
from ...lexicon.pronouns import FIRST_PERSON, SECOND_PERSON, THIRD_PERSON
from ...lexicon.reporting import SPEECH_LEMMAS
from ...lexicon.roles import ROLE_HEADS
from ...lexicon.sources import ANONYMOUS_NOUNS, PEOPLE_NOUNS
from ..actors import actor_for_description
from ..coref.merge import PRONOUNS, record_for
from ..model import Actor, Party, Statement
from .discourse_bodies import body_pronoun, document_by_actor
from .discourse_people import aged_person, introduced_subject
from .discourse_context import LOOK_BACK, Discourse, position, subject_at, word
from .names import Rule

# Cue verbs that carry on what the same speaker was saying ("he added", "she went on").
CONTINUING = frozenset({"add", "continue", "conclude", "go", "insist", "stress", "explain", "elaborate"})
# Texts a named body issues ("an FA statement", "the minister's letter"): the body or person is the speaker.
ISSUED = frozenset({"statement", "e-mail", "email", "letter", "release", "website", "blog", "memo", "message",
                    "note", "report", "announcement", "communique", "tweet", "post"})
SPEAKING_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj", "prep", "obj"})


def speaker_after_cue(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'"...," admitted Kiely': no speaker was found, the quotation comes first, and the cue is followed (or ends)
    by an actor's name that is not its object ("told Reuters" names who was told)."""
    if st.speaker is not None or st.cue is None or st.content[-1][1] > st.cue[0]:
        return None
    doc = ctx.doc
    span = doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() in ("tell", "ask", "inform"):
        return None
    for t in list(span) + list(doc[span.end: min(len(doc), span.end + 4)]):
        if t.is_punct and t.i >= span.end or t.dep_ in OBJECT_DEPS:
            break
        if t.i in ctx.index and t.text[:1].isupper() and ctx.actors[ctx.index[t.i]].type in SPEAKING_TYPES:
            actor = ctx.actors[ctx.index[t.i]]
            return Party(t.idx, t.idx + len(t), t.text, actor.name, actor.type, actor.id)
    return None


def clause_opening_actor(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'And Ana Ruiz - two years older than the winner - admitted she was surprised': no speaker was found (the
    parser lost the subject across the aside), and the cue's sentence opens with an actor's name."""
    if st.speaker is not None or st.cue is None:
        return None
    doc = ctx.doc
    sent = doc[doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand").start].sent \
        if doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand") else None
    if sent is None:
        return None
    toks = [t for t in sent if not t.is_space and t.idx < st.cue[0]]
    while toks and (toks[0].dep_ in ("cc", "advmod", "punct") or toks[0].lower_ in ("and", "but", "yet")):
        toks = toks[1:]
    if not toks or toks[0].i not in ctx.index or any(s <= toks[0].idx < e for s, e in st.content):
        return None
    actor = ctx.actors[ctx.index[toks[0].i]]
    if actor.type not in SPEAKING_TYPES:
        return None
    ids = [t.i for t in toks if ctx.index.get(t.i) == actor.id]
    end = doc[ids[-1]]
    return Party(toks[0].idx, end.idx + len(end), ctx.text[toks[0].idx:end.idx + len(end)], actor.name, actor.type,
                 actor.id)


def document_of_actor(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'an FA statement said', "Mr Hale's e-mail suggested": a text a named actor issued speaks for that actor."""
    p = st.speaker
    if p is None or p.actor_id is not None:
        return None
    end = p.end
    while end < len(ctx.text) and not ctx.text[end].isspace() and ctx.text[end] not in ",.;:!?\"“”":
        end += 1  # "Mr Hale's e" of a tokenised "e-mail": the whole word
    words = ctx.text[p.start:end].replace("’", "'").split()
    if not words or words[-1].lower() not in ISSUED:
        return None
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    found = [ctx.index[t.i] for t in span if t.i in ctx.index] if span is not None else []
    if not found:
        return None
    return ctx.party(p, ctx.actors[found[-1]])


def named_in_article(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'Norvale said' where the linker left this 'Norvale' alone: an actor's name, or one person's surname."""
    p = st.speaker
    if p is None or p.actor_id is not None or not p.text[:1].isupper() or word(p) in PRONOUNS:
        return None
    words = [w for w in p.text.split() if w.lower().rstrip(".") not in HONORIFICS and w.lower() not in TITLES]
    if not words or words[0].lower() == "the" and len(words) == 1:
        return None
    name = " ".join(w for w in words if w.lower() != "the")
    hits = ctx.by_name.get(name, [])
    if not hits and len(words) == 1:
        hits = [a for a in ctx.by_name.get("\t" + name, []) if a.name.split()[-1] == name]
    return ctx.party(p, hits[0]) if len(hits) == 1 else None


def capitalised_short_form(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'the Church', 'The President' after 'the Church of Norvale', 'President Ana Ruiz': a capitalised noun after
    "the" that names no actor of its own (or only a one-word one) is the person who holds that title, else the
    one organisation whose name opens with the word."""
    p = st.speaker
    words = p.text.split() if p is not None else []
    if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper() or not words[1][1:].islower():
        return None
    own = ctx.actors.get(p.actor_id) if p.actor_id is not None else None
    if own is not None and own.name != words[1]:
        return None
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    found = actor_for_description(ctx.doc, span.root, p.start)
    if found is None or found.type != "PERSON":
        opens = [a for a in ctx.by_name.get("\b" + words[1], []) if a.id != p.actor_id]
        found = opens[0] if len(opens) == 1 else None
    return ctx.party(p, found) if found is not None else None


def continued_speaker(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'"...," she said. "More."' or '..., he added': the same speaker goes on, when the pronoun agrees."""
    p = st.speaker
    if p is None or (p.actor_id is not None and word(p) not in PRONOUNS):
        return None
    prev = ctx.previous(k)
    if prev is None:
        return None
    actor = ctx.actors[prev.speaker.actor_id]
    lemma = _cue_lemma(ctx, st)
    gap = ctx.text[prev.content[-1][1]:position(st)]
    carries = st.rule == Rule.QUOTE_CONTINUED or lemma in CONTINUING and gap.count("\n") <= 2 \
        and ctx.sentence(position(st)) - ctx.sentence(prev.content[-1][1] - 1) <= 2
    if not carries or not ctx.agrees(word(p), actor):
        return None
    return ctx.party(p, actor)


def quoted_first_person(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'"We knew," he said, "that I would ..."': first person inside a quotation is the quoting statement's
    speaker; in a quotation no statement holds, opening its paragraph, the previous speaker's."""
    p = st.speaker
    if p is None or word(p) not in FIRST_PERSON:
        return None
    lo = bisect.bisect_left(ctx.spans, (p.start - ctx.reach, -1, -1))
    for s, e, j in ctx.spans[lo:bisect.bisect_right(ctx.spans, (p.start, len(ctx.text), len(ctx.statements)))]:
        sp = ctx.statements[j].speaker
        if j == k or sp is None or sp.actor_id not in ctx.actors or word(sp) in FIRST_PERSON or not s <= p.start < e:
            continue
        if _speaks_for(ctx, p, ctx.actors[sp.actor_id]):
            return ctx.party(p, ctx.actors[sp.actor_id])
    para = ctx.paragraph_start(p.start)
    if ctx.text[para:p.start].lstrip()[:1] in ('"', "“"):
        prev = ctx.previous(k)
        if prev is not None and _speaks_for(ctx, p, ctx.actors[prev.speaker.actor_id]):
            return ctx.party(p, ctx.actors[prev.speaker.actor_id])
    return None


def _speaks_for(ctx: Discourse, p: Party, actor: Actor) -> bool:
    """"I" of a quotation is a person's; "we" anyone's who speaks for a body (the quotation's speaker says it)."""
    return FIRST_PERSON.get(word(p)) == "pl" or ctx.agrees(word(p), actor)


def interview_question(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'Why do you think it failed?' in an interview: "you" of a question (a paragraph ending in "?", outside
    quotation marks) is the interviewee, the person the coreference stage gives the answers' "I"."""
    p = st.speaker
    if p is None or word(p) not in SECOND_PERSON or ctx.interviewee is None:
        return None
    end = ctx.text.find("\n", p.end)
    para = ctx.text[ctx.paragraph_start(p.start): len(ctx.text) if end < 0 else end].rstrip()
    if not para.endswith("?") or any(ch in para for ch in '"“”'):
        return None
    return ctx.party(p, ctx.actors[ctx.interviewee])


def salient_pronoun(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'Tom Hale praised Bob Jones on Monday. He said ...': "he" is, among the agreeing people of the last
    sentences, the latest who spoke (a quotation, a verb of saying), else the latest who was a clause's subject
    or a statement's speaker, else the latest named; when the latest who spoke is a person only described ("The
    home secretary admitted ... He apologised"), the pronoun is theirs and names no actor."""
    p = st.speaker
    w = word(p)
    if p is None or THIRD_PERSON.get(w, ("", ""))[0] not in ("m", "f"):
        return None
    low = ctx.sent_starts[max(0, ctx.sentence(p.start) - ctx.window)]
    spoke = []
    for j in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        o = ctx.statements[j]
        if o.speaker is None or not low <= o.speaker.start < p.start:
            continue
        tier = 2 if _speech(ctx, o) else int(subject_at(ctx, o.speaker))
        if o.speaker.actor_id in ctx.actors:
            spoke.append((o.speaker.start, o.speaker.actor_id, tier))
        elif _person_description(o.speaker):
            described = described_actor(ctx, o.speaker) if _person_description(o.speaker, definite=True) else None
            # "The home secretary admitted ...": someone unnamed, unless the sentence before named them
            spoke.append((o.speaker.start, described.id if described is not None else "", tier))
    lo = bisect.bisect_left(ctx.mentions, (low, "", False))
    hi = bisect.bisect_left(ctx.mentions, (p.start, "", False))
    named = [(at, a, int(subj)) for at, a, subj in ctx.mentions[lo:hi]]
    about = ctx.talked_about(st) if st.kind == "direct" else set()
    agreeing = [c for c in spoke + named if not c[1] or ctx.agrees(w, ctx.actors[c[1]]) and c[1] not in about]
    if not agreeing:
        return None
    best = introduced_subject(ctx, p, agreeing) or max(agreeing, key=lambda c: (c[2], c[0]))
    if not best[1]:
        return Party(p.start, p.end, p.text, p.text, None, None)  # the unnamed person's: no named actor's
    return ctx.party(p, ctx.actors[best[1]])


def _person_description(p: Party, definite: bool = False) -> bool:
    """'the home secretary', 'a spokesman': a speaker described by a role or a noun of people, named by nobody
    (with `definite`, only after "the", and an occupation too: "the former editor")."""
    words = p.text.lower().split()
    if definite:
        return 1 < len(words) <= 5 and words[0] == "the" and (words[-1] in ROLE_HEADS or words[-1] in PEOPLE_NOUNS
                                                              or words[-1] in TITLES) and p.text.split()[-1].islower()
    return 1 < len(words) <= 4 and words[0] in ("the", "a", "an") and (words[-1] in ROLE_HEADS
                                                                        or words[-1] in PEOPLE_NOUNS)


def agreeing_coreferent(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """The coreference stage's actor for the speaker's words, when it agrees with the pronoun, and for a
    description when the person holds that role ("the secretary" is no one the article calls only a minister)."""
    p = st.speaker
    if p is None or (p.actor_id is not None and word(p) not in PRONOUNS):
        return None
    span = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    head = span.root.idx if span is not None and len(span) else p.start
    r = record_for(p.start, p.end, head, ctx.records)
    actor = ctx.actors.get(r.actor_id) if r is not None and r.actor_id is not None else None
    if actor is None or word(p) in PRONOUNS and not ctx.agrees(word(p), actor):
        return None
    if word(p) not in PRONOUNS and span is not None and len(span) and _other_role(actor, span.root.lemma_.lower()):
        return None
    return ctx.party(p, actor)


def _other_role(actor: Actor, head: str) -> bool:
    """'the home secretary' for a person the article calls prime minister: a role noun none of their roles has."""
    return actor.type == "PERSON" and head in ROLE_HEADS and bool(actor.roles) \
        and not any(head in r.lower().split() for r in actor.roles)


def described_person(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'Kelvin Marsh took the chair. The former editor said ...': a definite description of a person, subject
    of its clause, right after the only person the sentence before (or its own) named, is that person, unless
    their roles name another office; an anonymous noun ("the spokesman", "the official") stays nobody's."""
    p = st.speaker
    if p is None or p.actor_id is not None or not _person_description(p, definite=True) or not subject_at(ctx, p):
        return None
    actor = described_actor(ctx, p)
    return ctx.party(p, actor) if actor is not None else None


def described_actor(ctx: Discourse, p: Party) -> Actor | None:
    """The one person named since the start of the sentence before the description, when its head fits them."""
    low = ctx.sent_starts[max(0, ctx.sentence(p.start) - 1)]
    lo = bisect.bisect_left(ctx.mentions, (low, "", False))
    hi = bisect.bisect_left(ctx.mentions, (p.start, "", False))
    people = {a for _, a, _ in ctx.mentions[lo:hi] if ctx.actors[a].type == "PERSON"}
    if len(people) != 1:
        return None
    actor = ctx.actors[people.pop()]
    head = word(p).split()[-1]
    return None if head in ANONYMOUS_NOUNS or _other_role(actor, head) else actor


def disagreeing_pronoun(ctx: Discourse, k: int, st: Statement) -> Party | None:
    """'Linda Moreno opened it. "...," he said': a pronoun whose actor it cannot stand for names no actor."""
    p = st.speaker
    if p is None or p.actor_id not in ctx.actors or word(p) not in THIRD_PERSON \
            or ctx.agrees(word(p), ctx.actors[p.actor_id]):
        return None
    return Party(p.start, p.end, p.text, p.text, None, None)


def _speech(ctx: Discourse, st: Statement) -> bool:
    """Whether a statement is speech (a quotation, or a cue verb of saying), not 'was signed by X'."""
    return st.kind != "indirect" or _cue_lemma(ctx, st) in SPEECH_LEMMAS


def _cue_lemma(ctx: Discourse, st: Statement) -> str:
    if st.cue is None:
        return ""
    span = ctx.doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None and len(span) else ""


SPEAKER_RULES = (speaker_after_cue, clause_opening_actor, document_of_actor, document_by_actor, named_in_article,
                 capitalised_short_form, continued_speaker, quoted_first_person, interview_question, salient_pronoun,
                 body_pronoun, aged_person, agreeing_coreferent, described_person, disagreeing_pronoun)


def full_name(ctx: Discourse, p: Party | None) -> Party | None:
    """A person named by fewer words takes the fullest name of the article's people who share its first and last
    words ("Jared", "Padalecki" -> "Jared Padalecki"; "Ana Ruiz" -> "Ana Maria Ruiz"), when those are one name; an
    organisation named by an acronym, the one organisation of the article whose initials it is ("LFA" -> "Lakeford
    Football Association")."""
    if p is None or p.actor_id not in ctx.actors:
        return None
    actor = ctx.actors[p.actor_id]
    words = actor.name.split()
    if actor.type == "ORG" and len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isupper():
        spelt = [a for a in ctx.by_name.get("\a" + words[0], []) if a.id != actor.id]
        return ctx.party(p, spelt[0]) if len(spelt) == 1 else None  # "the SFA": the body whose initials it is
    if actor.type != "PERSON" or not words:
        return None
    hits = [a for a in ctx.by_name.get("\t" + words[-1], []) + ctx.by_name.get("\t" + words[0], [])
            if a.id != actor.id and len(a.name.split()) > len(words) and _within(words, a.name.split())]
    if not hits:
        return None
    longest = max(hits, key=lambda a: len(a.name))
    same = all(_within(a.name.split(), longest.name.split()) for a in hits)
    return ctx.party(p, longest) if same else None


def _within(short: list[str], full: list[str]) -> bool:
    """Whether a name's words stand for a fuller one: a lone first name or surname of it, or its first and last."""
    if len(short) == 1:
        return short[0] in (full[0], full[-1])
    return short[0] == full[0] and short[-1] == full[-1]


def discourse_speakers(doc: Doc, statements: list[Statement], window: int = 3) -> None:
    """Each statement's speaker from `SPEAKER_RULES` (the first that answers), then its `full_name`; a pronoun
    looks back `window` sentences."""
    ctx = Discourse.of(doc, statements, window)
    for k, st in enumerate(ctx.statements):
        for rule in SPEAKER_RULES:
            found = rule(ctx, k, st)
            if found is not None:
                st.speaker = found
                break
        st.speaker = full_name(ctx, st.speaker) or st.speaker
