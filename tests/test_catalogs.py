"""The message catalogs are complete: every string in the code and templates is translated
into every configured language, and nothing is left fuzzy."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import languages

ROOT = Path(__file__).resolve().parent.parent
# The settings, every app of the project (a folder with apps.py), templates and catalogs;
# languages/ (no apps.py yet) is imported by the apps.
SOURCES = sorted(
    {path.parent.name for path in ROOT.glob("*/apps.py")}
    | {"acopagro_site", "templates", "locale", "manage.py", "languages"}
)

needs_gettext = pytest.mark.skipif(
    shutil.which("msgfmt") is None or shutil.which("xgettext") is None,
    reason="GNU gettext is not installed (make test installs it where it can)",
)


def statistics(po_file):
    result = subprocess.run(
        ["msgfmt", "--statistics", "-o", "/dev/null", str(po_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stderr.strip()


@needs_gettext
@pytest.mark.parametrize("language", languages.codes())
def test_committed_catalog_is_fully_translated(language):
    stats = statistics(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")
    assert "untranslated" not in stats and "fuzzy" not in stats, stats


@needs_gettext
def test_every_string_in_the_code_is_in_the_catalogs(tmp_path):
    """Run makemessages on a copy of the project: no string may come out untranslated."""
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            *(f"--locale={code}" for code in languages.codes()),
            "--no-location",
            "--no-obsolete",
            "--verbosity",
            "0",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "acopagro_site.settings.test", "PATH": "/usr/bin:/bin"},
    )
    for language in languages.codes():
        stats = statistics(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po")
        assert "untranslated" not in stats and "fuzzy" not in stats, (
            f"{language}: {stats} – run `make messages` and translate the new strings"
        )


@needs_gettext
@pytest.mark.parametrize("language", languages.codes())
def test_compiled_catalog_matches_its_source(language, tmp_path):
    """The committed .mo (used where gettext is missing) is compiled from the current .po."""
    directory = ROOT / "locale" / language / "LC_MESSAGES"
    subprocess.run(
        ["msgfmt", "-o", str(tmp_path / "fresh.mo"), str(directory / "django.po")], check=True
    )
    assert (tmp_path / "fresh.mo").read_bytes() == (directory / "django.mo").read_bytes()
