"""Editors draft and submit, Moderators approve or reject and publish (the "Moderation"
workflow on the root of the tree), and nothing unpublished reaches the public site."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Site, TaskState, Workflow, WorkflowState

from pages import models as m
from tests.factories import make_story

from .conftest import published_story, story_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    return published_story(
        "Récolte publiée", "Cosecha publicada", "<p>Ancien texte.</p>", "<p>Texto antiguo.</p>"
    )


def public_html(story, language):
    path = {"fr": "/fr/actualites/recolte-publiee/", "es": "/es/noticias/cosecha-publicada/"}[
        language
    ]
    from django.test import Client

    response = Client().get(path)
    assert response.status_code == 200
    return response.content.decode()


def edit(client, story, **kwargs):
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    return client.post(url, story_form_data(story, **kwargs))


def test_the_moderation_workflow_covers_every_page():
    story = m.StoryPage.objects.live().first()
    workflow = story.get_workflow()
    assert workflow == Workflow.objects.get(name="Moderation")
    assert list(workflow.tasks.specific()[0].groups.values_list("name", flat=True)) == [
        "Moderators"
    ]


def test_editor_submits_for_moderation_and_the_live_page_is_unchanged(client, editor, story):
    client.force_login(editor)
    response = edit(
        client,
        story,
        action="submit",
        body_fr="<p>Nouveau texte.</p>",
        body_es="<p>Texto nuevo.</p>",
    )
    assert response.status_code == 302

    state = WorkflowState.objects.get(
        object_id=str(story.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.requested_by == editor
    assert "Ancien texte." in public_html(story, "fr")
    assert "Texto antiguo." in public_html(story, "es")
    assert "Texto nuevo." not in public_html(story, "es")


def test_editor_cannot_publish(client, editor, story):
    client.force_login(editor)
    response = edit(client, story, action="publish", body_fr="<p>Publié par erreur ?</p>")
    assert response.status_code in (200, 302)
    story.refresh_from_db()
    assert story.has_unpublished_changes
    assert "Publié par erreur" not in public_html(story, "fr")
    assert not story.permissions_for_user(editor).can_publish()
    unpublish = client.post(reverse("wagtailadmin_pages:unpublish", args=[story.pk]))
    story.refresh_from_db()
    assert story.live, unpublish


def test_moderator_approves_and_the_page_goes_live_in_both_languages(
    client, editor, moderator, story
):
    client.force_login(editor)
    edit(
        client,
        story,
        action="submit",
        body_fr="<p>Nouveau texte.</p>",
        body_es="<p>Texto nuevo.</p>",
    )
    task_state = TaskState.objects.get(
        status=TaskState.STATUS_IN_PROGRESS, workflow_state__object_id=str(story.pk)
    )

    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Parfait, ¡gracias!"})
    assert response.status_code in (200, 302)

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.comment == "Parfait, ¡gracias!"
    assert "Nouveau texte." in public_html(story, "fr")
    assert "Texto nuevo." in public_html(story, "es")


def test_moderator_rejects_with_a_comment_and_nothing_is_published(
    client, editor, moderator, story
):
    client.force_login(editor)
    edit(client, story, action="submit", body_es="<p>Texto con errores.</p>")
    task_state = TaskState.objects.get(
        status=TaskState.STATUS_IN_PROGRESS, workflow_state__object_id=str(story.pk)
    )

    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[story.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Revisar la ortografía del texto en español."})

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Revisar la ortografía del texto en español."
    assert task_state.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert "Texto con errores." not in public_html(story, "es")


def test_moderator_can_publish_directly(client, moderator, story):
    client.force_login(moderator)
    edit(client, story, action="publish", body_fr="<p>Publié par la modération.</p>")
    assert "Publié par la modération." in public_html(story, "fr")


def test_a_draft_of_a_live_page_is_not_public(client, editor, story):
    client.force_login(editor)
    edit(client, story, body_fr="<p>Brouillon secret.</p>", body_es="<p>Borrador secreto.</p>")
    assert "Brouillon secret." not in public_html(story, "fr")
    assert "Borrador secreto." not in public_html(story, "es")


def test_an_unpublished_page_is_not_found_in_either_language(client):
    story = make_story(title_fr="Jamais publiée", title_es="Nunca publicada")
    Page.objects.filter(pk=story.pk).update(live=False)
    assert client.get("/fr/actualites/jamais-publiee/").status_code == 404
    assert client.get("/es/noticias/nunca-publicada/").status_code == 404
    assert "Jamais publiée" not in client.get("/fr/actualites/").content.decode()


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/pages/", "/admin/snippets/", "/admin/reports/"]
)
def test_anonymous_users_are_sent_to_the_login_page(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editors_reach_the_admin_but_not_the_settings(client, editor):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    response = client.get(reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk]))
    assert response.status_code in (302, 403)
