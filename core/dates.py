"""Dates known to a year, a month or a day.

A source that says "2012" or "July 2012" must not become "12 July 2012" on the site: a date
field is stored with its precision, and shown and written out no more precisely.
"""

import re

from django.db import models
from django.utils import formats, translation
from django.utils.translation import pgettext, pgettext_lazy

# The day of the month on its own in a formatted date (not a digit of the year).
LONE_ONE = re.compile(r"(?<!\d)1(?!\d)")


class DatePrecision(models.TextChoices):
    YEAR = "year", pgettext_lazy("date precision", "year")
    MONTH = "month", pgettext_lazy("date precision", "month")
    DAY = "day", pgettext_lazy("date precision", "day")


def partial_iso(date, precision):
    """The date as far as it is known, in ISO 8601 (valid in ``<time datetime>``):
    ``2025``, ``2025-06`` or ``2025-06-30``."""
    iso = date.isoformat()
    return {DatePrecision.YEAR: iso[:4], DatePrecision.MONTH: iso[:7]}.get(precision, iso)


def format_partial_date(date, precision, language=None):
    """``2012``, ``juillet 2012`` / ``julio de 2012``, ``20 juillet 2012``: the date in the
    active (or given) language, no more precise than it is known."""
    with translation.override(language or translation.get_language()):
        if precision == DatePrecision.YEAR:
            return str(date.year)
        if precision == DatePrecision.MONTH:
            return formats.date_format(date, "YEAR_MONTH_FORMAT")
        return long_date(date)


def long_date(date):
    """The date in full in the active language (``DATE_FORMAT``), with the first day of a
    month written as that language writes it: "1er avril 2026" in French (the catalog's
    translation of the day "1"; Django's formats have no ordinal but English "1st")."""
    text = formats.date_format(date, "DATE_FORMAT")
    if date.day == 1:
        first = pgettext("the first day of a month, in a full date", "1")
        if first != "1":
            text = LONE_ONE.sub(first, text, count=1)
    return text
