from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "discovery"
    verbose_name = _("Discoverability")

    def ready(self):
        from . import signals  # noqa: F401  (keeps the search index up to date)
