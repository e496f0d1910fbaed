from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LanguagesConfig(AppConfig):
    """Which languages the site speaks, how a visitor's language is chosen, and how a
    field shown in another language is marked. No models."""

    name = "languages"
    verbose_name = _("Languages")

    def ready(self):
        from django.apps import apps

        from . import signals
        from .fallback import use_msgid_fallback

        # Strings missing from a catalog show in English (the message ids), never in the
        # public default language: a Spanish admin with no French in it.
        use_msgid_fallback()
        signals.connect()
        # Once per migrate, after Wagtail's own migrations (this app has no models, so it
        # receives no post_migrate of its own).
        post_migrate.connect(
            signals.fill_default_language_fields, sender=apps.get_app_config("wagtailcore")
        )
