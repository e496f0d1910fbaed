"""Names of the per-language columns modeltranslation adds (``title_fr``, ``title_es``…)."""

from modeltranslation.utils import build_localized_fieldname

from . import codes


def localized_names(name):
    """``["label_fr", "label_es", …]``: ``name``'s column in every configured language."""
    return [build_localized_fieldname(name, code) for code in codes()]


def localized_search_fields(*names, autocomplete=True):
    """Wagtail search fields for each language's column of ``names``.

    wagtail-modeltranslation does not patch a snippet's ``search_fields``, nor does it
    copy ``AutocompleteField``s: a snippet lists its translated fields through this.
    """
    from wagtail.search import index

    fields = []
    for name in names:
        for localized in localized_names(name):
            fields.append(index.SearchField(localized))
            if autocomplete:
                fields.append(index.AutocompleteField(localized))
    return fields
