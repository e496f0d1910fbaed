from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Site pages")

    def ready(self):
        from . import routing, signals

        routing.install()  # after wagtail-modeltranslation has patched the page models

        post_migrate.connect(signals.fill_default_language_fields, sender=self)
