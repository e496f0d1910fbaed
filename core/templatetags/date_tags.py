"""``{{ value|long_date }}``: a date in full in the page's language (core.dates.long_date)."""

from django import template

from core.dates import long_date as format_long_date

register = template.Library()


@register.filter
def long_date(value):
    if not value:
        return ""
    return format_long_date(value)
