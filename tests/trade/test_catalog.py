"""The trade app's own catalog is complete in every configured language and in English,
and compiled from its current source."""

import shutil
import subprocess
import sys

import pytest
from django.conf import settings

from tests.test_catalogs import ROOT, needs_gettext, statistics

LOCALE = ROOT / "trade" / "locale"
LANGUAGES = sorted({code for code, _name in settings.LANGUAGES} | {"en"})


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_trade_app_is_translated(language, tmp_path):
    # makemessages on a copy of the app: what the code holds today, nothing left out.
    shutil.copytree(
        ROOT / "trade", tmp_path / "trade", ignore=shutil.ignore_patterns("__pycache__")
    )
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "makemessages",
            "--locale",
            language,
            "--no-location",
            "--no-obsolete",
            "--verbosity",
            "0",
        ],
        cwd=tmp_path / "trade",
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "acopagro_site.settings.test", "PATH": "/usr/bin:/bin"},
    )
    stats = statistics(tmp_path / "trade" / "locale" / language / "LC_MESSAGES" / "django.po")
    assert "untranslated" not in stats and "fuzzy" not in stats, stats


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalog_matches_its_source(language, tmp_path):
    directory = LOCALE / language / "LC_MESSAGES"
    subprocess.run(
        ["msgfmt", "-o", str(tmp_path / "fresh.mo"), str(directory / "django.po")], check=True
    )
    assert (tmp_path / "fresh.mo").read_bytes() == (directory / "django.mo").read_bytes()
