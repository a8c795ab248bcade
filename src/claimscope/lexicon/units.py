"""Unit spellings as news writes them ("km/h", "sq ft", "330ml", "degrees Celsius"), each with the pint
expression it stands for; pint (analyse/facts/units.py) gives the canonical name, dimension and SI value.

Keys are lowercase, words separated by one space ("square kilometres"); a glued form ("45km2", "3.6GHz") is
looked up by its letters. Case matters for a few short symbols ("MW" megawatt, "mW" is not news), kept in
`CASED`. Units pint lacks are `NON_PINT` (canonical name, dimension).
"""

from __future__ import annotations


def _plural(pairs: dict[str, str]) -> dict[str, str]:
    """Each singular word also as its plural ("kilometre" -> "kilometres"; "foot" -> "feet" by hand)."""
    out = dict(pairs)
    for word, expr in pairs.items():
        if not word.endswith(("s", "celsius", "fahrenheit", "centigrade", "horsepower", "hertz", "inch")):
            out.setdefault(word + "s", expr)
    return out


_WORDS = _plural({
    # length
    "metre": "meter", "meter": "meter", "kilometre": "kilometer", "kilometer": "kilometer",
    "centimetre": "centimeter", "centimeter": "centimeter", "millimetre": "millimeter", "millimeter": "millimeter",
    "nanometre": "nanometer", "nanometer": "nanometer", "micrometre": "micrometer", "mile": "mile",
    "nautical mile": "nautical_mile", "yard": "yard", "inch": "inch", "light year": "light_year",
    "light-year": "light_year",
    # area
    "square metre": "meter**2", "square meter": "meter**2", "square kilometre": "kilometer**2",
    "square kilometer": "kilometer**2", "square mile": "mile**2", "square yard": "yard**2",
    "square inch": "inch**2", "square centimetre": "centimeter**2", "hectare": "hectare", "acre": "acre",
    # volume
    "cubic metre": "meter**3", "cubic meter": "meter**3", "cubic kilometre": "kilometer**3",
    "cubic kilometer": "kilometer**3", "cubic centimetre": "centimeter**3", "cubic foot": "foot**3",
    "cubic inch": "inch**3", "litre": "liter", "liter": "liter", "millilitre": "milliliter",
    "milliliter": "milliliter", "centilitre": "centiliter", "gallon": "gallon", "pint": "pint",
    "barrel": "oil_barrel", "tablespoon": "tablespoon", "teaspoon": "teaspoon", "cup": "cup",
    # mass
    "gram": "gram", "gramme": "gram", "kilogram": "kilogram", "kilogramme": "kilogram", "kilo": "kilogram",
    "milligram": "milligram", "microgram": "microgram", "tonne": "metric_ton", "metric ton": "metric_ton",
    "ton": "ton", "ounce": "ounce", "stone": "stone", "pound": "pound", "carat": "carat",
    # time
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "fortnight": "fortnight",
    "month": "month", "year": "year", "decade": "decade", "millisecond": "millisecond",
    "nanosecond": "nanosecond", "microsecond": "microsecond",
    # energy, power, electricity
    "watt": "watt", "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt", "terawatt": "terawatt",
    "kilowatt hour": "kilowatt_hour", "kilowatt-hour": "kilowatt_hour", "megawatt hour": "megawatt_hour",
    "megawatt-hour": "megawatt_hour", "gigawatt hour": "gigawatt_hour", "gigawatt-hour": "gigawatt_hour",
    "terawatt hour": "terawatt_hour", "terawatt-hour": "terawatt_hour", "watt hour": "watt_hour",
    "joule": "joule", "kilojoule": "kilojoule", "megajoule": "megajoule", "calorie": "calorie",
    "kilocalorie": "kilocalorie", "electronvolt": "electron_volt", "volt": "volt", "kilovolt": "kilovolt",
    "amp": "ampere", "ampere": "ampere", "horsepower": "horsepower", "british thermal unit": "Btu",
    # frequency, data, pressure, force
    "hertz": "hertz", "kilohertz": "kilohertz", "megahertz": "megahertz", "gigahertz": "gigahertz",
    "bit": "bit", "byte": "byte", "kilobyte": "kilobyte", "megabyte": "megabyte", "gigabyte": "gigabyte",
    "terabyte": "terabyte", "petabyte": "petabyte", "exabyte": "exabyte", "kilobit": "kilobit",
    "megabit": "megabit", "gigabit": "gigabit", "pascal": "pascal", "hectopascal": "hectopascal",
    "millibar": "millibar", "bar": "bar", "newton": "newton", "decibel": "decibel", "knot": "knot",
    # temperature
    "degree celsius": "degC", "degree centigrade": "degC", "degree fahrenheit": "degF", "kelvin": "kelvin",
})
_IRREGULAR = {
    "foot": "foot", "feet": "foot", "square foot": "foot**2", "square feet": "foot**2", "cubic feet": "foot**3",
    "degrees celsius": "degC", "degrees centigrade": "degC", "degrees fahrenheit": "degF", "celsius": "degC",
    "fahrenheit": "degF", "centigrade": "degC", "hours": "hour", "hrs": "hour", "hr": "hour", "yrs": "year",
    "calendar month": "month", "calendar months": "month", "mins": "minute", "secs": "second", "sec": "second", "pounds weight": "pound", "bars": "bar",
    "stones": "stone", "kilos": "kilogram", "miles per hour": "mile/hour", "mile per hour": "mile/hour",
    "kilometres per hour": "kilometer/hour", "kilometers per hour": "kilometer/hour",
    "kilometre per hour": "kilometer/hour", "metres per second": "meter/second", "meters per second": "meter/second",
    "knots": "knot", "inches": "inch", "tons": "ton", "barrels": "oil_barrel", "cubic metres": "meter**3",
    "cubic meters": "meter**3", "square metres": "meter**2", "square meters": "meter**2",
    "square kilometres": "kilometer**2", "square kilometers": "kilometer**2", "square miles": "mile**2",
    "sq ft": "foot**2", "sq. ft": "foot**2", "sq ft.": "foot**2", "sq m": "meter**2", "sq km": "kilometer**2",
    "sq mi": "mile**2", "sq miles": "mile**2", "sq metres": "meter**2", "sq yd": "yard**2",
}
# Symbols, matched lowercase: "km", "kg", "mph". Case-sensitive ones are in CASED.
_SYMBOLS = {
    "km": "kilometer", "kms": "kilometer", "cm": "centimeter", "mm": "millimeter", "nm": "nanometer",
    "mi": "mile", "ft": "foot", "ft.": "foot", "yd": "yard", "in.": "inch",
    "km2": "kilometer**2", "km²": "kilometer**2", "km^2": "kilometer**2", "m2": "meter**2", "m²": "meter**2",
    "m^2": "meter**2", "sqm": "meter**2", "sqkm": "kilometer**2", "sqft": "foot**2", "ha": "hectare",
    "km3": "kilometer**3", "km³": "kilometer**3", "km^3": "kilometer**3", "m3": "meter**3", "m³": "meter**3",
    "cm3": "centimeter**3", "cm³": "centimeter**3", "cc": "centimeter**3",
    "l": "liter", "ltr": "liter", "ml": "milliliter", "cl": "centiliter", "dl": "deciliter", "gal": "gallon",
    "bbl": "oil_barrel", "tbsp": "tablespoon", "tsp": "teaspoon", "fl oz": "fluid_ounce",
    "kg": "kilogram", "kgs": "kilogram", "g": "gram", "mg": "milligram", "µg": "microgram", "mcg": "microgram",
    "lb": "pound", "lbs": "pound", "oz": "ounce", "st": "stone",
    "mph": "mile/hour", "km/h": "kilometer/hour", "kph": "kilometer/hour", "kmh": "kilometer/hour",
    "km/hr": "kilometer/hour", "kmph": "kilometer/hour", "m/s": "meter/second", "km/s": "kilometer/second",
    "kn": "knot", "kt": "knot", "kts": "knot",
    "hp": "horsepower", "bhp": "horsepower", "kwh": "kilowatt_hour", "mwh": "megawatt_hour",
    "gwh": "gigawatt_hour", "twh": "terawatt_hour", "wh": "watt_hour", "kw": "kilowatt", "gw": "gigawatt",
    "tw": "terawatt", "kj": "kilojoule", "mj": "megajoule", "kcal": "kilocalorie", "ev": "electron_volt",
    "tev": "teraelectron_volt", "gev": "gigaelectron_volt", "mev": "megaelectron_volt", "kv": "kilovolt",
    "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz",
    "kb": "kilobyte", "gb": "gigabyte", "tb": "terabyte", "pb": "petabyte",
    "kbps": "kilobit/second", "mbps": "megabit/second", "gbps": "gigabit/second", "kb/s": "kilobit/second",
    "mb/s": "megabit/second", "hpa": "hectopascal", "kpa": "kilopascal", "mbar": "millibar", "psi": "psi",
    "db": "decibel", "°c": "degC", "°f": "degF", "ºc": "degC", "ºf": "degF", "° c": "degC", "° f": "degF",
    "mpg": "mile/gallon", "ms": "millisecond", "bpd": "oil_barrel/day", "b/d": "oil_barrel/day", "tpd": "metric_ton/day",
}
# Short symbols whose case decides them ("MW" megawatt; "mW" no news unit; "C" Celsius only glued or after °).
CASED = {"MW": "megawatt", "W": "watt", "MB": "megabyte", "Mb": "megabit", "Gb": "gigabit", "GB": "gigabyte",
         "TB": "terabyte", "V": "volt", "K": "kelvin", "J": "joule", "N": "newton", "m": "meter",
         "t": "metric_ton", "h": "hour", "s": "second", "min": "minute", "in": "inch", "Gy": "gray",
         "mGy": "milligray"}
# Symbols read only when glued to their number ("41C", "5m" is money; "30C" and "114F" are temperatures).
GLUED_ONLY = {"C": "degC", "F": "degF", "c": "degC", "f": "degF", "m": "meter", "t": "metric_ton"}
# Cased symbols that need a digit glued or a space before them but are never read after a word number
# ("two in my car"): "in", "m", "h", "s", "t", "min".
AMBIGUOUS_SYMBOLS = {"in", "m", "h", "s", "t", "min", "st", "l", "g", "ms", "kn", "kt", "db", "cc", "mi", "yd"}

UNIT_SPELLINGS: dict[str, str] = {**_WORDS, **_IRREGULAR, **_SYMBOLS}

# Units news uses that pint does not know: spelling -> (canonical name, dimension). Points are an index's
# ("down 112.4 points") or a score's ("won by five points").
NON_PINT = {
    "point": ("point", "points"), "points": ("point", "points"), "pts": ("point", "points"),
    "basis point": ("basis point", "percentage"), "basis points": ("basis point", "percentage"),
    "bps": ("basis point", "percentage"), "bp": ("basis point", "percentage"),
    "percentage point": ("percentage point", "percentage"), "percentage points": ("percentage point", "percentage"),
    "bcm": ("billion cubic metre", "volume"), "karat": ("karat", "purity"), "karats": ("karat", "purity"),
    "ppm": ("part per million", "concentration"), "parts per million": ("part per million", "concentration"),
    "part per million": ("part per million", "concentration"), "ppb": ("part per billion", "concentration"),
    "parts per billion": ("part per billion", "concentration"),
}

# Money: ISO 4217 code -> canonical name, as news readers name the currency.
CURRENCY_NAMES = {
    "USD": "dollar", "GBP": "pound sterling", "EUR": "euro", "JPY": "yen", "CNY": "yuan", "INR": "rupee",
    "RUB": "rouble", "KRW": "won", "UAH": "hryvnia", "CHF": "Swiss franc", "AUD": "Australian dollar",
    "CAD": "Canadian dollar", "HKD": "Hong Kong dollar", "NZD": "New Zealand dollar", "SGD": "Singapore dollar",
    "BRL": "real", "ZAR": "rand", "MXN": "Mexican peso", "TRY": "lira", "SEK": "Swedish krona",
    "NOK": "Norwegian krone", "DKK": "Danish krone", "PLN": "zloty", "NGN": "naira", "KES": "Kenyan shilling",
    "TWD": "Taiwan dollar", "ILS": "shekel", "SAR": "riyal", "AED": "dirham", "EGP": "Egyptian pound",
    "PKR": "Pakistani rupee", "IDR": "rupiah", "THB": "baht", "MYR": "ringgit", "PHP": "Philippine peso",
    "ARS": "Argentine peso", "CZK": "koruna", "HUF": "forint", "VND": "dong", "BTC": "bitcoin",
}
# Subunits: the written word -> (canonical name, ISO code, share of the currency).
SUBUNIT_NAMES = {"pence": ("penny", "GBP", 0.01), "penny": ("penny", "GBP", 0.01), "p": ("penny", "GBP", 0.01),
                 "cents": ("cent", "USD", 0.01), "cent": ("cent", "USD", 0.01), "dime": ("dime", "USD", 0.1),
                 "dimes": ("dime", "USD", 0.1)}
# Nouns a distance in metres names ("the 400m final", "a 3,000m steeplechase"): "300m" before them is metres,
# before anything else ("5m people", "a 300m loan") millions.
DISTANCE_NOUNS = {"race", "sprint", "final", "finals", "hurdles", "relay", "freestyle", "backstroke", "breaststroke",
                  "butterfly", "medley", "steeplechase", "dash", "swim", "run", "heat", "heats", "record",
                  "semi-final", "title", "event", "walk", "climb", "drop", "descent", "dive", "races", "champion",
                  "champions", "runner", "runners", "sprinter", "sprinters", "hurdler", "hurdlers", "swimmer",
                  "medallist", "medallists", "medalist", "gold", "silver", "bronze", "runs", "sprints"}
# Words that make "the 100m" a race distance when no noun follows ("ran the 100m in 10.2 seconds").
RACE_DISTANCES = {50, 60, 100, 110, 200, 300, 400, 800, 1500, 1600, 3000, 5000, 10000}
SPORT_CUES = {"ran", "run", "runs", "running", "race", "races", "raced", "sprint", "sprinted", "sprinter", "runner",
              "athlete", "athletics", "swim", "swam", "swimmer", "swimming", "olympic", "olympics", "championship",
              "championships", "medal", "seconds", "lap", "laps", "hurdles", "track", "stadium", "world-record",
              "personal-best", "heat", "final", "finals", "semi-final", "podium", "clocked", "timed"}
# Nouns a price or count is given "a" of as a rate ("$450 a night", "£25 a head"); with "per" any noun is one.
RATE_NOUNS = {"night", "head", "person", "share", "passenger", "household", "pupil", "patient", "customer",
              "worker", "ticket", "visit", "trip", "game", "match", "seat", "room", "bottle", "pint", "kilo",
              "tonne", "ton", "unit", "dose", "flight", "shift", "session", "plate", "meal", "loaf"}
