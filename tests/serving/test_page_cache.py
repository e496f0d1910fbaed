"""The page cache: anonymous views are kept per URL until the site changes; nobody signed
in, no preview, no form with a CSRF token and no error page is ever served from it."""

import pytest
from django.test import Client, override_settings
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction

from contact.models import ContactPage
from core.models import SiteSettings
from pages import models as page_models
from serving.cache import HEADER
from tests.factories import demo_page, home_page

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def test_second_anonymous_visit_is_a_hit_without_sql(client, django_assert_num_queries):
    assert client.get("/fr/")[HEADER] == "MISS"
    with django_assert_num_queries(0):
        response = client.get("/fr/")
    assert response.status_code == 200
    assert response[HEADER] == "HIT"
    assert "Content-Security-Policy" in response


def test_each_language_has_its_own_entry(client):
    story = demo_page(page_models.StoryPage)
    client.get(url_in(story, "fr"))
    response = client.get(url_in(story, "es"))
    assert response[HEADER] == "MISS"
    html = client.get(url_in(story, "es")).content.decode()
    assert '<html lang="es">' in html
    assert story.title_es in html.replace("&#x27;", "'")


def test_publishing_a_page_shows_the_change_at_once(client):
    story = demo_page(page_models.StoryPage)
    url = url_in(story, "fr")
    client.get(url)
    assert client.get(url)[HEADER] == "HIT"
    listing = url_in(page_models.StoryIndexPage.objects.get(), "fr")
    client.get(listing)

    story.title_fr = "Un titre tout neuf"
    story.save_revision().publish()

    response = client.get(url)
    assert response[HEADER] == "MISS"
    assert "Un titre tout neuf" in response.content.decode()
    assert "Un titre tout neuf" in client.get(listing).content.decode()


def test_unpublishing_a_page_removes_it_at_once(client):
    story = demo_page(page_models.StoryPage)
    url = url_in(story, "fr")
    client.get(url)
    story.unpublish()
    assert client.get(url).status_code == 404


def test_editing_an_impact_figure_updates_cached_pages(client):
    home = home_page()
    figure = home.impact_figures[0]
    client.get("/fr/")
    assert client.get("/fr/")[HEADER] == "HIT"

    figure.label_fr = "arbres plantés, chiffre corrigé"
    figure.save()

    response = client.get("/fr/")
    assert response[HEADER] == "MISS"
    assert "arbres plantés, chiffre corrigé" in response.content.decode()


def test_approving_an_impact_figure_updates_cached_pages(client, superuser):
    """A figure's change waits in moderation (the cached page keeps the published value),
    then the approval publishes it: the next visit renders the page afresh."""
    figure = home_page().impact_figures[0]
    figure.label_es = "árboles plantados, cifra aprobada"
    figure.save_revision(user=superuser)
    workflow_state = figure.get_workflow().start(figure, superuser)
    client.get("/es/")
    response = client.get("/es/")
    assert response[HEADER] == "HIT"
    assert "cifra aprobada" not in response.content.decode()

    task_state = workflow_state.current_task_state.specific
    task_state.task.specific.on_action(task_state, superuser, "approve")

    response = client.get("/es/")
    assert response[HEADER] == "MISS"
    assert "árboles plantados, cifra aprobada" in response.content.decode()


def test_editing_site_settings_updates_cached_pages(client):
    client.get("/es/")
    settings = SiteSettings.objects.get()
    settings.phone = "+51 42 999 999"
    settings.save()
    assert "+51 42 999 999" in client.get("/es/").content.decode()


def test_signed_in_editor_is_never_served_nor_stored(admin_client):
    anonymous = Client()
    # An editor's view (with the user bar) is not stored…
    response = admin_client.get("/fr/")
    assert response.get(HEADER) != "HIT"
    assert "private" in response["Cache-Control"]
    assert anonymous.get("/fr/")[HEADER] == "MISS"
    # …and an editor never gets the visitors' copy.
    assert anonymous.get("/fr/")[HEADER] == "HIT"
    response = admin_client.get("/fr/")
    assert response.get(HEADER) != "HIT"
    assert "userbar" in response.content.decode()


def test_a_draft_viewed_by_an_editor_never_reaches_visitors(admin_client):
    client = Client()
    story = demo_page(page_models.StoryPage)
    url = url_in(story, "fr")
    story.title_fr = "Brouillon secret"
    story.save_revision()

    draft = admin_client.get(f"/admin/pages/{story.pk}/view_draft/")
    assert "Brouillon secret" in draft.content.decode()

    assert "Brouillon secret" not in client.get(url).content.decode()
    assert "Brouillon secret" not in client.get(url).content.decode()


def test_post_is_never_served_from_the_cache(client):
    client.get("/fr/")
    response = client.post("/fr/", {})
    assert response.get(HEADER) != "HIT"


def test_error_pages_are_not_stored(client):
    client.get("/fr/no-such-page/")
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert HEADER not in response


def test_page_with_a_csrf_form_is_never_stored(client):
    """A password-protected page shows a form with a CSRF token: each visitor gets a fresh one.

    Protecting a cached page also takes the unprotected copy out of the cache.
    """
    page = demo_page(page_models.StandardPage)
    url = url_in(page, "fr")
    client.get(url)
    assert client.get(url)[HEADER] == "HIT"

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    first = client.get(url)
    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert first.get(HEADER) != "HIT"
    assert first.cookies  # the CSRF cookie
    client.cookies.clear()
    second = client.get(url)
    assert second.get(HEADER) != "HIT"
    assert page.intro_fr[:40] not in second.content.decode()


def test_a_visitor_with_a_session_is_rendered_afresh(client):
    client.get("/fr/")
    client.cookies["sessionid"] = "whatever"
    response = client.get("/fr/")
    assert response.get(HEADER) != "HIT"
    assert "private" in response["Cache-Control"]


def test_unknown_query_parameters_are_not_cached_but_pagination_is(client):
    client.get("/fr/?utm_source=newsletter")
    assert client.get("/fr/?utm_source=newsletter").get(HEADER) is None
    listing = url_in(page_models.StoryIndexPage.objects.get(), "fr")
    client.get(listing + "?page=1")
    assert client.get(listing + "?page=1")[HEADER] == "HIT"
    assert client.get(listing)[HEADER] == "MISS"


@override_settings(PAGE_CACHE_ENABLED=False)
def test_cache_can_be_turned_off(client):
    client.get("/fr/")
    assert client.get("/fr/").get(HEADER) is None


class RecordingBackend(BaseBackend):
    purged = []

    def __init__(self, params):
        super().__init__(params)

    def purge(self, url):
        self.purged.append(url)

    def purge_batch(self, urls):
        self.purged.extend(urls)


@override_settings(
    WAGTAILFRONTENDCACHE={"test": {"BACKEND": "tests.serving.test_page_cache.RecordingBackend"}}
)
def test_publishing_purges_the_cdn_in_both_languages(django_capture_on_commit_callbacks):
    RecordingBackend.purged.clear()
    story = demo_page(page_models.StoryPage)
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    purged = set(RecordingBackend.purged)
    assert story.full_url in purged
    with translation.override("es"):
        assert story.get_full_url() in purged
    assert home_page().full_url in purged  # the home page lists the latest stories


@override_settings(WAGTAILFRONTENDCACHE={})
def test_cdn_is_not_purged_when_none_is_configured(monkeypatch, django_capture_on_commit_callbacks):
    purges = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.utils.purge_urls_from_cache",
        lambda urls, **kwargs: purges.append(urls),
    )
    with django_capture_on_commit_callbacks(execute=True):
        demo_page(page_models.StoryPage).save_revision().publish()
    assert purges == []


def test_contact_form_is_never_cached_with_a_stale_csrf_token():
    """Each visitor of the contact page gets a form whose token matches their own cookie."""
    contact = demo_page(ContactPage)
    url = url_in(contact, "es")
    tokens = []
    for _ in range(2):
        visitor = Client(enforce_csrf_checks=True)
        response = visitor.get(url)
        assert response.status_code == 200
        assert response.get(HEADER) != "HIT"
        assert "csrftoken" in response.cookies
        html = response.content.decode()
        assert 'name="csrfmiddlewaretoken"' in html
        tokens.append(response.cookies["csrftoken"].value)
    assert tokens[0] != tokens[1]
