"""Group a document's named entities into canonical actors, correcting the recogniser where context decides.

Rules, all general over English news syntax; what a name means comes from the knowledge base (`kb.py`):
- A surname of a person the article names ("Brazil" after "Matt Brazil") is that person, whatever label the
  recogniser gave it; the fullest name wins; two people sharing a surname stay two people, and a bare surname
  or "Mr X" goes to the one the text last named (honorifics decide between a Mr and a Mrs).
- Honorifics and titles are no part of a name ("Mr Howard" -> Michael Howard); titles and appositives give
  roles and affiliations ("Venezuelan President Hugo Chavez": President of Venezuela; "Matt Brazil, a
  Jamestown Foundation Research Fellow and former US Army officer and diplomat": Research Fellow at the
  Jamestown Foundation, former officer of the US Army, former diplomat). Role words the recogniser glued onto
  an organisation's name ("Jamestown Foundation Research Fellow") are split off.
- A single capitalised verb form opening a sentence ("Supporting ...") is no entity; a possessive ending
  ("South Korea’s") and a leading "the" are not part of the name; a place name inside an organisation's name
  ("University of Oxford") stays part of the organisation; a place name followed by a region word the
  recogniser left out ("Kursk Oblast") is the region.
- A capital or seat of government standing for a government in a political context becomes the state: the
  subject of a verb (other than verbs of being and place), the object of a verb other than one of movement,
  the possessor or modifier of a government noun, or a party to a relation ("a signal to Beijing", "talks
  with Moscow"); in locative uses ("in Beijing", "a flight to Moscow") it stays the place.
- Demonyms and states modifying institution nouns make institutional actors with the state as affiliation
  ("the Ukrainian military", "South Korea's intelligence" -> South Korean intelligence); every demonym is
  also a mention of its state.
- Acronyms and aliases resolve (DPRK, UK, NATO, WSJ ...); types: PERSON, ORG (with a kind), GPE (a state),
  LOC (a place, with country and coordinates), NORP (a group that is no state).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import kb as kbase
from .extensions import register_extensions
from .model import Actor, Mention

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}

# honorifics: part of how a person is addressed, never a role
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor", "rev", "reverend",
              "messrs", "mme", "mlle", "herr", "frau", "monsieur", "madame", "signor", "senor", "señor"}
_MALE = {"mr", "sir", "messrs", "herr", "monsieur", "signor", "senor", "señor", "lord", "king", "prince"}
_FEMALE = {"mrs", "ms", "miss", "dame", "mme", "mlle", "frau", "madame", "lady", "queen", "princess", "baroness"}
# ranks and offices written before a name; they are roles, not part of the name
TITLES = {"president", "vice", "prime", "minister", "chancellor", "secretary", "general", "gen", "lt", "col",
          "colonel", "capt", "captain", "admiral", "adm", "sgt", "sergeant", "cpl", "corporal", "maj", "major",
          "brig", "brigadier", "marshal", "commander", "cmdr", "senator", "sen", "rep", "representative",
          "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice", "ambassador",
          "commissioner", "chairman", "chairwoman", "chair", "chief", "inspector", "detective", "det",
          "superintendent", "supt", "constable", "archbishop", "bishop", "cardinal", "rabbi", "imam", "ayatollah",
          "premier", "speaker", "leader", "deputy", "shadow", "spokesman", "spokeswoman", "spokesperson", "mp",
          "mep", "msp", "am", "coach", "manager", "boss", "striker", "midfielder", "defender", "goalkeeper",
          "captain", "skipper", "chief executive", "ceo", "director", "editor", "correspondent", "analyst",
          "economist", "professor", "officer", "attorney", "lawyer", "counsel", "adviser", "advisor", "envoy",
          "founder", "president-elect", "king", "queen", "crown"}
GENERATIONAL = {"Jr", "Jnr", "Sr", "Snr", "II", "III", "IV"}
# letters after a name: no part of it ("Ian MacDonald QC")
POSTNOMINALS = {"QC", "KC", "MP", "MEP", "MSP", "AM", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PHD", "MD",
                "FRS", "VC", "JP", "RN", "ESQ"}
# occupations written before a name like a title ("Broadcaster Chris Evans", "referee Anders Frisk")
OCCUPATIONS = {"broadcaster", "presenter", "singer", "actor", "actress", "comedian", "author", "writer", "novelist",
               "poet", "artist", "musician", "rapper", "guitarist", "drummer", "bassist", "producer", "designer",
               "chef", "referee", "umpire", "jockey", "trainer", "player", "winger", "forward", "sprinter",
               "athlete", "golfer", "boxer", "cyclist", "swimmer", "entrepreneur", "tycoon", "billionaire",
               "banker", "historian", "doctor", "surgeon", "campaigner", "activist", "journalist", "photographer",
               "film-maker", "filmmaker", "composer", "conductor", "dancer", "choreographer", "model",
               "businessman", "businesswoman", "playwright", "screenwriter", "dj", "chancellor", "pundit",
               "hostess", "host", "investor", "fund manager", "owner", "chairman", "boss", "coach", "manager"}
TITLES |= OCCUPATIONS
# peerage and royalty: part of the name a person is known by ("Lord Falconer", "Prince Charles")
_NAME_TITLES = {"lord", "lady", "baroness", "baron", "earl", "duke", "duchess", "king", "queen", "prince",
                "princess", "pope", "sheikh", "emir", "sultan", "saint", "st"}
# words of a role an organisation's name cannot end in ("Jamestown Foundation Research Fellow")
ROLE_HEADS = {"fellow", "director", "officer", "analyst", "spokesman", "spokeswoman", "spokesperson", "chairman",
              "chairwoman", "chair", "president", "secretary", "minister", "researcher", "professor", "economist",
              "chief", "head", "leader", "executive", "editor", "correspondent", "reporter", "adviser", "advisor",
              "commander", "general", "ambassador", "envoy", "member", "founder", "ceo", "cfo", "manager",
              "lawyer", "scientist", "expert", "strategist", "lecturer", "associate", "scholar", "governor",
              "deputy", "official", "coordinator", "consultant", "representative", "columnist", "producer"}
ROLE_MODIFIERS = {"research", "senior", "junior", "deputy", "vice", "chief", "executive", "assistant",
                  "associate", "managing", "general", "visiting", "principal", "lead", "nonresident",
                  "non-resident", "resident", "former", "acting", "interim", "founding", "co-founding",
                  "political", "military", "foreign", "defence", "defense", "policy", "press", "programme",
                  "program", "regional", "national", "international", "board", "staff"}
# what an organisation's head word says about its kind
ORG_KIND_WORDS = {
    "government": {"ministry", "department", "parliament", "assembly", "senate", "congress", "cabinet", "council",
                   "commission", "office", "agency", "authority", "government", "administration", "treasury",
                   "police", "court", "tribunal", "duma", "knesset", "bundestag", "executive", "embassy",
                   "consulate", "bureau", "inspectorate", "directorate", "presidency"},
    "military": {"army", "navy", "air force", "forces", "force", "marines", "military", "brigade", "regiment",
                 "battalion", "division", "corps", "guard", "command", "fleet", "militia", "troops"},
    "intelligence": {"intelligence", "spy"},
    "media": {"press", "times", "news", "post", "journal", "herald", "gazette", "tribune", "telegraph",
              "guardian", "radio", "tv", "television", "broadcasting", "broadcaster", "magazine", "daily",
              "weekly", "chronicle", "courier", "observer", "independent", "mirror", "express", "standard",
              "sun", "newspaper", "review", "media", "wire", "channel", "bulletin", "monitor", "pravda", "izvestia"},
    "party": {"party", "front", "league", "movement", "alliance"},
    "ngo": {"foundation", "institute", "institution", "centre", "center", "trust", "society", "association",
            "watch", "fund", "charity", "campaign", "council", "network", "initiative", "forum", "coalition",
            "union", "federation", "think tank", "endowment", "project", "group"},
    "company": {"inc", "corp", "corporation", "ltd", "plc", "llc", "co", "company", "group", "holdings", "bank",
                "airlines", "airways", "motors", "technologies", "systems", "industries", "energy", "oil",
                "telecom", "pharmaceuticals", "capital", "partners", "gmbh", "ag", "sa", "nv", "bv", "limited"},
}
_MULTIWORD_KINDS = {k: [v for v in vocab if " " in v] for k, vocab in ORG_KIND_WORDS.items()}
_KIND_ORDER = ("intelligence", "military", "media", "party", "government", "company", "ngo")
# organisation head words a place name can be part of the name of ("University of Oxford", "Bank of England")
_ORG_OF_HEADS = {"university", "bank", "institute", "school", "college", "ministry", "department", "council",
                 "museum", "church", "embassy", "foundation", "centre", "center", "academy", "parliament",
                 "government", "assembly", "court", "commission", "agency", "office", "association", "federation",
                 "league", "union", "port", "mayor", "archbishop", "diocese", "chamber", "board", "club",
                 "hospital", "library", "theatre", "orchestra", "city"}
_REGION_WORDS = {"oblast", "region", "province", "krai", "kray", "governorate", "prefecture", "county",
                 "district", "state", "territory", "republic", "canton", "voivodeship", "okrug", "raion"}
# institution nouns a demonym or a state can modify, the name they are kept under, and the kind
INSTITUTIONS = {
    "military": ("military", "military"), "army": ("military", "military"), "troops": ("military", "military"),
    "forces": ("military", "military"), "soldiers": ("military", "military"), "navy": ("navy", "military"),
    "units": ("military", "military"), "commanders": ("military", "military"), "generals": ("military", "military"),
    "intelligence": ("intelligence", "intelligence"), "spies": ("intelligence", "intelligence"),
    "government": ("government", "government"), "authorities": ("government", "government"),
    "officials": ("government", "government"), "administration": ("government", "government"),
    "regime": ("government", "government"), "cabinet": ("government", "government"),
    "leadership": ("government", "government"), "ministers": ("government", "government"),
    "diplomats": ("government", "government"), "police": ("police", "government"),
    "parliament": ("parliament", "government"), "lawmakers": ("parliament", "government"),
    "legislators": ("parliament", "government"), "embassy": ("embassy", "government"),
    "media": ("media", "media"), "press": ("media", "media"), "prosecutors": ("prosecutors", "government"),
}
# nouns of government and policy: a capital possessing or modifying one is the state ("Moscow's decision")
GOVERNMENT_NOUNS = {"government", "administration", "regime", "leadership", "decision", "decisions", "policy",
                    "policies", "stance", "position", "response", "reaction", "move", "moves", "plan", "plans",
                    "strategy", "officials", "official", "diplomats", "diplomat", "envoy", "ambassador", "troops",
                    "forces", "army", "military", "navy", "support", "backing", "ally", "allies", "relations",
                    "ties", "demand", "demands", "refusal", "threat", "threats", "warning", "warnings", "claim",
                    "claims", "approval", "objection", "objections", "insistence", "push", "bid", "effort",
                    "efforts", "involvement", "intervention", "aggression", "invasion", "war", "sanctions",
                    "negotiators", "interests", "ambitions", "goal", "goals", "objective", "objectives", "aims",
                    "influence", "leaders", "leader", "president", "minister", "ministers", "ministry",
                    "spokesman", "spokeswoman", "accusation", "accusations", "denial", "statement", "statements",
                    "announcement", "proposal", "proposals", "offer", "pressure", "role", "commitment", "promise",
                    "deal", "agreement", "talks", "authorities", "intelligence", "agenda", "approach", "veto",
                    "concerns", "priorities", "budget", "rule", "control", "crackdown", "propaganda", "media",
                    "regulators", "lawmakers", "parliament", "policymakers", "vote", "diplomacy", "ultimatum"}
# verbs whose subject is a place rather than an actor ("Moscow lies ...", "London hosted ...")
PLACE_PREDICATES = {"be", "lie", "sit", "stand", "border", "remain", "become", "host", "boast", "rank",
                    "attract", "have", "suffer", "experience", "flood", "swelter", "shiver", "look", "grow",
                    "welcome", "house", "contain", "cover", "lose", "get", "see", "enjoy", "feel"}
# verbs and nouns of movement: their objects and goals are places
MOTION_WORDS = {"visit", "leave", "reach", "enter", "tour", "flee", "go", "travel", "fly", "move", "return",
                "come", "drive", "head", "relocate", "arrive", "walk", "sail", "march", "commute", "evacuate",
                "deport", "transfer", "bring", "take", "send", "ship", "export", "import", "smuggle", "escape",
                "trip", "journey", "flight", "flights", "route", "road", "train", "trains", "way", "visitors",
                "tourists", "migration", "traffic", "rail", "bus", "ferry", "drive", "attack", "bomb", "shell",
                "strike", "capture", "seize", "occupy", "surround", "liberate", "storm", "hit", "rebuild",
                "invade", "besiege", "defend", "approach", "near", "live", "stay", "base", "locate", "born"}
_RELATION_PREPS = {"with", "against", "between", "toward", "towards", "on", "by", "over", "about"}
_SPACE_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "through", "via", "throughout",
                "within", "into", "onto", "beyond", "outside", "off", "along", "past", "under", "above", "below"}
_DESCRIPTION_KINDS = {
    "company": "company", "firm": "company", "group": None, "bank": "company", "carrier": "company",
    "airline": "company", "retailer": "company", "manufacturer": "company", "maker": "company",
    "newspaper": "media", "paper": "media", "broadcaster": "media", "agency": None, "outlet": "media",
    "channel": "media", "magazine": "media", "party": "party", "ministry": "government",
    "department": "government", "army": "military", "military": "military", "alliance": "igo",
    "organisation": None, "organization": None, "charity": "ngo", "institute": "ngo", "think-tank": "ngo",
    "union": None, "club": None, "team": None, "government": "government", "body": None, "watchdog": None,
    "regulator": "government", "council": None, "commission": None, "bloc": "igo",
}


def clean_name(text: str) -> str:
    """The name without a possessive ending, a leading 'the' or surrounding punctuation."""
    text = " ".join(text.split())
    text = _POSSESSIVE.sub("", text).strip(" \t\"“”‘’'.,;:-–—()[]")
    return _LEADING_THE.sub("", text)


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s]+", name) if t and t.lower().rstrip(".") not in HONORIFICS | TITLES]


def _is_false_entity(ent: Span) -> bool:
    """A lone verb form ('Supporting') or pronoun is no named entity."""
    if len(ent) == 1:
        tok = ent[0]
        if tok.tag_.startswith("VB") or tok.pos_ in {"PRON", "DET", "ADP", "CCONJ", "AUX"}:
            return True
        if tok.is_sent_start and tok.text.endswith("ing") and tok.text[:1].isupper() and tok.dep_ in (
                "csubj", "ROOT", "advcl", "pcomp", "amod", "nsubj", "npadvmod") and tok.pos_ != "PROPN":
            return True
    return not any(ch.isalpha() for ch in ent.text)


# ---- entity spans, corrected -------------------------------------------------------------------------
@dataclass
class _Span:
    start: int  # token index
    end: int  # token index, exclusive
    label: str
    name_start: int = -1  # first token of the name proper (after honorifics/titles)
    role_start: int = -1  # ORG split: role words glued onto the name start here (up to `end0`)
    end0: int = -1

    def tokens(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def _entity_spans(doc: Doc) -> list[_Span]:
    """The recogniser's entities, trimmed, extended and split where context decides."""
    out: list[_Span] = []
    ents = [e for e in doc.ents if e.label_ in ACTOR_LABELS and not _is_false_entity(e)]
    kb = kbase.get_kb()
    n = len(doc)
    for ent in ents:
        start, end, label = ent.start, ent.end, ent.label_
        while end > start and doc[end - 1].text in _POSSESSIVE_TOKENS:
            end -= 1
        while start < end and (doc[start].lower_ == "the" or doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in _POSSESSIVE_TOKENS
                               or doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"}):
            end -= 1
        if label == "PERSON":
            while end > start + 1 and doc[end - 1].text.rstrip(".").upper() in POSTNOMINALS:
                end -= 1
        if end <= start:
            continue
        sp = _Span(start, end, label)
        # a place name followed by a region word or a name part the recogniser left out ("Kursk Oblast")
        k = end
        while k < n and k - end < 2 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not doc[k].ent_type_:
            k += 1
            name = doc[start:k].text
            entry = kb.lookup(name)
            if entry is not None and entry.type in ("LOC", "GPE"):
                sp.end, sp.label = k, "LOC" if entry.type == "LOC" else "GPE"
                break
            if doc[k - 1].lower_ in _REGION_WORDS and label in ("GPE", "LOC", "PRODUCT", "ORG", "PERSON"):
                sp.end, sp.label = k, "LOC"
                break
        if label == "ORG":
            _split_role_words(doc, sp)
        out.append(sp)
    # the recogniser sometimes labels a region word's place name PRODUCT or WORK_OF_ART ("Kursk Oblast")
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS and ent.end < n and doc[ent.end].lower_ in _REGION_WORDS \
                and doc[ent.end].text[:1].isupper() and ent[0].text[:1].isupper():
            out.append(_Span(ent.start, ent.end + 1, "LOC"))
    out.sort(key=lambda s: s.start)
    # a word of a title the recogniser took for a name ("Home" in "Home Secretary Charles Clarke")
    starts = {sp.start: sp for sp in out}
    keep = []
    for sp in out:
        if sp.label != "PERSON" and sp.end - sp.start == 1 and sp.end + 1 < n \
                and doc[sp.end].lower_ in TITLES and doc[sp.end].text[:1].isupper() \
                and (sp.end + 1 in starts and starts[sp.end + 1].label == "PERSON"
                     or doc[sp.end + 1].pos_ == "PROPN") \
                and kb.lookup(doc[sp.start].text) is None and kb.demonyms.get(doc[sp.start].text) is None:
            continue
        keep.append(sp)
    return _merge_places_into_orgs(doc, keep)


def _split_role_words(doc: Doc, sp: _Span) -> None:
    """'Jamestown Foundation Research Fellow' -> ORG 'Jamestown Foundation' + role words 'Research Fellow'."""
    k = sp.end
    while k > sp.start + 1 and doc[k - 1].lower_ in ROLE_HEADS | ROLE_MODIFIERS:
        k -= 1
    if k < sp.end and doc[sp.end - 1].lower_ in ROLE_HEADS and k > sp.start:
        sp.role_start, sp.end0 = k, sp.end
        sp.end = k


def _merge_places_into_orgs(doc: Doc, spans: list[_Span]) -> list[_Span]:
    """A place name inside an organisation's name stays part of it: 'University' + 'of' + 'Oxford', 'Kyiv' +
    'School of Economics'."""
    out: list[_Span] = []
    for sp in spans:
        prev = out[-1] if out else None
        if prev is not None and sp.label in ("GPE", "LOC") and prev.label == "ORG" and prev.role_start < 0 \
                and sp.start == prev.end + 1 and doc[prev.end].lower_ in ("of", "for") \
                and doc[prev.end - 1].lower_ in _ORG_OF_HEADS:
            prev.end = sp.end
            continue
        if prev is not None and sp.label == "ORG" and prev.label in ("GPE", "LOC") and sp.start == prev.end \
                and not doc[prev.end - 1].whitespace_ == "" and doc[prev.end - 1].text not in _POSSESSIVE_TOKENS \
                and any(t.head.i >= sp.start and t.head.i < sp.end for t in doc[prev.start:prev.end]):
            prev.end, prev.label, prev.role_start, prev.end0 = sp.end, "ORG", sp.role_start, sp.end0
            continue
        out.append(sp)
    return out


# ---- political context -----------------------------------------------------------------------------------
def political(tok: Token) -> bool:
    """Does this mention of a capital or seat stand for a government here (not for the place)?"""
    seen = 0
    while tok.dep_ == "conj" and seen < 5:  # "Moscow and Beijing said": the first conjunct decides
        tok = tok.head
        seen += 1
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass", "csubj"):
        if dep == "nsubjpass":
            return head.lemma_ not in MOTION_WORDS
        return head.lemma_ not in PLACE_PREDICATES
    if dep in ("dobj", "dative", "iobj", "oprd"):
        return head.lemma_ not in MOTION_WORDS and head.lemma_ not in PLACE_PREDICATES
    if dep in ("poss", "compound", "nmod", "amod"):
        return head.lower_ in GOVERNMENT_NOUNS or head.lemma_ in GOVERNMENT_NOUNS
    if dep == "pobj":
        prep = head
        p = prep.lower_
        gov = prep.head
        if p == "by" and prep.dep_ == "agent":
            return True
        if p in _SPACE_PREPS:
            return False
        if p in _RELATION_PREPS:
            return gov.lemma_ not in MOTION_WORDS
        if p == "to":
            if gov.pos_ in ("NOUN", "PROPN"):
                return gov.lemma_ not in MOTION_WORDS
            return gov.lemma_ in kbase_speech_verbs()
        if p == "from":
            return gov.lemma_ in GOVERNMENT_NOUNS or gov.lower_ in GOVERNMENT_NOUNS or gov.lemma_ in {
                "signal", "message", "warning", "criticism", "response", "aid", "demand", "order", "call"}
        if p in ("of", "for"):
            return gov.lower_ in GOVERNMENT_NOUNS and gov.lower_ not in {"capital", "city"}
        return False
    if dep == "appos":
        return political(head)
    return False


_SPEECH_VERBS: set[str] | None = None


def kbase_speech_verbs() -> set[str]:
    """Verbs after which 'to X' names an addressee (said to Beijing, appealed to Moscow), from the cue lexicon."""
    global _SPEECH_VERBS
    if _SPEECH_VERBS is None:
        verbs = {"say", "speak", "talk", "write", "appeal", "complain", "report", "deliver", "explain", "signal",
                 "turn", "reply", "respond", "announce", "admit", "protest", "pledge", "promise", "offer", "sell",
                 "give", "hand", "lend", "pay", "send", "propose", "submit", "object", "apologise", "apologize",
                 "plead", "concede", "yield", "listen", "cede", "surrender", "owe"}
        try:
            from . import cues

            lex = getattr(cues, "verb_cues", None)
            if callable(lex):
                verbs |= set(lex())
        except Exception:  # the cue lexicon is optional here
            pass
        verbs -= MOTION_WORDS - {"send"}
        _SPEECH_VERBS = verbs
    return _SPEECH_VERBS


# ---- roles ------------------------------------------------------------------------------------------------
@dataclass
class _Role:
    title: str
    former: bool = False
    org: str | None = None  # the organisation or state as the text names it ("US Army")
    canonical: str | None = None  # its canonical name ("United States Army")
    prep: str = "of"

    def text(self) -> str:
        out = ("former " if self.former else "") + self.title
        if self.org:
            out += f" {self.prep} {_with_article(self.org)}"
        return out


_THE_FIRST = ("United ", "Republic ", "Kingdom ", "Federated ", "Democratic Republic", "Central African",
              "Dominican ", "Czech ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros",
              "Seychelles", "Solomon ", "Marshall ", "Cayman ", "Falkland", "Vatican", "University of ",
              "Ministry ", "Department ", "Bank of ", "Council ", "Office ", "House of ", "European ")
_THE_LAST = ("Republic", "Islands", "Emirates", "States", "Kingdom", "Foundation", "Institute", "Institution",
             "Army", "Navy", "Council", "Commission", "Party", "Centre", "Center", "Ministry", "Department",
             "Office", "Agency", "Service", "Fund", "Union", "Committee", "Organisation", "Organization",
             "Parliament", "Assembly", "Court", "Trust", "Society", "Association", "Federation", "League",
             "Alliance", "Guard", "Forces", "Force", "Treasury", "Police", "Bureau", "Administration")


def _with_article(name: str) -> str:
    if name.startswith(("The ", "the ")):
        return "the " + name[4:]
    if name.startswith(_THE_FIRST) or name.endswith(_THE_LAST):
        return "the " + name
    return name


# ---- the linker -------------------------------------------------------------------------------------------
@dataclass
class _Person:
    actor: Actor
    parts: list[str]
    gender: str | None = None
    first_mention: int = 0
    mentions_at: list[int] = field(default_factory=list)


class _Linker:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.toks: list[Token] = list(doc)  # one Token object per token: indexing a Doc builds a new one each time
        self.words: list[str] = [t.text for t in self.toks]
        self.lowers: list[str] = [w.lower() for w in self.words]
        self.kb = kbase.get_kb()
        self.actors: dict[tuple[str, str], Actor] = {}
        self.index: dict[int, tuple[str, str]] = {}
        self.persons: dict[str, _Person] = {}  # canonical full name -> person
        self.by_surname: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        self.covered: set[int] = set()
        self.pending_roles: list[tuple[tuple[str, str], _Role]] = []

    # -- actor records --
    def actor(self, key: tuple[str, str], entry: kbase.Entry | None = None, kind: str | None = None) -> Actor:
        act = self.actors.get(key)
        if act is None:
            type_, name = key
            act = Actor(id="", name=name, type=type_)
            if entry is not None:
                act.kind = entry.kind if type_ != "GPE" else None
                if type_ == "GPE":
                    act.country, act.lat, act.lon = entry.name, entry.lat, entry.lon
                elif type_ == "LOC":
                    act.country, act.lat, act.lon = entry.country, entry.lat, entry.lon
                elif type_ == "ORG" and entry.country:
                    act.affiliations.append(entry.country)
                if entry.affiliation and entry.affiliation not in act.affiliations:
                    act.affiliations.append(entry.affiliation)
            if kind and not act.kind:
                act.kind = kind
            self.actors[key] = act
        return act

    def mention(self, key: tuple[str, str], start_tok: int, end_tok: int, index: bool = True,
                entry: kbase.Entry | None = None, kind: str | None = None) -> Actor:
        doc = self.doc
        act = self.actor(key, entry, kind)
        s, e = doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
        if not any(m.start == s and m.end == e for m in act.mentions):
            act.mentions.append(Mention(s, e, self.text[s:e]))
        if index:
            for i in range(start_tok, end_tok):
                self.index.setdefault(i, key)
        self.covered.update(range(start_tok, end_tok))
        return act

    def state_key(self, name: str) -> tuple[tuple[str, str], kbase.Entry | None]:
        entry = self.kb.states.get(name) or self.kb.lookup(name)
        if entry is None:
            return ("GPE", name), None
        if entry.type == "GPE":
            return ("GPE", entry.name), self.kb.states.get(entry.name, entry)
        return (entry.type, entry.name), entry

    # -- main --
    def run(self) -> tuple[list[Actor], dict[int, str]]:
        doc = self.doc
        spans = self._people_fixes(_entity_spans(doc))
        for sp in spans:
            self._strip_person_titles(sp)
        self._collect_people(spans)
        for sp in spans:
            self._resolve(sp)
        self._bare_surnames()
        self._acronyms()
        self._institutions()
        for sp in spans:
            if sp.label == "PERSON" or self._person_key(sp):
                self._roles_of(sp)
        return self._finish()

    def _people_fixes(self, spans: list[_Span]) -> list[_Span]:
        """Names the recogniser mislabelled or missed: a word the article uses after 'Mr'/'Ms' (or as a lone
        person name) is a surname, so 'Vincent Cable' tagged ORG, or 'Ashok Vishwanathan' not tagged at all,
        is a person's full name; a peer's or royal's title before a lone name is part of it ('Lord Falconer')."""
        doc = self.doc
        toks, words, lowers = self.toks, self.words, self.lowers
        n = len(doc)
        surnames: set[str] = set()
        for i in range(1, n):
            if lowers[i - 1].rstrip(".") in HONORIFICS and words[i - 1][:1].isupper() and words[i][:1].isupper() \
                    and words[i].isalpha():
                j = i
                while j + 1 < n and j - i < 2 and words[j + 1][:1].isupper() and words[j + 1].isalpha() \
                        and toks[j + 1].pos_ == "PROPN":
                    j += 1  # "Dr Priya Nair": the surname is the last name word
                surnames.add(words[j])
        for sp in spans:
            if sp.label == "PERSON" and sp.end - sp.start == 1:
                surnames.add(doc[sp.start].text)
            if sp.label == "PERSON" and sp.start > 0 and doc[sp.start - 1].lower_ in _NAME_TITLES \
                    and doc[sp.start - 1].text[:1].isupper() \
                    and len(_join_name([t.text for t in doc[sp.start:sp.end]])) == 1:
                sp.start -= 1  # "Lord Falconer"
        kb = self.kb
        for sp in spans:  # "Lord Campbell-Savours" taken for an organisation: an honorific makes it a person
            if sp.label != "PERSON" and sp.start > 0 and words[sp.start - 1][:1].isupper() \
                    and lowers[sp.start - 1].rstrip(".") in HONORIFICS | _NAME_TITLES \
                    and len(_join_name(words[sp.start:sp.end])) <= 3 and kb.lookup(doc[sp.start:sp.end].text) is None:
                sp.label, sp.role_start = "PERSON", -1
                if lowers[sp.start - 1] in _NAME_TITLES and len(_join_name(words[sp.start:sp.end])) == 1:
                    sp.start -= 1
                surnames.add(words[sp.end - 1])
        taken0 = {i for sp in spans for i in range(sp.start, sp.end)}
        for i in range(1, n):  # "Lord Ambleside said": a name after an honorific the recogniser missed
            h = lowers[i - 1].rstrip(".")
            if (h in HONORIFICS or h in _NAME_TITLES) and words[i - 1][:1].isupper() and i not in taken0 \
                    and i - 1 not in taken0 and toks[i].pos_ == "PROPN" and words[i][:1].isupper():
                j = i + 1
                while j < n and j - i < 3 and toks[j].pos_ == "PROPN" and words[j][:1].isupper() and j not in taken0:
                    j += 1
                if kb.lookup(doc[i:j].text) is None:
                    spans.append(_Span(i - 1 if h in _NAME_TITLES and j == i + 1 else i, j, "PERSON"))
                    taken0.update(range(i - 1, j))
                    surnames.add(words[j - 1])
        for sp in spans:  # "Newcastle boss Graeme Souness": a name after a role word is a person
            if sp.label in ("ORG", "GPE", "NORP", "FAC", "LOC") and 2 <= len(_join_name(words[sp.start:sp.end])) <= 3 \
                    and sp.start > 0 and lowers[sp.start - 1] in TITLES | ROLE_HEADS \
                    and all(toks[k].pos_ == "PROPN" or words[k] == "-" for k in range(sp.start, sp.end)) \
                    and kb.lookup(doc[sp.start:sp.end].text) is None:
                sp.label, sp.role_start = "PERSON", -1
                surnames.add(words[sp.end - 1])
        for sp in spans:  # "Helena Marsh, a ... Fellow": a name with a person's appositive is a person
            if sp.label in ("ORG", "GPE", "NORP", "FAC", "LOC") and 2 <= sp.end - sp.start <= 3 \
                    and sp.end + 2 < n and words[sp.end] == "," and lowers[sp.end + 1] in ("a", "an", "the") \
                    and all(toks[k].pos_ == "PROPN" for k in range(sp.start, sp.end)) \
                    and kb.lookup(doc[sp.start:sp.end].text) is None:
                k = sp.end + 2
                while k < n and k - sp.end < 10 and words[k] not in (",", ".", ";"):
                    if lowers[k] in ROLE_HEADS or lowers[k] in TITLES:
                        sp.label, sp.role_start = "PERSON", -1
                        surnames.add(words[sp.end - 1])
                        break
                    k += 1
        spans.sort(key=lambda x: x.start)
        if not surnames:
            return spans
        for sp in spans:
            if sp.label in ("ORG", "GPE", "LOC", "NORP", "FAC") and sp.end - sp.start == 1 \
                    and words[sp.start] in surnames and kb.lookup(words[sp.start]) is None:
                sp.label = "PERSON"  # "Nair added ...", after "Dr Priya Nair"
                sp.role_start = -1
                continue
            if sp.label in ("ORG", "GPE", "LOC", "NORP", "FAC") \
                    and 2 <= len(_join_name([t.text for t in doc[sp.start:sp.end]])) <= 3 \
                    and doc[sp.end - 1].text in surnames and all(t.text[:1].isupper() or t.text == "-"
                                                                  for t in doc[sp.start:sp.end]) \
                    and kb.lookup(doc[sp.start:sp.end].text) is None \
                    and doc[sp.start].lower_ not in HONORIFICS | TITLES | _NAME_TITLES:
                sp.label = "PERSON"
                sp.role_start = -1
        taken = {i: sp for sp in spans for i in range(sp.start, sp.end)}
        for sp in spans:  # "referee Anders Frisk" where the recogniser took only "Frisk"
            if sp.label == "PERSON" and sp.end - sp.start == 1 and sp.start > 0 and sp.start - 1 not in taken:
                first = toks[sp.start - 1]
                if first.pos_ == "PROPN" and words[sp.start - 1][:1].isupper() and words[sp.start - 1].isalpha() \
                        and lowers[sp.start - 1] not in HONORIFICS | TITLES | _NAME_TITLES \
                        and kb.lookup(words[sp.start - 1]) is None and not first.is_sent_start:
                    sp.start -= 1
                    taken[sp.start] = sp
        added, dropped = [], []
        for i in range(1, n):
            if words[i] not in surnames or i in taken or not _capitalised_name_word(toks[i]):
                continue
            tok = toks[i]
            first = toks[i - 1]
            owner = taken.get(first.i)
            if owner is not None and owner.end - owner.start == 1 and owner.label != "PERSON" \
                    and kb.lookup(first.text) is None:
                dropped.append(owner)  # "Francesca" taken for an organisation, before "Detakats"
                del taken[first.i]
            if first.i in taken or not (first.pos_ == "PROPN" and first.text[:1].isupper()) \
                    or first.lower_.rstrip(".") in HONORIFICS | TITLES | _NAME_TITLES:
                continue
            if kb.lookup(first.text) is not None or (tok.i + 1 < n and toks[tok.i + 1].pos_ == "PROPN"
                                                      and words[tok.i + 1][:1].isupper()):
                continue
            sp = _Span(first.i, tok.i + 1, "PERSON")
            added.append(sp)
            taken.update({first.i: sp, tok.i: sp})
        if added or dropped:
            spans = sorted([x for x in spans if all(x is not d for d in dropped)] + added, key=lambda x: x.start)
        return spans

    def _strip_person_titles(self, sp: _Span) -> None:
        doc = self.doc
        k = sp.start
        if sp.label == "PERSON":
            while k < sp.end - 1 and (doc[k].tag_.startswith("VB") or not doc[k].text[:1].isupper()):
                k += 1  # "Analysing Mr Brown's": the recogniser took the gerund in
            sp.start = k
            while k < sp.end - 1 and (doc[k].lower_.rstrip(".") in HONORIFICS | TITLES
                                      or (doc[k].lower_ in ("minister", "secretary") and k + 1 < sp.end)):
                if doc[k].lower_.rstrip(".") in _NAME_TITLES and k + 2 >= sp.end:
                    break  # "Prince Charles", "Lord Falconer": the title is part of the name
                k += 1
        sp.name_start = k

    def _name_parts(self, sp: _Span) -> list[str]:
        return [t.text for t in self.doc[sp.name_start:sp.end] if not t.is_punct or t.text in ("-", ".")]

    def _honorific_before(self, sp: _Span) -> str | None:
        doc = self.doc
        for i in range(sp.start, sp.name_start):
            if doc[i].lower_.rstrip(".") in HONORIFICS | _NAME_TITLES:
                return doc[i].lower_.rstrip(".")
        k = sp.start - 1
        if k >= 0 and doc[k].lower_.rstrip(".") in HONORIFICS | _NAME_TITLES:
            return doc[k].lower_.rstrip(".")
        if k >= 1 and doc[k].text == "." and doc[k - 1].lower_ in HONORIFICS:
            return doc[k - 1].lower_
        return None

    def _collect_people(self, spans: list[_Span]) -> None:
        """Full names first: they decide what a bare surname means anywhere in the article."""
        for sp in spans:
            if sp.label != "PERSON":
                continue
            parts = self._name_parts(sp)
            parts = _join_name(parts)
            if len(parts) < 2 or (len(parts) == 2 and parts[-1].rstrip(".") in GENERATIONAL):
                continue
            full = " ".join(parts)
            entry = self.kb.lookup(full)
            if entry is not None and entry.type == "PERSON":
                full, parts = entry.name, entry.name.split()
            same = self._same_person(parts)
            if same is not None:
                person = self.persons[same]
                if len(parts) > len(person.parts) and parts[0] == person.parts[0]:
                    # the fuller form of the name wins
                    del self.persons[same]
                    person.actor.name, person.parts = full, parts
                    self.persons[full] = person
                    for table in (self.by_surname, self.by_first):
                        for k, names in table.items():
                            table[k] = [full if n == same else n for n in names]
                    self.actors.pop(("PERSON", same), None)
                    self.actors[("PERSON", full)] = person.actor
                person.mentions_at.append(sp.start)
                continue
            act = self.actor(("PERSON", full), entry if entry is not None and entry.type == "PERSON" else None)
            person = _Person(act, parts, first_mention=sp.start)
            person.mentions_at.append(sp.start)
            self.persons[full] = person
            self.by_surname.setdefault(_surname(parts), []).append(full)
            self.by_first.setdefault(parts[0], []).append(full)
            if "-" in parts[-1].strip("-"):  # "Kilroy" for Robert Kilroy-Silk
                self.by_surname.setdefault(parts[-1].split("-")[0], []).append(full)
        for sp in spans:
            if sp.label == "PERSON":
                h = self._honorific_before(sp)
                key = self._person_key(sp)
                if h and key:
                    g = "m" if h in _MALE else "f" if h in _FEMALE else None
                    person = self.persons.get(key[1])
                    if g and person and len(self._name_parts(sp)) >= 2:
                        person.gender = person.gender or g

    def _same_person(self, parts: list[str]) -> str | None:
        """An already named person this full name is a form of: same surname and first name ('George Bush',
        'George W Bush'), never only the same surname."""
        for full in self.by_surname.get(_surname(parts), []):
            other = self.persons[full].parts
            if other[0] == parts[0] or (len(other[0]) <= 2 and other[0][0] == parts[0][0]) \
                    or (len(parts[0]) <= 2 and parts[0][0] == other[0][0]):
                return full
        return None

    def _person_for_surname(self, word: str, at: int, honorific: str | None = None) -> str | None:
        """The person a bare surname (or 'Mr X') at token `at` refers to."""
        names = list(self.by_surname.get(word, []))
        if not names and honorific in HONORIFICS:
            names = list(self.by_first.get(word, []))  # "Mr Kim" for Kim Jong-un; "Sir Ian" for Ian Blair
        if not names:
            return None
        if len(names) == 1:
            return names[0]
        g = "m" if honorific in _MALE else "f" if honorific in _FEMALE else None
        if g:
            fit = [n for n in names if self.persons[n].gender in (g, None)]
            names = fit or names
        # the one the text named last before this point, else the first named
        best, best_at = None, -1
        for n in names:
            before = [i for i in self.persons[n].mentions_at if i < at]
            if before and max(before) > best_at:
                best, best_at = n, max(before)
        if best is None:
            best = min(names, key=lambda n: self.persons[n].first_mention)
        if g and self.persons[best].gender is None:
            self.persons[best].gender = g  # "Mrs Adler" said it: the next "Mr Adler" is someone else
        return best

    def _person_key(self, sp: _Span) -> tuple[str, str] | None:
        parts = _join_name(self._name_parts(sp))
        if not parts:
            return None
        full = " ".join(parts)
        if full in self.persons:
            return ("PERSON", full)
        if len(parts) == 2 and parts[-1].rstrip(".") in GENERATIONAL:
            parts = parts[:1]  # "Connick Jr"
        if len(parts) >= 2:
            same = self._same_person(parts)
            if same:
                return ("PERSON", same)
            entry = self.kb.lookup(full)
            if entry is not None and entry.type == "PERSON" and entry.name in self.persons:
                return ("PERSON", entry.name)
            return None
        name = self._person_for_surname(parts[0], sp.start, self._honorific_before(sp))
        return ("PERSON", name) if name else None

    def _resolve(self, sp: _Span) -> None:
        doc = self.doc
        label = sp.label
        name_text = clean_name(doc[sp.name_start:sp.end].text)
        if not name_text:
            return
        person = self._person_key(sp)
        if person is not None and not (label in ("GPE", "LOC") and self._locative(sp)):
            self._person_mention(person, sp)
            return
        entry = self.kb.lookup(name_text)
        root = doc[sp.start:sp.end].root
        if label == "PERSON":
            single = sp.end - sp.name_start == 1
            if single and sp.start > 0 and self.lowers[sp.start - 1] in ("the", "a", "an", "this", "that"):
                return  # "the Bill": no person
            if single and entry is None and self.kb.demonyms.get(name_text):
                label = "NORP"  # "Britons", "Welsh"
            elif single and entry is not None and entry.type != "PERSON":
                label = entry.type  # a lone 'NATO', 'Britain' or 'Manchester' the recogniser took for a person
            else:
                parts = _join_name(self._name_parts(sp))
                name = " ".join(parts) or name_text
                pentry = entry if entry is not None and entry.type == "PERSON" else None
                if pentry is not None:
                    name = pentry.name
                self._person_mention(("PERSON", name), sp, pentry)
                return
        if entry is None and label == "NORP":
            st = self.kb.demonyms.get(name_text)
            if st:
                key, sentry = self.state_key(st)
                if root.dep_ in ("amod", "compound", "nmod", "poss") or root.pos_ == "ADJ" or not root.text.endswith("s"):
                    self.mention(key, sp.start, sp.end, entry=sentry)
                else:  # "the Russians": a people, belonging to its state
                    act = self.mention(("NORP", name_text), sp.start, sp.end)
                    if key[1] not in act.affiliations:
                        act.affiliations.append(key[1])
                    self.mention(key, sp.start, sp.end, index=False, entry=sentry)
                return
            self.mention(("NORP", name_text), sp.start, sp.end)
            return
        if entry is not None:
            if entry.stands_for and political(root):
                key, sentry = self.state_key(entry.stands_for)
                self.mention(key, sp.start, sp.end, entry=sentry)
                return
            if entry.type == "GPE":
                self.mention(("GPE", entry.name), sp.start, sp.end, entry=self.kb.states.get(entry.name, entry))
                return
            if entry.type == "NORP":
                self.mention(("NORP", entry.name), sp.start, sp.end, entry=entry)
                return
            self.mention((entry.type, entry.name), sp.start, sp.end, entry=entry)
            return
        if label == "ORG":
            kind, affiliation = self._org_kind(sp)
            act = self.mention(("ORG", name_text), sp.start, sp.end, kind=kind)
            if affiliation and affiliation not in act.affiliations:
                act.affiliations.append(affiliation)
            return
        self.mention(("LOC", name_text), sp.start, sp.end)

    def _locative(self, sp: _Span) -> bool:
        root = self.doc[sp.start:sp.end].root
        return root.dep_ == "pobj" and root.head.lower_ in _SPACE_PREPS | {"to", "from"}

    def _person_mention(self, key: tuple[str, str], sp: _Span, entry: kbase.Entry | None = None) -> None:
        doc = self.doc
        start = sp.start
        # the honorific before a name is part of the mention ("Mr Howard")
        if start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS and doc[start - 1].text[:1].isupper():
            start -= 1
        elif start > 1 and doc[start - 1].text == "." and doc[start - 2].lower_ in HONORIFICS:
            start -= 2
        self.mention(key, start, sp.end, entry=entry)
        person = self.persons.get(key[1])
        if person is not None:
            person.mentions_at.append(sp.start)

    def _org_kind(self, sp: _Span) -> tuple[str | None, str | None]:
        """An unknown organisation's kind from its head words, and the state its name starts with."""
        doc = self.doc
        words = [t.lower_ for t in doc[sp.name_start:sp.end]]
        kind = None
        joined = " ".join(words)
        heads = set(words[-2:])
        if "of" in words[1:]:
            heads.add(words[words.index("of", 1) - 1])  # "Ministry of Ports", "Bank of Lakeford"
        for k in _KIND_ORDER:
            vocab = ORG_KIND_WORDS[k]
            if heads & vocab or any(v in joined for v in _MULTIWORD_KINDS[k]):
                kind = k
                break
        affiliation = None
        for n in (3, 2, 1):
            if len(words) > n:
                head = doc[sp.name_start:sp.name_start + n].text
                st = kbase.state(head)
                if st is not None:
                    affiliation = st.name
                    break
        return kind, affiliation

    def _bare_surnames(self) -> None:
        """Surnames the recogniser missed ('Vidal said ...') still name the person."""
        doc = self.doc
        if not self.by_surname and not self.by_first:
            return
        toks, words = self.toks, self.words
        n = len(toks)
        for i in range(n):
            w = words[i]
            if w not in self.by_surname and w not in self.by_first:
                continue
            tok = toks[i]
            if tok.i in self.covered or not tok.text[:1].isupper():
                continue
            if not (tok.pos_ == "PROPN" or not tok.is_sent_start or (
                    tok.i + 1 < n and (toks[tok.i + 1].pos_ in ("VERB", "AUX") or words[tok.i + 1] in
                                       (",", "'s", "’s", "-", "–", "—", ":", "(")))):
                continue
            prev = toks[tok.i - 1] if tok.i > 0 else None
            honorific = prev.lower_.rstrip(".") if prev is not None and prev.lower_.rstrip(".") in HONORIFICS else None
            if tok.text not in self.by_surname and not (honorific and tok.text in self.by_first):
                continue
            if tok.i + 1 < n and toks[tok.i + 1].pos_ == "PROPN" and words[tok.i + 1][:1].isupper():
                continue  # part of a longer name
            name = self._person_for_surname(tok.text, tok.i, honorific)
            if name:
                start = tok.i - 1 if honorific and prev.text[:1].isupper() else tok.i
                self.mention(("PERSON", name), start, tok.i + 1)
                self.persons[name].mentions_at.append(tok.i)

    def _acronyms(self) -> None:
        """Known acronyms the recogniser missed ('WSJ: North Korea sends ...') are the organisation or state."""
        toks, words = self.toks, self.words
        n = len(toks)
        for i, w in enumerate(words):
            if not (2 <= len(w) <= 6 and w.isupper() and w.isalpha()) or i in self.covered:
                continue
            entry = self.kb.names.get(w)
            if entry is None or entry.type not in ("ORG", "GPE"):
                continue
            # not in a line of capitals ('WHO ARE THEY')
            if (i > 0 and words[i - 1].isupper() and words[i - 1].isalpha()) or (
                    i + 1 < n and words[i + 1].isupper() and words[i + 1].isalpha()):
                continue
            key = ("GPE", entry.name) if entry.type == "GPE" else ("ORG", entry.name)
            self.mention(key, i, i + 1, entry=self.kb.states.get(entry.name, entry) if entry.type == "GPE" else entry)

    def _institutions(self) -> None:
        """'the Ukrainian military', "South Korea's intelligence": institutional actors of a state."""
        for i, low in enumerate(self.lowers):
            spec = INSTITUTIONS.get(low)
            if spec is None or i in self.covered:
                continue
            tok = self.toks[i]
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            state_name, first = None, None
            for child in tok.lefts:
                if child.dep_ not in ("amod", "compound", "nmod", "poss"):
                    continue
                key = self.index.get(child.i)
                if key is None:
                    continue
                act = self.actors[key]
                if act.type == "GPE":
                    state_name = act.name
                elif act.type == "ORG" and act.name in ("European Union", "NATO", "United Nations"):
                    state_name = act.name
                else:
                    continue
                span_start = min(t.i for t in child.subtree)
                first = span_start if first is None else min(first, span_start)
            if state_name is None:
                continue
            label, kind = spec
            adj = kbase.adjective(state_name) or state_name
            if state_name == "United States":
                adj = "US"
            key = ("ORG", f"{adj} {label}")
            # the modifiers stay mentions of the state; the head word is the institution
            act = self.mention(key, first, tok.i + 1, index=False, kind=kind)
            self.index[tok.i] = key
            if state_name not in act.affiliations:
                act.affiliations.append(state_name)

    # -- roles --
    def _roles_of(self, sp: _Span) -> None:
        key = self.index.get(sp.end - 1)
        if key is None or key[0] != "PERSON":
            return
        roles: list[_Role] = []
        left = self._left_title(sp)
        if left is not None:
            roles.append(left)
        roles += self._appositive_after(sp)
        roles += self._appositive_before(sp)
        act = self.actors[key]
        of = self._of_phrase_after(sp)
        if of and of not in act.affiliations:
            act.affiliations.append(of)
        for r in roles:
            text = r.text()
            if text and text not in act.roles and len(act.roles) < 12:
                act.roles.append(text)
            if r.canonical and r.canonical not in act.affiliations:
                act.affiliations.append(r.canonical)

    def _org_at(self, i: int) -> tuple[str, str, str] | None:
        """(surface name, canonical name, type) of the organisation or state whose mention covers token i."""
        key = self.index.get(i)
        if key is None or key[0] not in ("ORG", "GPE", "LOC"):
            return None
        act = self.actors[key]
        for m in act.mentions:
            tok = self.doc[i]
            if m.start <= tok.idx < m.end:
                surface = clean_name(m.text)
                if key[0] == "GPE":
                    surface = act.name
                return surface, act.name, act.type
        return None

    def _left_title(self, sp: _Span) -> _Role | None:
        """'Venezuelan President Hugo Chavez', 'Tory leader Michael Howard', 'former Chancellor Ken Clarke'."""
        doc = self.doc
        words: list[Token] = [t for t in doc[sp.start:sp.name_start] if t.lower_.rstrip(".") not in HONORIFICS]
        k = sp.start - 1
        org = None
        former = False
        while k >= 0 and sp.start - k <= 6:
            tok = doc[k]
            low = tok.lower_.rstrip(".")
            if low in HONORIFICS or tok.text == ".":
                k -= 1
                continue
            if tok.text in _POSSESSIVE_TOKENS:
                k -= 1
                continue
            hit = self._org_at(k)
            if hit is None and tok.text[:1].isupper() and tok.dep_ in ("compound", "amod", "nmod"):
                entry = self.kb.lookup(tok.text)  # "Labour MP Ann Clwyd": a party the recogniser missed
                if entry is not None and entry.type == "ORG":
                    self.mention(("ORG", entry.name), k, k + 1, entry=entry)
                    hit = (entry.name, entry.name, "ORG")
            if hit is not None:
                org = org or hit
                k -= 1
                continue
            if low in ("former", "ex", "ex-", "then"):
                former = True
                k -= 1
                continue
            if tok.pos_ in ("NOUN", "PROPN", "ADJ") and tok.dep_ in ("compound", "amod", "nmod", "appos") \
                    and (low in TITLES or low in ROLE_HEADS or low in ROLE_MODIFIERS or tok.text[:1].isupper()) \
                    and not tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON"):
                words.insert(0, tok)
                k -= 1
                continue
            break
        words = [w for w in words if w.lower_.rstrip(".") not in HONORIFICS]
        if not words:
            return None
        title = " ".join(w.text for w in sorted(words, key=lambda t: t.i))
        if not any(w.lower_.rstrip(".") in TITLES | ROLE_HEADS for w in words):
            return None
        r = _Role(title, former)
        if org:
            r.org, r.canonical = org[0], org[1]
            r.prep = "of" if org[2] in ("GPE", "LOC") or self.actors.get(("ORG", org[1]), Actor("", "", "")).kind in (
                "government", "military", "party", "igo", None) else "at"
        return r

    def _of_phrase_after(self, sp: _Span) -> str | None:
        """'Dr Priya Nair of the University of Leeds', 'Sam Ortiz from Oxfam': the organisation a person is of."""
        i, n = sp.end, len(self.toks)
        if i + 1 >= n or self.lowers[i] not in ("of", "at", "from"):
            return None
        j = i + 1 + (self.lowers[i + 1] == "the")
        hit = self._org_at(j) if j < n else None
        if hit is None or hit[2] not in ("ORG",):
            return None
        return hit[1]

    def _appositive_after(self, sp: _Span) -> list[_Role]:
        """'Matt Brazil, a Jamestown Foundation Research Fellow and former US Army officer and diplomat, ...'."""
        doc = self.doc
        i = sp.end
        n = len(doc)
        if sp.role_start >= 0:
            return []
        if i >= n or doc[i].text != ",":
            return []
        i += 1
        chunk: list[Token] = []
        while i < n and len(chunk) < 16:
            tok = doc[i]
            if tok.is_punct and tok.text not in ("-",) or tok.is_space or tok.text in ("(", ")", "—", "–"):
                break
            if tok.lower_ in ("who", "which", "whose", "whom", "that") or tok.pos_ in ("VERB", "AUX") \
                    and not tok.tag_ == "JJ":
                break
            chunk.append(tok)
            i += 1
        if not chunk or any(self.index.get(t.i, ("",))[0] == "PERSON" for t in chunk[:3]):
            return []
        if chunk[0].ent_type_ in ("DATE", "CARDINAL", "TIME", "GPE", "LOC") and chunk[0].i not in self.index:
            return []
        return self._roles_from_chunk(chunk)

    def _appositive_before(self, sp: _Span) -> list[_Role]:
        """'The mayor of Riverton, Anna Lindqvist, said ...': the noun phrase the name is in apposition to."""
        doc = self.doc
        root = doc[sp.start:sp.end].root
        if root.dep_ != "appos" or root.head.pos_ != "NOUN" or root.head.i > sp.start:
            return self._appositive_before_surface(sp)
        head = root.head
        chunk = [t for t in head.subtree if t.i < sp.start and t.i not in range(sp.start, sp.end)
                 and not (t.is_punct and t.text != "-")]
        chunk = [t for t in chunk if t.i >= min(x.i for x in head.subtree)]
        if len(chunk) > 14:
            return []
        return self._roles_from_chunk(chunk)

    def _appositive_before_surface(self, sp: _Span) -> list[_Role]:
        """'The mayor of Lakeford, Anna Lindqvist, said': the same by the commas, where the parse missed it."""
        toks, lowers, words = self.toks, self.lowers, self.words
        n = len(toks)
        if sp.start < 3 or words[sp.start - 1] != "," or sp.end >= n or words[sp.end] not in (",", "said", "says"):
            return []
        k = sp.start - 2
        while k >= 0 and sp.start - k <= 10 and not (toks[k].is_punct or toks[k].is_sent_start
                                                     or toks[k].pos_ in ("VERB", "AUX")):
            k -= 1
        first = k if k >= 0 and toks[k].is_sent_start and not toks[k].is_punct else k + 1
        chunk = [toks[i] for i in range(first, sp.start - 1)]
        if not chunk or lowers[first] not in ("the", "a", "an") and lowers[first] not in TITLES:
            return []
        if not any(t.lower_ in TITLES or t.lower_ in ROLE_HEADS for t in chunk):
            return []
        return self._roles_from_chunk(chunk)

    def _roles_from_chunk(self, chunk: list[Token]) -> list[_Role]:
        """Conjoined role phrases: 'a X Research Fellow and former US Army officer and diplomat'."""
        parts: list[list[Token]] = [[]]
        for tok in chunk:
            if tok.lower_ in ("and", "&", ",") and tok.i not in self.index:
                parts.append([])
            else:
                parts[-1].append(tok)
        roles: list[_Role] = []
        prev_former = False
        for part in parts:
            if not part or part[0].lower_ in ("his", "her", "their", "its", "my", "our", "your"):
                continue  # "his friend": a relation, not a role
            had_det = part[0].lower_ in ("a", "an", "the", "his", "her", "its", "their")
            part = [t for t in part if t.lower_ not in ("a", "an", "the", "his", "her", "its", "their")]
            former = any(t.lower_ in ("former", "ex", "ex-", "then") for t in part)
            title: list[Token] = []
            org = None
            prep = None
            tail = False
            for t in part:
                if t.lower_ in ("former", "ex", "ex-", "then", "-"):
                    continue
                if t.pos_ == "ADP" and t.lower_ in ("of", "at", "for", "with", "in", "from", "to"):
                    if title:
                        prep = t.lower_ if t.lower_ in ("of", "at", "for", "with") else None
                        tail = True
                    continue
                hit = self._org_at(t.i)
                if hit is not None:
                    if org is None:
                        org = hit
                        if not tail:
                            prep = None
                    continue
                if tail:
                    continue
                if t.pos_ in ("NOUN", "PROPN", "ADJ") or t.lower_ in TITLES | ROLE_HEADS:
                    if t.ent_type_ in ("PERSON", "DATE", "CARDINAL", "TIME", "MONEY", "PERCENT"):
                        continue
                    title.append(t)
            if not title:
                continue
            if not former and not had_det and prev_former and org is None:
                former = True  # "former US Army officer and diplomat": the second shares 'former'
            prev_former = former
            r = _Role(" ".join(t.text for t in title), former)
            if org is not None:
                r.org, r.canonical = org[0], org[1]
                if prep is None:
                    akind = self.actors.get(("ORG", org[1]), Actor("", "", "")).kind
                    prep = "of" if org[2] in ("GPE", "LOC") or akind in ("government", "military", "party", "igo") \
                        else "at"
                r.prep = prep
            roles.append(r)
        return roles

    # -- output --
    def _finish(self) -> tuple[list[Actor], dict[int, str]]:
        actors = [a for a in self.actors.values() if a.mentions]
        for act in actors:
            act.mentions.sort(key=lambda m: (m.start, m.end))
            dedup: list[Mention] = []
            for m in act.mentions:
                if dedup and dedup[-1].start == m.start and dedup[-1].end == m.end:
                    continue
                dedup.append(m)
            act.mentions = dedup
        actors.sort(key=lambda a: (a.mentions[0].start, a.name))
        ids: dict[int, str] = {}
        for n, act in enumerate(actors, 1):
            act.id = f"a{n}"
            ids[id(act)] = act.id
        index = {}
        for i, key in self.index.items():
            act = self.actors.get(key)
            if act is not None and id(act) in ids:
                index[i] = ids[id(act)]
        return actors, index


def _surname(parts: list[str]) -> str:
    """The word a bare-surname mention uses: the last one, before 'Jr' or 'III'."""
    if len(parts) >= 2 and parts[-1].rstrip(".") in GENERATIONAL:
        return parts[-2]
    return parts[-1]


def _capitalised_name_word(tok: Token) -> bool:
    """A word that can be (part of) a name here: a proper noun, or a capitalised word inside a sentence."""
    if not tok.text[:1].isupper() or not any(ch.isalpha() for ch in tok.text):
        return False
    return tok.pos_ == "PROPN" or not tok.is_sent_start


def _join_name(parts: list[str]) -> list[str]:
    """Name tokens as words: 'Kim', 'Jong', '-', 'un' -> 'Kim', 'Jong-un'; 'W', '.' -> 'W'."""
    out: list[str] = []
    glue = False
    for p in parts:
        if p == "-":
            glue = True
            if out:
                out[-1] += "-"
            continue
        if p == ".":
            continue
        if glue and out:
            out[-1] += p
            glue = False
        else:
            out.append(p.rstrip(".") if len(p) <= 3 else p)
    return [p for p in out if p and p.lower().rstrip(".") not in HONORIFICS]


def link_actors(doc: Doc) -> tuple[list[Actor], dict[int, str]]:
    """Canonical actors of the document and a map from token index to actor id."""
    return _Linker(doc).run()


def actor_for_description(doc: Doc, head: Token, before: int) -> Actor | None:
    """The actor a definite description refers to where the text makes it clear: 'the minister' / 'the analyst'
    is the person last mentioned before `before` (a character offset) who holds that role; 'the company' /
    'the newspaper' the last organisation of that kind. None when nothing fits."""
    actors = doc._.actors or []
    noun = head.lower_
    lemma = head.lemma_.lower()
    best, best_at = None, -1
    kind = _DESCRIPTION_KINDS.get(lemma, "")
    for act in actors:
        if act.type == "PERSON":
            if not any(re.search(rf"\b{re.escape(lemma)}\b|\b{re.escape(noun)}\b", r.lower()) for r in act.roles):
                continue
        elif act.type == "ORG":
            if lemma not in _DESCRIPTION_KINDS or (kind and act.kind not in (kind, None)):
                continue
        elif act.type == "GPE":
            if lemma not in ("country", "state", "nation"):
                continue
        else:
            continue
        last = max((m.start for m in act.mentions if m.start < before), default=-1)
        if last > best_at:
            best, best_at = act, last
    return best


class ActorLinker:
    """spaCy component: writes canonical actors to `doc._.actors` and a token->actor map to `doc._.actor_index`."""

    def __init__(self, nlp: Language, name: str = "claimscope_actors"):
        register_extensions()
        self.name = name
        kbase.get_kb()  # load the knowledge base once, before the first document

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors, doc._.actor_index = link_actors(doc)
        return doc


@Language.factory(
    "claimscope_actors",
    assigns=["doc._.actors", "doc._.actor_index"],
    requires=["doc.ents", "token.tag"],
)
def make_actor_linker(nlp: Language, name: str) -> ActorLinker:
    """Factory for the actor linker (entry point `claimscope_actors`)."""
    return ActorLinker(nlp, name)
