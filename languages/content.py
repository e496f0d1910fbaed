"""Which language a translated content field really shows.

modeltranslation falls back to the default language when the active language's field is
empty; templates ask this module so that they can mark such text with ``lang``.
"""

from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from . import codes


def is_empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def language_shown(obj, field_name, language=None):
    """The language whose text ``obj.<field_name>`` actually shows in ``language``:
    ``language`` itself when its field is filled, else the first configured language
    that has text (the default language first)."""
    language = language or translation.get_language()
    try:
        translator.get_options_for_model(type(obj))
    except NotRegistered:
        return language
    if not is_empty(getattr(obj, build_localized_fieldname(field_name, language), None)):
        return language
    for code in codes():
        if not is_empty(getattr(obj, build_localized_fieldname(field_name, code), None)):
            return code
    return language
