"""Words around personal names: what addresses a person, what names a rank, what a name never ends in."""

from __future__ import annotations

# honorifics: part of how a person is addressed, never a role ("Mr Ruiz", "Dr Nair")
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor", "rev", "reverend", "messrs", "mme",
    "mlle", "herr", "frau", "monsieur", "madame", "signor", "senor", "señor"})
# honorifics and titles that say a person is a man or a woman ("Mr Adler" is not "Mrs Adler")
MALE_HONORIFICS = frozenset({"mr", "sir", "messrs", "herr", "monsieur", "signor", "senor", "señor", "lord", "king",
                             "prince"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "mme", "mlle", "frau", "madame", "lady", "queen",
                               "princess", "baroness"})
# occupations written before a name like a title ("Broadcaster Lena Ford", "referee Ivo Marek")
OCCUPATIONS = frozenset({
    "broadcaster", "presenter", "singer", "actor", "actress", "comedian", "author", "writer", "novelist", "poet",
    "artist", "musician", "rapper", "guitarist", "drummer", "bassist", "producer", "designer", "chef", "referee",
    "umpire", "jockey", "trainer", "player", "winger", "forward", "sprinter", "athlete", "golfer", "boxer",
    "cyclist", "swimmer", "entrepreneur", "tycoon", "billionaire", "banker", "historian", "doctor", "surgeon",
    "campaigner", "activist", "journalist", "photographer", "film-maker", "filmmaker", "composer", "conductor",
    "dancer", "choreographer", "model", "businessman", "businesswoman", "playwright", "screenwriter", "dj",
    "chancellor", "pundit", "hostess", "host", "investor", "fund manager", "owner", "chairman", "boss", "coach",
    "manager"})
# ranks, offices and occupations written before a name; they are roles, not part of the name
TITLES = frozenset({
    "president", "vice", "prime", "minister", "chancellor", "secretary", "general", "gen", "lt", "col", "colonel",
    "capt", "captain", "admiral", "adm", "sgt", "sergeant", "cpl", "corporal", "maj", "major", "brig", "brigadier",
    "marshal", "commander", "cmdr", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
    "governor", "gov", "mayor", "judge", "justice", "ambassador", "commissioner", "chairman", "chairwoman", "chair",
    "chief", "inspector", "detective", "det", "superintendent", "supt", "constable", "archbishop", "bishop",
    "cardinal", "rabbi", "imam", "ayatollah", "premier", "speaker", "leader", "deputy", "shadow", "spokesman",
    "spokeswoman", "spokesperson", "mp", "mep", "msp", "am", "coach", "manager", "boss", "striker", "midfielder",
    "defender", "goalkeeper", "skipper", "chief executive", "ceo", "director", "editor", "correspondent",
    "analyst", "economist", "professor", "officer", "attorney", "lawyer", "counsel", "adviser", "advisor", "envoy",
    "founder", "president-elect", "king", "queen", "crown"}) | OCCUPATIONS
# peerage and royalty: part of the name a person is known by ("Lord Ambleside", "Prince Osric")
NAME_TITLES = frozenset({"lord", "lady", "baroness", "baron", "earl", "duke", "duchess", "king", "queen", "prince",
                         "princess", "pope", "sheikh", "emir", "sultan", "saint", "st"})
# generations after a name: the surname is the word before ("Sam Ortiz Jr")
GENERATIONAL = frozenset({"Jr", "Jnr", "Sr", "Snr", "II", "III", "IV"})
# letters after a name: no part of it ("Ana Ruiz QC")
POSTNOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "AM", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE",
                          "PHD", "MD", "FRS", "VC", "JP", "RN", "ESQ"})
# words that mark a role as one held before ("former minister", "ex-chairman")
FORMER = frozenset({"former", "ex", "ex-", "then"})
# names written with "the" in running text: by how they start ("the United ...") or end ("... Foundation")
THE_FIRST = ("United ", "Republic ", "Kingdom ", "Federated ", "Democratic Republic", "Central African",
             "Dominican ", "Czech ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros",
             "Seychelles", "Solomon ", "Marshall ", "Cayman ", "Falkland", "Vatican", "University of ",
             "Ministry ", "Department ", "Bank of ", "Council ", "Office ", "House of ", "European ")
THE_LAST = ("Republic", "Islands", "Emirates", "States", "Kingdom", "Foundation", "Institute", "Institution",
            "Army", "Navy", "Council", "Commission", "Party", "Centre", "Center", "Ministry", "Department",
            "Office", "Agency", "Service", "Fund", "Union", "Committee", "Organisation", "Organization",
            "Parliament", "Assembly", "Court", "Trust", "Society", "Association", "Federation", "League",
            "Alliance", "Guard", "Forces", "Force", "Treasury", "Police", "Bureau", "Administration")
