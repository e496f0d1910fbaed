"""Keep wagtail-modeltranslation's per-language data complete and its caches honest."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Site

from . import codes


def clear_localized_site_root_paths():
    """wagtail-modeltranslation caches each language's site root paths under its own key
    (``wagtail_site_root_paths_<lang>``), but Wagtail only clears its own unlocalised key
    when a site changes; without this, page URLs could point at an old root for an hour."""
    cache.delete_many([f"wagtail_site_root_paths_{code}" for code in codes()])


def on_site_change(**kwargs):
    clear_localized_site_root_paths()


def fill_default_language_fields(sender, using="default", **kwargs):
    """After ``migrate``, copy untranslated values into the default language's fields.

    Wagtail's migrations create the root page and a placeholder home page before the
    translated columns exist, so their ``title_fr``/``slug_fr``/``url_path_fr`` would be
    NULL and child pages would get broken paths. This runs on every migrate, test
    databases included; it only fills empty fields.
    """
    from django.core.management import call_command

    # The translated Page columns are normally added by wagtail-modeltranslation's migrate
    # after this signal; add them now (idempotent, no prompt) so the copy can run.
    call_command("sync_page_translation_fields", interactive=False, verbosity=0)
    call_command("update_translation_fields", "wagtailcore", verbosity=0)


def connect():
    post_save.connect(on_site_change, sender=Site, dispatch_uid="languages-site-saved")
    post_delete.connect(on_site_change, sender=Site, dispatch_uid="languages-site-deleted")
