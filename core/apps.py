from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The image model (with translated alternative text), the site settings and the
    abstract fields every page shares."""

    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from . import checks  # noqa: F401  (registers the migration-history check)
