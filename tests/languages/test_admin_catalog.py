"""Our catalog of the Wagtail admin strings Wagtail leaves untranslated (admin_locale/):
complete, compiled, placeholders intact, current with the installed Wagtail, and used by
the admin."""

import re
import shutil
import subprocess
import sys

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.factories import make_story

ADMIN_LOCALE = settings.BASE_DIR / "admin_locale"
CATALOGS = sorted(ADMIN_LOCALE.glob("*/LC_MESSAGES/*.po"))
# What must come through a translation unchanged: %(name)s / %s / %d, {name}, HTML tags.
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|</?\w+[^>]*>")
NUMBER = re.compile(r"%\(\w+\)[sd]")
TAG = re.compile(r"\{\w*\}|</?\w+[^>]*>")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def tags(text):
    return sorted(TAG.findall(text))


needs_gettext = pytest.mark.skipif(
    shutil.which("msgfmt") is None, reason="GNU gettext is not installed"
)


def catalog_id(path):
    return f"{path.parts[-3]}-{path.stem}"


def test_the_admin_catalog_comes_after_the_project_catalog():
    """makemessages writes into LOCALE_PATHS[0] (locale/) and never into admin_locale/."""
    names = [path.name for path in settings.LOCALE_PATHS]
    assert names[0] == "locale"
    assert "admin_locale" in names[1:]
    assert not (ADMIN_LOCALE.parent / "admin_locale" / "apps.py").exists()


def test_there_is_a_spanish_catalog():
    assert ADMIN_LOCALE / "es" / "LC_MESSAGES" / "django.po" in CATALOGS


@needs_gettext
@pytest.mark.parametrize("path", CATALOGS, ids=catalog_id)
def test_catalog_compiles_and_is_fully_translated(path):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "fuzzy" not in result.stderr and "untranslated" not in result.stderr, result.stderr


@pytest.mark.parametrize("path", CATALOGS, ids=catalog_id)
def test_committed_mo_file_matches_the_po_file(path):
    source = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in polib.pofile(str(path))}
    compiled = polib.mofile(str(path.with_suffix(".mo")))
    assert {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in compiled} == source


@pytest.mark.parametrize("path", CATALOGS, ids=catalog_id)
def test_translations_keep_every_placeholder_and_tag(path):
    for entry in polib.pofile(str(path)):
        if not entry.msgid_plural:
            assert placeholders(entry.msgstr) == placeholders(entry.msgid), entry.msgid
            continue
        # Plural forms: the same tags; the numbers' %(…)s of either msgid (a singular
        # form may spell the number out: "Otro usuario…").
        numbers = set(NUMBER.findall(entry.msgid + entry.msgid_plural))
        for text in entry.msgstr_plural.values():
            assert set(NUMBER.findall(text)) <= numbers, (entry.msgid, text)
            assert tags(text) == tags(entry.msgid_plural), (entry.msgid, text)


@pytest.mark.parametrize("path", CATALOGS, ids=catalog_id)
def test_no_translation_is_in_another_admin_language(path):
    """Spanish entries are not French and French ones are not Spanish."""
    foreign = {
        "es": re.compile(r"\b(les|des|été|être|vous|une)\b"),
        "fr": re.compile(r"\b(los|las|usted|está|una)\b"),
    }
    language = path.parts[-3]
    for entry in polib.pofile(str(path)):
        texts = [entry.msgstr, *entry.msgstr_plural.values()]
        for text in texts:
            assert not foreign[language].search(text), (entry.msgid, text)


def test_the_catalog_lists_every_string_wagtail_leaves_untranslated():
    """scripts/admin-catalog --check: nothing to add or drop for the installed Wagtail."""
    result = subprocess.run(
        [sys.executable, str(settings.BASE_DIR / "scripts" / "admin-catalog"), "--check"],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "msgid, spanish",
    [
        ("Search all pages…", "Buscar en todas las páginas…"),
        ("Autosave is paused", "El guardado automático está en pausa"),
        ("View / edit fields for", "Ver o editar los campos en"),
        ("Saved", "Guardado"),
        (
            "%(model_name)s '%(object)s' has been submitted for moderation.",
            "%(model_name)s '%(object)s' se ha enviado a moderación.",
        ),
    ],
)
def test_admin_strings_are_spanish(msgid, spanish):
    with translation.override("es"):
        assert translation.gettext(msgid) == spanish


@pytest.mark.django_db
def test_spanish_dashboard_and_editor_show_our_translations(admin_client):
    """The admin (Spanish for a user without a preference) uses the catalog."""
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Buscar en todas las páginas…" in dashboard
    assert "Rechercher toutes les pages" not in dashboard

    story = make_story()
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    html = editor.content.decode()
    assert "El guardado automático está en pausa" in html
    assert "L'enregistrement automatique est en pause" not in html
    assert "Autosave is paused" not in html
