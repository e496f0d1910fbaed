"""A string missing from the active language's catalog shows in English (its msgid),
never in the public site's default language; the public site's own strings are
translated in every language, so it does not depend on any fallback."""

import re
from contextlib import contextmanager

import polib
import pytest
from django.conf import settings
from django.test import Client, override_settings
from django.utils import translation
from wagtail.models import Page

from languages import fallback

PROBE = "Autosave is paused (fallback probe)"
# The contact form's CSRF token differs on every response.
CSRF_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')


@pytest.fixture
def french_only_catalog(tmp_path):
    """A catalog that translates PROBE into the default language only."""
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid=PROBE, msgstr="Sonde en français"))
    folder = tmp_path / settings.LANGUAGE_CODE / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalog.save_as_mofile(str(folder / "django.mo"))
    with override_settings(LOCALE_PATHS=[tmp_path, *settings.LOCALE_PATHS]):
        yield


@contextmanager
def django_fallback_in_use():
    """Django's own behaviour (fallback to LANGUAGE_CODE) for a while; then whatever was
    in use before (the project's patch, unless it was switched off to check these tests)."""
    patched = fallback.msgid_fallback_in_use()
    fallback.restore_django_fallback()
    try:
        yield
    finally:
        if patched:
            fallback.use_msgid_fallback()


@pytest.fixture
def django_fallback():
    with django_fallback_in_use():
        yield


def other_languages():
    codes = [code for code, _name in settings.LANGUAGES]
    codes += [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]
    return sorted(set(codes) - {settings.LANGUAGE_CODE})


def test_the_project_uses_the_msgid_fallback():
    assert fallback.msgid_fallback_in_use()


@pytest.mark.parametrize("language", other_languages())
def test_a_string_missing_from_a_catalog_is_shown_in_english(french_only_catalog, language):
    with translation.override(settings.LANGUAGE_CODE):
        assert translation.gettext(PROBE) == "Sonde en français"
    with translation.override(language):
        assert translation.gettext(PROBE) == PROBE


def test_without_the_patch_django_would_show_the_default_language(
    french_only_catalog, django_fallback
):
    """What use_msgid_fallback() prevents: Spanish falling back to French."""
    with translation.override("es"):
        assert translation.gettext(PROBE) == "Sonde en français"


def test_the_patch_can_be_applied_twice():
    with django_fallback_in_use():
        fallback.use_msgid_fallback()
        fallback.use_msgid_fallback()
        assert fallback.msgid_fallback_in_use()
        with translation.override("es"):
            assert translation.gettext("Search all pages…") == "Buscar en todas las páginas…"
        fallback.restore_django_fallback()


@pytest.mark.parametrize(
    "language", [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
)
def test_every_string_of_the_public_site_is_translated_without_fallback(language):
    """The public site's catalog translates each of its strings itself."""
    path = settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
    catalog = polib.pofile(str(path))
    with translation.override(language):
        for entry in catalog:
            if entry.obsolete or entry.msgid_plural:
                continue
            if entry.msgctxt:
                shown = translation.pgettext(entry.msgctxt, entry.msgid)
            else:
                shown = translation.gettext(entry.msgid)
            assert shown == entry.msgstr, entry.msgid


@pytest.mark.django_db
@pytest.mark.single_pass  # rendering: the same on every backend
def test_public_pages_are_the_same_with_and_without_the_patch():
    """Every live page, in every public language, renders identically whether a missing
    string would fall back to the default language or to English."""
    pages = [page.specific for page in Page.objects.live().filter(depth__gt=1)]
    languages = [code for code, _name in settings.LANGUAGES]

    def render_all():
        client = Client()
        html = {}
        for language in languages:
            for page in pages:
                with translation.override(language):
                    url = page.get_url()
                html[(language, url)] = CSRF_TOKEN.sub(b"", client.get(url).content)
        return html

    with override_settings(PAGE_CACHE_ENABLED=False):
        with_patch = render_all()
        with django_fallback_in_use():
            with_django_fallback = render_all()
    assert len(with_patch) == len(pages) * len(languages)
    assert with_patch == with_django_fallback
