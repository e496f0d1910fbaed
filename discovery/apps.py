from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "discovery"
    verbose_name = _("Discoverability")

    def ready(self):
        from . import redirects, signals  # noqa: F401  (signals: the search index)

        redirects.connect()
