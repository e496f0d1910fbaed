"""The impact app's own catalog (impact/locale) is complete in every language it has, and
in every configured language; its .mo files are compiled from the current .po files."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(__file__).resolve().parents[2] / "impact" / "locale"
CATALOG_LANGUAGES = sorted(path.name for path in LOCALE.iterdir() if path.is_dir())

pytestmark = pytest.mark.skipif(
    shutil.which("msgfmt") is None, reason="GNU gettext is not installed"
)


def test_every_configured_language_has_a_catalog():
    for code, _name in settings.LANGUAGES:
        assert (LOCALE / code / "LC_MESSAGES" / "django.po").exists(), code


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_impact_catalog_is_complete_and_compiled(language, tmp_path):
    po_file = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", str(tmp_path / "fresh.mo"), str(po_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr
    assert (tmp_path / "fresh.mo").read_bytes() == po_file.with_suffix(".mo").read_bytes()
