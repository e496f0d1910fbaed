"""Read the demo content (``demo/content/*.toml``) and copy its entries onto models.

Every translated value in the data is a table of languages side by side,
``title = { fr = "…", es = "…", en = "…" }``; the loader writes ``<field>_<code>`` for
every code of ``settings.LANGUAGES``, and a language the data does not give leaves that
field empty (the site then shows the default language's text, marked with its ``lang``).
"""

import tomllib
from functools import cache
from pathlib import Path

from django.apps import apps
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

import languages

DEMO_DIR = Path(__file__).resolve().parent
CONTENT_DIR = DEMO_DIR / "content"
ILLUSTRATIONS_DIR = DEMO_DIR / "illustrations"


def language_codes():
    return languages.codes()


def default_language():
    return languages.default()


@cache
def model(name):
    """The project's model class called ``name`` (``"StoryPage"``, ``"Province"``…), in
    whichever app defines it."""
    (found,) = [candidate for candidate in apps.get_models() if candidate.__name__ == name]
    return found


@cache
def read(section):
    """The parsed ``demo/content/<section>.toml``."""
    with (CONTENT_DIR / f"{section}.toml").open("rb") as data:
        return tomllib.load(data)


def illustration_path(key):
    return ILLUSTRATIONS_DIR / f"{key}.png"


def in_default_language(values):
    """The default language's text of a translated value (a stable lookup key)."""
    return values[default_language()]


def translated_fields(model):
    """The names of the model's fields registered with modeltranslation."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def set_translated(obj, field, values):
    """``obj.<field>_<code> = values[code]`` for every configured language ("" if absent)."""
    for code in language_codes():
        setattr(obj, build_localized_fieldname(field, code), values.get(code, ""))


def apply_entry(obj, entry, skip=()):
    """Copy an entry's values onto ``obj``: a table of languages onto the translated
    fields (or, for a field that is not translated, its default-language text), every
    other scalar as it is. Keys in ``skip`` (relations, children, body) are left to the
    caller."""
    translated = translated_fields(type(obj))
    for key, value in entry.items():
        if key in skip:
            continue
        if isinstance(value, dict):
            if key in translated:
                set_translated(obj, key, value)
            else:
                setattr(obj, key, in_default_language(value))
        elif isinstance(value, list):
            raise ValueError(f"Demo content: no rule for the list {key!r} of {entry}")
        else:
            setattr(obj, key, value)


def languages_given(block):
    """The languages a body block gives text in (all of them for a block with no text)."""
    tables = [value for value in block.values() if isinstance(value, dict)]
    if not tables:
        return set(language_codes())
    return set().union(*tables)


def body_languages(blocks):
    """The languages a body is written in: those every one of its blocks gives.

    A body written in a language for some blocks only is an error in the data (the page
    would read as a fragment), not something to publish.
    """
    codes = set(language_codes())
    given = [languages_given(block) & codes for block in blocks]
    if not given:
        return set()
    complete, partial = set.intersection(*given), set.union(*given)
    if partial - complete:
        raise ValueError(
            f"Demo content: some body blocks lack {sorted(partial - complete)}: {blocks}"
        )
    return complete
