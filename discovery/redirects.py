"""When a page moves or any language's slug changes, its old URL in EVERY language (and
those of its descendants) redirects to it.

Wagtail creates these redirects from the active language only: a page moved by an editor
whose admin is in Spanish kept its old French URLs answering 404, and a French slug changed
with Spanish active made none. Wagtail's own handler is switched off
(``WAGTAILREDIRECTS_AUTO_CREATE = False``); this one notes each saved page's ``url_path``
in every language before the save and, once the transaction has committed (descendants'
paths included), asks Wagtail's ``create_redirects`` for each language whose path changed.
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import translation
from wagtail.contrib.redirects.signal_handlers import create_redirects
from wagtail.models import Page, Site

from languages import codes as language_codes
from languages.fields import localized_names


def _url_path_fields():
    return dict(zip(language_codes(), localized_names("url_path"), strict=True))


def remember_url_paths(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    fields = _url_path_fields()
    if update_fields is not None and not set(update_fields) & {"slug", *fields.values()}:
        return
    instance._url_paths_before = (
        Page.objects.filter(pk=instance.pk).values(*fields.values()).first()
    )


def redirect_old_urls(sender, instance, raw=False, created=False, **kwargs):
    before = instance.__dict__.pop("_url_paths_before", None)
    if raw or created or not before:
        return
    changed = {
        code: before[field]
        for code, field in _url_path_fields().items()
        if before[field] and before[field] != getattr(instance, field)
    }
    if changed:
        # After the commit: descendants' paths are updated after the page's own save.
        page_id = instance.pk
        transaction.on_commit(lambda: create_language_redirects(page_id, changed))


def create_language_redirects(page_id, old_url_paths):
    """Redirect the page's (and its descendants') old URLs, ``{language: old url_path}``."""
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or not page.live:
        return
    sites = list(Site.objects.exclude(root_page_id=page_id))
    for language, old_url_path in old_url_paths.items():
        with translation.override(language):
            page_old = type(page)()
            page_old.__dict__.update(page.__dict__)
            page_old.url_path = old_url_path  # this language's column (modeltranslation)
            # Wagtail keeps the site root paths it looked up on the page: per language here.
            for obj in (page, page_old):
                obj.__dict__.pop("_wagtail_cached_site_root_paths", None)
            create_redirects(page=page, page_old=page_old, sites=sites)


def connect():
    pre_save.connect(remember_url_paths, dispatch_uid="discovery-remember-url-paths")
    post_save.connect(redirect_old_urls, dispatch_uid="discovery-redirect-old-urls")
