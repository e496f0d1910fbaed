"""Every number and year the demo site shows comes from the facts file.

The pages of the demo site are rendered in every configured language and every number
of their visible text is looked up in demo/content/known_numbers.toml, a list derived
from ../shared/content/facts.md (each entry quotes the line it comes from). A number
written into the demo content or a template without a source fails here.
"""

import re
import tomllib
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from demo.loader import CONTENT_DIR

# Rendering and serving: the same on every backend (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.single_pass]

FACTS_FILE = Path(settings.BASE_DIR).parent / "shared" / "content" / "facts.md"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# "2 000" (no-break or narrow no-break space), "2.000", "2,000", "700 000", or a plain
# run of digits; "3 millions", "3 millones", "3 million" multiply by a million.
NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[\u00a0\u202f .,]\d{3})+|\d+)(?![\d])"
    r"(?:[\u00a0\u202f ](millions?|millones|millón)\b)?"
)


def known_numbers(include_others=False):
    """The numbers of facts.md (``[[number]]``), and with ``include_others`` the
    regulation's numbers and computed counts (``[[other]]``)."""
    with (CONTENT_DIR / "known_numbers.toml").open("rb") as data:
        listed = tomllib.load(data)
    return listed["number"] + (listed.get("other", []) if include_others else [])


def visible_text(html):
    """The text a visitor reads: the <title> and the body, without scripts, tags, nor the
    HTML code offered to copy (the embed snippets' iframe sizes are code, not facts)."""
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    body = html.split("<body", 1)[1]
    text = (title.group(1) if title else "") + " " + body
    text = re.sub(r"<(script|style|template|textarea|code|pre)\b.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return text.replace("&nbsp;", "\u00a0").replace("&#x27;", "'")


def numbers_in(text):
    found = set()
    for match in NUMBER.finditer(text):
        digits = re.sub(r"[\u00a0\u202f .,]", "", match.group(1))
        value = int(digits) * (1_000_000 if match.group(2) else 1)
        found.add((value, text[max(0, match.start() - 40) : match.end() + 20].strip()))
    return found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("plus de 2\u00a0000 familles", {2000}),
        ("más de 2.000 familias", {2000}),
        ("more than 2,000 families", {2000}),
        ("plus de 3 millions d’arbres", {3_000_000}),
        ("más de 3 millones de árboles", {3_000_000}),
        ("more than 3 million trees", {3_000_000}),
        ("700\u202f000 tonnes", {700_000}),
        ("60\u00a0% de la production, en 2000.", {60, 2000}),
        ("les 45 modules (2012–2015), 20 mai 2022", {45, 2012, 2015, 20, 2022}),
        ("CO₂, 1 800, 2 000 ou 2 100", {1800, 2000, 2100}),
    ],
)
def test_numbers_are_read_in_every_language_s_notation(text, expected):
    assert {value for value, _context in numbers_in(text)} == expected


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_number_on_the_demo_site_comes_from_the_facts(client, language):
    allowed = {entry["value"] for entry in known_numbers(include_others=True)}
    unknown = []
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() > 20
    for page in pages:
        with translation.override(language):
            url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        for value, context in numbers_in(visible_text(response.content.decode())):
            if value not in allowed:
                unknown.append((url, value, context))
    assert unknown == []


@pytest.mark.skipif(not FACTS_FILE.exists(), reason="../shared/content/facts.md is absent")
@pytest.mark.parametrize("entry", known_numbers(), ids=lambda entry: str(entry["value"]))
def test_every_known_number_stands_in_the_facts_file(entry):
    facts = FACTS_FILE.read_text()
    assert entry["fact"] in facts, "not an excerpt of facts.md"
    value = entry["value"]
    writings = {str(value), f"{value:,}"}
    if value % 1_000_000 == 0:
        writings.add(f"{value // 1_000_000} million")
    assert any(
        re.search(rf"(?<![\d,]){re.escape(writing)}(?![\d,]\d)", entry["fact"])
        for writing in writings
    ), f"{value} is not in its excerpt"
