"""The cooperative's one-page profile: HTML and PDF, from the live data, in each language."""

import re
import shutil
import subprocess

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from cooperative.models import Certification, Province
from core.dates import long_date
from impact.formatting import NBSP
from impact.models import ImpactFigure

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]

LANGUAGES = [code for code, _name in settings.LANGUAGES]
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def profile_url(name, language):
    with translation.override(language):
        return reverse(f"impact:{name}")


def pdf_text(content, tmp_path):
    pdf = tmp_path / "profile.pdf"
    pdf.write_bytes(content)
    result = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    # pdftotext writes no-break spaces as they are; compare on plain spaces.
    return " ".join(result.stdout.replace(NBSP, " ").split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_profile_page_shows_the_live_data(client, language):
    response = client.get(profile_url("profile", language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    for province in Province.objects.all():
        assert province.name in html
    with translation.override(language):
        for certification in Certification.objects.all():
            assert certification.name in html
        members = ImpactFigure.objects.get(key="member-families")
        assert members.formatted in html
        today = long_date(timezone.localdate())
    assert today in html
    assert profile_url("profile_pdf", language) in html


@needs_pdftotext
def test_profile_pdf_has_the_figures_in_french_and_spanish(client, tmp_path):
    figure = ImpactFigure.objects.get(key="trees-planted")
    figure.value = 3456789
    figure.save()
    french = client.get(profile_url("profile_pdf", "fr"))
    assert french.status_code == 200
    assert french["Content-Type"] == "application/pdf"
    assert french.content.startswith(b"%PDF-")
    text = pdf_text(french.content, tmp_path)
    assert "plus de 3 456 789 arbres" in text
    assert "profil de la coopérative" in text.lower()  # the kicker is in capitals
    with translation.override("fr"):
        assert long_date(timezone.localdate()) in text

    spanish = pdf_text(client.get(profile_url("profile_pdf", "es")).content, tmp_path)
    assert "más de 3.456.789 árboles" in spanish
    assert "perfil de la cooperativa" in spanish.lower()
    assert "plus de" not in spanish


@needs_pdftotext
def test_profile_pdf_is_one_page(client, tmp_path):
    content = client.get(profile_url("profile_pdf", "fr")).content
    pdf = tmp_path / "profile.pdf"
    pdf.write_bytes(content)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.M), info.stdout
