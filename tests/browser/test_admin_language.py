"""The admin in the editor's language, with no other language in it: a Spanish-speaking
editor walks the main screens and submits an impact figure for moderation without
meeting one of Wagtail's French-only strings (the ones Wagtail's Spanish catalog lacks,
read from the installed catalogs) or the English ones a reviewer saw; a French-speaking
editor walks the same screens without meeting Spanish.

What the walk creates through the live server is committed: the editor, the story and
the figure (with its revisions and workflow state) are deleted afterwards.
"""

import re
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import ModelLogEntry, Revision, WorkflowState
from wagtail.users.models import UserProfile

from core.models import CustomImage
from impact.models import ImpactFigure
from pages import models as page_models
from tests.factories import make_figure, make_story

PASSWORD = "admin-language-password-1"
ADMIN_LOCALE = settings.BASE_DIR / "admin_locale"
# English a reviewer saw in the Spanish admin (whole words, case-sensitive).
ENGLISH_SEEN = ["View / edit fields for", "Password", "custom images", "False"]
# Placeholders, tags and runs of spaces split a translation into fragments of text.
NOT_TEXT = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>|\s{2,}|\n")
# Visible text, plus what assistive technology reads and tooltips show.
PAGE_TEXT = """() => {
  const parts = [document.body.innerText];
  const names = ['placeholder', 'aria-label', 'title', 'data-w-tooltip-content-value', 'alt'];
  for (const element of document.querySelectorAll(names.map((n) => `[${n}]`).join(','))) {
    for (const name of names) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\\n');
}"""


def entries(path):
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path))} if path.exists() else {}


def texts(entry):
    return [entry.msgstr, *entry.msgstr_plural.values()]


def fragments(text):
    for fragment in NOT_TEXT.split(text):
        fragment = fragment.strip(" .:,;…«»'\"()-–")
        if len(fragment) >= 8 and re.search(r"[a-zà-ÿ]", fragment):
            yield fragment


def wagtail_catalog(language):
    catalog = {}
    for path in Path(wagtail.__file__).parent.glob(f"**/locale/{language}/LC_MESSAGES/*.po"):
        for key, entry in entries(path).items():
            if entry.translated():
                catalog.setdefault(key, entry)
    return catalog


def ours(language):
    folder = ADMIN_LOCALE / language / "LC_MESSAGES"
    return {**entries(folder / "django.po"), **entries(folder / "djangojs.po")}


def french_only_strings():
    """Wagtail's French for the strings its Spanish catalog lacks: what the Spanish admin
    showed before; fragments that are also Spanish ("contraste") or English are left out."""
    spanish = ours("es")
    found = set()
    for key, entry in wagtail_catalog("fr").items():
        if key in spanish:
            also_spanish = " ".join(texts(spanish[key]))
            for text in texts(entry):
                found |= {f for f in fragments(text) if f not in also_spanish + key[1]}
    return sorted(found)


def spanish_only_strings():
    """Our Spanish translations, less what French or English writes the same way."""
    french = {**wagtail_catalog("fr"), **ours("fr")}
    found = set()
    for key, entry in ours("es").items():
        also_french = " ".join(texts(french[key])) if key in french else ""
        for text in texts(entry):
            found |= {f for f in fragments(text) if f not in also_french + key[1]}
    return sorted(found)


def forbidden_in(language):
    if language == "es":
        return french_only_strings()
    return spanish_only_strings()


def leaks(text, forbidden):
    found = [s for s in forbidden if s in text]
    found += [w for w in ENGLISH_SEEN if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]
    return found


@pytest.fixture
def walk_data():
    """A story and a figure of the walk's own, deleted afterwards with their history."""
    story = make_story(title_fr="Une récolte à raconter", title_es="Una cosecha que contar")
    figure = make_figure(key="admin-language-figure")
    image = CustomImage.objects.order_by("pk").first()
    try:
        yield {"story": story, "figure": figure, "image": image}
    finally:
        figure_type = ContentType.objects.get_for_model(ImpactFigure)
        history = {"object_id": str(figure.pk)}
        WorkflowState.objects.filter(base_content_type=figure_type, **history).delete()
        Revision.objects.filter(base_content_type=figure_type, **history).delete()
        ModelLogEntry.objects.filter(content_type=figure_type, **history).delete()
        ImpactFigure.objects.filter(pk=figure.pk).delete()
        page_models.StoryPage.objects.filter(pk=story.pk).delete()


def make_editor(language):
    user = get_user_model().objects.create_user(
        f"editor-{language}", f"editor-{language}@example.org", PASSWORD
    )
    user.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def screens(data):
    home = page_models.HomePage.objects.get()
    figure_edit = reverse("wagtailsnippets_impact_impactfigure:edit", args=[data["figure"].pk])
    return [
        ("dashboard", reverse("wagtailadmin_home")),
        ("explorer", reverse("wagtailadmin_explore", args=[home.pk])),
        ("story-editor", reverse("wagtailadmin_pages:edit", args=[data["story"].pk])),
        ("images", reverse("wagtailimages:index")),
        ("image-editor", reverse("wagtailimages:edit", args=[data["image"].pk])),
        ("documents", reverse("wagtaildocs:index")),
        ("partners", reverse("wagtailsnippets_cooperative_partner:list")),
        ("figures", reverse("wagtailsnippets_impact_impactfigure:list")),
        ("figure-editor", figure_edit),
        ("translation-report", reverse("translation_status")),
        ("workflow-report", reverse("wagtailadmin_reports:workflow")),
        ("workflow-tasks-report", reverse("wagtailadmin_reports:workflow_tasks")),
        ("account", reverse("wagtailadmin_account")),
    ]


def log_in(page, username):
    page.goto(reverse("wagtailadmin_login"))
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.locator('form button[type="submit"]').first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def walk(page, language, data, screenshot):
    """Every screen, then the figure submitted for moderation; returns the leaks found."""
    forbidden = forbidden_in(language)
    assert len(forbidden) > 100  # the list really comes from the catalogs
    found = {}
    for name, url in screens(data):
        response = page.goto(url)
        page.wait_for_load_state("networkidle")
        assert response.status == 200 and page.url.endswith(url), (name, page.url)
        assert page.locator("html").get_attribute("lang") == language, name
        screenshot(page, f"admin-{language}-{name}.png")
        if leaked := leaks(page.evaluate(PAGE_TEXT), forbidden):
            found[name] = leaked

    # Submit the figure for moderation and read the message.
    page.goto(reverse("wagtailsnippets_impact_impactfigure:edit", args=[data["figure"].pk]))
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        page.locator('button[name="action-submit"]').click()
    message = page.locator(".messages li.success").first.inner_text()
    if leaked := leaks(message, forbidden):
        found["submit message"] = leaked
    return found, message


@pytest.mark.parametrize(
    "language, submitted",
    [("es", "se ha enviado a moderación"), ("fr", "a été soumis(e) pour modération")],
)
def test_the_admin_shows_only_the_editors_language(
    new_page, walk_data, screenshot, language, submitted
):
    editor = make_editor(language)
    try:
        # The browser's own widgets (the file input's "Choose File") in that language too.
        page = new_page(locale=language)
        log_in(page, editor.username)
        found, message = walk(page, language, walk_data, screenshot)
    finally:
        editor.delete()
    assert found == {}
    assert submitted in message, message
    assert "planifi" not in message and "programad" not in message
