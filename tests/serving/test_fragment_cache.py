"""Cached fragments ({% sitecache %}): a page rendered afresh reuses its header, footer,
cards, images and body, and none of them is ever shown stale after an edit, in either
language, nor shared between languages, nor taken from a preview.

The page cache is off here: these are the renders of pages that are not in it.
"""

import pytest
from django.test import override_settings
from django.utils import translation

import languages
from core.models import CustomImage
from pages import models as page_models
from tests.factories import CustomImageFactory, demo_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


@pytest.fixture
def page_cache_off():
    with override_settings(PAGE_CACHE_ENABLED=False):
        yield


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode().replace("&#x27;", "'")


def latest_story():
    return page_models.StoryPage.objects.live().order_by("-date", "-pk").first()


def pages_showing_the_latest_story(story):
    """Home (latest stories), story listing (card) and the story itself (header), per language."""
    listing = page_models.StoryIndexPage.objects.get()
    return {
        language: [f"/{language}/", url_in(listing, language), url_in(story, language)]
        for language in languages.codes()
    }


def warm(client, urls_by_language):
    for urls in urls_by_language.values():
        for url in urls:
            html(client, url)
            html(client, url)


def test_a_second_render_reuses_the_fragments(client, monkeypatch, django_assert_max_num_queries):
    html(client, "/es/")
    pictures = []
    original = CustomImage.get_renditions

    def counting(self, *filters):
        pictures.append(self.pk)
        return original(self, *filters)

    monkeypatch.setattr(CustomImage, "get_renditions", counting)
    # Site, route, view restrictions: nothing for the head, menus, footer, hero,
    # figures, sections or stories, and no picture rendered.
    with django_assert_max_num_queries(4):
        html(client, "/es/")
    assert pictures == []


@pytest.mark.parametrize("edited", languages.codes())
def test_a_title_edited_in_one_language_shows_at_once_in_that_language_only(client, edited):
    story = latest_story()
    urls = pages_showing_the_latest_story(story)
    warm(client, urls)
    old_titles = {other: getattr(story, f"title_{other}") for other in languages.others(edited)}

    new_title = f"Corrected title ({edited})"
    setattr(story, f"title_{edited}", new_title)
    story.save_revision().publish()

    for url in urls[edited]:
        assert new_title in html(client, url), url
    story_head = html(client, urls[edited][2]).split("</head>")[0]
    assert f'<meta property="og:title" content="{new_title}' in story_head
    for other, old_title in old_titles.items():
        for url in urls[other]:
            page_html = html(client, url)
            assert new_title not in page_html, url
            assert old_title in page_html, url


@pytest.mark.parametrize("language", languages.codes())
def test_a_menu_title_edited_shows_in_the_header_of_every_page(client, language):
    history = demo_page(page_models.HistoryPage)
    story = latest_story()
    urls = [f"/{language}/", url_in(story, language)]
    for url in urls:
        html(client, url)

    setattr(history, f"title_{language}", f"Our long history ({language})")
    history.save_revision().publish()

    for url in urls:
        header = html(client, url).split("</header>")[0]
        assert getattr(history, f"title_{language}") in header, url


@pytest.mark.parametrize("language", languages.codes())
def test_an_image_description_edited_shows_in_the_page_header(client, language):
    story = latest_story()
    story.image = CustomImageFactory()
    story.save_revision().publish()
    url = url_in(story, language)
    html(client, url)
    image = story.image
    new_alt = f"Cacao beans drying in the sun ({language})"
    setattr(image, f"description_{language}", new_alt)
    image.save()

    assert f'alt="{new_alt}"' in html(client, url)


def test_an_image_replaced_on_a_story_changes_its_card_and_header(client):
    story = latest_story()
    urls = pages_showing_the_latest_story(story)
    warm(client, urls)
    other_image = CustomImage.objects.exclude(pk=story.image_id).first()
    rendition_path = other_image.get_rendition("format-webp|fill-400x260-c100").url

    story.image = other_image
    story.save_revision().publish()

    for url in urls["fr"][:2] + urls["es"][:2]:  # home and listing: the cards
        assert rendition_path in html(client, url), url


def test_a_second_render_generates_no_rendition(client, monkeypatch):
    """An image new to the site gets its renditions once, on the first render: the next
    renders use them (cached page objects used to keep an empty list of prefetched
    renditions, so that every render encoded every AVIF and WebP again)."""
    story = latest_story()
    image = CustomImageFactory()  # an image new to the site: no rendition yet
    story.image = image
    story.save_revision().publish()

    generated = []
    original = CustomImage.generate_rendition_file

    def counting(self, *args, **kwargs):
        generated.append(self.pk)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(CustomImage, "generate_rendition_file", counting)
    html(client, "/fr/")
    assert image.pk in generated  # the card's renditions were made by this render
    generated.clear()
    for url in ("/fr/", "/es/", "/fr/", "/es/"):
        html(client, url)
    assert generated == []


def test_a_draft_preview_never_shows_to_visitors(client, admin_client):
    story = latest_story()
    url = url_in(story, "fr")
    live_title = story.title_fr
    story.title_fr = "Brouillon pas encore relu"
    story.save_revision()

    draft = admin_client.get(f"/admin/pages/{story.pk}/view_draft/")
    assert draft.status_code == 200
    assert "Brouillon pas encore relu" in draft.content.decode()

    visitor_html = html(client, url)
    assert "Brouillon pas encore relu" not in visitor_html
    assert live_title in visitor_html
    assert "Brouillon pas encore relu" not in html(client, "/fr/")
