"""Fields of the buyers' corner translated into every configured language."""

from modeltranslation.translator import TranslationOptions, register

from .models import BuyersIndexPage, Certificate, EudrPage, Lot, ProductPage


@register(BuyersIndexPage)
class BuyersIndexPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(EudrPage)
class EudrPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ProductPage)
class ProductPageTR(TranslationOptions):
    fields = (
        "intro",
        "bean_type",
        "post_harvest_process",
        "packaging",
        "minimum_order",
        "sample_policy",
    )


@register(Lot)
class LotTR(TranslationOptions):
    fields = ("notes",)


@register(Certificate)
class CertificateTR(TranslationOptions):
    fields = ("scope",)
