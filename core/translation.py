from modeltranslation.translator import TranslationOptions, register

from .models import CustomImage, SiteSettings


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("description",)


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("address", "footer_text")
