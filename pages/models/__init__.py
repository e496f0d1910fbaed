"""The page models of the site, one module per section (``from pages.models import
StoryPage`` reads them all).

One page tree serves every language: each translatable field exists once per configured
language (``intro_fr``, ``intro_es``…, see ../translation.py). Templates read the plain
field name and get the active language, falling back to the default language;
``{% fallback_lang %}`` marks such text with its ``lang``.
"""

from .about import CacaoQualityPage, HistoryMilestone, HistoryPage, ImpactPage, StandardPage
from .base import BasePage, PageImpactFigure
from .climate import ClimateProjectIndexPage, ClimateProjectPage
from .home import HomePage
from .programs import SocialProgramIndexPage, SocialProgramPage
from .stories import STORIES_PER_PAGE, StoryIndexPage, StoryPage

__all__ = [
    "BasePage",
    "CacaoQualityPage",
    "ClimateProjectIndexPage",
    "ClimateProjectPage",
    "HistoryMilestone",
    "HistoryPage",
    "HomePage",
    "ImpactPage",
    "PageImpactFigure",
    "STORIES_PER_PAGE",
    "SocialProgramIndexPage",
    "SocialProgramPage",
    "StandardPage",
    "StoryIndexPage",
    "StoryPage",
]
