"""The demo loader: languages side by side in the data, one field per configured language."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command

from cooperative.models import Partner
from core.models import CustomImage
from demo import loader

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != settings.LANGUAGE_CODE]


@pytest.mark.parametrize("missing", OTHER_LANGUAGES)
def test_a_language_missing_in_the_data_leaves_its_field_empty(missing):
    entry = {
        "name": "Test partner",
        "description": {code: f"Text in {code}" for code in LANGUAGE_CODES if code != missing},
    }
    partner = Partner()
    loader.apply_entry(partner, entry)
    assert getattr(partner, f"description_{missing}") == ""
    for code in LANGUAGE_CODES:
        if code != missing:
            assert getattr(partner, f"description_{code}") == f"Text in {code}"
    assert partner.name == "Test partner"


@pytest.mark.django_db
def test_a_field_that_is_not_translated_takes_the_default_language_text():
    image = CustomImage()
    loader.apply_entry(image, {"title": {code: code.upper() for code in LANGUAGE_CODES}})
    assert image.title == settings.LANGUAGE_CODE.upper()


def test_a_body_written_in_some_blocks_only_for_a_language_is_refused():
    complete = {"type": "heading", "text": {code: "x" for code in LANGUAGE_CODES}}
    partial = {"type": "heading", "text": {settings.LANGUAGE_CODE: "x"}}
    assert loader.body_languages([complete, complete]) == set(LANGUAGE_CODES)
    if OTHER_LANGUAGES:
        with pytest.raises(ValueError, match="lack"):
            loader.body_languages([complete, partial])


@pytest.mark.django_db
def test_a_second_run_creates_nothing():
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert "(0 objects created)" in output.getvalue()


def test_every_section_file_reads_and_every_illustration_has_its_file():
    home = loader.read("home")
    for section in home["sections"]:
        assert loader.read(section)["slug"][settings.LANGUAGE_CODE]
    for entry in loader.read("images")["image"]:
        assert loader.illustration_path(entry["key"]).exists(), entry["key"]
