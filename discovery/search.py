"""Site search over ``SearchEntry``: indexing pages and answering queries, per language.

PostgreSQL: a weighted tsvector per row with the language's own text-search
configuration (``french``/``spanish``); the query is built from plain words only, so no
input can be read as tsquery syntax. French Snowball stems a singular and its plural
differently ("cacaoyer" → ``cacaoi``, "cacaoyers" → ``cacaoyer``), so every word is also
looked up without, or with, its final s; and without its accents, in an accent-free copy
of the text (French stems keep accents: "foret" would not find "forêt"). SQLite
(development, tests): the same words searched as substrings of an accent-free, lower-case
copy of the text.
"""

import re
import unicodedata

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection, transaction
from django.db.models import F
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from languages import codes as language_codes
from languages import detail as language_detail

from .models import SearchEntry

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
# Fields copied into the index when the page has them; the title weighs most.
SUMMARY_FIELDS = ("search_description", "intro")
BODY_FIELDS = ("body",)
WATCHED_FIELDS = {
    build_localized_fieldname(name, code) if code else name
    for name in ("title", "live", *SUMMARY_FIELDS, *BODY_FIELDS)
    for code in ("", *language_codes())
}
_WORD = re.compile(r"\w+")


def uses_postgres():
    return connection.vendor == "postgresql"


# --- Queries -----------------------------------------------------------------------------


def clean_query(raw):
    """The query a visitor typed, made safe to show and to search.

    Control characters (NUL included), lone surrogates, format characters (RTL marks,
    zero-width joiners) and private-use characters are dropped; whitespace is collapsed;
    the result is cut to MAX_QUERY_LENGTH. Returns (query, was_shortened).
    """
    text = "".join(
        " " if char.isspace() else char
        for char in str(raw or "")
        if unicodedata.category(char) not in {"Cc", "Cs", "Cf", "Co", "Cn"} or char.isspace()
    )
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def query_terms(query):
    """The distinct words of the query, lower-case, at most MAX_TERMS."""
    words = []
    for word in _WORD.findall(query.casefold()):
        if word not in words:
            words.append(word)
    return words[:MAX_TERMS]


def plain(text):
    """Lower-case, accent-free text: "Árboles" → "arboles"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def word_forms(word):
    """The word and its likely singular or plural, so that stemming meets both."""
    forms = [word]
    if len(word) > 3 and word[-1] in "sx":
        forms.append(word[:-1])
    elif len(word) > 2:
        forms.append(word + "s")
    return forms


def query_forms(word):
    """What one query word is looked up as on PostgreSQL: its forms, with and without accents."""
    return list(dict.fromkeys([*word_forms(word), *word_forms(plain(word))]))


def text_search_config(language):
    """PostgreSQL's text-search configuration for ``language`` (settings.LANGUAGE_DETAILS):
    ``french``, ``spanish``, ``english``; ``simple`` (no stemming) when none is set."""
    return language_detail(language, "search_config", "simple")


def search_entries(terms, language):
    """Live public pages of ``language`` matching every term, best first."""
    entries = SearchEntry.objects.filter(language=language, page__in=Page.objects.live().public())
    if not terms:
        return entries.none()
    if uses_postgres():
        config = text_search_config(language)
        query = None
        for term in terms:
            any_form = None
            for form in query_forms(term):
                form_query = SearchQuery(form, config=config, search_type="plain")
                any_form = form_query if any_form is None else any_form | form_query
            query = any_form if query is None else query & any_form
        return (
            entries.filter(search_vector=query)
            .annotate(rank=SearchRank(F("search_vector"), query))
            .order_by("-rank", "page__path")
        )
    for term in terms:
        # The shorter form ("cacaoyer" for "cacaoyers") is a substring of both.
        entries = entries.filter(plain_text__contains=plain(min(word_forms(term), key=len)))
    return entries.order_by("page__path")


# --- Indexing ----------------------------------------------------------------------------


def _text(page, names, language):
    parts = []
    for name in names:
        value = getattr(page, build_localized_fieldname(name, language), None)
        if not value:
            continue
        if hasattr(value, "stream_block"):  # a StreamField's StreamValue
            parts.extend(str(text) for text in value.stream_block.get_searchable_content(value))
        else:
            parts.append(str(value))
    return "\n".join(part.strip() for part in parts if part and part.strip())


def entry_texts(page, language):
    """(title, summary, body) of ``page`` in ``language`` only: no French fallback."""
    return (
        _text(page, ("title",), language),
        _text(page, SUMMARY_FIELDS, language),
        _text(page, BODY_FIELDS, language),
    )


def _update_vectors(entries):
    if not uses_postgres():
        return
    for language in language_codes():
        config = text_search_config(language)
        entries.filter(language=language).update(
            search_vector=SearchVector("title", weight="A", config=config)
            + SearchVector("summary", weight="B", config=config)
            + SearchVector("body", weight="C", config=config)
            # The accent-free copy too, so that "foret" finds "forêt" (French stems keep
            # accents); it weighs least.
            + SearchVector("plain_text", weight="D", config=config)
        )


def _entries_for(page):
    entries = []
    for language in language_codes():
        title, summary, body = entry_texts(page, language)
        if not (title or summary or body):
            continue
        entries.append(
            SearchEntry(
                page_id=page.pk,
                language=language,
                title=title,
                summary=summary,
                body=body,
                plain_text=plain("\n".join((title, summary, body))),
            )
        )
    return entries


def index_page(page):
    """(Re)build the entries of one page; a page that is not live has none."""
    with transaction.atomic():
        SearchEntry.objects.filter(page_id=page.pk).delete()
        if not page.live:
            return
        SearchEntry.objects.bulk_create(_entries_for(page))
        _update_vectors(SearchEntry.objects.filter(page_id=page.pk))


def remove_page(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild_index():
    """Rebuild every entry from the live pages; returns the number of entries."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        entries = []
        for page in Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=200):
            entries.extend(_entries_for(page))
        SearchEntry.objects.bulk_create(entries, batch_size=500)
        _update_vectors(SearchEntry.objects.all())
    return len(entries)
