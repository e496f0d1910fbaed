"""Labels the project shows in the admin are in the editor's language: no "False" for an
unticked box, no "custom images" for the image model."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from contact.models import ContactSubmission, RequestType
from core.models import CustomImage

YES_NO = {"es": ("Sí", "No"), "fr": ("Oui", "Non")}


def log_in(client, user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


@pytest.mark.django_db
@pytest.mark.parametrize("language", YES_NO)
def test_contact_requests_say_yes_or_no(client, superuser, language):
    log_in(client, superuser, language)
    submission = ContactSubmission.objects.create(
        name="Ana Ruiz",
        email="ana@example.org",
        country="Perú",
        request_type=RequestType.SAMPLES,
        message="Muestras, por favor.",
        language="es",
        email_sent=True,
    )
    listing = client.get(reverse("wagtailsnippets_contact_contactsubmission:list"))
    inspect = client.get(
        reverse("wagtailsnippets_contact_contactsubmission:inspect", args=[submission.pk])
    )
    yes, no = YES_NO[language]
    for html in (listing.content.decode(), inspect.content.decode()):
        assert "False" not in html and "True" not in html
        assert yes in html and no in html


@pytest.mark.django_db
def test_the_image_model_has_wagtails_names(admin_client):
    with translation.override("es"):
        assert str(CustomImage._meta.verbose_name_plural) == "imágenes"
    html = admin_client.get(reverse("wagtailimages:index")).content.decode()
    assert "custom image" not in html.lower()
