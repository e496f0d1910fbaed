"""Impact figures go through moderation like pages: an Editor's new figure or change is a
draft until a Moderator approves it, and visitors only ever see published figures, in
French and in Spanish. Everything goes through the real admin views."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import TaskState, Workflow, WorkflowState

from impact.models import ImpactFigure
from pages import models as m
from tests.factories import demo_page, figure_form_data, home_page, make_figure

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"
ADMIN = "wagtailsnippets_impact_impactfigure"
# The change an editor proposes to "trees-planted" (3,000,000 in the demo content).
CHANGE = {
    "value": "3200000",
    "label_fr": "arbres plantés depuis 2008, chiffre revu",
    "label_es": "árboles plantados desde 2008, cifra revisada",
    "description_fr": "Nouveau contexte du chiffre revu.",
    "description_es": "Nuevo contexto de la cifra revisada.",
}
NEW_VALUE = {"fr": f"plus de 3{NBSP}200{NBSP}000", "es": "más de 3.200.000"}
OLD_VALUE = {"fr": f"plus de 3{NBSP}000{NBSP}000", "es": "más de 3.000.000"}


@pytest.fixture
def figure():
    return ImpactFigure.objects.get(key="trees-planted")


def new_figure(**fields):
    """An unsaved figure, for the add form."""
    values = {
        "key": "schools-built",
        "value": Decimal(12),
        "unit": "schools",
        "category": "social",
        "sort_order": 5,
        "label_fr": "écoles construites",
        "label_es": "escuelas construidas",
        "source_fr": "ACOPAGRO",
        "source_es": "ACOPAGRO",
        "as_of": datetime.date(2025, 1, 1),
    }
    values.update(fields)
    return ImpactFigure(**values)


def public_html(language, page=None):
    """A page as an anonymous visitor gets it (the impact page unless told)."""
    page = page or demo_page(m.ImpactPage)
    with translation.override(language):
        url = page.get_url()
    response = Client().get(url)
    assert response.status_code == 200
    return response.content.decode()


def shown_figure(html, key):
    """The HTML of the figure with this key on a page, or None when it is not there."""
    marker = f'data-figure="{key}"'
    if marker not in html:
        return None
    start = html.index(marker)
    return html[start : html.index("</li>", start)]


def edit(client, figure, action=None, **changes):
    url = reverse(f"{ADMIN}:edit", args=[figure.pk])
    return client.post(url, figure_form_data(figure, action, **changes))


def submit_change(client, editor, figure):
    """The editor submits CHANGE for moderation; returns the moderators' task state."""
    client.force_login(editor)
    response = edit(client, figure, "submit", **CHANGE)
    assert response.status_code == 302
    return moderators_task(figure)


def moderators_task(figure):
    return TaskState.objects.get(
        status=TaskState.STATUS_IN_PROGRESS,
        workflow_state__base_content_type=ContentType.objects.get_for_model(ImpactFigure),
        workflow_state__object_id=str(figure.pk),
    )


def moderate(client, moderator, figure, action, comment=""):
    """The moderator approves or rejects the figure's task; returns the task state."""
    task_state = moderators_task(figure)
    client.force_login(moderator)
    url = reverse(f"{ADMIN}:workflow_action", args=[figure.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment})
    assert response.status_code == 302
    task_state.refresh_from_db()
    assert task_state.comment == comment
    return task_state


def assert_public_figure_unchanged(figure):
    for language in ("fr", "es"):
        html = public_html(language)
        shown = shown_figure(html, figure.key)
        assert shown is not None, language
        assert OLD_VALUE[language] in shown
        assert getattr(figure, f"label_{language}") in shown
        assert CHANGE[f"label_{language}"] not in html
        assert CHANGE[f"description_{language}"] not in html
        assert NEW_VALUE[language] not in html


# --- Roles and workflow --------------------------------------------------------------------


def test_figures_go_through_the_moderation_workflow_of_pages(editor, moderator):
    workflow = ImpactFigure.get_default_workflow()
    assert workflow == Workflow.objects.get(name="Moderation")
    task = workflow.tasks.specific()[0]
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]
    for action in ("publish", "lock", "unlock"):
        assert moderator.has_perm(f"impact.{action}_impactfigure"), action
    assert editor.has_perm("impact.change_impactfigure")
    assert editor.has_perm("impact.add_impactfigure")
    assert not editor.has_perm("impact.publish_impactfigure")


# --- Drafts are never public ---------------------------------------------------------------


def test_an_editors_new_figure_is_a_draft_and_not_on_the_impact_page(client, editor):
    client.force_login(editor)
    response = client.post(reverse(f"{ADMIN}:add"), figure_form_data(new_figure()))
    assert response.status_code == 302

    figure = ImpactFigure.objects.get(key="schools-built")
    assert not figure.live
    for language in ("fr", "es"):
        html = public_html(language)
        assert shown_figure(html, "schools-built") is None
        assert shown_figure(html, "trees-planted") is not None  # the page did render figures
        assert "escuelas construidas" not in html and "écoles construites" not in html


def test_a_draft_figure_is_shown_nowhere_public(client):
    """Not on the impact page, nor chosen on a page, nor in a body's figures block, nor
    through the template tag."""
    draft = make_figure(
        key="draft-figure", label_fr="chiffre en brouillon", label_es="cifra en borrador"
    )
    ImpactFigure.objects.filter(pk=draft.pk).update(live=False)
    live = ImpactFigure.objects.get(key="forest-protected")
    home = home_page()
    m.PageImpactFigure.objects.create(page=home, figure=draft, sort_order=0)
    project = demo_page(m.ClimateProjectPage)
    project.body_fr = [("impact_figures", {"heading": "Forêts", "figures": [draft, live]})]
    project.body_es = [("impact_figures", {"heading": "Bosques", "figures": [draft, live]})]
    project.save()

    for language in ("fr", "es"):
        for page in (demo_page(m.ImpactPage), home, project):
            html = public_html(language, page)
            assert shown_figure(html, "draft-figure") is None, (language, page)
            assert "chiffre en brouillon" not in html and "cifra en borrador" not in html
        assert shown_figure(public_html(language, project), "forest-protected") is not None
        assert shown_figure(public_html(language, home), "trees-planted") is not None


# --- Editors submit, and cannot publish ----------------------------------------------------


def test_an_editors_submitted_change_waits_and_the_public_figure_is_unchanged(
    client, editor, moderator, figure
):
    assert_public_figure_unchanged(figure)  # and now in the page cache

    task_state = submit_change(client, editor, figure)

    workflow_state = task_state.workflow_state
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.requested_by == editor
    assert workflow_state.workflow.name == "Moderation"
    groups = task_state.task.specific.groups.values_list("name", flat=True)
    assert list(groups) == ["Moderators"]
    assert moderator.email in [address for message in mail.outbox for address in message.to]

    live = ImpactFigure.objects.get(pk=figure.pk)
    assert live.live and live.has_unpublished_changes
    assert live.value == 3000000 and live.label_fr == figure.label_fr
    assert live.label_es == figure.label_es
    assert_public_figure_unchanged(figure)


def test_an_editor_cannot_publish_a_figure(client, editor, figure):
    client.force_login(editor)
    form = client.get(reverse(f"{ADMIN}:edit", args=[figure.pk])).content.decode()
    assert 'name="action-submit"' in form
    assert 'name="action-publish"' not in form

    response = edit(client, figure, "publish", **CHANGE)
    assert response.status_code in (200, 302)
    live = ImpactFigure.objects.get(pk=figure.pk)
    assert live.has_unpublished_changes and live.value == 3000000
    assert_public_figure_unchanged(figure)

    client.post(reverse(f"{ADMIN}:add"), figure_form_data(new_figure(), "publish"))
    assert not ImpactFigure.objects.get(key="schools-built").live

    client.post(reverse(f"{ADMIN}:unpublish", args=[figure.pk]))
    assert ImpactFigure.objects.get(pk=figure.pk).live


# --- Moderators approve or reject ----------------------------------------------------------


def test_a_moderator_approves_and_the_change_goes_live_in_both_languages(
    client, editor, moderator, figure
):
    assert_public_figure_unchanged(figure)  # cached before the approval
    submit_change(client, editor, figure)

    task_state = moderate(client, moderator, figure, "approve", "Vérifié dans le rapport annuel.")

    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.workflow_state.status == WorkflowState.STATUS_APPROVED
    live = ImpactFigure.objects.get(pk=figure.pk)
    assert live.live and not live.has_unpublished_changes
    assert live.value == Decimal(CHANGE["value"])
    for language in ("fr", "es"):
        assert getattr(live, f"label_{language}") == CHANGE[f"label_{language}"]
        assert getattr(live, f"description_{language}") == CHANGE[f"description_{language}"]
        html = public_html(language)
        shown = shown_figure(html, figure.key)
        assert NEW_VALUE[language] in shown
        assert CHANGE[f"label_{language}"] in shown
        assert CHANGE[f"description_{language}"] in shown
        assert getattr(figure, f"label_{language}") not in html
        home = shown_figure(public_html(language, home_page()), figure.key)
        assert NEW_VALUE[language] in home and CHANGE[f"label_{language}"] in home


def test_a_new_figure_goes_live_once_a_moderator_approves_it(client, editor, moderator):
    client.force_login(editor)
    response = client.post(reverse(f"{ADMIN}:add"), figure_form_data(new_figure(), "submit"))
    assert response.status_code == 302
    figure = ImpactFigure.objects.get(key="schools-built")
    assert not figure.live
    assert shown_figure(public_html("fr"), "schools-built") is None

    moderate(client, moderator, figure, "approve")

    assert ImpactFigure.objects.get(pk=figure.pk).live
    for language, label in (("fr", "écoles construites"), ("es", "escuelas construidas")):
        shown = shown_figure(public_html(language), "schools-built")
        assert shown is not None and label in shown


def test_a_moderator_rejects_with_a_comment_and_nothing_goes_live(
    client, editor, moderator, figure
):
    submit_change(client, editor, figure)

    task_state = moderate(client, moderator, figure, "reject", "Falta la fuente del nuevo dato.")

    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    live = ImpactFigure.objects.get(pk=figure.pk)
    assert live.value == 3000000 and live.label_es == figure.label_es
    assert_public_figure_unchanged(figure)


# --- Revisions hold both languages ---------------------------------------------------------


def test_a_revision_keeps_and_publishes_both_languages(figure):
    for name, value in CHANGE.items():
        setattr(figure, name, Decimal(value) if name == "value" else value)
    with translation.override("es"):
        revision = figure.save_revision()
    with translation.override("fr"):
        restored = ImpactFigure.objects.get(pk=figure.pk).revisions.get(pk=revision.pk).as_object()
        for name in ("label_fr", "label_es", "description_fr", "description_es"):
            assert getattr(restored, name) == CHANGE[name], name
        revision.publish()
    live = ImpactFigure.objects.get(pk=figure.pk)
    for name in ("label_fr", "label_es", "description_fr", "description_es"):
        assert getattr(live, name) == CHANGE[name], name


# --- The admin listing ---------------------------------------------------------------------


def test_the_listing_shows_each_figures_status(client, editor, moderator, figure):
    client.force_login(editor)
    client.post(reverse(f"{ADMIN}:add"), figure_form_data(new_figure()))
    submit_change(client, editor, figure)

    client.force_login(moderator)  # the admin is in Spanish by default
    url = reverse(f"{ADMIN}:list")
    rows = client.get(url).content.decode().split("<tr")
    draft = ImpactFigure.objects.get(key="schools-built")
    other = ImpactFigure.objects.get(key="forest-protected")

    def status_of(figure):
        row = next(row for row in rows if f'id="snippet_{figure.pk}_title"' in row)
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row[row.index("w-status") :]))

    assert "publicada + en moderación" in status_of(figure)
    assert "borrador" in status_of(draft)
    assert "publicada" in status_of(other)
    assert "borrador" not in status_of(other) and "moderación" not in status_of(other)

    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number in range(5):
        submit_change(client, editor, make_figure(key=f"listed-{number}"))
    client.force_login(moderator)
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)
