"""Keep the search index in step with what is published.

A page's row holds its live content (drafts live in revisions), so the index is rebuilt
from the instance whenever a save writes content or the live flag: publishing, editing
a live page from code, unpublishing. Saves that write only bookkeeping fields (saving a
draft revision writes ``latest_revision``, ``draft_title``…) are ignored, so a draft
never leaks into the search results. Deleting a page deletes its rows (foreign key).
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_unpublished

from . import search


@receiver(post_save)
def reindex_saved_page(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or instance.depth is None or instance.depth < 2:
        return
    if update_fields is not None and not (set(update_fields) & search.WATCHED_FIELDS):
        return
    page = instance
    if page.live and type(page) is not page.specific_class and page.specific_class is not None:
        page = page.specific  # a base Page saved from code: read the subclass's fields too
    search.index_page(page)


@receiver(page_unpublished)
def unindex_unpublished_page(sender, instance, **kwargs):
    search.remove_page(instance)
