"""Start a new site generation (serving/cache.py) whenever published content changes.

Page events come from Wagtail's signals (publish, unpublish, move, delete) and from any
save of a page (a page saved from code changes the live page; an editor's draft save
costs one needless re-render of each page, which is cheap). Every other model of the
project's own apps (figures, partners, certifications, provinces, images, site settings,
and what later apps add) counts through post_save/post_delete, plus the Wagtail models
listed in PAGE_CACHE_INVALIDATING_MODELS. Image renditions do not count: they are made
while pages render and change nothing a visitor sees.

The generation changes at once and again when the transaction commits, so that a page
rendered in between from not yet committed data is not kept. With a CDN configured
(WAGTAILFRONTENDCACHE), the commit also purges every live page's URL in each language.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images.models import AbstractRendition
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import new_generation

logger = logging.getLogger(__name__)

# Saves that only record metadata Wagtail computes lazily (for instance while rendering).
METADATA_FIELDS = {"file_hash", "file_size"}


def site_changed(**kwargs):
    new_generation()
    transaction.on_commit(_after_commit)


def _after_commit():
    new_generation()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_frontend_cache()


def purge_frontend_cache():
    """Ask the CDN to forget every live page, in each language (translated slugs)."""
    from django.utils import translation
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    pages = list(Page.objects.live().filter(depth__gt=1).defer_streamfields())
    urls = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for page in pages:
                url = page.get_full_url()
                if url:
                    urls.add(url)
    try:
        purge_urls_from_cache(sorted(urls))
    except Exception:  # a CDN outage must not break publishing
        logger.exception("Frontend cache purge failed")


def _project_models():
    base = str(settings.BASE_DIR)
    for config in apps.get_app_configs():
        if config.path.startswith(base) and "site-packages" not in config.path:
            # A model can say its rows never show on public pages (contact requests…).
            yield from (
                model
                for model in config.get_models()
                if not getattr(model, "page_cache_independent", False)
            )
    for label in getattr(settings, "PAGE_CACHE_INVALIDATING_MODELS", []):
        yield apps.get_model(label)


def _on_model_save(sender, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= METADATA_FIELDS:
        return
    site_changed()


def _on_model_delete(sender, **kwargs):
    site_changed()


def connect():
    page_published.connect(site_changed, dispatch_uid="serving-page-published")
    page_unpublished.connect(site_changed, dispatch_uid="serving-page-unpublished")
    post_page_move.connect(site_changed, dispatch_uid="serving-page-moved")
    post_delete.connect(_on_model_delete, sender=Page, dispatch_uid="serving-page-deleted")
    post_save.connect(_on_model_save, sender=Page, dispatch_uid="serving-page-saved")
    for model in set(_project_models()):
        if issubclass(model, AbstractRendition):
            continue
        uid = f"serving-{model._meta.label_lower}"
        post_save.connect(_on_model_save, sender=model, dispatch_uid=f"{uid}-saved")
        post_delete.connect(_on_model_delete, sender=model, dispatch_uid=f"{uid}-deleted")
