"""The editor's journey in a real browser: an Editor edits a story in French and Spanish
and submits it; a Moderator approves it; the story is on the public site in both
languages.

The live server and Chromium fixtures are defined here because the shared
tests/browser/conftest.py was not on main yet when this test was written; they have the
same names and meaning, so this module can drop them once the conftest exists. What is
written through the live server is committed: the story and the two users are deleted
afterwards.
"""

import datetime
import os
import re
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connections
from django.test.testcases import LiveServerThread
from django.utils.text import slugify

from pages import models as m

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
PASSWORD = "journey-password-1"


@pytest.fixture(autouse=True)
def db(django_db_setup, django_db_blocker):
    """Database access without a rolled-back transaction: the server thread must see
    what the test commits, and the test what the server commits."""
    with django_db_blocker.unblock():
        yield
        close_connections()


def close_connections():
    """Close this context's database connections: with Playwright running, code here gets
    connections of its own, which would keep later tests from copying or dropping the
    test database (PostgreSQL)."""
    for conn in connections.all():
        if not (conn.vendor == "sqlite" and conn.is_in_memory_db()):
            conn.close()


@pytest.fixture(scope="module")
def live_server_url(django_db_setup, django_db_blocker):
    shared = {
        conn.alias: conn
        for conn in connections.all()
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    for conn in shared.values():
        conn.inc_thread_sharing()
    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, connections_override=shared)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    try:
        yield f"http://127.0.0.1:{thread.port}"
    finally:
        thread.terminate()  # closes the server thread's own connections
        for conn in shared.values():
            conn.dec_thread_sharing()


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        message = f"No Chromium at {CHROMIUM} (make test installs it where it can)."
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django would then refuse
    # the (synchronous) database queries of the fixtures. Restored as found afterwards:
    # the package's own browser (conftest.py) may still be open and need it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=CHROMIUM,
                headless=True,
                args=[
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser, live_server_url):
    """A fresh page in its own browser context (own cookies); nothing off the site loads."""
    contexts = []

    def make():
        context = browser.new_context(
            viewport={"width": 1280, "height": 800}, base_url=live_server_url
        )
        context.route(
            lambda url: not url.startswith(live_server_url),
            lambda route: route.abort("blockedbyclient"),
        )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


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
    """A published story with a first version of its text, deleted after the test."""
    index = m.StoryIndexPage.objects.get()
    story = m.StoryPage(
        title="Parcours de rédaction",
        title_fr="Parcours de rédaction",
        title_es="Recorrido de redacción",
        slug_fr=slugify("Parcours de rédaction"),
        slug_es=slugify("Recorrido de redacción"),
        date=datetime.date(2026, 3, 1),
        intro_fr="Première version.",
        intro_es="Primera versión.",
    )
    index.add_child(instance=story)
    story.save_revision().publish()
    try:
        yield story
    finally:
        m.StoryPage.objects.filter(pk=story.pk).delete()


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.locator('form button[type="submit"]').first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def open_action_menu(page):
    """The footer's "more actions" dropdown of the edit form."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def test_editor_submits_and_moderator_publishes_in_both_languages(new_page, staff, story):
    try:
        walk_the_journey(new_page, story)
    finally:
        close_connections()


def walk_the_journey(new_page, story):
    editor = new_page()
    log_in(editor, "journey-editor")
    # The admin speaks Spanish to staff who have not chosen another language.
    assert editor.locator("html").get_attribute("lang") == "es"

    editor.goto(f"/admin/pages/{story.pk}/edit/")
    editor.fill('textarea[name="intro_fr"]', "La nouvelle récolte est arrivée au port.")
    editor.fill('textarea[name="intro_es"]', "La nueva cosecha llegó al puerto.")
    # An Editor has no publish button, only "submit for moderation".
    assert editor.locator('button[name="action-publish"]').count() == 0
    open_action_menu(editor)
    with editor.expect_navigation():
        editor.locator('button[name="action-submit"]').click()
    story.refresh_from_db()
    assert story.has_unpublished_changes
    assert story.intro_fr == "Première version."  # nothing is public yet

    public = new_page()
    public.goto("/fr/actualites/parcours-de-redaction/")
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

    public.goto("/fr/actualites/parcours-de-redaction/")
    assert "La nouvelle récolte est arrivée au port." in public.content()
    assert public.locator("html").get_attribute("lang") == "fr"
    public.goto("/es/noticias/recorrido-de-redaccion/")
    assert "La nueva cosecha llegó al puerto." in public.content()
    assert public.locator("html").get_attribute("lang") == "es"
