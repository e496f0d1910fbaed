from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Site pages")

    def ready(self):
        from languages.fallback import use_msgid_fallback

        from . import signals, staff_names

        # Strings missing from a catalog show in English, not in French (languages/).
        use_msgid_fallback()
        post_migrate.connect(signals.fill_default_language_fields, sender=self)
        # Project-created group, workflow and task names in the reader's language.
        staff_names.connect()
