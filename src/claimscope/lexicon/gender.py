"""Words that give a person's gender in the text: honorifics and kinship or role nouns, by gender."""

from __future__ import annotations

# "Mr Ruiz", "Lady Ana": the title before a name (lower case, without the full stop).
HONORIFICS: dict[str, str] = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "duke": "m", "baron": "m",
    "father": "m", "brother": "m", "uncle": "m", "count": "m", "emperor": "m", "sheikh": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "lady": "f", "dame": "f", "queen": "f",
    "princess": "f", "duchess": "f", "baroness": "f", "sister": "f", "mother": "f", "aunt": "f",
    "empress": "f", "mme": "f", "mlle": "f",
}

# "her husband Ana Ruiz's", "Tom Reyes, the actress's father": nouns that are of one gender.
GENDERED_NOUNS: dict[str, str] = {
    "man": "m", "boy": "m", "husband": "m", "father": "m", "son": "m", "brother": "m", "uncle": "m",
    "nephew": "m", "grandfather": "m", "grandson": "m", "widower": "m", "boyfriend": "m", "king": "m",
    "prince": "m", "actor": "m", "chairman": "m", "spokesman": "m", "businessman": "m", "sportsman": "m",
    "frenchman": "m", "englishman": "m", "dad": "m", "gentleman": "m", "monk": "m", "priest": "m",
    "woman": "f", "girl": "f", "wife": "f", "mother": "f", "daughter": "f", "sister": "f", "aunt": "f",
    "niece": "f", "grandmother": "f", "granddaughter": "f", "widow": "f", "girlfriend": "f", "queen": "f",
    "princess": "f", "actress": "f", "chairwoman": "f", "spokeswoman": "f", "businesswoman": "f",
    "sportswoman": "f", "frenchwoman": "f", "englishwoman": "f", "mum": "f", "mom": "f", "lady": "f",
    "nun": "f", "waitress": "f", "heiress": "f",
}
