from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """The page models of the site, their blocks, templates and template tags."""

    name = "pages"
    verbose_name = _("Site pages")
