"""Staff users in the roles the data migration creates, and a story's admin form data."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import languages
from pages import models as m
from tests.factories import make_story


def _member_of(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "pw-for-tests"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    return _member_of(django_user_model, "editor", "Editors")


@pytest.fixture
def moderator(django_user_model):
    return _member_of(django_user_model, "moderator", "Moderators")


def story_form_data(story, action=None, **fields):
    """The edit form of ``story`` as the admin posts it, with ``fields`` changed.

    ``body_<language>`` may be given as an HTML paragraph ("" for an empty body);
    ``action`` is ``submit``, ``publish`` or None (save a draft).
    """
    values = {
        "date": story.date.isoformat(),
        "date_precision": story.date_precision,
        "image": story.image_id or "",
    }
    for language in languages.codes():
        for field in ("title", "slug", "intro"):
            values[f"{field}_{language}"] = getattr(story, f"{field}_{language}") or ""
        values[f"body_{language}"] = f"<p>Text ({language}).</p>"
    values.update(fields)
    for language in languages.codes():
        html = values[f"body_{language}"]
        values[f"body_{language}"] = streamfield([("paragraph", rich_text(html))] if html else [])
    values["impact_figure_links"] = inline_formset([])
    values["comments"] = inline_formset([])
    if action:
        values[f"action-{action}"] = action
    return nested_form_data(values)


def published_story(title_fr, title_es, body_fr, body_es):
    """A live story with a one-paragraph body in each language."""
    story = make_story(title_fr=title_fr, title_es=title_es)
    story.body_fr = [("paragraph", body_fr)]
    story.body_es = [("paragraph", body_es)]
    # Every other configured language gets its own text too: the story is complete.
    for code in languages.codes():
        if not getattr(story, f"title_{code}"):
            setattr(story, f"title_{code}", f"{title_fr} [{code}]")
            setattr(story, f"slug_{code}", f"{story.slug_fr}-{code}")
            setattr(story, f"intro_{code}", f"Introduction [{code}].")
            setattr(story, f"body_{code}", [("paragraph", f"<p>Text [{code}].</p>")])
    story.save_revision().publish()
    return m.StoryPage.objects.get(pk=story.pk)
