"""The site's languages: the one place the rest of the code asks which languages exist.

The list itself is ``settings.LANGUAGES`` (French first: the default, ``LANGUAGE_CODE``);
nothing else in the code writes a language code list. Read at call time, so tests may
override the settings.
"""

from django.conf import settings


def codes():
    """The configured language codes, the default first: ``["fr", "es", "en"]``."""
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
