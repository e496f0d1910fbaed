"""Every page model and snippet has a factory, and what the factories build is a working
site in every configured language."""

import pytest
from django.conf import settings
from django.utils import translation

from tests import factories as f

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]

SITE_PAGES = [
    "home",
    "history",
    "quality",
    "impact",
    "standard",
    "programs",
    "program",
    "projects",
    "project",
    "stories",
    "story",
    "contact",
    "buyers",
    "product",
    "eudr",
]
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_every_page_model_has_a_factory():
    assert set(f.PAGE_FACTORIES) == set(f.all_page_models())


def test_minimal_site_has_a_page_of_every_model(minimal_site):
    built = {type(getattr(minimal_site, name)) for name in SITE_PAGES}
    assert built == set(f.all_page_models())


@pytest.mark.parametrize("model", list(f.SNIPPET_FACTORIES), ids=lambda m: m.__name__)
def test_snippet_factory_builds_a_valid_object(model):
    instance = f.SNIPPET_FACTORIES[model]()
    instance.full_clean()
    assert model.objects.filter(pk=instance.pk).exists()


def test_image_factory_makes_a_real_image_file():
    image = f.CustomImageFactory()
    assert (image.width, image.height) == (320, 240)
    for code in LANGUAGES:
        assert getattr(image, f"description_{code}").endswith(f"({code})")
    assert image.get_rendition("fill-100x100").width == 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_factory_pages_render_in_each_language_with_their_own_text(client, minimal_site, language):
    """Every page of the factory-built site (one site per language: building it is most
    of the cost), in that language and no other."""
    for name in SITE_PAGES:
        page = getattr(minimal_site, name)
        with translation.override(language):
            url = page.get_url()
        assert url.startswith(f"/{language}/"), name

        response = client.get(url)

        assert response.status_code == 200, name
        html = response.content.decode()
        assert f'<html lang="{language}">' in html, name
        assert f">{getattr(page, f'title_{language}')}</h1>" in html, name
        assert getattr(page, f"intro_{language}") in html, name
        for other in LANGUAGES:
            if other != language:
                assert f">{getattr(page, f'title_{other}')}</h1>" not in html, (name, other)
