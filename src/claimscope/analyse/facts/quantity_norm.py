"""A quantity's unit normalised: canonical name, dimension and SI values, from the project unit registry.

By kind: a measure or age takes its registry unit ("km/h" -> kilometre per hour, speed, in metre per second);
money its currency's name ("GBP" -> pound sterling, a coin "pence" -> penny; a rate "dollar per gallon");
a percent "percentage" (or "percentage point", "basis point"); a fraction "fraction"; a count has no unit
name (what it counts stays in `unit`) and the dimension "count".
"""

from __future__ import annotations

from dataclasses import replace

from .numbers import clean_number
from .units import currency_name, lookup, si_name, si_value, subunit


def _si(unit, v):
    got = si_value(unit, v)
    return None if got is None else clean_number(got)


def normalised(r, difference: bool = False) -> dict:
    """The canonical_unit, dimension, per and si_* fields of a finished Reading; a change of temperature
    ("warmed by 1.1C") is a difference, given in kelvin without the offset."""
    out = {"canonical_unit": None, "dimension": None, "per": r.per, "si_value": None, "si_low": None,
           "si_high": None, "si_unit": None}
    unit = r.measure
    if difference and unit is not None and unit.expr in {"degC", "degF"}:
        unit = replace(unit, expr="delta_" + unit.expr)
    if r.kind in {"measure", "age"} and unit is not None:
        out.update(canonical_unit=unit.name, dimension=unit.dimension, si_unit=si_name(unit),
                   si_value=_si(unit, r.value), si_low=_si(unit, r.low), si_high=_si(unit, r.high))
    elif r.kind == "money":
        coin = subunit(r.coin) if r.coin else None
        name = coin[0] if coin else currency_name(r.currency)
        out.update(canonical_unit=unit.name if unit is not None else name, dimension="currency")
    elif r.kind == "percent":
        name = {"%": "percentage"}.get(r.unit) or (lookup(r.unit).name if lookup(r.unit or "") else "percentage")
        out.update(canonical_unit=name, dimension="percentage")
    elif r.kind == "fraction":
        out.update(dimension="fraction")
    elif r.kind == "count":
        out.update(canonical_unit=unit.name if unit is not None and unit.name != "count" else None,
                   dimension=unit.dimension if unit is not None and unit.dimension else "count")
    return out
