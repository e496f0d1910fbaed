"""The translation status report finds content whose French or Spanish is empty, or older
than the other language's last edit, and links to where it is edited."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page

from editorial.translation_status import translation_issues
from impact.models import ImpactFigure
from pages import models as m

from .conftest import published_story, story_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    return published_story(
        "Récolte suivie", "Cosecha seguida", "<p>Texte complet.</p>", "<p>Texto completo.</p>"
    )


def issue_for(page):
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return next((issue for issue in translation_issues() if issue.edit_url == edit_url), None)


def publish(client, story, **fields):
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    response = client.post(url, story_form_data(story, action="publish", **fields))
    assert response.status_code == 302


def test_a_complete_page_is_not_reported(story):
    assert issue_for(story) is None


def test_report_finds_a_page_whose_spanish_body_was_cleared(client, moderator, story):
    client.force_login(moderator)
    publish(client, story, body_fr="<p>Texte complet.</p>", body_es="")
    issue = issue_for(story)
    assert issue is not None
    assert issue.missing["es"] == [str(m.StoryPage._meta.get_field("body").verbose_name)]
    assert "fr" not in issue.missing

    response = client.get(reverse("translation_status"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Récolte suivie" in html or "Cosecha seguida" in html
    assert reverse("wagtailadmin_pages:edit", args=[story.pk]) in html
    assert "cuerpo" in html  # the field's name, in the admin's Spanish


def test_report_finds_a_spanish_text_older_than_the_french(client, moderator, story):
    client.force_login(moderator)
    publish(
        client,
        story,
        intro_fr="Une introduction réécrite en français seulement.",
        body_fr="<p>Texte complet.</p>",
        body_es="<p>Texto completo.</p>",
    )
    issue = issue_for(story)
    assert issue is not None and not any(issue.missing.values())
    assert issue.out_of_date == ["es"]

    # Once the Spanish is brought up to date, the page leaves the report.
    publish(
        client,
        story,
        intro_fr="Une introduction réécrite en français seulement.",
        intro_es="Una introducción reescrita también en español.",
        body_fr="<p>Texte complet.</p>",
        body_es="<p>Texto completo.</p>",
    )
    assert issue_for(story) is None


def test_report_finds_a_snippet_without_its_spanish_label():
    figure = ImpactFigure.objects.get(key="trees-planted")
    figure.label_es = ""
    figure.save()
    issue = next(
        issue
        for issue in translation_issues()
        if issue.edit_url == reverse("wagtailsnippets_impact_impactfigure:edit", args=[figure.pk])
    )
    assert issue.missing["es"] == [str(ImpactFigure._meta.get_field("label").verbose_name)]


def test_an_unpublished_draft_is_not_reported(client, editor, story):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    client.post(url, story_form_data(story, body_es=""))  # a draft: not what the public sees
    assert issue_for(story) is None


def test_report_is_in_the_reports_menu_for_staff(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert reverse("translation_status") in html
    assert client.get(reverse("translation_status")).status_code == 200
    export = client.get(reverse("translation_status"), {"export": "csv"})
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")


def test_report_is_not_public(client):
    response = client.get(reverse("translation_status"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editing_only_the_spanish_puts_the_french_behind(client, moderator, story):
    client.force_login(moderator)
    publish(
        client,
        story,
        intro_es="Solo el español cambia.",
        body_fr="<p>Texte complet.</p>",
        body_es="<p>Texto completo.</p>",
    )
    assert issue_for(story).out_of_date == ["fr"]


def test_editing_both_languages_together_is_not_reported(client, moderator, story):
    client.force_login(moderator)
    publish(
        client,
        story,
        intro_fr="Les deux changent.",
        intro_es="Ambos cambian.",
        body_fr="<p>Texte complet.</p>",
        body_es="<p>Texto completo.</p>",
    )
    assert issue_for(story) is None


def test_a_figure_change_is_reported_once_it_is_approved(client, editor, moderator):
    """Impact figures are moderated: a change waiting in moderation is not what visitors
    see, so the report follows the published figure."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import TaskState

    from tests.factories import figure_form_data

    figure = ImpactFigure.objects.get(key="trees-planted")
    edit_url = reverse("wagtailsnippets_impact_impactfigure:edit", args=[figure.pk])
    client.force_login(editor)
    client.post(edit_url, figure_form_data(figure, "submit", label_es=""))

    def figure_issue():
        return next((issue for issue in translation_issues() if issue.edit_url == edit_url), None)

    assert figure_issue() is None

    task_state = TaskState.objects.get(
        status=TaskState.STATUS_IN_PROGRESS,
        workflow_state__object_id=str(figure.pk),
        workflow_state__base_content_type=ContentType.objects.get_for_model(ImpactFigure),
    )
    client.force_login(moderator)
    client.post(
        reverse(
            "wagtailsnippets_impact_impactfigure:workflow_action",
            args=[figure.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert figure_issue().missing["es"] == [str(ImpactFigure._meta.get_field("label").verbose_name)]


def test_a_new_figure_in_draft_is_not_reported(client, editor):
    from tests.factories import figure_form_data

    client.force_login(editor)
    draft = ImpactFigure(
        key="draft-only",
        value=3,
        unit="schools",
        category="social",
        label_fr="écoles en projet",
        label_es="",
        source_fr="ACOPAGRO",
        source_es="ACOPAGRO",
        as_of=datetime.date(2025, 1, 1),
    )
    client.post(reverse("wagtailsnippets_impact_impactfigure:add"), figure_form_data(draft))
    figure = ImpactFigure.objects.get(key="draft-only")
    assert not figure.live
    edit_url = reverse("wagtailsnippets_impact_impactfigure:edit", args=[figure.pk])
    assert all(issue.edit_url != edit_url for issue in translation_issues())


# --- At scale: rows instead of pages, a constant number of queries --------------------------


def test_the_report_gives_the_same_verdicts_as_reading_each_page():
    """The report reads pages as rows; ``_issue`` on each page instance is the reference."""
    from django.utils import translation

    from editorial.translation_status import _edits_by_object, _issue

    history = m.HistoryPage.objects.live().first()
    milestone = history.milestones.first() if hasattr(history, "milestones") else None
    if milestone is not None:
        type(milestone).objects.filter(pk=milestone.pk).update(text_es="")
    m.StoryPage.objects.filter(pk=m.StoryPage.objects.live().first().pk).update(intro_es="")
    for code in ("fr", "es"):
        with translation.override(code):
            reported = {issue.edit_url: issue for issue in translation_issues()}
            edits = _edits_by_object()
            for page in Page.objects.live().filter(depth__gt=1).specific():
                url = reverse("wagtailadmin_pages:edit", args=[page.pk])
                expected = _issue(page, str(page._meta.verbose_name), url, edits)
                if not expected:
                    assert url not in reported, page
                    continue
                assert reported[url].missing == expected.missing, page
                assert reported[url].title == expected.title
                assert reported[url].kind == expected.kind
    assert any(issue.missing.get("es") for issue in translation_issues())


def test_the_report_runs_a_constant_number_of_queries_and_loads_no_page():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.counting import page_instances
    from tests.factories import stories_in_bulk

    counts = []
    for size in (15, 90):
        stories_in_bulk(size)
        with CaptureQueriesContext(connection) as queries, page_instances() as pages:
            issues = translation_issues()
        counts.append(len(queries))
        assert pages.total == 0
    assert counts[0] == counts[1]
    assert counts[0] <= 30
    assert isinstance(issues, list)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "<p></p>",
        "<p> \n </p>",
        "<br/>",
        "<!-- a comment -->",
        "<p><b></b></p>",
        "<p>Texte</p>",
        "a < b",
        "<p>&nbsp;</p>",
        "<a href='x'>lien</a>",
        [{"type": "paragraph", "value": "<p></p>", "id": "1"}],
        [{"type": "paragraph", "value": "<p>Hola</p>", "id": "1"}],
        [{"type": "quote", "value": {"quote": "", "attribution": "<i></i>"}, "id": "2"}],
    ],
)
def test_the_quick_text_check_agrees_with_the_full_text(value):
    """The report's row reading (``has_text``, a regular expression) and its reading of
    objects (``_text``, Django's ``strip_tags``) give one verdict on every kind of value."""
    from editorial.translation_status import _text, has_text

    assert has_text(value) == bool(_text(value))
