"""Site search: per language, stemmed on PostgreSQL, robust to any query."""

import datetime

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

import languages
from discovery.models import SearchEntry
from discovery.search import MAX_QUERY_LENGTH, clean_query
from pages.models import StoryPage
from tests.factories import make_story

from .helpers import parse

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="French/Spanish stemming needs PostgreSQL's text search; SQLite matches substrings",
)


def result_pks(response):
    assert response.status_code == 200
    results = response.context["results"]
    return [page.pk for page in results.object_list] if results else []


def story_saying(language, text, **fields):
    """A published story whose body, in ``language``, says ``text``; the other languages
    get a body of their own (so that no fallback text is indexed for them)."""
    for code in languages.codes():
        fields.setdefault(f"body_{code}", [("paragraph", "<p>Zzyzx.</p>")])
    fields[f"body_{language}"] = [("paragraph", f"<p>{text}</p>")]
    story = make_story(**fields)
    story.save_revision().publish()
    return story


def result_titles(response):
    """Titles of the pages found, in the language searched."""
    assert response.status_code == 200
    language = response["Content-Language"]
    results = response.context["results"]
    return [getattr(page, f"title_{language}") for page in results.object_list] if results else []


def search(client, language, query, **params):
    with translation.override(language):
        url = reverse("search")
    return client.get(url, {"q": query, **params})


@pytest.mark.parametrize("language", languages.codes())
def test_header_form_leads_to_the_results_page_in_the_visitors_language(client, language):
    with translation.override(language):
        path = reverse("search")
    assert path.startswith(f"/{language}/")
    head = parse(client.get(f"/{language}/"))
    forms = [form for form in head.forms if form.get("role") == "search"]
    assert forms and forms[0]["action"] == path and forms[0].get("method") == "get"
    response = client.get(path)
    assert response.status_code == 200
    assert parse(response).html_lang == language
    head = parse(response)
    assert head.meta("robots") == ["noindex, follow"]
    expected = {}
    for code in languages.codes():
        with translation.override(code):
            expected[code] = f"{settings.SITE_URL}{reverse('search')}"
    expected["x-default"] = expected[languages.default()]
    assert head.alternates() == expected


# A sentence in each language and a query that is another form of one of its words.
STEMMED = [
    pytest.param("fr", "Chaque cacaoyer pousse à l’ombre.", "cacaoyers", id="fr"),
    pytest.param("es", "Cada árbol da sombra al cacao.", "árboles", id="es"),
    pytest.param("en", "Each shade tree shelters the cacao.", "trees", id="en"),
]


@on_postgres
@pytest.mark.parametrize(("language", "sentence", "query"), STEMMED)
def test_another_form_of_a_word_finds_the_page(client, language, sentence, query):
    story = story_saying(language, sentence)
    assert query not in sentence  # found through stemming, not spelling
    assert story.pk in result_pks(search(client, language, query))


@on_postgres
@pytest.mark.parametrize(("language", "sentence", "query"), STEMMED)
def test_a_word_is_found_in_its_own_language_only(client, language, sentence, query):
    story = story_saying(language, sentence)
    for other in languages.codes():
        if other != language:
            assert story.pk not in result_pks(search(client, other, query)), other


@on_postgres
def test_search_forgives_missing_accents(client):
    french = story_saying("fr", "Une forêt primaire protégée.")
    assert french.pk in result_pks(search(client, "fr", "foret primaire"))
    spanish = story_saying("es", "Un árbol de la selva.", title_fr="Autre", title_es="Otra")
    assert spanish.pk in result_pks(search(client, "es", "arbol"))


def test_private_pages_are_not_found(client):
    story = StoryPage.objects.get(slug_fr="fermentation-du-cacao")
    assert story.title_fr in result_titles(search(client, "fr", "fermentation"))
    PageViewRestriction.objects.create(page=story, restriction_type="password", password="x")
    assert story.title_fr not in result_titles(search(client, "fr", "fermentation"))


@on_postgres
def test_french_words_are_not_found_in_the_spanish_search(client):
    assert result_titles(search(client, "es", "cacaoyers")) == []
    assert result_titles(search(client, "fr", "árboles")) == []


@pytest.mark.parametrize(
    ("language", "query", "slug"),
    [
        ("fr", "fermentation", "fermentation-du-cacao"),
        ("es", "fermentación", "fermentacion-del-cacao"),
    ],
)
def test_search_finds_titles_intros_and_bodies_of_the_current_language(
    client, language, query, slug
):
    story = StoryPage.objects.get(**{f"slug_{language}": slug})
    titles = result_titles(search(client, language, query))
    assert getattr(story, f"title_{language}") in titles
    html = search(client, language, query).content.decode()
    assert f'href="/{language}/' in html and f"/{slug}/" in html


def test_body_only_words_are_found(client):
    story = StoryPage.objects.get(slug_fr="fermentation-du-cacao")
    story.body_fr = [("paragraph", "<p>Les précurseurs d’arômes naissent ici.</p>")]
    story.save_revision().publish()
    # "précurseurs" now appears only in that story's body.
    titles = result_titles(search(client, "fr", "précurseurs"))
    assert story.title_fr in titles


@pytest.mark.parametrize("language", languages.codes())
@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 10_000,
        "cacao " * 2_000,
        "\x00",
        "cacao\x00chocolat",
        "\u200f\u202ecacao\u202c",  # RTL marks
        "🍫🌳",
        "🍫 cacao 👩‍🌾",
        "'; DROP TABLE discovery_searchentry; --",
        "' OR 1=1 --",
        "!:*&|",
        "cacao & | ! :* <-> (",
        "\\",
        '"unbalanced',
        "<script>alert(1)</script>",
        "%",
        "_",
        "le la les de",
        "\ufffd\ufeff",
    ],
)
def test_odd_queries_get_a_clear_page(client, language, query):
    response = search(client, language, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert 'role="status"' in html
    context = response.context
    results = context["results"]
    assert context["message"] or (results is not None and results.paginator.count)


@pytest.mark.parametrize("raw", ["%ED%A0%80", "%00", "%FF%FE", "%F0%9F%8D%AB", "%E2%80%AE%00x"])
def test_undecodable_and_surrogate_bytes_get_a_clear_page(client, raw):
    response = client.get(f"/fr/recherche/?q={raw}&page={raw}")
    assert response.status_code == 200


def test_query_is_escaped_and_shortened(client):
    response = search(client, "fr", "<b>gras</b>" + "x" * 500)
    html = response.content.decode()
    assert "<b>gras</b>" not in html
    assert "&lt;b&gt;gras&lt;/b&gt;" in html
    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH
    assert str(MAX_QUERY_LENGTH) in response.context["message"]


def test_clean_query_drops_what_cannot_be_searched():
    assert clean_query("\x00ca\ud800cao\u200f  chocolat\n")[0] == "cacao chocolat"
    assert clean_query("x" * 10_000) == ("x" * MAX_QUERY_LENGTH, True)


def _make_stories(count, word, first=0):
    for number in range(first, first + count):
        make_story(
            title_fr=f"Récit {word} {number}",
            title_es=f"Relato {word} {number}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
        ).save_revision().publish()


def test_results_are_paginated_and_keep_the_query(client):
    _make_stories(12, "zorblax")
    first = search(client, "fr", "zorblax")
    assert first.context["results"].paginator.count == 12
    assert len(first.context["results"].object_list) == 10
    assert "?q=zorblax&amp;page=2" in first.content.decode()
    second = search(client, "fr", "zorblax", page=2)
    assert len(second.context["results"].object_list) == 2
    assert search(client, "fr", "zorblax", page="999").status_code == 200
    assert search(client, "fr", "zorblax", page="abc").status_code == 200


def test_no_n_plus_one_queries_in_results(client):
    _make_stories(3, "quuxfeld")
    search(client, "es", "quuxfeld")  # warm the caches (site root paths…)
    with CaptureQueriesContext(connection) as few:
        assert search(client, "es", "quuxfeld").context["results"].paginator.count == 3
    _make_stories(9, "quuxfeld", first=3)
    search(client, "es", "quuxfeld")
    with CaptureQueriesContext(connection) as many:
        assert search(client, "es", "quuxfeld").context["results"].paginator.count == 12
    assert len(many) == len(few), [query["sql"] for query in many.captured_queries]


def test_index_follows_publishing(client):
    story = make_story(title_fr="Le grumplet du matin", title_es="El grumplet matinal")
    story.save_revision().publish()
    assert story.title_fr in result_titles(search(client, "fr", "grumplet"))
    # A draft does not leak into the results.
    story = StoryPage.objects.get(pk=story.pk)
    story.title_fr = "Le snorkvil du soir"
    story.save_revision()
    assert result_titles(search(client, "fr", "snorkvil")) == []
    # Unpublished: gone.
    StoryPage.objects.get(pk=story.pk).unpublish()
    assert result_titles(search(client, "fr", "grumplet")) == []


def test_rebuild_command_recreates_the_index():
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_entries", verbosity=0)
    live = StoryPage.objects.live().count()
    assert (
        SearchEntry.objects.filter(page__in=StoryPage.objects.live(), language="es").count() == live
    )
