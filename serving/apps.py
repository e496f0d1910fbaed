from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServingConfig(AppConfig):
    """How the site is served: security headers, upload limits, the page cache."""

    name = "serving"
    verbose_name = _("Serving")

    def ready(self):
        from . import signals

        signals.connect()
