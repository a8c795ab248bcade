"""Function words and verbs that decide who does what a clause says ("who", "urged X to")."""

REL_PRONOUNS = {"who", "that", "which", "whom", "whose"}
# Verbs whose object, not their subject, does what the infinitive says ("urged the council to withdraw").
OBJECT_CONTROL = {"ask", "urge", "order", "force", "persuade", "tell", "allow", "encourage", "invite", "compel",
                  "instruct", "authorize", "authorise", "require", "permit", "pressure", "push", "call", "help",
                  "enable", "lead", "get", "cause", "warn", "advise", "expect", "want"}
