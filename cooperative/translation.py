from modeltranslation.translator import TranslationOptions, register

from languages import default as default_language

from .models import Certification, Partner


@register(Partner)
class PartnerTR(TranslationOptions):
    fields = ("description",)


@register(Certification)
class CertificationTR(TranslationOptions):
    fields = ("name", "description")
    required_languages = {default_language(): ("name",)}
