"""Words of unnamed sources: who or what a statement is credited to when no actor is named ("analysts", "a party
spokesman", "a report", "sources close to the minister")."""

from __future__ import annotations

SOURCE_TYPE = "SOURCE"  # the type of a speaker that is an unnamed source

# people described, never named: the head noun of an unnamed source (singular and plural forms)
PEOPLE_NOUNS = frozenset({
    "analyst", "analysts", "expert", "experts", "official", "officials", "critic", "critics", "source", "sources",
    "aide", "aides", "insider", "insiders", "observer", "observers", "spokesman", "spokesmen", "spokeswoman",
    "spokeswomen", "spokesperson", "spokespeople", "spokespersons", "witness", "witnesses", "resident",
    "residents", "campaigner", "campaigners", "activist", "activists", "commentator", "commentators", "diplomat",
    "diplomats", "minister", "ministers", "mp", "mps", "peer", "peers", "lawmaker", "lawmakers", "economist",
    "economists", "strategist", "strategists", "opponent", "opponents", "supporter", "supporters", "protester",
    "protesters", "voter", "voters", "people", "person", "investor", "investors", "trader", "traders", "scientist",
    "scientists", "researcher", "researchers", "doctor", "doctors", "lawyer", "lawyers", "adviser", "advisers",
    "advisor", "advisors", "colleague", "colleagues", "friend", "friends", "ally", "allies", "rebel", "rebels",
    "backbencher", "backbenchers", "councillor", "councillors", "figure", "member", "members", "correspondent", "correspondents",
    "organiser", "organisers", "organizer", "organizers", "leader", "leaders", "worker", "workers", "teacher",
    "teachers", "student", "students", "parent", "parents", "victim", "victims", "relative", "relatives",
    "family", "families", "police", "authorities", "others", "some", "many", "most", "several", "few"})
# nouns of people who stay anonymous even after "the" ("the spokesman", "the sources"), unlike a role ("the chancellor")
ANONYMOUS_NOUNS = frozenset({
    "analyst", "analysts", "expert", "experts", "official", "officials", "critic", "critics", "source", "sources",
    "aide", "aides", "insider", "insiders", "observer", "observers", "spokesman", "spokesmen", "spokeswoman",
    "spokeswomen", "spokesperson", "spokespeople", "witness", "witnesses", "residents", "campaigners", "activists",
    "commentators", "diplomats", "mps", "peers", "lawmakers", "economists", "opponents", "supporters", "protesters",
    "voters", "people", "investors", "traders", "critics", "rebels", "backbenchers", "police", "authorities"})
# texts a statement is credited to ("a report", "the survey found")
DOCUMENT_NOUNS = frozenset({
    "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "statement", "statements",
    "document", "documents", "paper", "papers", "research", "review", "reviews", "analysis", "findings", "memo",
    "memos", "letter", "letters", "book", "books", "briefing", "dossier", "audit", "inquiry", "investigation",
    "guidance", "communique", "communiqué", "leaflet", "manifesto", "figures", "data", "estimate", "estimates",
    "forecast", "forecasts", "assessment", "assessments"})
# words that open a description of someone unnamed ("a spokesman", "some analysts", "two officials")
INDEFINITE_CUES = frozenset({
    "a", "an", "one", "some", "several", "many", "few", "two", "three", "four", "five", "other", "others", "most",
    "various", "numerous", "unnamed", "anonymous", "senior", "junior", "independent"})
# words that end the head phrase of a description ("sources close to", "a spokesman for the party")
HEAD_BREAKS = frozenset({
    "close", "of", "for", "at", "in", "from", "with", "to", "on", "by", "who", "which", "that", "familiar", "inside",
    "within", "near", "involved", "said", ","})
# people who speak for an organisation rather than for themselves: two of one ministry are one source
# ("a spokesman for the energy ministry" and "an energy ministry spokeswoman")
SPEAKS_FOR = frozenset({"spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "spokespeople",
                        "spokespersons", "official", "officials", "representative", "representatives", "aide",
                        "aides", "press", "officer", "officers", "source", "sources", "senior", "deputy", "chief"})
# head nouns of bodies an unnamed source can be ("the fire service said", "the ministry said")
BODY_NOUNS = frozenset({"service", "services", "ministry", "department", "agency", "office", "police", "union",
                        "authority", "authorities", "council", "government", "court", "committee", "commission",
                        "institute", "bank", "company", "firm", "board", "army", "military", "directorate",
                        "regulator", "watchdog", "spokesman", "spokeswoman", "spokesperson",
                        "coastguard", "guild", "club", "federation", "association"})
