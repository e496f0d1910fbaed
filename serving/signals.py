"""Start a new site generation (serving/cache.py) whenever published content changes.

Page events come from Wagtail's signals (publish, unpublish, move, delete) and from any
save of a page that writes more than a draft's bookkeeping (a page saved from code changes
the live page; saving a draft or a lock does not). Every other model of the
project's own apps (figures, partners, certifications, provinces, images, site settings,
and what later apps add) counts through post_save/post_delete, plus the Wagtail models
listed in PAGE_CACHE_INVALIDATING_MODELS. Image renditions do not count: they are made
while pages render and change nothing a visitor sees.

The generation changes at once and again when the transaction commits, so that a page
rendered in between from not yet committed data is not kept. With a CDN configured
(WAGTAILFRONTENDCACHE), the commit also purges what the transaction changed, once
(serving/cdn.py: everything in one call where the CDN can, else the touched URLs).
"""

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.images.models import AbstractRendition
from wagtail.models import COMMENTS_RELATION_NAME, Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cdn
from .cache import new_generation

# Saves that only record metadata Wagtail computes lazily (for instance while rendering).
METADATA_FIELDS = {"file_hash", "file_size"}
# Saves that only record a draft (save_revision) or a lock: the live page is unchanged.
DRAFT_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _page_of(instance):
    """The page an inline child (a ParentalKey row: milestones, chosen figures…) belongs
    to, or None."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
            return getattr(instance, field.name, None)
    return None


def site_changed(instance=None, parent_page_before=None, **kwargs):
    new_generation()
    if instance is not None and not isinstance(instance, Page):
        instance = _page_of(instance) or instance
    if connection.in_atomic_block:
        changes = _pending_changes()
    else:  # autocommit: the change is already committed
        changes = _no_changes()
    if isinstance(instance, Page):
        changes["pages"][instance.pk or id(instance)] = instance
        if parent_page_before is not None:  # a move: the old listing changes too
            changes["pages"][parent_page_before.pk] = parent_page_before
    else:
        changes["everything"] = True
    if not connection.in_atomic_block:
        _purge(changes)


def _no_changes():
    return {"pages": {}, "everything": False}


def _pending_changes():
    """What the current transaction changed so far; the first change of a transaction
    registers the one callback that runs when it commits."""
    pending = getattr(connection, "_site_changes", None)
    registered = any(entry[1] is _after_commit for entry in connection.run_on_commit)
    if pending is None or not registered:
        pending = connection._site_changes = _no_changes()
        transaction.on_commit(_after_commit)
    return pending


def _after_commit():
    new_generation()
    changes = getattr(connection, "_site_changes", None)
    connection._site_changes = None
    if changes is not None:
        _purge(changes)


def _purge(changes):
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        cdn.purge(changes["pages"].values(), everything=changes["everything"])


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


def _on_model_save(sender, instance=None, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= METADATA_FIELDS | DRAFT_FIELDS:
        return
    site_changed(instance=instance)


def _on_model_delete(sender, instance=None, **kwargs):
    site_changed(instance=instance)


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
