"""Fields translated into French and Spanish (``*_fr`` / ``*_es``) by modeltranslation.

Page's own title, slug, SEO title and search description are registered by
wagtail-modeltranslation; subclasses inherit them.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    CacaoQualityPage,
    Certification,
    ClimateProjectIndexPage,
    ClimateProjectPage,
    ContactPage,
    CustomImage,
    HistoryMilestone,
    HistoryPage,
    HomePage,
    ImpactPage,
    Partner,
    SiteSettings,
    SocialProgramIndexPage,
    SocialProgramPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)

PAGE_FIELDS = ("intro",)
PAGE_WITH_BODY = ("intro", "body")


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("description",)


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("address", "footer_text")


@register(Partner)
class PartnerTR(TranslationOptions):
    fields = ("description",)


@register(Certification)
class CertificationTR(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"fr": ("name",)}


@register(HistoryMilestone)
class HistoryMilestoneTR(TranslationOptions):
    fields = ("title", "text")
    required_languages = {"fr": ("title", "text")}


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro", "hero_call_to_action")


@register(HistoryPage)
class HistoryPageTR(TranslationOptions):
    fields = PAGE_WITH_BODY


@register(CacaoQualityPage)
class CacaoQualityPageTR(TranslationOptions):
    fields = PAGE_WITH_BODY


@register(SocialProgramIndexPage)
class SocialProgramIndexPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(SocialProgramPage)
class SocialProgramPageTR(TranslationOptions):
    fields = PAGE_WITH_BODY


@register(ClimateProjectIndexPage)
class ClimateProjectIndexPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(ClimateProjectPage)
class ClimateProjectPageTR(TranslationOptions):
    fields = PAGE_WITH_BODY


@register(ImpactPage)
class ImpactPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(StoryIndexPage)
class StoryIndexPageTR(TranslationOptions):
    fields = PAGE_FIELDS


@register(StoryPage)
class StoryPageTR(TranslationOptions):
    fields = PAGE_WITH_BODY


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = PAGE_WITH_BODY


@register(ContactPage)
class ContactPageTR(TranslationOptions):
    fields = ("intro", "body", "form_intro", "thank_you_text")
    required_languages = {"fr": ("thank_you_text",)}
