"""Format impact figures for the language of the page.

The thousands separator and decimal mark are each language's (Django's locale formats,
with the site's own in acopagro_site/formats/): ``plus de 3 000 000 arbres`` (a no-break
space), ``más de 3.000.000 árboles``, ``more than 3,000,000 trees``. Units are
plural-aware through the message catalogs.
"""

from decimal import Decimal

from django.utils import formats, translation
from django.utils.translation import ngettext, pgettext, pgettext_lazy

from core.dates import DatePrecision, format_partial_date
from languages import default as default_language

NBSP = "\u00a0"

# Each unit: its label for the admin's choice list, and its plural-aware form for the
# site. Written out literally so that makemessages extracts every string.
UNIT_LABELS = {
    "families": (pgettext_lazy("unit", "families"), lambda n: ngettext("family", "families", n)),
    "producers": (
        pgettext_lazy("unit", "producers"),
        lambda n: ngettext("producer", "producers", n),
    ),
    "trees": (pgettext_lazy("unit", "trees"), lambda n: ngettext("tree", "trees", n)),
    "hectares": (pgettext_lazy("unit", "hectares"), lambda n: ngettext("hectare", "hectares", n)),
    "tonnes-co2": (
        pgettext_lazy("unit", "tonnes of CO₂"),
        lambda n: ngettext("tonne of CO₂", "tonnes of CO₂", n),
    ),
    "modules": (
        pgettext_lazy("unit", "fermentation modules"),
        lambda n: ngettext("fermentation module", "fermentation modules", n),
    ),
    "people": (pgettext_lazy("unit", "people"), lambda n: ngettext("person", "people", n)),
    "provinces": (
        pgettext_lazy("unit", "provinces"),
        lambda n: ngettext("province", "provinces", n),
    ),
    "schools": (pgettext_lazy("unit", "schools"), lambda n: ngettext("school", "schools", n)),
    "years": (pgettext_lazy("unit", "years"), lambda n: ngettext("year", "years", n)),
    "percent": (pgettext_lazy("unit", "percent (%)"), lambda n: "%"),
}


def unit_choices():
    """Choices for the unit field, labelled in the editor's language."""
    return [(key, label) for key, (label, _plural) in UNIT_LABELS.items()]


def unit_label(unit, count):
    """The unit in the active language, agreeing with ``count``."""
    if unit not in UNIT_LABELS:
        return unit
    # ngettext needs an integer; anything but exactly 1 takes the plural here (French would
    # say "1,5 hectare", a nuance not worth a special case).
    return UNIT_LABELS[unit][1](1 if Decimal(count) == 1 else 2)


def format_number(value, language=None):
    """``3000000`` -> ``3 000 000`` (fr) or ``3.000.000`` (es); decimals kept if any."""
    language = language or translation.get_language() or default_language()
    thousands = formats.get_format("THOUSAND_SEPARATOR", language, use_l10n=True)
    decimal_mark = formats.get_format("DECIMAL_SEPARATOR", language, use_l10n=True)
    value = Decimal(value).normalize()
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    sign, digits, exponent = value.as_tuple()
    text = "".join(str(d) for d in digits)
    if exponent < 0:
        integer, fraction = text[:exponent] or "0", text[exponent:].rjust(-exponent, "0")
    else:
        integer, fraction = text + "0" * exponent, ""
    groups = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    result = thousands.join(groups)
    if fraction:
        result += decimal_mark + fraction
    return ("-" if sign else "") + result


def format_value(value, is_minimum=False, language=None):
    """The number with its "more than" qualifier, without the unit."""
    language = language or translation.get_language() or default_language()
    with translation.override(language):
        number = format_number(value, language)
        if is_minimum:
            # Translators: "more than 2 000" – the figure is a lower bound.
            return pgettext("impact figure", "more than %(number)s") % {"number": number}
        return number


def format_figure(value, unit, is_minimum=False, language=None):
    """``plus de 3 000 000 arbres`` / ``más de 3.000.000 árboles``.

    The number and its unit are joined by a no-break space so they never wrap apart.
    """
    language = language or translation.get_language() or default_language()
    with translation.override(language):
        label = unit_label(unit, Decimal(value))
        number = format_value(value, is_minimum, language)
    return f"{number}{NBSP}{label}"


def format_as_of(date, precision, language=None):
    """``situation en 2025`` / ``a junio de 2025`` / ``as of 30 June 2025``: the phrase
    agrees with the precision in each language."""
    language = language or translation.get_language() or default_language()
    with translation.override(language):
        text = format_partial_date(date, precision)
        if precision == DatePrecision.YEAR:
            # Translators: the figure is true as of a year, e.g. "as of 2025".
            return pgettext("as of a year", "as of %(date)s") % {"date": text}
        if precision == DatePrecision.MONTH:
            # Translators: the figure is true as of a month, e.g. "as of June 2025".
            return pgettext("as of a month", "as of %(date)s") % {"date": text}
        # Translators: the figure is true as of a day, e.g. "as of 30 June 2025".
        return pgettext("as of a day", "as of %(date)s") % {"date": text}
