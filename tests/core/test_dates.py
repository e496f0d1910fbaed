"""Dates in full, in each language, no more precise than they are known."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

import languages
from core.dates import DatePrecision, format_partial_date, long_date, partial_iso

FIRST = datetime.date(2026, 4, 1)
LATER = datetime.date(2021, 7, 11)


def test_french_writes_the_first_of_the_month_as_an_ordinal():
    with translation.override("fr"):
        assert long_date(FIRST) == "1er avril 2026"
        # Other days, and the ones of the year 2021, stay cardinal.
        assert long_date(LATER) == "11 juillet 2021"
        assert long_date(datetime.date(2021, 1, 21)) == "21 janvier 2021"


@pytest.mark.parametrize("language", languages.codes())
def test_each_language_follows_its_catalog_for_the_first_day(language):
    with translation.override(language):
        first = translation.pgettext("the first day of a month, in a full date", "1")
        text = long_date(FIRST)
        assert first in text and "2026" in text
        assert text.count(first) == 1
        # The template filter gives the same text.
        rendered = Template("{% load date_tags %}{{ day|long_date }}").render(
            Context({"day": FIRST})
        )
        assert rendered == text


def test_spanish_and_english_keep_their_own_forms():
    with translation.override("es"):
        assert long_date(FIRST) == "1 de abril de 2026"
    with translation.override("en"):
        assert long_date(FIRST) == "April 1, 2026"


@pytest.mark.parametrize(
    ("precision", "french", "iso"),
    [
        (DatePrecision.YEAR, "2026", "2026"),
        (DatePrecision.MONTH, "avril 2026", "2026-04"),
        (DatePrecision.DAY, "1er avril 2026", "2026-04-01"),
    ],
)
def test_a_partial_date_says_no_more_than_it_knows(precision, french, iso):
    assert format_partial_date(FIRST, precision, "fr") == french
    assert partial_iso(FIRST, precision) == iso


def test_an_empty_date_renders_nothing():
    assert Template("{% load date_tags %}{{ day|long_date }}").render(Context({"day": None})) == ""
