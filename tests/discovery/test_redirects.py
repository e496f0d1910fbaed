"""A moved or renamed page keeps its old URLs in every language, whatever language the
editor's admin speaks."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.users.models import UserProfile

from languages import codes
from pages.models import StandardPage
from tests.factories import home_page

pytestmark = pytest.mark.django_db


def standard_page(parent, slug):
    """A live standard page with its own title and slug in every configured language."""
    page = StandardPage(title=slug)
    for code in codes():
        setattr(page, f"title_{code}", f"{slug} {code}")
        setattr(page, f"slug_{code}", f"{slug}-{code}")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def urls(page):
    """The page's public path in each language."""
    page = Page.objects.get(pk=page.pk).specific
    result = {}
    for code in codes():
        with translation.override(code):
            result[code] = page.get_url()
    return result


@pytest.fixture
def tree():
    """home → section → chapter, and an empty ``elsewhere`` to move things to."""
    home = home_page()
    section = standard_page(home, "section")
    chapter = standard_page(section, "chapter")
    elsewhere = standard_page(home, "elsewhere")
    return section, chapter, elsewhere


def staff_in(language, django_user_model):
    user = django_user_model.objects.create_superuser(f"staff-{language}", "s@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def assert_redirects_to(client, old, new):
    response = client.get(old)
    assert response.status_code in (301, 302), (old, response.status_code)
    assert response["Location"] == new, (old, response["Location"], new)


@pytest.mark.parametrize("admin_language", codes())
def test_a_page_moved_in_the_admin_redirects_from_every_language(
    admin_language, client, django_user_model, django_capture_on_commit_callbacks, tree
):
    section, chapter, elsewhere = tree
    before = {page.pk: urls(page) for page in (section, chapter)}
    client.force_login(staff_in(admin_language, django_user_model))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:move_confirm", args=[section.pk, elsewhere.pk])
        )
    assert response.status_code == 302
    client.logout()
    for page in (section, chapter):
        after = urls(page)
        for code in codes():
            assert after[code] != before[page.pk][code]
            assert_redirects_to(client, before[page.pk][code], after[code])


@pytest.mark.parametrize("admin_language", codes())
@pytest.mark.parametrize("changed_language", codes())
def test_a_slug_changed_in_any_language_redirects_its_old_url(
    admin_language, changed_language, client, django_capture_on_commit_callbacks, tree
):
    section, chapter, _elsewhere = tree
    before = {page.pk: urls(page) for page in (section, chapter)}
    with translation.override(admin_language), django_capture_on_commit_callbacks(execute=True):
        setattr(section, f"slug_{changed_language}", f"renamed-{changed_language}")
        section.save_revision().publish()
    for page in (section, chapter):
        after = urls(page)
        assert after[changed_language] != before[page.pk][changed_language]
        assert_redirects_to(client, before[page.pk][changed_language], after[changed_language])
        for code in codes():
            if code != changed_language:
                assert after[code] == before[page.pk][code]
    # Only the language whose slug changed has new redirects (one per page).
    assert Redirect.objects.count() == 2
