"""Site settings edited in the admin by a Moderator reach the public pages in both
languages at once, the page cache notwithstanding."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Site

from core.models import SiteSettings

pytestmark = pytest.mark.django_db

EDITABLE = [
    "address_fr",
    "address_es",
    "phone",
    "email",
    "contact_notification_email",
    "footer_text_fr",
    "footer_text_es",
    "facebook_url",
    "instagram_url",
    "youtube_url",
    "linkedin_url",
]


def settings_form(site_settings, **changes):
    data = {name: getattr(site_settings, name) or "" for name in EDITABLE}
    data["default_share_image"] = site_settings.default_share_image_id or ""
    data.update(changes)
    return data


def test_a_moderator_changes_the_settings_and_both_languages_show_them(client, moderator):
    site = Site.objects.get(is_default_site=True)
    visitor = Client()
    # Pages already in the page cache must not keep the old details.
    assert visitor.get("/fr/").status_code == visitor.get("/es/").status_code == 200

    client.force_login(moderator)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    response = client.post(
        url,
        settings_form(
            SiteSettings.for_site(site),
            phone="+51 42 555 123",
            footer_text_fr="Coopérative de cacao biologique, Juanjuí.",
            footer_text_es="Cooperativa de cacao orgánico, Juanjuí.",
            youtube_url="https://www.youtube.com/@acopagro-test",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors

    french = visitor.get("/fr/").content.decode()
    spanish = visitor.get("/es/").content.decode()
    for html in (french, spanish):
        assert "+51 42 555 123" in html
        assert "https://www.youtube.com/@acopagro-test" in html
    assert "Coopérative de cacao biologique, Juanjuí." in french
    assert "Cooperativa de cacao orgánico, Juanjuí." in spanish
    assert "Cooperativa de cacao orgánico" not in french


def test_an_invalid_email_is_refused_with_a_message_and_nothing_changes(client, moderator):
    site = Site.objects.get(is_default_site=True)
    before = SiteSettings.for_site(site)
    client.force_login(moderator)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    response = client.post(url, settings_form(before, email="not an address", phone="+51 1"))
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert SiteSettings.objects.get(pk=before.pk).phone == before.phone
