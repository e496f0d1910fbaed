from django import template

from impact.formatting import format_figure
from impact.models import ImpactFigure

register = template.Library()


@register.simple_tag
def impact_figure(key):
    """The live figure with this key, or None: ``{% impact_figure "trees-planted" as trees %}``."""
    return ImpactFigure.objects.live().filter(key=key).first()


@register.filter
def figure_text(figure):
    """``{{ figure|figure_text }}`` -> ``plus de 3 000 000 arbres`` in the active language."""
    if figure is None:
        return ""
    return format_figure(figure.value, figure.unit, figure.is_minimum)
