"""Template helpers of the buyers' corner: a missing value reads "on request"."""

from decimal import Decimal

from django import template
from django.template.defaultfilters import floatformat
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


def _is_empty(value):
    return value is None or (isinstance(value, str) and not value.strip())


@register.simple_tag
def or_on_request(value, unit=""):
    """``value`` (with its unit, numbers in the active language's format), or a marked
    "on request" when the field is empty."""
    if _is_empty(value):
        return format_html('<span class="on-request">{}</span>', _("on request"))
    if isinstance(value, Decimal | float):
        value = floatformat(value, -2)
    if unit:
        separator = "" if str(unit) == "%" else "\N{NO-BREAK SPACE}"
        return format_html("{}{}{}", value, separator, unit)
    return format_html("{}", value)
