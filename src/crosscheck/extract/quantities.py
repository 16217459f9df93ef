"""Physical quantities: a figure followed by a unit pint knows (``4,000 km``, ``500 MW``).

Units are written many ways; this table maps the written forms to pint unit names, and the
single registry converts each to one canonical unit per dimension so quantities compare.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..units import registry
from .fastre import caseless_window, lower_alternation

# written form -> pint unit. Case matters for symbols (MW vs mW), so symbols are exact and
# words are matched case-insensitively through the lower-cased table.
SYMBOLS: Final = {
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter", "mi": "mile",
    "ft": "foot", "yd": "yard", "nm": "nanometer", "µm": "micrometer",
    "km2": "kilometer**2", "km²": "kilometer**2", "m2": "meter**2", "m²": "meter**2",
    "ha": "hectare", "sq km": "kilometer**2", "sq m": "meter**2", "sq ft": "foot**2",
    "sq mi": "mile**2", "sq. km": "kilometer**2", "sq. m": "meter**2", "sq. ft": "foot**2",
    "sq. mi": "mile**2", "m3": "meter**3", "m³": "meter**3", "cm3": "centimeter**3",
    "cm³": "centimeter**3",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "lb": "pound", "lbs": "pound",
    "oz": "ounce", "t": "metric_ton", "Mt": "megatonne", "Gt": "gigatonne",
    "l": "liter", "L": "liter", "ml": "milliliter", "mL": "milliliter", "cl": "centiliter",
    # "700,000 kw", "KWh": the kilowatt as newsrooms often print it
    "kw": "kilowatt", "KW": "kilowatt", "kwh": "kilowatt_hour", "KWh": "kilowatt_hour",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt",
    "Wh": "watt_hour", "kWh": "kilowatt_hour", "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour", "TWh": "terawatt_hour", "J": "joule", "kJ": "kilojoule",
    "MJ": "megajoule", "kcal": "kilocalorie", "cal": "calorie",
    "km/h": "kilometer/hour", "kph": "kilometer/hour", "kmh": "kilometer/hour",
    "mph": "mile/hour", "m/s": "meter/second",
    # oil output: "100 million bpd", "2 million b/d" are barrels, a day the rate's period
    "bpd": "oil_barrel", "b/d": "oil_barrel", "bbl": "oil_barrel",
    "°C": "degree_Celsius", "°F": "degree_Fahrenheit", "℃": "degree_Celsius",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "KB": "kilobyte", "kB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte",
    "Pa": "pascal", "kPa": "kilopascal", "MPa": "megapascal", "psi": "psi",
    "h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
    "s": "second", "sec": "second", "secs": "second", "ms": "millisecond",
}
WORDS: Final = {
    "kilometre": "kilometer", "kilometer": "kilometer", "metre": "meter", "meter": "meter",
    "centimetre": "centimeter", "centimeter": "centimeter", "millimetre": "millimeter",
    "millimeter": "millimeter", "mile": "mile", "foot": "foot", "feet": "foot",
    "inch": "inch", "inches": "inch", "yard": "yard", "nautical mile": "nautical_mile",
    "light year": "light_year", "light-year": "light_year",
    "square kilometre": "kilometer**2", "square kilometer": "kilometer**2",
    "square metre": "meter**2", "square meter": "meter**2", "square foot": "foot**2",
    "square km": "kilometer**2",
    "square feet": "foot**2", "square mile": "mile**2", "hectare": "hectare", "acre": "acre",
    "cubic metre": "meter**3", "cubic meter": "meter**3", "cubic foot": "foot**3",
    "cubic feet": "foot**3",
    "kilogram": "kilogram", "kilo": "kilogram", "gram": "gram", "milligram": "milligram",
    "tonne": "metric_ton", "metric ton": "metric_ton", "ton": "ton", "ounce": "ounce",
    "megatonne": "megatonne", "gigatonne": "gigatonne",
    "pound": "pound",
    "litre": "liter", "liter": "liter", "millilitre": "milliliter", "milliliter": "milliliter",
    "gallon": "gallon", "barrel": "oil_barrel", "cup": "cup", "teaspoon": "teaspoon",
    "tablespoon": "tablespoon", "pint": "pint", "quart": "quart",
    "watt": "watt", "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt",
    "kilowatt-hour": "kilowatt_hour", "kilowatt hour": "kilowatt_hour",
    "megawatt-hour": "megawatt_hour", "gigawatt-hour": "gigawatt_hour",
    "terawatt-hour": "terawatt_hour", "joule": "joule", "calorie": "calorie",
    "kilocalorie": "kilocalorie", "horsepower": "horsepower",
    "degree celsius": "degree_Celsius", "degrees celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit", "degrees fahrenheit": "degree_Fahrenheit",
    "kilometres per hour": "kilometer/hour", "kilometers per hour": "kilometer/hour",
    "miles per hour": "mile/hour", "metres per second": "meter/second",
    "meters per second": "meter/second", "knot": "knot",
    "hertz": "hertz", "megahertz": "megahertz", "gigahertz": "gigahertz",
    "byte": "byte", "kilobyte": "kilobyte", "megabyte": "megabyte", "gigabyte": "gigabyte",
    "terabyte": "terabyte", "bit": "bit",
    "pascal": "pascal", "bar": "bar", "atmosphere": "atmosphere",
    "hour": "hour", "minute": "minute", "second": "second", "millisecond": "millisecond",
}
# Canonical unit per dimensionality, so ``4,000 km`` and ``4 million metres`` compare.
CANONICAL: Final = ("meter", "meter**2", "meter**3", "kilogram", "watt", "joule", "meter/second",
                    "degree_Celsius", "hertz", "byte", "pascal", "second")


def _plurals(words: dict[str, str]) -> dict[str, str]:
    out = dict(words)
    for w, u in words.items():
        if w.endswith(("s", "feet", "inches", "celsius", "fahrenheit")) or " per " in w:
            continue
        head, _, tail = w.rpartition(" ")
        plural = (w + "es") if w.endswith("ch") else (w + "s")
        if head and tail in ("foot",):
            continue
        out.setdefault(plural, u)
    return out


_WORD_TABLE: Final = _plurals(WORDS)
_SYMBOL_ALT: Final = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_WORD_ALT: Final = "|".join(re.escape(w).replace(r"\ ", r"[ \-]") for w in
                            sorted(_WORD_TABLE, key=len, reverse=True))
#: a unit right after a figure: symbols case-sensitive ("MW"), words in any case
UNIT_AFTER: Final = re.compile(
    rf"[ \u00a0\-]?(?:(?P<sym>{_SYMBOL_ALT})|(?i:(?P<word>{_WORD_ALT})))(?![\w²³/])")


#: first words and symbols of every unit, for a cheap test before the full pattern runs
SYMBOL_FIRST: Final = frozenset({k.split()[0] for k in SYMBOLS} | {k.split("/")[0] for k in SYMBOLS}
                                | {k[0] for k in SYMBOLS if not k[0].isalpha()}
                                | {"C", "F"})  # degrees printed on the figure: "46.2C"
WORD_FIRST: Final = frozenset(w.split()[0].split("-")[0] for w in _WORD_TABLE)


@lru_cache(maxsize=256)
def canonical(unit: str) -> tuple[str, float]:
    """The canonical unit for ``unit`` and the factor to multiply a magnitude by."""
    from ..unit_table import CANONICAL as TABLE

    found = TABLE.get(unit)
    return found if found is not None else canonical_by_pint(unit)


def canonical_by_pint(unit: str) -> tuple[str, float]:
    """:func:`canonical` computed by the registry (``unit_table`` holds its answers)."""
    ureg = registry()
    q = ureg.Quantity(1.0, unit)
    for target in CANONICAL:
        if q.dimensionality == ureg.Quantity(1.0, target).dimensionality:
            if target == "degree_Celsius":
                # a temperature's scale is that of its degrees; the offset is OFFSETS'
                return target, float(ureg.Quantity(1.0, f"delta_{_DEGREE[unit]}")
                                     .to("delta_degC").magnitude)
            return target.replace("**", "^"), float(q.to(target).magnitude)
    return unit, 1.0


#: pint's names of the degrees whose differences scale a temperature
_DEGREE: Final = {"degree_Celsius": "degC", "degree_Fahrenheit": "degF"}
#: what to add to a temperature before its scale: °F - 32 is 5/9 of the degrees Celsius
OFFSETS: Final = {"degree_Fahrenheit": -32.0}


_SPACES_OR_DASHES: Final = re.compile(r"[ \-]+")


# UNIT_AFTER in two steps: the symbols as written, then the words on the
# lower-cased text (see fastre.caseless_window). No unit opens with a separator, so
# whether one is taken depends only on the character at the figure's end, and trying the
# symbols before the words keeps UNIT_AFTER's order.
_SYMBOL_AFTER: Final = re.compile(rf"[ \u00a0\-]?(?P<sym>{_SYMBOL_ALT})(?![\w²³/])")
_WORD_AFTER_LOW: Final = re.compile(
    r"[ \u00a0\-]?(?P<word>" + lower_alternation(
        _WORD_TABLE, escape=lambda w: re.escape(w).replace(r"\ ", r"[ \-]")) + r")(?![\w²³/])")
_WORD_WIDTH: Final = max(map(len, _WORD_TABLE)) + 2  # a separator, the unit, the look-ahead


#: "46.2C (115.2F)", "limit warming to 1.5C": a capital C or F right on the figure is a
#: temperature as newsrooms print it (with a space, "45 C" may be anything)
_DEGREES_ON: Final = re.compile(r"[CF](?![\w²³/'’-])")


def unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """The pint unit written right after ``pos`` and where it ends, if any."""
    if (m := _DEGREES_ON.match(text, pos)) is not None:
        return ("degree_Celsius" if m.group(0) == "C" else "degree_Fahrenheit"), m.end()
    low = caseless_window(text, pos, _WORD_WIDTH)
    if low is None:
        m = UNIT_AFTER.match(text, pos)
        if m is None:
            return None
        sym, word, end = m.group("sym"), m.group("word"), m.end()
    else:
        m = _SYMBOL_AFTER.match(text, pos)
        if m is not None:
            return SYMBOLS[m.group("sym")], m.end()
        m = _WORD_AFTER_LOW.match(low)
        if m is None:
            return None
        sym, word, end = None, m.group("word"), pos + m.end()
    if sym:
        return SYMBOLS[sym], end
    word = _SPACES_OR_DASHES.sub(" ", word.lower())
    unit = _WORD_TABLE.get(word) or _WORD_TABLE.get(word.replace(" ", "-"))
    return (unit, end) if unit else None
