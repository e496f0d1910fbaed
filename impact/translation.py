from modeltranslation.translator import TranslationOptions, register

from .models import ImpactFigure


@register(ImpactFigure)
class ImpactFigureTR(TranslationOptions):
    fields = ("label", "description", "source")
    # A figure must at least have its French label: the site's default language.
    required_languages = ("fr",)
