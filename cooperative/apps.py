from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperativeConfig(AppConfig):
    """The provinces where members farm, the partners and the certifications."""

    name = "cooperative"
    verbose_name = _("Cooperative")
