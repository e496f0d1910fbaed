from modeltranslation.translator import TranslationOptions, register

from languages import default as default_language

from .models import ContactPage


@register(ContactPage)
class ContactPageTR(TranslationOptions):
    fields = ("intro", "body", "form_intro", "thank_you_text")
    required_languages = {default_language(): ("thank_you_text",)}
