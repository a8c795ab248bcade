"""Number words as news writes them ("twenty-five", "two dozen", "4.5bn", "dozens"), for quantities and dates."""

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "dozen": 12, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
          "crores": 10_000_000}
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES)
# Suffixes glued to digits or standing after them in money and counts: "4.5bn", "£300m", "20k".
SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
            "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
# Vague amounts as intervals by convention: plural number word -> (low, high) ("dozens of villagers": 24-99).
VAGUE = {
    "dozens": (24, 99), "scores": (40, 199), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999), "billions": (2_000_000_000, 9_999_999_999),
    "trillions": (2_000_000_000_000, 9_999_999_999_999),
}
# The size a vague word counts in, for "tens of thousands" (10 x 1,000) or "hundreds of millions".
VAGUE_BASE = {"tens": 10, "hundreds": 100, "dozens": 12, "scores": 20}
# "several hundred": 3-9 hundreds; "a few thousand": 2-5 thousands.
FEW = {"several": (3, 9), "few": (2, 5), "many": (2, 9)}
# Fraction words and their denominators: "three-quarters" is 3/4, "a third" 1/3, "half" 1/2.
FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                  "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
