"""The group, workflow and task names the project creates show in the editor's language,
and an editor who submits an impact figure reads that it was submitted for moderation."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.models import Task, Workflow
from wagtail.users.models import UserProfile

from tests.factories import figure_form_data, make_figure

SHOWN = {
    "es": ["Moderación", "Aprobación de los moderadores", "Editores", "Moderadores"],
    "fr": ["Modération", "Approbation des modérateurs", "Rédacteurs", "Modérateurs"],
}
SUBMITTED = {
    "es": "se ha enviado a moderación",
    "fr": "a été soumis(e) pour modération",
}


def log_in(client, user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("language", SHOWN)
def test_workflow_task_and_group_names_are_in_the_admin_language(client, superuser, language):
    log_in(client, superuser, language)
    html = client.get(reverse("wagtailadmin_workflows:index")).content.decode()
    html += client.get(reverse("wagtailadmin_workflows:task_index")).content.decode()
    html += client.get(reverse("wagtailusers_groups:index")).content.decode()
    for name in SHOWN[language]:
        assert name in html
    assert "Moderators&#x27; approval" not in html


@pytest.mark.django_db
def test_names_are_stored_in_english_whatever_language_saves_them():
    with translation.override("es"):
        workflow = Workflow.objects.get(name="Moderation")
        assert str(workflow) == "Moderación"
        workflow.name = "Moderación"  # what the Spanish edit form sends back
        workflow.save()
        assert Workflow.objects.filter(name="Moderation").exists()
        task = Task.objects.get(name="Moderators' approval").specific
        task.save()
        assert f"{task.name}" == "Aprobación de los moderadores"
    assert Task.objects.filter(name="Moderators' approval").exists()
    assert workflow.name == "Moderation"  # compares as the stored name


@pytest.mark.django_db
def test_a_name_typed_by_staff_is_kept_as_typed():
    workflow = Workflow.objects.create(name="Revisión del director")
    with translation.override("fr"):
        assert str(Workflow.objects.get(pk=workflow.pk)) == "Revisión del director"


@pytest.mark.django_db
@pytest.mark.parametrize("language", SUBMITTED)
def test_submitting_a_figure_says_it_was_submitted_for_moderation(client, editor, language):
    log_in(client, editor, language)
    figure = make_figure(key="submitted-figure")
    url = reverse("wagtailsnippets_impact_impactfigure:edit", args=[figure.pk])
    response = client.post(url, figure_form_data(figure, action="submit"), follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert len(messages) == 1 and SUBMITTED[language] in messages[0], messages
    assert "planifi" not in messages[0] and "programad" not in messages[0]
