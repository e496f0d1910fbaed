from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactConfig(AppConfig):
    """The contact page, the buyers' messages it stores and the staff's notifications."""

    name = "contact"
    verbose_name = _("Contact")
