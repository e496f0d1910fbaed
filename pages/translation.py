"""Page fields translated by modeltranslation: one column per configured language
(``intro_fr``, ``intro_es``…).

Page's own title, slug, SEO title and search description are registered by
wagtail-modeltranslation; subclasses inherit them.
"""

from modeltranslation.translator import TranslationOptions, register

from languages import default as default_language

from .models import (
    CacaoQualityPage,
    ClimateProjectIndexPage,
    ClimateProjectPage,
    HistoryMilestone,
    HistoryPage,
    HomePage,
    ImpactPage,
    SocialProgramIndexPage,
    SocialProgramPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)

PAGE_FIELDS = ("intro",)
PAGE_WITH_BODY = ("intro", "body")


@register(HistoryMilestone)
class HistoryMilestoneTR(TranslationOptions):
    fields = ("title", "text")
    required_languages = {default_language(): ("title", "text")}


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
