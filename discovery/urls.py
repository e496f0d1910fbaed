"""URLs of the discovery app.

``urlpatterns`` live outside the language prefix (robots.txt, sitemap.xml);
``localized_urlpatterns`` go inside ``i18n_patterns`` before Wagtail's catch-all,
with translated paths (/fr/recherche/, /es/buscar/).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views
from .feeds import StoryFeed

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
]

localized_urlpatterns = [
    # Translators: URL path of the site search, lowercase, no accents, ends with a slash.
    path(_("search/"), views.search, name="search"),
    path("feed/", StoryFeed(), name="story_feed"),
]
