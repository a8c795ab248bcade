"""Find attributed statements: who said, wrote, reported, believes or intends what, from the parse and the quotes.

Rules, each general over English news syntax, propose candidates:
- a cue verb with a clausal complement, a quotation or a reported object ("X said that ...", "..., X said",
  "accused X of Y", "called for X", "said so");
- cue nouns and adjectives ("his claim that ...", "criticism of X", "is confident that ...", "her decision to
  ...", "One view is that ...", "it is clear that ...");
- clauses that tell about a noun ("a treaty she once backed", "the bill, opposed by X") and asides ("as the
  report noted, ...", "The minister, aides said, wanted ...");
- prepositional cues ("according to X", "as per X", "in the words of X", "in a Gallup poll", "under her plan");
- headline forms ("OUTLET: claim"), transcript turns ("SMITH: ..."), signed quotations ("“...” ― Ana Ruiz");
- a quotation standing on its own right after a quoted statement continues that speaker.
When the learned filter ships (attribution_model.py, data/attribution_model.json), cue words are every word the
training data annotated as a cue often enough, each candidate is scored, those under the threshold are dropped
and the rest are kept most probable first (a candidate whose content is mostly taken already is dropped).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import actors, attribution_model, confidence, cue_extent, cues
from .extensions import register_extensions
from .model import Statement
from .speakers import SpeakerResolver

_CONTENT_DEPS = {"ccomp"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_REL_PRONOUNS = {"who", "that", "which", "whom"}
# the rules whose content is a clause or a quotation, trusted inside a quotation (see _quoted_curated)
_QUOTED_RULES = {"verb-comp", "verb-adjacent-quote", "verb-quote", "verb-inverted"}
# "is going to", "have to", "used to", "need to": tense and modality, not a stance of the subject
_SEMI_MODALS = {"go", "have", "use", "need", "get", "be", "ought"}
_SEEM = {"seem", "appear", "look", "sound"}
_RAISING = {"seem", "appear", "be", "happen", "turn", "look", "remain", "matter", "sound", "emerge", "follow"}
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "it": "OTHER", "they": "OTHER"}
_EDGE_PUNCT = set(".,;:!?-–—()[]…") | {"\n"}
_QUOTE_MARKS = set("\"“”‘’'«»„")
_QUOTE_TOKENS = _QUOTE_MARKS | {"''", "``"}  # as tokens, with the two-apostrophe style
_LINE = re.compile(r"[^\n]+")
# '“...” ― Ana Ruiz' or '“...”\n\n- Sanders.': a dash and a short name closing the line after a quotation
_SIGNATURE = re.compile(r"[ \t\n]{0,3}(?P<dash>[―—–]|-{1,2})[ \t]*(?P<name>[A-Z][^\n.,;:!?()]{0,60}?)[ \t]*[.,]?[ \t]*(?:\n|$)")
# an embedded post: 'text — Ana Ruiz (@anaruiz) May 3, 2016'
_POST_SIGNATURE = re.compile(r" (?P<dash>[―—–]|-{1,2}) (?P<name>[A-Z][^\n()@]{0,40}?)(?P<handle> \(@\w+\))")
_PREP_FIRST = {p[0] for p in cues.PREP_CUES}
_CUE_DEPS = {"aux", "auxpass", "neg", "prt"}
_CUE_ADVERBS = {"also", "again", "repeatedly", "later", "previously", "publicly", "privately", "reportedly"}
_CONTENT_PREPS = {"for", "about", "on", "to", "against", "of", "with"}
# "critical of", "angry at", "skeptical about", "furious with": what an attitude adjective is about
_ADJECTIVE_PREPS = {"about", "of", "that", "on", "at", "with", "toward", "towards", "over"}
_ASIDE_DEPS = {"relcl", "appos", "acl"}
_PRO_FORMS = {"so", "yes", "no", "that", "this", "same"}
_WHEN_ENTS = {"DATE", "TIME"}  # a preposition's object that tells when, not what was said
_DASHES = {"—", "–", "-", "--", "―"}
_ASIDE_MARKS = {","} | _DASHES
_ADVERBIAL_DEPS = {"advcl", "prep", "npadvmod"}
_NOUN_CONTENT_PREPS = {"about", "on", "for", "against", "over", "of", "to", "with"}
# with a model to weigh them, more prepositions may introduce what a verb is about ("railed at", "swung behind")
_OPEN_CONTENT_PREPS = {"at", "over", "behind", "toward", "towards", "from", "into", "as"}
# people an addressee verb speaks to, beyond titles, roles and institutions ("told reporters", "urged voters")
_GROUP_NOUNS = {"reporter", "journalist", "voter", "supporter", "people", "audience", "crowd", "public", "citizen",
                "resident", "member", "colleague", "donor", "delegate", "official", "lawmaker", "american", "everyone",
                "anyone", "someone", "somebody", "nation", "country", "staff", "aide", "ally", "critic", "follower"}
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")  # "urged farmers", "asked investors", "told residents"
_ADDRESSEE_NOUNS = _GROUP_NOUNS | actors.TITLES | actors.ROLE_HEADS | actors.ORG_KIND_WORDS["government"]
# what a survey, a study or a plan has it ("In a Gallup poll, ...", "Under her plan, ...", "By his own account, ...")
_DOCUMENT_NOUNS = {"poll", "survey", "study", "report", "analysis", "audit", "census", "estimate", "forecast",
                   "projection", "review", "investigation", "assessment", "tally", "count", "model", "plan",
                   "proposal", "account", "admission"}
_TRIMMED_RULES = {"verb-comp", "verb-object", "verb-prep-object"}


def _is_verb(tok: Token) -> bool:
    return tok.tag_.startswith("VB") or tok.pos_ == "VERB"


def _only_marks(text: str) -> bool:
    """No words in between: an opening quote mark the parser left at the end of the previous sentence ("... ''")."""
    return not any(ch.isalnum() for ch in text)


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


class _Builder:
    """Extracts the statements of one document."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        self.quotes = [q for q in (doc._.quotes or []) if q.depth == 0]
        self.nested = [q for q in (doc._.quotes or []) if q.depth > 0]
        self.statements: list[Statement] = []
        self.claimed: dict[int, int] = {}  # content token id -> index of the statement that holds it
        self.resolver = SpeakerResolver(doc, self.text)
        # training: every candidate's (features, statement) is collected and kept as if the model accepted it
        self.collect: list | None = [] if attribution_model.TRAINING else None
        self.model = None if attribution_model.TRAINING else attribution_model.weights()
        self.open_rules = attribution_model.active()  # candidates beyond the curated lexicon, for the model to weigh
        # with a model, candidates wait here and are kept most probable first, so a likelier reading of the same
        # words wins over the one a rule happened to propose earlier
        self.pending: list | None = [] if self.model is not None else None
        self.quoted: list = []  # quoted statements the model cannot judge (see _add)
        self._quoted_ids: set[int] | None = None  # words inside quotation marks, found when first needed

    # ---- helpers -----------------------------------------------------------------------------------
    def _trim_tokens(self, ids: set[int], marks: bool = False) -> list[int]:
        """Sorted token ids without edge punctuation/space; quote marks are kept for content (they are widened
        later) and dropped with `marks` (a speaker the parser hung a closing quote mark on)."""
        out = sorted(ids)
        doc = self.doc
        edge = _EDGE_PUNCT | _QUOTE_TOKENS if marks else _EDGE_PUNCT
        while out and (doc[out[0]].is_space or doc[out[0]].text in edge):
            out.pop(0)
        while out and (doc[out[-1]].is_space or doc[out[-1]].text in edge):
            out.pop()
        return out

    def _char_spans(self, ids: list[int]) -> list[tuple[int, int]]:
        """Contiguous character ranges covering the tokens; gaps of punctuation/space only are bridged."""
        doc = self.doc
        spans: list[list[int]] = []
        prev = None
        for i in ids:
            tok = doc[i]
            if prev is not None and all(doc[j].is_punct or doc[j].is_space for j in range(prev + 1, i)):
                spans[-1][1] = tok.idx + len(tok)
            else:
                spans.append([tok.idx, tok.idx + len(tok)])
            prev = i
        return [(s, e) for s, e in spans if e > s]

    def _widen_to_quotes(self, spans: list[tuple[int, int]], cue_at: int | None = None) -> list[tuple[int, int]]:
        """Content that lies in a quotation takes the whole quotation, unless the cue itself is quoted."""
        out = list(spans)
        for q in self.quotes + self.nested:
            if cue_at is not None and q.start <= cue_at < q.end:
                continue
            if q.depth > 0 and not any(o.start <= cue_at < o.end for o in self.quotes if cue_at is not None):
                continue
            inner_s, inner_e = q.start, q.end
            if any(s < inner_e and e > inner_s for s, e in spans):
                covered = sum(min(e, inner_e) - max(s, inner_s) for s, e in spans if s < inner_e and e > inner_s)
                if covered >= 0.3 * (inner_e - inner_s) or covered >= 40:
                    out.extend(q.fragments)
        return _merge(out)

    def _kind(self, spans: list[tuple[int, int]]) -> str:
        total = sum(e - s for s, e in spans) or 1
        quoted = 0
        for s, e in spans:
            for q in self.quotes:
                for fs, fe in q.fragments:
                    quoted += max(0, min(e, fe) - max(s, fs))
        if quoted >= 0.9 * total:
            return "direct"
        return "mixed" if quoted > 0.15 * total else "indirect"

    def _span_of(self, tok: Token, exclude: set[int] = frozenset()) -> list[int]:
        ids = _subtree_ids(tok) - exclude
        return self._trim_tokens(ids)

    def _quote_in_sentence(self, sent: Span, avoid: set[int]) -> list[tuple[int, int]] | None:
        """A quotation in the sentence that does not contain the avoided tokens (the cue, the speaker)."""
        best = None
        for q in self.quotes:
            if q.end <= sent.start_char or q.start >= sent.end_char:
                continue
            if any(self.doc[i].idx >= q.start and self.doc[i].idx < q.end for i in avoid):
                continue
            if _quote_words(self.text, q) < 3:
                continue  # a scare quote, not what was said
            if best is None or (q.end - q.start) > (best.end - best.start):
                best = q
        return list(best.fragments) if best else None

    def _add(self, stmt: Statement, content_ids: set[int] | None = None, head: Token | None = None,
             speaker_tok: Token | None = None, extra: list[str] | None = None) -> None:
        if not stmt.content:
            return
        if content_ids is None:
            content_ids = self._tokens_in(stmt.content)
        if self.model is not None or self.collect is not None:
            feats = attribution_model.features(self.doc, stmt, head, content_ids, self._quoted_sentence(head),
                                               speaker_tok) + (extra or [])
            if self.collect is not None:
                self.collect.append((feats, stmt))  # labelled by its final content (continuations join it)
            else:
                w, threshold = self.model
                p = attribution_model.probability(feats, w)
                if p < threshold and self._quoted_curated(stmt, head) and self.pending is not None:
                    # PolNeAR annotates nothing inside a quotation, so the model never saw a right one there: a
                    # curated speech verb inside a quotation that is itself attributed keeps the rules' confidence
                    self.quoted.append((stmt, content_ids))
                    return
                if p < threshold and not (stmt.rule == "prep" and "phrase=per" not in feats):
                    return  # 'according to', 'as per', 'in the words of' always attribute, however unsure the span
                stmt.confidence = round(p, 3)
                stmt.features = ("model",)
                if self.pending is not None:
                    self.pending.append((p, len(self.pending), stmt, content_ids))
                    return
        self._commit(stmt, content_ids)

    def _quoted_curated(self, stmt: Statement, head: Token | None) -> bool:
        """A statement inside someone's quotation, cued by a curated speech verb with a clause or a quotation."""
        return (head is not None and stmt.speaker is not None and head.lemma_.lower() in cues.SPEECH
                and stmt.rule in _QUOTED_RULES and self._quote_containing(head) is not None)

    def _commit(self, stmt: Statement, content_ids: set[int]) -> None:
        cue_tok = self._cue_token(stmt)
        # statements whose content holds this one's cue are outer ones: nesting is allowed
        outer = {self.claimed[cue_tok]} if cue_tok is not None and cue_tok in self.claimed else set()
        # statements whose cue lies inside this content are nested in it: allowed as well
        inner = {k for k, st in enumerate(self.statements)
                 if st.cue is not None and any(s <= st.cue[0] < e for s, e in stmt.content)}
        taken = sum(1 for i in content_ids if i in self.claimed and self.claimed[i] not in outer | inner)
        if content_ids and taken > 0.5 * len(content_ids):
            return  # the same content was already attributed by a rule that saw more of the sentence
        n = len(self.statements)
        for i in content_ids:
            if i not in self.claimed or self.claimed[i] in outer:
                self.claimed[i] = n
        self.statements.append(stmt)

    def _drop_trailing_aside(self, ids: set[int], deps=None, heads=None) -> set[int]:
        """Content without a comma-set aside at its end that tells about a noun of it rather than what was said
        ("..., who was his chief of staff at the time", "..., a plan he has since modified")."""
        if not ids:
            return ids
        doc = self.doc
        last = max(ids)
        deps = _ASIDE_DEPS if deps is None else deps
        heads = {"NOUN", "PROPN"} if deps is _ASIDE_DEPS and heads is None else heads
        for i in sorted(ids):
            tok = doc[i]
            if tok.dep_ not in deps or tok.head.i not in ids or (heads is not None and tok.head.pos_ not in heads):
                continue
            left = tok.left_edge.i
            if left - 1 not in ids or doc[left - 1].text not in _ASIDE_MARKS or tok.right_edge.i < last - 1:
                continue
            if any(self._quote_containing(doc[j]) for j in (left - 1,)):
                continue
            return {j for j in ids if j < left - 1}
        return ids

    def _quoted_sentence(self, head: Token | None) -> bool:
        if head is None:
            return False
        sent = head.sent
        return any(q.start < sent.end_char and q.end > sent.start_char for q in self.quotes)

    def _cue_token(self, stmt: Statement) -> int | None:
        if stmt.cue is None:
            return None
        span = self.doc.char_span(stmt.cue[0], stmt.cue[1], alignment_mode="expand")
        return span.start if span is not None and len(span) else None

    def _quote_containing(self, tok: Token):
        """The innermost quotation that contains a token, if any."""
        best = None
        for q in self.quotes + self.nested:
            if any(fs <= tok.idx < fe for fs, fe in q.fragments):
                if best is None or q.depth > best.depth:
                    best = q
        return best

    def _adjacent_quotes(self, verb: Token, speaker_ids: set[int], sent: Span) -> list[tuple[int, int]] | None:
        """Quotations right before or after the cue ('“...,” X said', 'X said: “...”', split around the cue)."""
        inside = self._quote_containing(verb)
        pool = [q for q in (self.quotes if inside is None else self.nested)
                if (q.start < sent.end_char
                    and (q.start >= sent.start_char - 1 or _only_marks(self.text[q.start:sent.start_char]))
                    # a quotation the parser ended a sentence with ('“... Trump!” Sessions said')
                    or (self.open_rules and inside is None and 0 <= sent.start_char - q.end <= 2
                        and not any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children)
                        and self.text[q.end:sent.start_char] in {"", " "}))
                and q is not inside]
        if inside is not None:
            pool = [q for q in pool if inside.start <= q.start and q.end <= inside.end]
        if not pool:
            return None
        if self.open_rules:
            # a speaker shared with an earlier verb ('“A,” X said, adding: “B.”') does not glue that verb's quote
            own = _subtree_ids(verb)
            speaker_ids = {i for i in speaker_ids if i in own}
        glue = {verb.i} | speaker_ids | {c.i for c in verb.children if c.dep_ in {"prt", "dobj", "dative", "prep", "advmod", "aux", "auxpass", "neg"}
                                            and c.i not in speaker_ids and not any(fs <= c.idx < fe for q in pool for fs, fe in q.fragments)}
        for c in list(glue):
            glue |= {t.i for t in self.doc[c].subtree} if c != verb.i and self.doc[c].dep_ != "ccomp" else set()
        lo, hi = min(glue), max(glue)
        doc = self.doc
        chosen = []
        for q in pool:
            if q.end <= doc[lo].idx:
                gap = self.text[q.end:doc[lo].idx]
            elif q.start >= doc[hi].idx + len(doc[hi]):
                gap = self.text[doc[hi].idx + len(doc[hi]):q.start]
            else:
                continue
            if len(gap) <= 4 and not any(ch.isalnum() for ch in gap) and _quote_words(self.text, q) >= 3:
                chosen.append(q)
        if not chosen:
            return None
        return [f for q in chosen for f in q.fragments]

    def _quote_after_colon(self, sent: Span):
        """The quotation that follows a sentence ending in a colon, across a paragraph break."""
        toks = [t for t in sent if not t.is_space]
        if not toks or toks[-1].text != ":":
            return None
        end = toks[-1].idx + 1
        for q in self.quotes:
            if q.start >= end and not self.text[end:q.start].strip() and q.start - end <= 4:
                return q
        return None

    def _tokens_in(self, spans: list[tuple[int, int]]) -> set[int]:
        out: set[int] = set()
        for s, e in spans:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out

    # ---- rules -------------------------------------------------------------------------------------
    def run(self) -> list[Statement]:
        if self.open_rules:
            # whole-line forms first, so that what a headline or a transcript line says is theirs
            self._dash_attributions()
            self._lines()
        for sent in self.doc.sents:
            self._prep_cues(sent)
            verbs = [t for t in sent if _is_cue(t)]
            for tok in sorted(verbs, key=lambda t: (sum(1 for _ in t.ancestors), t.i)):
                self._verb_cue(tok, sent)
                if self.open_rules:
                    self._passive_cue(tok)
                    self._modifier_cue(tok)
            for tok in sent:
                if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and cues.is_candidate_adjective(tok.lower_):
                    self._adjective_cue(tok)
                elif tok.pos_ == "NOUN" and cues.is_candidate_noun(tok.lemma_.lower()):
                    self._noun_cue(tok)
                elif self.open_rules and tok.lemma_ == "be" and tok.pos_ == "AUX" and tok.dep_ != "aux":
                    self._copula_cue(tok)
                elif self.open_rules and tok.dep_ == "prep" and tok.lower_ in {"in", "under", "by"}:
                    self._document_cue(tok, sent)
        if not self.open_rules:
            self._lines()
        if self.pending is not None:
            for _, _, st, ids in sorted(self.pending, key=lambda x: (-x[0], x[1])):
                self._commit(st, ids)
            self.pending = None
            for st, ids in self.quoted:
                if (st.confidence or 0) >= 0.5 and any(s <= st.cue[0] < e for o in self.statements for s, e in o.content):
                    self._commit(st, ids)
        self._refine_cues()
        self._quote_continuations()
        self._mark_nested()
        self._calibrate()
        self.statements.sort(key=lambda s: s.content[0][0])
        return self.statements

    def _subject(self, verb: Token) -> Token | None:
        """The grammatical speaker of a cue verb, following conjunctions, participles and relative clauses."""
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) > 1:
            # inversion ("“...,” says the governor"): the subject right after the verb is the speaker
            after = [c for c in subjects if c.i > verb.i]
            subjects = after[:1] + [c for c in subjects if c not in after[:1]]
        for child in subjects + [c for c in verb.children if c.dep_ == "agent"]:
            if child.dep_ in _SUBJECT_DEPS and child.lower_ != "there" and not (
                    child.lower_ == "it" and (child.dep_ == "nsubjpass" or verb.lemma_.lower() in _RAISING)):
                if child.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                    return verb.head
                return child
            if child.dep_ == "agent":
                for sub in child.children:
                    if sub.dep_ == "pobj":
                        return sub
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS:
                return None  # expletive subject: "it was announced"
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            return self._subject(verb.head)
        if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ in {"VBG", "VB"} and verb.head.i != verb.i:
            return self._subject(verb.head)
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head
        return None

    def _stray_complement(self, verb: Token) -> list[Token]:
        """A 'that' clause the parser hung on a date or place after the verb ('told reporters on Friday that he
        thinks ...'): with 'that' as a conjunction rather than a relative pronoun it is the verb's complement."""
        for t in verb.subtree:
            if t.i <= verb.i or t.dep_ not in {"relcl", "acl"} or not any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
                continue
            up = t.head  # climb through the date or place phrase; it must lead back to the verb
            while up.i != verb.i and up.dep_ in {"pobj", "prep", "npadvmod", "compound", "det", "amod"}:
                up = up.head
            if up.i == verb.i and t.head.i != verb.i:
                return [t]
        return []

    def _surface_speaker(self, verb: Token) -> set[int] | None:
        """The name between a closing quotation and its speech verb when the parse lost it ('“...,” Ramos, 58,
        told AFP'): a short run of name-like words right after the quote mark, with no verb in it."""
        doc = self.doc
        ids: list[int] = []
        i = verb.i - 1
        while i >= 0 and len(ids) < 10:
            tok = doc[i]
            if tok.text in _QUOTE_TOKENS:
                break
            if tok.pos_ in {"VERB", "AUX"} or tok.is_space or "\n" in tok.text:
                return None
            ids.append(i)
            i -= 1
        if i < 0 or doc[i].text not in _QUOTE_TOKENS or self._quote_containing(doc[i]) is None:
            return None
        words = [doc[j] for j in sorted(ids) if not doc[j].is_punct]
        if not words or not (words[0].pos_ == "PROPN" or words[0].lower_ in _PRONOUNS):
            return None
        return set(self._trim_tokens(set(ids), marks=True))

    def _speaker_ids(self, subj: Token, verb: Token) -> set[int]:
        if subj.i > verb.i or subj.head.i == verb.i or subj.dep_ == "pobj":
            ids = {t.i for t in subj.subtree}
            # a quotation the parser hung under the speaker ('“That's fair,” Sarandon told MSNBC') is not the speaker
            for c in subj.children:
                if c.dep_ in {"ccomp", "parataxis", "advcl", "csubj"} and c.i < subj.i:
                    ids -= _subtree_ids(c)
            ids = set(self._trim_tokens(ids, marks=True))
            # drop relative clauses and what hangs under them (a comma-set one before the verb describes the
            # source and stays with it when candidates are open: "Smith, who chairs the panel, said ...")
            for t in subj.subtree:
                if t.dep_ == "relcl" or (t.dep_ == "acl" and t.i > subj.i):
                    if self.open_rules and t.i < verb.i and t.head.i == subj.i and self.doc[t.left_edge.i - 1].text == ",":
                        continue
                    ids -= _subtree_ids(t)
            if verb.i in ids:
                ids = {subj.i} | {t.i for t in subj.lefts}
            return ids
        # verb's head noun for relative clauses / participles: the noun phrase without the clause
        ids = {subj.i} | {i for t in subj.lefts for i in _subtree_ids(t)}
        return ids

    def _verb_cue(self, verb: Token, sent: Span) -> None:
        lemma = verb.lemma_.lower()
        cue_ids = {verb.i} | {c.i for c in verb.children if c.dep_ == "prt"}
        subj = self._subject(verb)
        speaker_ids = self._speaker_ids(subj, verb) if subj is not None else set()
        if self.open_rules and lemma in cues.SPEECH and (subj is None or (
                self._quote_containing(subj) is not None and self._quote_containing(verb) is None)):
            surface = self._surface_speaker(verb)
            if surface:
                speaker_ids = surface
                subj = next((self.doc[i] for i in sorted(surface) if self.doc[i].pos_ in {"PROPN", "PRON", "NOUN"}),
                            self.doc[min(surface)])
        addressee_tok = None
        content_ids: set[int] = set()
        rule = ""
        adjacent = self._adjacent_quotes(verb, speaker_ids, sent)
        comps = [c for c in verb.children if c.dep_ in _CONTENT_DEPS]
        if not comps and self.open_rules and lemma in cues.SPEECH:
            comps = self._stray_complement(verb)
        if lemma in cues.XCOMP_CUES or lemma in cues.ADDRESSEE_OBJECT:
            comps += [c for c in verb.children if c.dep_ == "xcomp"]
        if adjacent and comps:
            # a quotation inside the verb's own complement is part of it ("said the plan was “a drop in the ocean”")
            comp_ids = set().union(*(_subtree_ids(c) for c in comps))
            comp_chars = (min(self.doc[i].idx for i in comp_ids), max(self.doc[i].idx for i in comp_ids))
            if all(comp_chars[0] <= a <= comp_chars[1] + 2 for a, _ in adjacent):
                adjacent = None
        if adjacent:
            comps = []
        for c in comps:
            content_ids |= _subtree_ids(c)
            rule = "verb-comp"
        if not content_ids and not adjacent and self.open_rules:
            clause = self._marked_clause(verb)
            if clause is not None:
                # "asked if he was ever bullied", "called for the United States to step up its efforts"
                content_ids = _subtree_ids(clause[0])
                if clause[1].lower_ == "for":
                    content_ids.discard(clause[1].i)
                    cue_ids.add(clause[1].i)
                rule = "verb-advcl"
        for c in verb.children:
            if c.dep_ in {"dobj", "dative"} and lemma in cues.ADDRESSEE_OBJECT and c.pos_ in {"PROPN", "PRON", "NOUN"}:
                addressee_tok = c
            elif c.dep_ == "prep" and c.lower_ == "to" and lemma in cues.SPEECH:
                for p in c.children:
                    if p.dep_ == "pobj" and (p.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or p.pos_ == "PRON"):
                        addressee_tok = p
        if adjacent:
            content_ids = self._tokens_in(adjacent)
            rule = "verb-adjacent-quote"
        # the clause it is set in is not itself an attribution (a verb merely proposed to the model does not count)
        head_cue = _is_cue(verb.head) and (not self.open_rules or cues.is_cue_verb(verb.head.lemma_.lower()))
        # "..., his top aide, Tad Devine, told The Post": a speech verb the parser joined to the clause as a conjunct
        own_subject = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        inverted = verb.dep_ in {"parataxis", "ccomp", "advcl"} or (
            self.open_rules and verb.dep_ == "conj" and own_subject and verb.i > verb.head.i)
        # "as the report noted, ...": the clause the as-clause hangs on is what was noted
        as_clause = self.open_rules and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        # "The minister, aides said, wanted a vote": a comma-set aside is the outer attribution, whatever the clause
        aside = self.open_rules and verb.dep_ == "parataxis" and (
            verb.left_edge.text in _ASIDE_MARKS or self.doc[max(0, verb.left_edge.i - 1)].text in _ASIDE_MARKS)
        if not content_ids and _speech_like(lemma) and (inverted or as_clause) \
                and verb.head.i != verb.i and (not head_cue or aside) \
                and (verb.i > verb.head.i or verb.dep_ == "parataxis" or as_clause):
            # inverted: "..., X said." / "the pipeline, the company said, would be built"
            head = verb.head
            content_ids = _subtree_ids(head) - _subtree_ids(verb)
            rule = "verb-inverted"
        if not content_ids:
            # "called the proposal a “dead end”": object and its predicate together
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            pred = next((c for c in verb.children if c.dep_ in {"oprd", "xcomp"} and c.i > verb.i), None)
            if obj is not None and pred is not None and lemma not in cues.ADDRESSEE_OBJECT:
                content_ids = _subtree_ids(obj) | _subtree_ids(pred)
                rule = "verb-object-predicate"
        if not content_ids and not (self.open_rules and self._quote_containing(verb) is not None):
            q = self._quote_in_sentence(sent, cue_ids | speaker_ids)
            if q:
                content_ids = self._tokens_in(q)
                rule = "verb-quote"
        # a speech verb without a subject is proposed too ("by announcing the release"), when a model weighs it
        speaks = subj is not None or (self.open_rules and cues.is_cue_verb(lemma))
        # "promised a veto", "urged restraint": a verb that may address someone, but its object is no one
        thing_object = self.open_rules and lemma in cues.ADDRESSEE_OBJECT - cues.PERSON_OBJECT \
            and addressee_tok is not None and addressee_tok.dep_ == "dobj" and not self._addressable(addressee_tok)
        if thing_object:
            addressee_tok = None
        if not content_ids and speaks and (lemma in cues.OBJECT_CONTENT | cues.INTENTION or thing_object or (
                (self.open_rules or lemma not in cues.CUE_VERBS) and lemma not in cues.ADDRESSEE_OBJECT)):
            for c in verb.children:
                # a pronoun object too, with a model to weigh it ("supports her", "does not defend it")
                if c.dep_ == "dobj" and (lemma not in cues.ADDRESSEE_OBJECT or thing_object) and (
                        c.pos_ in {"NOUN", "PROPN"} or (self.open_rules and c.pos_ == "PRON")):
                    content_ids = _subtree_ids(c)
                    rule = "verb-object"
                    if self.open_rules:
                        # "accused Clinton of lying", "criticized him for not doing more", "portrayed himself as
                        # a champion": the reason or the predicate goes along
                        for p in verb.children:
                            if p.dep_ == "prep" and p.i > c.i and p.lower_ in {"of", "for", "as", "over"}:
                                content_ids |= _subtree_ids(p)
                                break
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if not content_ids and speaks and (self.open_rules or (
                lemma not in cues.ADDRESSEE_OBJECT and lemma not in cues.CUE_VERBS)):
            # "called for X", "talking about X": the object of the verb's preposition is what is said
            for c in verb.children:
                if c.dep_ == "prep" and c.i > verb.i and (c.lower_ in _CONTENT_PREPS or (
                        self.open_rules and c.lower_ in _OPEN_CONTENT_PREPS and not (
                            c.lower_ == "as" and passive))):  # "is seen as X": the passive reading has it
                    objs = [p for p in c.children if p.dep_ in {"pobj", "pcomp"}]
                    if objs and not (self.open_rules and objs[0].ent_type_ in _WHEN_ENTS):
                        content_ids = _subtree_ids(objs[0])
                        # "called on tech companies to become more aggressive": the wish goes with its addressee
                        content_ids |= {i for x in verb.children if x.dep_ == "xcomp" and x.i > objs[0].right_edge.i
                                        for i in _subtree_ids(x)}
                        cue_ids.add(c.i)
                        rule = "verb-prep-object"
                        break
        if not content_ids and self.open_rules:
            # "is considering issuing summonses", "began to see politics differently": an open complement
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and _is_verb(c)), None)
            if xcomp is not None and lemma not in _SEMI_MODALS:
                content_ids = _subtree_ids(xcomp)
                rule = "verb-xcomp"
        if not content_ids and self.open_rules and subj is not None and lemma in cues.SPEECH | cues.BELIEF:
            # "said so", "said yes", "said that", "say the same of Y": a pro-form stands for what was said
            for c in verb.children:
                if c.i > verb.i and c.lower_ in _PRO_FORMS and c.dep_ in {"advmod", "intj", "dobj", "ccomp", "oprd"}:
                    content_ids = _subtree_ids(c) if c.dep_ == "dobj" else {c.i}
                    rule = "verb-proform"
                    break
        if not content_ids and self.open_rules:
            # "X said in a statement:" closing its paragraph, the quotation opening the next one
            q = self._quote_after_colon(sent)
            if q is not None:
                content_ids = self._tokens_in(q.fragments)
                adjacent = list(q.fragments)
                rule = "verb-adjacent-quote"
        if not content_ids:
            if self.open_rules and lemma in _SEEM:
                self._seem_reading(verb, subj, self._cue_span(verb, cue_ids))
            return
        content_ids -= cue_ids | speaker_ids
        if addressee_tok is not None:
            content_ids -= _subtree_ids(addressee_tok)
        speaker = self.resolver.party(self._trim_tokens(speaker_ids)) if speaker_ids else None
        if speaker is not None and speaker.actor_id is None and speaker.text.lower() in _PRONOUNS:
            speaker = self._antecedent_speaker(speaker)
        rel = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.lower_ in {"who", "which", "that"}), None)
        if speaker is not None and self.open_rules and rel is not None and verb.dep_ == "relcl" and subj is not None \
                and subj.i == verb.head.i:
            # "Smith, who said ...": the source in the text is the relative pronoun, standing for Smith
            speaker = replace(speaker, start=rel.idx, end=rel.idx + len(rel), text=rel.text)
        addressee = self.resolver.party(self._span_of(addressee_tok)) if addressee_tok is not None else None
        cue = self._cue_span(verb, cue_ids)
        for variant, ids_set in self._content_variants(rule, content_ids):
            ids = self._trim_tokens(ids_set)
            if not ids or (len(ids) < 2 and rule not in {"verb-object", "verb-proform"} and not (
                    self.open_rules and rule == "verb-prep-object")):
                continue
            spans = self._widen_to_quotes(self._char_spans(ids), verb.idx)
            if rule == "verb-adjacent-quote":
                spans = _merge(adjacent)
            kind = self._kind(spans)
            conf = cues.cue_strength(lemma)
            if speaker is None:
                conf *= 0.7
            if kind == "direct":
                conf = min(0.99, conf + 0.05)
            if rule in {"verb-object", "verb-inverted"}:
                conf *= 0.85
            self._add(Statement(kind=kind, content=spans, speaker=speaker, cue=cue, addressee=addressee,
                                confidence=round(conf, 3), rule=rule), self._tokens_in(spans), verb, subj,
                      ["variant=" + variant, "rule|variant=" + rule + "|" + variant])
        if self.open_rules and rule == "verb-object":
            self._object_then_prep(verb, subj, speaker, self._kind([]), cues.cue_strength(lemma))
        if self.open_rules and lemma in _SEEM:
            self._seem_reading(verb, subj, cue)
        if self.open_rules and rule in {"verb-quote", "verb-adjacent-quote"} and lemma not in cues.ADDRESSEE_OBJECT:
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
            if obj is not None:
                self._object_beside_quote(verb, obj, subj, speaker, addressee, cue, cue_ids | speaker_ids)

    def _addressable(self, tok: Token) -> bool:
        """Whether an object can be the one spoken to: a name, a pronoun, a person's role, a group or an office."""
        lemma = tok.lemma_.lower()
        return tok.pos_ in {"PROPN", "PRON"} or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} \
            or lemma in _ADDRESSEE_NOUNS or (tok.tag_ == "NNS" and lemma.endswith(_AGENT_ENDINGS))

    def _marked_clause(self, verb: Token) -> tuple[Token, Token] | None:
        """(clause, its mark) of a question or a wish the parser hung on the verb as an adverbial clause: one
        opening with 'if'/'whether', or 'for' with its own subject, right after the verb or its object; or a
        that-clause a few words on ("tweeted in the early hours that ...")."""
        for c in verb.children:
            if c.dep_ != "advcl" or c.i < verb.i or c.left_edge.i - verb.i > 8:
                continue
            mark = next((m for m in c.children if m.dep_ == "mark" and m.i == c.left_edge.i), None)
            if mark is None or (mark.lower_ != "that" and c.left_edge.i - verb.i > 4):
                continue
            if mark.lower_ == "that" and _speech_like(verb.lemma_.lower()):
                return c, mark
            between = range(verb.i + 1, mark.i)
            if any(self.doc[i].head.i == c.i or self.doc[i].is_punct for i in between):
                continue
            if mark.lower_ in {"if", "whether"} or (mark.lower_ == "for" and mark.i == verb.i + 1 and any(
                    k.dep_ == "nsubj" for k in c.children)):
                return c, mark
        return None

    def _seem_reading(self, verb: Token, subj: Token | None, cue: tuple[int, int]) -> None:
        """'Mr. Trump seemed to overstay his welcome': how something seems, told by no one in particular."""
        if subj is None or subj.dep_ != "nsubj" or subj.i > verb.i or subj.lower_ in {"it", "there", "this", "that"}:
            return
        pred = next((c for c in verb.children if c.dep_ in {"xcomp", "oprd", "acomp", "attr"} and c.i > verb.i), None)
        if pred is None:
            return
        spans = self._widen_to_quotes(self._char_spans(self._trim_tokens(_subtree_ids(subj) | _subtree_ids(pred))),
                                      verb.idx)
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=None, cue=cue, rule="verb-seem",
                            confidence=round(cues.cue_strength(verb.lemma_.lower()) * 0.6, 3)),
                  self._tokens_in(spans), verb, None)

    def _object_beside_quote(self, verb: Token, obj: Token, subj: Token | None, speaker, addressee,
                             cue: tuple[int, int], taken: set[int]) -> None:
        """'recalled a visit to his church, “...”': the object may be what is reported rather than the quotation
        (proposed beside the quotation reading; the model picks)."""
        ids = self._trim_tokens(_subtree_ids(obj) - taken)
        if not ids:
            return
        spans = self._widen_to_quotes(self._char_spans(ids), verb.idx)
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker, cue=cue, addressee=addressee,
                            confidence=round(cues.cue_strength(verb.lemma_.lower()) * 0.7, 3),
                            rule="verb-object-not-quote"), self._tokens_in(spans), verb, subj)

    def _passive_cue(self, verb: Token) -> None:
        """'Symbolic gestures were announced', 'he was seen by many as a spoiler', 'X was said to be furious':
        the passive subject is what is reported (with its predicate) and the agent, if named, is the source."""
        if any(c.dep_ in {"ccomp", "dobj", "csubjpass"} for c in verb.children):
            return
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.lower_ in {"it", "there"}:
            return
        content_ids = _subtree_ids(subj)
        cue_ids = {verb.i} | {c.i for c in verb.children if c.dep_ == "prt"}
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        for c in verb.children:
            if c.i < verb.i:
                continue
            if c.dep_ in {"xcomp", "oprd"}:
                content_ids |= _subtree_ids(c)  # "was said to be furious", "was declared the winner"
            elif c.dep_ == "prep" and c.lower_ == "as":
                objs = [p for p in c.children if p.dep_ in {"pobj", "pcomp", "amod"}]
                if objs:
                    content_ids |= _subtree_ids(objs[0])  # "is seen as empowering voters"
                    cue_ids.add(c.i)
        speaker_ids = self._speaker_ids(source, verb) if source is not None else set()
        if agent is not None:
            cue_ids.add(agent.i)
        content_ids -= cue_ids | speaker_ids
        ids = self._trim_tokens(content_ids)
        if not ids:
            return
        spans = self._widen_to_quotes(self._char_spans(ids), verb.idx)
        speaker = self.resolver.party(self._trim_tokens(speaker_ids)) if speaker_ids else None
        conf = cues.cue_strength(verb.lemma_.lower()) * (1.0 if speaker is not None else 0.7)
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker, cue=self._cue_span(verb, cue_ids),
                            confidence=round(conf, 3), rule="verb-passive"), self._tokens_in(spans), verb, source)

    def _modifier_cue(self, verb: Token) -> None:
        """'a treaty she once backed', 'the tax bill, opposed by most farmers': a cue verb in a clause that tells
        about a noun, the noun being what was said, backed or reported (and the clause's subject or agent who)."""
        noun = verb.head
        if noun.i == verb.i or noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return
        kids = list(verb.children)
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            cue_ids = {verb.i} | ({agent.i} if agent is not None else set())
            rule = "verb-acl"
        elif verb.dep_ == "relcl":
            source = next((c for c in kids if c.dep_ == "nsubj"), None)
            if source is None or source.lower_ in _REL_PRONOUNS or any(
                    c.dep_ in {"ccomp", "xcomp", "nsubjpass"} or (c.dep_ == "dobj" and c.lower_ not in _REL_PRONOUNS)
                    for c in kids):
                return  # the noun is not the verb's object ("a man who said ...", "the plan she said would fail")
            cue_ids = {verb.i}
            rule = "verb-relcl"
        else:
            return
        cue_ids |= {c.i for c in kids if c.dep_ == "prt"}
        content_ids = _subtree_ids(noun) - _subtree_ids(verb)
        content_ids = {i for i in content_ids if not (self.doc[i].dep_ == "relcl" and i != noun.i)}
        speaker_ids = self._speaker_ids(source, verb) if source is not None else set()
        content_ids -= cue_ids | speaker_ids
        ids = self._trim_tokens(content_ids)
        if not ids:
            return
        spans = self._char_spans(ids)
        speaker = self.resolver.party(self._trim_tokens(speaker_ids)) if speaker_ids else None
        if speaker is not None and speaker.actor_id is None and speaker.text.lower() in _PRONOUNS:
            speaker = self._antecedent_speaker(speaker)
        conf = cues.cue_strength(verb.lemma_.lower()) * (1.0 if speaker is not None else 0.7)
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker, cue=self._cue_span(verb, cue_ids),
                            confidence=round(conf, 3), rule=rule), self._tokens_in(spans), verb, source)

    def _content_variants(self, rule: str, ids: set[int]):
        """Readings of where the content ends: without a comma- or dash-set aside about one of its nouns ("...,
        who was his chief of staff"), and also without a trailing comma-set adverbial ("..., after prosecutors
        found ..."). With a model both readings are proposed and the likelier is kept."""
        if not self.open_rules:
            yield "base", (self._drop_trailing_aside(ids) if rule in _TRIMMED_RULES else ids)
            return
        if rule not in _TRIMMED_RULES or not ids:
            yield "base", ids
            return
        ids = self._drop_trailing_aside(ids)
        yield "base", ids
        cut = self._drop_trailing_aside(ids, _ADVERBIAL_DEPS, None)
        if cut and cut != ids:
            yield "adverbial", cut
        clause = self._drop_trailing_clause(ids)
        if clause and clause != ids and clause != cut:
            yield "clause", clause

    def _drop_trailing_clause(self, ids: set[int]) -> set[int]:
        """Content without a closing subordinate clause ("... was not part of the deal because it did not want
        ...", "... tough enough as he faces a test"): often the writer's framing rather than what was said."""
        doc = self.doc
        last = max(ids)
        for i in sorted(ids):
            tok = doc[i]
            if tok.dep_ != "advcl" or tok.head.i not in ids or tok.i <= min(ids) + 1:
                continue
            if tok.right_edge.i < last - 1 or not any(c.dep_ == "mark" and c.i < tok.i for c in tok.children):
                continue
            left = tok.left_edge.i
            return {j for j in ids if j < left and not (j == left - 1 and doc[j].is_punct)}
        return ids

    def _object_then_prep(self, verb: Token, subj: Token | None, speaker, kind: str, conf: float) -> None:
        """'accused Republicans of lying', 'voiced support for the bill': the object belongs to the cue and what
        follows the preposition is the content (proposed beside the plain object reading; the model picks)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return
        prep = next((c for c in list(verb.children) + list(obj.children) if c.dep_ == "prep" and c.i > obj.i
                     and c.lower_ in {"of", "for", "about", "on", "against", "over", "to"}), None)
        pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
        if pobj is None:
            return
        ids = self._trim_tokens(_subtree_ids(pobj))
        if not ids:
            return
        spans = self._widen_to_quotes(self._char_spans(ids), verb.idx)
        cue = self._cue_span(verb, {verb.i, prep.i})
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker, cue=cue,
                            confidence=round(conf, 3), rule="verb-object-prep"), self._tokens_in(spans), verb, subj)

    def _adjective_cue(self, adj: Token) -> None:
        """'X is confident that ...', 'X was eager to ...', 'X is worried about ...': a stated belief or attitude."""
        copula = adj.head
        subj = next((c for c in copula.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or subj.lower_ in {"it", "there", "this", "that"}:
            return
        content_ids: set[int] = set()
        cue_end = adj
        for c in adj.children:
            if c.dep_ in {"ccomp", "xcomp"}:
                content_ids |= _subtree_ids(c)
            elif c.dep_ == "prep" and c.lower_ in _ADJECTIVE_PREPS:
                objs = [p for p in c.children if p.dep_ in {"pobj", "pcomp"}]
                if objs:
                    content_ids |= _subtree_ids(objs[0])
                    if c.i == adj.i + 1 and self.open_rules:
                        cue_end = c  # "critical of": the preposition belongs to the cue
        ids = self._trim_tokens(content_ids)
        if len(ids) < (1 if cue_end is not adj else 2):
            return
        spans = self._widen_to_quotes(self._char_spans(ids), adj.idx)
        speaker = self.resolver.party(self._trim_tokens(self._speaker_ids(subj, copula)))
        cue_ids = {adj.i, copula.i} | {c.i for c in copula.children if c.dep_ in {"aux", "neg"}}
        cue = (self.doc[min(cue_ids)].idx, cue_end.idx + len(cue_end))
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker, cue=cue, confidence=0.55,
                            rule="adjective"), self._tokens_in(spans), adj, subj)

    def _copula_cue(self, copula: Token) -> None:
        """'One view is that ...', 'it is clear that ...': a clause that a view noun, or an impersonal judgement,
        puts forward (no one in particular holds it)."""
        comp = next((c for c in copula.children if c.dep_ == "ccomp" and c.i > copula.i), None)
        subj = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)
        if comp is None or subj is None:
            return
        if subj.lower_ == "it":
            adj = next((c for c in copula.children if c.dep_ == "acomp" and c.i < comp.i), None)
            if adj is None or not cues.is_candidate_adjective(adj.lower_):
                return
            cue_ids, head, rule = {subj.i, copula.i, adj.i}, adj, "adjective-it"
        elif subj.pos_ == "NOUN" and cues.is_candidate_noun(subj.lemma_.lower()):
            cue_ids, head, rule = set(_subtree_ids(subj)) | {copula.i}, subj, "noun-copula"
        else:
            return
        cue_ids |= {c.i for c in copula.children if c.dep_ in {"aux", "neg", "advmod"} and c.i < comp.i}
        ids = self._trim_tokens(_subtree_ids(comp))
        if len(ids) < 2:
            return
        spans = self._widen_to_quotes(self._char_spans(ids), copula.idx)
        lo, hi = min(cue_ids), max(cue_ids)
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=None,
                            cue=(self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi])), confidence=0.45, rule=rule),
                  self._tokens_in(spans), head, None)

    def _document_cue(self, prep: Token, sent: Span) -> None:
        """'In a county poll released Monday, 58 percent backed the tram', 'Under her plan, taxes would rise': what
        a poll, a study or a plan has it."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in _DOCUMENT_NOUNS:
            return
        clause = prep.head  # the clause it tells about, however deep the parser hung the phrase (or its root)
        while not _is_verb(clause) and clause.head.i != clause.i:
            clause = clause.head
        content_ids = (_subtree_ids(clause) - _subtree_ids(prep)) & set(range(sent.start, sent.end))
        ids = self._trim_tokens(content_ids)
        if len(ids) < 3:
            return
        spans = self._widen_to_quotes(self._char_spans(ids), prep.idx)
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        # "Under her plan": she is the source and the plan the cue; "In a Gallup poll": the poll is the source
        if owner is not None:
            cue_tok, source_ids = obj, {i for i in _subtree_ids(owner) if self.doc[i].dep_ != "case"}
        else:
            cue_tok, source_ids = prep, _subtree_ids(obj)
        speaker = self.resolver.party(self._trim_tokens(source_ids))
        # the model sees the document noun as the speaker word either way ("poll", "plan": what kind of source)
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker,
                            cue=(cue_tok.idx, cue_tok.idx + len(cue_tok)),
                            confidence=0.5, rule="prep-document"), self._tokens_in(spans), obj, obj)

    def _noun_cue(self, noun: Token) -> None:
        """'his claim that ...', 'a statement saying ...', 'the view of X that ...': a reported content noun."""
        clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        # "the mayor is a keen supporter of the tram": the subject of the copula holds the stance
        copula = noun.head if self.open_rules and noun.dep_ == "attr" and noun.head.lemma_ == "be" \
            else None
        if owner is None and copula is not None:
            owner = next((c for c in copula.children if c.dep_ == "nsubj" and c.lower_ not in {"it", "there", "this",
                                                                                                 "that"}), None)
            if owner is None:
                copula = None
        if clause is None and self.open_rules:
            # "her decision to open the borders", "their refusal to stand with": an intention's infinitive
            clause = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and c.pos_ in {"VERB", "AUX"}
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if clause is None and self.open_rules:
            # "criticism of the plan", "his support for the bill", "questions about her emails"
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i
                         and c.lower_ in _NOUN_CONTENT_PREPS), None)
            clause = next((p for p in prep.children if p.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
            if clause is not None and prep.lower_ == "of" and owner is None and (
                    clause.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or clause.pos_ == "PRON"):
                return  # "the comments of the senator": whose, not what
            if clause is not None and clause.ent_type_ in _WHEN_ENTS:
                return  # "a statement on Friday": when, not what
        if clause is None:
            return
        if owner is None:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"} and clause.head.i != c.i:
                    owner = next((p for p in c.children if p.dep_ == "pobj"), None)
        ids = self._trim_tokens(_subtree_ids(clause))
        if len(ids) < (3 if clause.dep_ != "pobj" else 1):
            return
        spans = self._widen_to_quotes(self._char_spans(ids), noun.idx)
        speaker = self.resolver.party(self._trim_tokens(_subtree_ids(owner))) if owner is not None else None
        by_prep = clause.dep_ in {"pobj", "pcomp"}
        cue_end = clause.head if by_prep and clause.head.i > noun.i else noun
        cue_start = noun
        if self.open_rules:
            # "a growing fear of", "in the hope that"
            left = [c for c in noun.lefts if c.dep_ in {"det", "amod", "compound"} and c.i >= noun.i - 3]
            if left:
                cue_start = min(left, key=lambda t: t.i)
            if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "with"} and noun.head.i == cue_start.i - 1:
                cue_start = noun.head
            if copula is not None and copula.i < cue_start.i:
                cue_start = copula
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker,
                            cue=(cue_start.idx, cue_end.idx + len(cue_end)), confidence=0.6 if speaker else 0.45,
                            rule="noun-prep" if by_prep else "noun"), self._tokens_in(spans), noun, owner)

    def _cue_span(self, verb: Token, cue_ids: set[int]) -> tuple[int, int]:
        """The cue with its auxiliaries, negation, particle and 'also' ("has also said", "did not deny")."""
        ids = set(cue_ids)
        heads = [verb]
        if self.open_rules and verb.dep_ == "xcomp" and _is_verb(verb.head) and 0 < verb.i - verb.head.i <= 3:
            heads.append(verb.head)  # "sought to distinguish", "demanded to know", "goes on to say"
            ids.add(verb.head.i)
            ids.update(t.i for t in verb.head.children if t.dep_ == "prt" and t.i < verb.i)
        subjects = [c.i for h in heads for c in h.children if c.dep_ in _SUBJECT_DEPS]
        for h in heads:
            for c in h.children:
                if c.dep_ in _CUE_DEPS or (c.dep_ == "advmod" and (c.lower_ in _CUE_ADVERBS or (
                        self.open_rules and c.tag_ == "RB" and c.i < h.i))):
                    if abs(c.i - h.i) <= 4 and not any(min(c.i, h.i) < s < max(c.i, h.i) for s in subjects):
                        ids.add(c.i)
        lo, hi = self.doc[min(ids)], self.doc[max(ids)]
        return (lo.idx, hi.idx + len(hi))

    def _antecedent_speaker(self, pronoun):
        """An unresolved pronoun speaker takes the latest earlier speaker of the matching kind."""
        want = _PRONOUNS[pronoun.text.lower()]
        for st in sorted(self.statements, key=lambda x: x.speaker.start if x.speaker else -1, reverse=True):
            sp = st.speaker
            if sp is None or sp.start >= pronoun.start or sp.text.lower() in _PRONOUNS:
                continue
            if (sp.type == "PERSON") == (want == "PERSON"):
                return replace(pronoun, name=sp.name, type=sp.type, actor_id=sp.actor_id)
        return pronoun

    def _prep_cues(self, sent: Span) -> None:
        """'according to X', 'as per X', 'in the words of X': the clause the phrase modifies is the content."""
        toks = list(sent)
        for k, tok in enumerate(toks):
            if tok.lower_ not in _PREP_FIRST:
                continue
            for pattern in cues.PREP_CUES:
                n = len(pattern)
                if [t.lower_ for t in toks[k:k + n]] != list(pattern):
                    continue
                if pattern == ("per",) and k > 0 and toks[k - 1].lower_ == "as":
                    continue
                cue_toks = toks[k:k + n]
                obj = next((c for t in cue_toks for c in t.children if c.dep_ == "pobj"), None)
                if obj is None:
                    obj = next((t for t in toks[k + n:k + n + 6] if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
                if obj is None:
                    continue
                speaker_ids = _subtree_ids(obj) - {t.i for t in cue_toks}
                # the phrase's head clause: climb from the cue to the nearest verb
                head = cue_toks[0]
                while head.dep_ != "ROOT" and not _is_verb(head.head) and head.head.i != head.i:
                    head = head.head
                clause = head.head if head.dep_ != "ROOT" else head
                clause_ids = _subtree_ids(clause) & {t.i for t in sent}
                phrase_end = max(max(speaker_ids, default=k + n - 1), k + n - 1)
                before = {i for i in clause_ids if i < cue_toks[0].i}
                after = {i for i in clause_ids if i > phrase_end}
                if len([i for i in before if self.doc[i].is_alpha]) >= 3:
                    content_ids = before  # "..., according to X, a fellow at Y."
                else:
                    content_ids = after  # "According to X, ..."
                ids = self._trim_tokens(content_ids)
                if len(ids) < 2:
                    continue
                spans = self._widen_to_quotes(self._char_spans(ids), cue_toks[0].idx)
                speaker = self.resolver.party(self._trim_tokens(speaker_ids))
                cue = (cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1]))
                self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker, cue=cue,
                                    confidence=0.9 if speaker else 0.6, rule="prep"), self._tokens_in(spans),
                                    cue_toks[0], obj)

    def _lines(self) -> None:
        for line in _LINE.finditer(self.text):
            span = self.doc.char_span(line.start(), line.end(), alignment_mode="expand")
            if span is not None and (len(span) <= 40 or self.open_rules):
                self._headline(span)

    def _dash_attributions(self) -> None:
        """A quotation signed with a dash and a name ('“...” ― Ana Ruiz', a line '- Sanders.' after it) and an
        embedded post ('text — Ana Ruiz (@anaruiz) May 3, 2016')."""
        text = self.text
        for q in self.quotes:
            m = _SIGNATURE.match(text, q.end)
            if m is None or _quote_words(text, q) < 3:
                continue
            self._signed(list(q.fragments), m)
        for m in _POST_SIGNATURE.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            start = max(line_start, text.rfind(">", line_start, m.start()) + 1)
            while start < m.start() and text[start].isspace():
                start += 1
            if len(re.findall(r"\w+", text[start:m.start()])) >= 3:
                self._signed([(start, m.start(1) - 1)], m, handle=True)

    def _signed(self, content: list[tuple[int, int]], m: re.Match, handle: bool = False) -> None:
        name_end = m.end("name") if not handle else m.end("handle")
        name = self.doc.char_span(m.start("name"), name_end, alignment_mode="expand")
        cue = self.doc.char_span(m.start("dash"), m.end("dash"), alignment_mode="expand")
        if name is None or cue is None or not len(name) or name[0].pos_ not in {"PROPN", "NOUN"} \
                and not name[0].is_title:
            return
        ids = self._trim_tokens({t.i for t in name})
        if not ids:
            return
        content = [(a, b) for a, b in content if b > a]
        ids_c = self._tokens_in(content)
        spans = self._char_spans(self._trim_tokens(ids_c)) if not handle else content
        spans = self._widen_to_quotes(spans, cue.start_char) if not handle else spans
        if not spans:
            return
        speaker = self.resolver.party(ids)
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker,
                            cue=(m.start("dash"), m.end("dash")), confidence=0.8, rule="signature"),
                  self._tokens_in(spans), cue[0], name[0])

    def _headline(self, sent: Span) -> None:
        """A one-line 'OUTLET: claim' headline: a short name before a colon, a clause after it."""
        toks = [t for t in sent if not t.is_space]
        while toks and toks[0].text in {"-", "–", "—", "•", "*"}:
            toks.pop(0)
        colon = next((k for k, t in enumerate(toks[:7]) if t.text == ":"), None)
        if not colon or colon > 5 or len(toks) - colon < 4:
            return
        prefix, rest = toks[:colon], toks[colon + 1:]
        if self.open_rules:
            # "CNN President On Trump: ‘...’": who speaks is before the 'on'
            on = next((k for k, t in enumerate(prefix) if t.lower_ == "on" and k > 0), None)
            if on is not None:
                prefix = prefix[:on]
        named = [t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) or (self.open_rules and t.is_title) for t in prefix]
        if len(toks) > 40 and not (len(prefix) <= 3 and all(named)):
            return  # a long line is a transcript turn ('SMITH: ...') only after a bare name
        if not all(t.pos_ in {"PROPN", "NOUN"} or t.is_upper for t in prefix):
            return
        if not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) or (self.open_rules and t.is_title)
                   for t in prefix):
            return
        if not any(_is_verb(t) for t in rest) and not (self.open_rules and sum(t.is_alpha for t in rest) >= 3):
            return
        ids = self._trim_tokens({t.i for t in rest})
        if len(ids) < 3:
            return
        spans = self._widen_to_quotes(self._char_spans(ids), toks[colon].idx)
        speaker = self.resolver.party([t.i for t in prefix])
        colon_tok = toks[colon]
        self._add(Statement(kind=self._kind(spans), content=spans, speaker=speaker,
                            cue=(colon_tok.idx, colon_tok.idx + 1), confidence=0.7, rule="headline"),
                  self._tokens_in(spans), colon_tok, prefix[-1])

    def _quote_continuations(self) -> None:
        """A quotation standing on its own right after a statement continues it.

        In the same paragraph ('“A,” she said. “B.”') it joins that statement as a further fragment; as a
        paragraph of its own after a quoted statement it becomes a statement of the same speaker and cue.
        """
        text = self.text
        for q in self.quotes:
            ids = self._tokens_in(q.fragments)
            words = [i for i in ids if self.doc[i].is_alpha]
            holders = {self.claimed[i] for i in ids if i in self.claimed}
            outer = {h for h in holders if not (self.statements[h].cue and q.start <= self.statements[h].cue[0] < q.end)}
            before = text[:q.start].rstrip()
            whole_sentence = not before or before[-1] in ".!?:\n" or text[q.start - 1:q.start] == "\n"
            if len(words) < (2 if whole_sentence else 4) \
                    or sum(1 for i in ids if self.claimed.get(i, -1) in outer) > 0.3 * len(ids):
                continue
            prev = [k for k, st in enumerate(self.statements)
                    if st.content[-1][1] <= q.start and st.speaker is not None and not self._is_nested(st)]
            if not prev:
                continue
            k = max(prev, key=lambda k: self.statements[k].content[-1][1])
            last = self.statements[k]
            gap = text[last.content[-1][1]:q.start]
            same_paragraph = "\n" not in gap and len(gap) < 150
            if same_paragraph and not any(ch in gap for ch in "“\""):
                last.content = _merge(last.content + list(q.fragments))
                last.kind = self._kind(last.content)
                for i in ids:
                    self.claimed.setdefault(i, k)
            elif last.kind == "direct" and gap.count("\n") <= 2 and len(gap) < 200:
                cue_tok = self._cue_token(last)
                self._add(Statement(kind="direct", content=list(q.fragments), speaker=last.speaker, cue=last.cue,
                                    addressee=last.addressee, confidence=round(last.confidence * 0.85, 3),
                                    rule="quote-continued"), ids, self.doc[cue_tok] if cue_tok is not None else None)

    def _refine_cues(self) -> None:
        """Each cue stretched or cut to the words annotators count in it, by the learned extent model."""
        w = cue_extent.weights() if self.open_rules else None
        if w is None:
            return
        for st in self.statements:
            ctx = self.cue_context(st)
            if ctx is not None:
                lo, hi = cue_extent.refine(self.doc, *ctx, st.rule, w)
                st.cue = (self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi]))

    def cue_context(self, st: Statement):
        """(head word, the rules' cue words, words the cue may not take, content words) of a statement's cue, or
        None where the extent model does not apply (no cue, or a cue inside a quotation)."""
        doc = self.doc
        span = doc.char_span(st.cue[0], st.cue[1], alignment_mode="expand") if st.cue else None
        if span is None or not len(span):
            return None
        if self._quoted_ids is None:
            self._quoted_ids = self._tokens_in([(q.start, q.end) for q in self.quotes + self.nested])
        head = span.root
        if head.i in self._quoted_ids:
            return None
        content_ids = self._tokens_in(st.content)
        avoid = set(self.claimed) | content_ids | self._quoted_ids
        if st.speaker is not None:
            avoid |= self._tokens_in([(st.speaker.start, st.speaker.end)])
        avoid.discard(head.i)
        return head, {t.i for t in span}, avoid, content_ids

    def _calibrate(self) -> None:
        """Replace rule-of-thumb confidences with the precision measured on annotated data, where known."""
        if self.model is not None:
            return  # the model's probability is the confidence
        for st in self.statements:
            tok = self._cue_token(st)
            lemma = self.doc[tok].lemma_.lower() if tok is not None else ""
            st.features = confidence.features(st, cues.cue_strength(lemma))
            st.confidence = confidence.calibrated(st.features, st.confidence)

    def _is_nested(self, st: Statement) -> bool:
        return st.cue is not None and any(
            o is not st and any(a <= st.cue[0] < b for a, b in o.content) for o in self.statements)

    def _mark_nested(self) -> None:
        """A statement whose cue lies inside another's content is reported speech within it."""
        for st in self.statements:
            if st.cue is None:
                continue
            hosts = [o for o in self.statements if o is not st and any(a <= st.cue[0] < b for a, b in o.content)]
            if hosts:
                st.nested_in = min(hosts, key=lambda o: sum(b - a for a, b in o.content))


def _quote_words(text: str, q) -> int:
    return sum(len(re.findall(r"\w+", text[a:b])) for a, b in q.fragments)


def _speech_like(lemma: str) -> bool:
    """Verbs of saying and reporting, which allow inversion ('..., X said') and a referential 'it' subject."""
    return lemma in cues.SPEECH or cues.learned_verbs().get(lemma, 0) >= 0.5


def _is_cue(tok: Token) -> bool:
    return _is_verb(tok) and tok.dep_ not in {"aux", "auxpass"} and cues.is_candidate_verb(tok.lemma_.lower())


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def extract_statements(doc: Doc) -> list[Statement]:
    """All attributed statements of a parsed document (needs `doc._.quotes` and `doc._.actors`)."""
    return _Builder(doc).run()


class StatementExtractor:
    """spaCy component: writes the document's statements to `doc._.statements`."""

    def __init__(self, nlp: Language, name: str = "claimscope_statements"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = extract_statements(doc)
        return doc


@Language.factory(
    "claimscope_statements",
    assigns=["doc._.statements"],
    requires=["doc._.quotes", "doc._.actors", "token.dep", "token.lemma"],
)
def make_statement_extractor(nlp: Language, name: str) -> StatementExtractor:
    """Factory for the statement extractor (entry point `claimscope_statements`)."""
    return StatementExtractor(nlp, name)
