from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The page models of the site, their blocks, templates and template tags."""

    name = "pages"
    verbose_name = _("Site pages")

    def ready(self):
        from . import routing

        routing.install()  # after wagtail-modeltranslation has patched the page models
