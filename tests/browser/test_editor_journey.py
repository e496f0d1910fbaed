"""The editor's journey in a real browser: an Editor edits a story in every language and
submits it; a Moderator approves it; the story is on the public site in every language.

The live server and Chromium are the package's (tests/browser/conftest.py). What is
written through the live server is committed: the story and the two users are deleted
afterwards.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.text import slugify

import languages
from pages import models as m

pytestmark = pytest.mark.browser

PASSWORD = "journey-password-1"


@pytest.fixture
def staff():
    User = get_user_model()
    users = {}
    for username, group in (("journey-editor", "Editors"), ("journey-moderator", "Moderators")):
        user = User.objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        users[group] = user
    try:
        yield users
    finally:
        for user in users.values():
            user.delete()


@pytest.fixture
def story():
    """A published story with a first version of its text in every language, deleted after
    the test."""
    index = m.StoryIndexPage.objects.get()
    story = m.StoryPage(title="Parcours de rédaction", date=datetime.date(2026, 3, 1))
    for code in languages.codes():
        title = f"Parcours de rédaction {code}"
        setattr(story, f"title_{code}", title)
        setattr(story, f"slug_{code}", slugify(title))
        setattr(story, f"intro_{code}", f"Première version {code}.")
    index.add_child(instance=story)
    story.save_revision().publish()
    try:
        yield story
    finally:
        m.StoryPage.objects.filter(pk=story.pk).delete()


def new_intro(code):
    return f"La nouvelle récolte est arrivée au port ({code})."


def public_url(story, code):
    with translation.override(code):
        return story.get_url()


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.locator('form button[type="submit"]').first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def open_action_menu(page):
    """The footer's "more actions" dropdown of the edit form."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def test_editor_submits_and_moderator_publishes_in_every_language(new_page, staff, story):
    walk_the_journey(new_page, story)


def walk_the_journey(new_page, story):
    editor = new_page()
    log_in(editor, "journey-editor")
    # The admin speaks Spanish to staff who have not chosen another language.
    assert editor.locator("html").get_attribute("lang") == "es"

    editor.goto(f"/admin/pages/{story.pk}/edit/")
    for code in languages.codes():
        editor.fill(f'textarea[name="intro_{code}"]', new_intro(code))
    # An Editor has no publish button, only "submit for moderation".
    assert editor.locator('button[name="action-publish"]').count() == 0
    open_action_menu(editor)
    with editor.expect_navigation():
        editor.locator('button[name="action-submit"]').click()
    story.refresh_from_db()
    assert story.has_unpublished_changes
    assert story.intro_fr == "Première version fr."  # nothing is public yet

    public = new_page()
    public.goto(public_url(story, "fr"))
    assert "La nouvelle récolte" not in public.content()

    moderator = new_page()
    log_in(moderator, "journey-moderator")
    # The submitted story waits on the moderator's dashboard.
    assert moderator.locator(f'a[href*="/admin/pages/{story.pk}/edit/"]').count() >= 1
    moderator.goto(f"/admin/pages/{story.pk}/edit/")
    open_action_menu(moderator)
    approve = moderator.locator(
        'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    with moderator.expect_navigation():
        approve.first.click()
    story.refresh_from_db()
    assert story.live and not story.has_unpublished_changes

    for code in languages.codes():
        public.goto(public_url(story, code))
        assert new_intro(code) in public.content()
        assert public.locator("html").get_attribute("lang") == code
