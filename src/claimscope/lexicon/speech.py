"""Words of attribution: the verbs, nouns, adjectives and phrases that say who said, believes or intends what."""

from __future__ import annotations

# Verbs (lemmas) that take what someone said, wrote, reported, believes or intends as their complement.
SPEECH = {
    "say", "tell", "state", "add", "explain", "note", "claim", "argue", "insist", "announce", "declare",
    "report", "write", "tweet", "post", "ask", "answer", "reply", "respond", "suggest", "warn", "caution",
    "confirm", "deny", "acknowledge", "admit", "concede", "allege", "assert", "contend", "maintain",
    "stress", "emphasize", "emphasise", "point", "observe", "remark", "comment", "mention", "recall",
    "reveal", "disclose", "indicate", "predict", "promise", "vow", "pledge", "threaten", "urge", "demand",
    "complain", "boast", "joke", "quip", "scoff", "shout", "yell", "cry", "whisper", "mutter", "exclaim",
    "testify", "inform", "assure", "advise", "recommend", "propose", "concede", "counter", "retort",
    "conclude", "estimate", "forecast", "project", "show", "find", "suggest", "describe", "call",
    "characterize", "label", "dub", "brand", "accuse", "blame", "criticize", "criticise", "praise",
    "charge", "question", "wonder", "speculate", "continue", "repeat", "reiterate", "clarify", "specify",
    "signal", "hint", "imply", "acknowledge", "lament", "concur", "agree", "disagree", "dispute", "reject",
    "rule", "contradict", "echo", "cite", "quote", "recount", "relate", "detail", "list", "outline",
    "publish", "broadcast", "document", "confide", "concede", "prove", "establish", "learn",
    "tout", "hail", "decry", "dismiss", "deride", "mock", "pronounce", "proclaim", "swear", "guarantee",
    "predict", "assess", "judge", "rate", "order", "instruct", "request", "beg", "plead", "appeal",
}
BELIEF = {
    "believe", "think", "feel", "consider", "expect", "hope", "fear", "worry", "doubt", "suspect", "know",
    "understand", "assume", "guess", "reckon", "suppose", "imagine", "realize", "realise", "recognize",
    "recognise", "see", "hear", "notice", "conclude", "decide", "figure", "agree", "trust", "bet",
    "anticipate", "presume", "sense", "view", "regard", "deem", "perceive", "remember", "forget",
}
INTENTION = {
    "want", "plan", "aim", "intend", "seek", "wish", "vow", "pledge", "promise", "refuse", "decline",
    "threaten", "try", "attempt", "hope", "mean", "prefer", "desire", "choose", "resolve", "propose",
    "offer", "agree", "prepare", "push", "strive", "endeavour", "endeavor",
}
CUE_VERBS = SPEECH | BELIEF | INTENTION

# The strongest speech verbs: a statement they cue is the likeliest to be an attribution.
SPEECH_CORE = {"say", "tell", "add", "write", "explain", "note", "announce", "declare", "state", "claim",
               "argue", "insist", "report", "tweet", "confirm", "deny", "warn", "ask"}

# Verbs that take the content as an xcomp ("plans to deploy") rather than a ccomp ("said that ...").
XCOMP_CUES = INTENTION | {"expect", "claim", "appear", "seem", "promise", "vow", "pledge", "threaten"}

# Verbs whose object is the addressee ("told the committee"), not the content.
ADDRESSEE_OBJECT = {"tell", "inform", "assure", "warn", "advise", "remind", "ask", "urge", "promise",
                    "caution", "notify", "brief", "email", "text", "reassure", "instruct", "order", "beg"}
# Of those, the verbs whose object is someone spoken to and never what is said ("promised a veto" is a thing).
PERSON_OBJECT = {"tell", "inform", "assure", "remind", "notify", "brief", "email", "text", "reassure", "caution"}

# Speech verbs whose direct object can be the reported content ("announced a ban", "denied the report").
OBJECT_CONTENT = {"announce", "deny", "confirm", "report", "reveal", "acknowledge", "admit", "predict",
                  "propose", "promise", "pledge", "claim", "allege", "disclose", "tweet", "write", "recommend",
                  "demand", "dispute", "reject", "question", "reiterate", "repeat", "concede"}

# "seems tired", "appears to have left": how something seems, told by no one in particular.
SEEM = {"seem", "appear", "look", "sound"}
# Verbs whose 'it' subject is a placeholder ("it seems that ..."), not a speaker.
RAISING = {"seem", "appear", "be", "happen", "turn", "look", "remain", "matter", "sound", "emerge", "follow"}
# "is going to", "have to", "used to", "need to": tense and modality, not a stance of the subject.
SEMI_MODALS = {"go", "have", "use", "need", "get", "be", "ought"}

# Nouns that report content in a clause or quote ("the claim that ...", "in a statement").
CUE_NOUNS = {"statement", "claim", "assertion", "belief", "view", "allegation", "argument", "report",
             "warning", "promise", "pledge", "announcement", "remark", "comment", "suggestion",
             "prediction", "hope", "fear", "expectation", "plan", "intention", "accusation", "testimony"}

# Adjectives that report a belief or attitude with a complement ("confident that", "eager to").
CUE_ADJECTIVES = {"confident", "sure", "certain", "convinced", "aware", "adamant", "hopeful", "optimistic",
                  "pessimistic", "worried", "concerned", "eager", "keen", "determined", "skeptical", "sceptical",
                  "doubtful", "afraid", "fearful", "unaware", "unsure", "uncertain", "insistent", "clear"}

# Prepositional cues: ("according", "to") ... ; matched on lowercased token text.
PREP_CUES = (("according", "to"), ("as", "per"), ("in", "the", "words", "of"), ("per",))

# Adverbs that stay with the cue verb ("has also said", "reportedly told").
CUE_ADVERBS = {"also", "again", "repeatedly", "later", "previously", "publicly", "privately", "reportedly"}

# Prepositions whose object is what a verb is about ("called for X", "talked about X").
CONTENT_PREPS = {"for", "about", "on", "to", "against", "of", "with"}
# With a model to weigh them, more prepositions may introduce what a verb is about ("railed at", "swung behind").
OPEN_CONTENT_PREPS = {"at", "over", "behind", "toward", "towards", "from", "into", "as"}
# "critical of", "angry at", "skeptical about", "furious with": what an attitude adjective is about.
ADJECTIVE_PREPS = {"about", "of", "that", "on", "at", "with", "toward", "towards", "over"}
# "criticism of the plan", "support for the bill": what a cue noun is about.
NOUN_CONTENT_PREPS = {"about", "on", "for", "against", "over", "of", "to", "with"}

# "said so", "said yes", "said the same": a word standing for what was said.
PRO_FORMS = {"so", "yes", "no", "that", "this", "same"}

# People an addressee verb speaks to, beyond titles, roles and institutions ("told reporters", "urged voters").
GROUP_NOUNS = {"reporter", "journalist", "voter", "supporter", "people", "audience", "crowd", "public", "citizen",
               "resident", "member", "colleague", "donor", "delegate", "official", "lawmaker", "american",
               "everyone", "anyone", "someone", "somebody", "nation", "country", "staff", "aide", "ally", "critic",
               "follower"}
# Plural nouns of people by what they do ("urged farmers", "asked investors", "told residents").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")

# What a survey, a study or a plan has it ("In a county poll, ...", "Under her plan, ...", "By his own account, ...").
DOCUMENT_NOUNS = {"poll", "survey", "study", "report", "analysis", "audit", "census", "estimate", "forecast",
                  "projection", "review", "investigation", "assessment", "tally", "count", "model", "plan",
                  "proposal", "account", "admission"}
