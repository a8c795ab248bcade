"""The project's unit registry: news spellings (lexicon/units.py) read through pint, so every unit gets one
canonical name ("km/h" -> "kilometre per hour"), a dimension (length, area, speed, ...) and an SI value.

pint is loaded once per process on the first lookup (about half a second) and every lookup is cached, so a
document pays only dictionary lookups. Conversion factors are pint's, never ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...lexicon.units import CASED, CURRENCY_NAMES, GLUED_ONLY, NON_PINT, SUBUNIT_NAMES, UNIT_SPELLINGS
from .numbers import glued

_NO_GLUED_UNITS = {"s", "st", "nd", "rd", "th", "d", "x"}  # "1990s", "1st", "3D", "4x4"

# pint's dimensionality -> the dimension news readers name; and the SI unit a value is given in.
_DIMENSIONS = {
    (("[length]", 1),): ("length", "meter"), (("[length]", 2),): ("area", "meter**2"),
    (("[length]", 3),): ("volume", "meter**3"), (("[mass]", 1),): ("mass", "kilogram"),
    (("[time]", 1),): ("duration", "second"), (("[time]", -1),): ("frequency", "hertz"),
    (("[length]", 1), ("[time]", -1)): ("speed", "meter/second"),
    (("[length]", 1), ("[time]", -2)): ("acceleration", "meter/second**2"),
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): ("power", "watt"),
    (("[length]", 2), ("[mass]", 1), ("[time]", -2)): ("energy", "joule"),
    (("[length]", 1), ("[mass]", 1), ("[time]", -2)): ("force", "newton"),
    (("[length]", -1), ("[mass]", 1), ("[time]", -2)): ("pressure", "pascal"),
    (("[temperature]", 1),): ("temperature", "kelvin"),
    (("[current]", 1),): ("current", "ampere"),
    (("[current]", -1), ("[length]", 2), ("[mass]", 1), ("[time]", -3)): ("voltage", "volt"),
    (("[length]", 3), ("[time]", -1)): ("flow", "meter**3/second"),
    (("[mass]", 1), ("[time]", -1)): ("mass flow", "kilogram/second"),
    (("[length]", -3), ("[mass]", 1)): ("density", "kilogram/meter**3"),
}
# pint names spelled as British news spells them.
_SPELLING = (("meter", "metre"), ("liter", "litre"), ("metric_ton", "tonne"), ("oil_barrel", "barrel"),
             ("electron_volt", "electronvolt"), ("degree_Celsius", "degree Celsius"),
             ("degree_Fahrenheit", "degree Fahrenheit"), ("british_thermal_unit", "british thermal unit"),
             ("pound_force_per_square_inch", "pound per square inch"), ("_", " "))
# Units pint knows under another meaning: news "decade" is ten years (pint's is logarithmic).
_RENAMED = {"decade": ("decade", "10 * year"), "decades": ("decade", "10 * year"),
            "century": ("century", "100 * year"), "centuries": ("century", "100 * year")}


@dataclass(frozen=True)
class Unit:
    """A unit as the registry reads it: canonical name, dimension, and the factor/offset to its SI unit."""

    name: str
    dimension: str | None
    si_unit: str | None = None
    expr: str | None = None  # the pint expression (None for units pint does not know)


@lru_cache(maxsize=1)
def registry():
    """The one pint UnitRegistry of the process (loading costs about half a second)."""
    import pint

    return pint.UnitRegistry()


def _word(name: str) -> str:
    for a, b in _SPELLING:
        name = name.replace(a, b)
    return name


def canonical_name(units) -> str:
    """'kilometer / hour' -> 'kilometre per hour', 'kilometer ** 2' -> 'square kilometre'."""
    top, bottom = [], []
    for name, power in units._units.items():
        word = _word(name)
        p = abs(power)
        word = ("square " if p == 2 else "cubic " if p == 3 else "") + word
        (top if power > 0 else bottom).append(word)
    text = " ".join(top) if top else "inverse"
    return text + "".join(" per " + b for b in bottom)


@lru_cache(maxsize=4096)
def pint_unit(expr: str, name: str | None = None) -> Unit | None:
    """The Unit of a pint expression ("kilometer/hour"), or None when pint cannot read it."""
    ureg = registry()
    try:
        q = ureg.Quantity(1, expr) if "*" not in expr.replace("**", "") else ureg(expr)
    except Exception:  # pint raises its own error classes for unknown names
        return None
    dims = tuple(sorted((str(k), int(v)) for k, v in q.dimensionality.items()))
    dim, si = _DIMENSIONS.get(dims, (None, None))
    if not dims and "bit" in str(q.to_base_units().units):
        dim, si = "information", "bit"
    return Unit(name or canonical_name(q.units), dim, si, expr)


@lru_cache(maxsize=4096)
def lookup(spelling: str) -> Unit | None:
    """The Unit of a news spelling ("km/h", "square miles", "MW", "points"), or None when it is no unit."""
    key = spelling.lower()
    if key in _RENAMED:
        name, expr = _RENAMED[key]
        return pint_unit(expr, name)
    if key in NON_PINT:
        name, dim = NON_PINT[key]
        return Unit(name, dim)
    expr = CASED.get(spelling) or UNIT_SPELLINGS.get(key)
    return pint_unit(expr) if expr else None


def si_value(unit: Unit, value: float | None) -> float | None:
    """The value in the SI unit of its dimension (pint's factors and offsets: 30 degC -> 303.15 K)."""
    if value is None or unit.expr is None or unit.si_unit is None:
        return None
    return _si_factor(unit.expr, unit.si_unit, value) if "deg" in unit.expr else \
        value * _si_factor(unit.expr, unit.si_unit, 1.0)


@lru_cache(maxsize=4096)
def _si_factor(expr: str, si: str, value: float) -> float:
    ureg = registry()
    q = ureg.Quantity(value, expr) if "*" not in expr.replace("**", "") else value * ureg(expr)
    return float(q.to(si).magnitude)


def si_name(unit: Unit) -> str | None:
    """The SI unit's canonical name ("metre per second")."""
    return canonical_name(registry().Unit(unit.si_unit)) if unit.si_unit else None


def per_unit(base: Unit, per: Unit) -> Unit:
    """'kilometre' per 'hour' as one Unit; a per-unit pint does not know keeps the names ("dollar per share")."""
    if base.expr and per.expr:
        got = pint_unit(f"({base.expr}) / ({per.expr})")
        if got is not None:
            return got
    return Unit(f"{base.name} per {per.name}", None)


def currency_name(code: str | None) -> str | None:
    """The canonical name of a currency code ("HKD" -> "Hong Kong dollar"); the code itself when unnamed."""
    return None if code is None else CURRENCY_NAMES.get(code, code)


def subunit(word: str) -> tuple[str, str, float] | None:
    """(canonical name, currency, share) of a coin word ("pence" -> penny, GBP, 0.01)."""
    return SUBUNIT_NAMES.get(word.lower())


@lru_cache(maxsize=8192)
def glued_unit_of(text: str) -> Unit | None:
    """The unit glued to a number token ("45km2" -> square kilometre, "41C" -> degree Celsius), if any."""
    g = glued(text)
    if g is None or g.unit is None or g.unit.lower() in _NO_GLUED_UNITS:
        return None
    if g.unit in GLUED_ONLY:
        return pint_unit(GLUED_ONLY[g.unit])
    if len(g.unit) <= 2 and g.unit not in CASED and g.unit.lower() != g.unit:
        return None  # "4G", "3D": short capitals are units only as written ("MW", "GB")
    return lookup(g.unit)


def is_glued_name(text: str) -> bool:
    """A digit glued to letters that are no unit: "4G", "3D", "5G" (names, not quantities)."""
    g = glued(text)
    return g is not None and g.unit is not None and g.currency is None and glued_unit_of(text) is None \
        and g.unit.lower() not in {"s", "st", "nd", "rd", "th", "sq", "cu", "p", "pc", "pct"}


def glued_compound(text: str, next_text: str) -> Unit | None:
    """A unit begun on the number and ended on the next token: "540sq" "ft" -> square foot."""
    g = glued(text)
    if g is None or g.unit is None or g.unit.lower() not in {"sq", "sq.", "cu", "cu."}:
        return None
    return lookup(f"{g.unit} {next_text}")


@lru_cache(maxsize=8192)
def measures_non_time(text: str) -> bool:
    """Whether a time expression's words end in a unit of another dimension or a percentage ("38C", "two and a
    half miles", "5 percent"): a quantity the date finder took for a date."""
    last = text.split()[-1] if text.split() else ""
    if last.endswith("%") or last.lower() in {"percent", "cent", "pc"}:
        return True  # "between 5 and 8 percent"
    g = glued(last) if last[:1].isdigit() else None
    if g is not None and g.unit == "p" and len(text.split()) == 1:
        return True  # "245p" is pence (a clock time is written "2.45pm")
    unit = glued_unit_of(last) if last[:1].isdigit() else lookup(last)
    return unit is not None and unit.dimension not in {None, "duration"}
