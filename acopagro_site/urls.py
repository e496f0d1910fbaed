from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from discovery import urls as discovery_urls
from languages import urls as language_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include(discovery_urls)),  # robots.txt, sitemap.xml
    path("", include(language_urls)),  # /language/<code>/: the visitor's explicit choice
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif getattr(settings, "SERVE_MEDIA", False):
    from django.urls import re_path

    from serving.views import media

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", media)]

# Every public page lives under its language prefix: /fr/…, /es/…
urlpatterns += i18n_patterns(
    *discovery_urls.localized_urlpatterns,  # /fr/recherche/, /es/buscar/, feeds
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "acopagro_site.views.bad_request"
handler403 = "acopagro_site.views.permission_denied"
handler404 = "acopagro_site.views.page_not_found"
handler500 = "acopagro_site.views.server_error"
