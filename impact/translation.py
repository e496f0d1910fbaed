from modeltranslation.translator import TranslationOptions, register

from languages import default as default_language

from .models import ImpactFigure


@register(ImpactFigure)
class ImpactFigureTR(TranslationOptions):
    fields = ("label", "description", "source")
    # A figure must at least have its text in the site's default language.
    required_languages = (default_language(),)
