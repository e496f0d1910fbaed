"""URLs of the discovery app.

``urlpatterns`` live outside the language prefix (robots.txt, favicon.ico, the sitemap
index and its sections); ``localized_urlpatterns`` go inside ``i18n_patterns`` before
Wagtail's catch-all, with translated paths (/fr/recherche/, /es/buscar/).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views
from .feeds import StoryFeed

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon_ico, name="favicon_ico"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("sitemap-<int:section>.xml", views.sitemap_section, name="sitemap_section"),
]

localized_urlpatterns = [
    # Translators: URL path of the site search, lowercase, no accents, ends with a slash.
    path(_("search/"), views.search, name="search"),
    path("feed/", StoryFeed(), name="story_feed"),
]
