from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """How staff work: the Editors and Moderators roles and the moderation workflow (data
    migration), and the translation-status report with the per-language edits it reads."""

    name = "editorial"
    verbose_name = _("Editorial work")

    def ready(self):
        from . import staff_names, translation_status

        translation_status.connect()
        # Project-created group, workflow and task names in the reader's language.
        staff_names.connect()
