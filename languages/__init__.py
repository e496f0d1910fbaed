"""The site's languages: the one place the rest of the code asks which languages exist.

The list itself is ``settings.LANGUAGES`` (the default, ``LANGUAGE_CODE``, first), with
``settings.LANGUAGE_DETAILS`` for what each needs besides its code; nothing else in the
code writes a language list. Read at call time, so tests may override the settings.
"""

from django.conf import settings


def codes():
    """The configured language codes, in the configured order: ``["fr", "es", "en"]``."""
    return [code for code, _name in settings.LANGUAGES]


def default():
    """The default language: the site's ``LANGUAGE_CODE`` (French)."""
    return settings.LANGUAGE_CODE


def names():
    """``{code: name}`` of the configured languages (names translated lazily)."""
    return dict(settings.LANGUAGES)


def others(language):
    """The configured codes other than ``language``, in the configured order."""
    return [code for code in codes() if code != language]


def detail(language, name, default=None):
    """A language's entry in ``settings.LANGUAGE_DETAILS``: ``detail("en", "og_locale")``."""
    return settings.LANGUAGE_DETAILS.get(language, {}).get(name, default)


def for_other_visitors():
    """The language shown to a visitor who asks only for languages the site lacks."""
    language = getattr(settings, "LANGUAGE_FOR_OTHER_VISITORS", None)
    return language if language in codes() else default()
