"""Untranslated strings fall back to English (their msgid), never to the site's default.

Django's `DjangoTranslation._add_fallback` (Django 5.2, django/utils/translation/
trans_real.py) chains every language's catalog to the catalog of `settings.LANGUAGE_CODE`:
a string missing from the Spanish catalog is looked up in the French one. That suits a
site whose default language is complete, but French is the public site's default, and
Wagtail's Spanish catalogs lack about 390 admin strings that its French ones have: the
Spanish admin showed them in French ("Rechercher toutes les pages…").

`use_msgid_fallback()` replaces `_add_fallback` with a method that adds no fallback, so a
missing string is shown as its msgid, which is English everywhere in Django, Wagtail and
this project. The public site is unaffected: its own catalogs are complete in every
configured language (tests/test_catalogs.py, tests/languages/test_fallback.py).

The patch is one method of one class; `restore_django_fallback()` undoes it (tests).
"""

from django.utils.translation import trans_real

DJANGO_ADD_FALLBACK = trans_real.DjangoTranslation._add_fallback


def _add_no_fallback(self, localedirs=None):
    """Chain no other language: gettext then returns the msgid for a missing string."""


def _forget_loaded_catalogs():
    # Catalogs already built (by an app's ready(), for instance) still carry the French
    # fallback; drop them so that the next lookup builds them again. Django does the
    # same when LANGUAGES or LOCALE_PATHS change (django/test/signals.py). The language
    # active in this thread, if any, keeps its catalog until the next activate().
    trans_real._translations = {}
    trans_real._default = None


def use_msgid_fallback():
    """Make untranslated strings fall back to English; idempotent."""
    if trans_real.DjangoTranslation._add_fallback is not _add_no_fallback:
        trans_real.DjangoTranslation._add_fallback = _add_no_fallback
        _forget_loaded_catalogs()


def restore_django_fallback():
    """Put Django's own fallback (to LANGUAGE_CODE) back; for tests."""
    if trans_real.DjangoTranslation._add_fallback is not DJANGO_ADD_FALLBACK:
        trans_real.DjangoTranslation._add_fallback = DJANGO_ADD_FALLBACK
        _forget_loaded_catalogs()


def msgid_fallback_in_use():
    return trans_real.DjangoTranslation._add_fallback is _add_no_fallback
