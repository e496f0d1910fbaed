"""The admin works in the staff's language, previews show either language, and the
revision history can be compared."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Revision
from wagtail.users.models import UserProfile

from core.models import CustomRendition
from languages import codes as language_codes
from pages import models as m
from tests.factories import demo_page

from .conftest import story_form_data

pytestmark = pytest.mark.django_db


def test_admin_login_page_is_in_spanish_by_default(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert '<html lang="es"' in response.content.decode()


def test_admin_is_in_spanish_for_a_user_without_a_preference(client, editor):
    client.force_login(editor)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr")
    assert '<html lang="es"' in response.content.decode()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_user_can_choose_french_or_english(client, editor, language):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "Rosa",
            "name_email-last_name": "Pérez",
            "name_email-email": "editor@example.org",
            "locale-preferred_language": language,
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-contrast": "system",
            "theme-density": "default",
            "avatar-avatar": "",
        },
    )
    assert response.status_code == 302, response.context and [
        form.errors for form in response.context.get("panels_by_tab", {}) and []
    ]
    assert UserProfile.get_for_user(editor).preferred_language == language
    html = client.get("/admin/").content.decode()
    assert f'<html lang="{language}"' in html


def test_admin_language_choices_are_spanish_french_and_english(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    for code in ("es", "fr", "en"):
        assert f'value="{code}"' in html


def test_the_public_site_keeps_its_own_language(client, editor):
    client.force_login(editor)
    assert '<html lang="fr"' in client.get("/fr/").content.decode()


def test_project_strings_in_the_admin_are_translated(client, editor):
    client.force_login(editor)
    story = demo_page(m.StoryPage)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    # The help text of the story date, from the project's Spanish catalog.
    assert "las noticias se ordenan de la más reciente a la más antigua" in html


@pytest.mark.parametrize(
    ("mode", "expected", "absent"),
    [
        ("fr", "Aperçu en français.", "Vista previa en español."),
        ("es", "Vista previa en español.", "Aperçu en français."),
    ],
)
def test_preview_shows_the_draft_in_either_language(client, editor, mode, expected, absent):
    client.force_login(editor)
    story = demo_page(m.StoryPage)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk])
    data = story_form_data(
        story, body_fr="<p>Aperçu en français.</p>", body_es="<p>Vista previa en español.</p>"
    )
    assert client.post(url, data).json()["is_valid"]
    response = client.get(url, {"mode": mode})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{mode}"' in html
    assert expected in html and absent not in html


def test_page_offers_a_preview_mode_per_language():
    assert [mode for mode, _label in m.StoryPage().preview_modes] == language_codes()


def test_revisions_can_be_compared(admin_client):
    story = demo_page(m.StoryPage)
    first = story.get_latest_revision()
    story.body_es = [("paragraph", "<p>Otra versión.</p>")]
    second = story.save_revision()
    url = reverse("wagtailadmin_pages:revisions_compare", args=[story.pk, first.pk, second.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Otra versión." in response.content.decode()


def test_a_scheduled_revision_goes_live_with_publish_scheduled(client, moderator):
    story = demo_page(m.StoryPage)
    story.body_es = [("paragraph", "<p>Programado para mañana.</p>")]
    story.go_live_at = timezone.now() + datetime.timedelta(days=1)
    revision = story.save_revision(user=moderator)
    revision.publish(user=moderator)  # in the future: scheduled, not published
    with translation.override("es"):
        spanish_url = m.StoryPage.objects.get(pk=story.pk).get_url()
    assert "Programado para mañana." not in client.get(spanish_url).content.decode()

    # The next day (the cron job runs the command every few minutes): move the schedule
    # into the past rather than waiting.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = Revision.objects.get(pk=revision.pk)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    assert "Programado para mañana." in client.get(spanish_url).content.decode()


def edited_models():
    """The project's models that editors fill in the admin (pages, snippets, settings)."""
    from django.apps import apps

    from contact.models import ContactNotification, ContactSubmission
    from editorial.models import LanguageEdit

    not_edited = {
        CustomRendition,
        m.PageImpactFigure,
        ContactSubmission,
        ContactNotification,
        LanguageEdit,
    }
    for app in ("core", "cooperative", "impact", "pages", "contact"):
        for model in apps.get_app_config(app).get_models():
            if model not in not_edited:
                yield model


@pytest.mark.parametrize("model", list(edited_models()), ids=lambda model: model.__name__)
def test_every_field_editors_fill_has_a_help_text(model):
    from wagtail.images.models import AbstractImage
    from wagtail.models import DraftStateMixin, LockableMixin, Page, RevisionMixin, WorkflowMixin

    # Wagtail's own fields (publishing, locking, revisions) are not in the project's forms.
    wagtail_bases = (
        Page,
        AbstractImage,
        WorkflowMixin,
        DraftStateMixin,
        LockableMixin,
        RevisionMixin,
    )
    inherited = {field.name for base in wagtail_bases for field in base._meta.get_fields()}
    missing = [
        field.name
        for field in model._meta.get_fields()
        if getattr(field, "editable", False)
        and not field.auto_created
        and field.name not in inherited
        and field.name not in ("page", "site")
        and not field.name.endswith(tuple(f"_{code}" for code in language_codes()))
        and not str(getattr(field, "help_text", ""))
    ]
    assert not missing, f"{model.__name__}: no help text on {missing}"
