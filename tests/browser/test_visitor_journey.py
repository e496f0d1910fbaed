"""What a visitor sees, in headless Chromium: every page type in French and Spanish, on a
phone (360 px) and a desktop (1280 px), accessible (axe-core, zero violations), with
loaded responsive images, a language switcher that keeps the page, and a menu that works
from the keyboard. A screenshot of each page type is saved in ``screenshots/``."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation

import languages
from pages.models import ClimateProjectIndexPage
from tests.browser.conftest import DESKTOP, PHONE
from tests.factories import PAGE_MODELS, demo_page

LANGUAGES = languages.codes()
WIDTHS = {"phone": PHONE, "desktop": DESKTOP}
AXE = Axe()
# WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices (landmarks, one h1…).
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


def page_url(model, language):
    with translation.override(language):
        return demo_page(model).get_url()


def other(language):
    """The next configured language (the last one's is the first)."""
    return LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)]


def describe_violations(results):
    lines = []
    for violation in results.response["violations"]:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} – {targets}")
    return "\n".join(lines)


def load_every_image(browser_page):
    """Scroll each lazy image into view and wait until every image has loaded."""
    for image in browser_page.locator("main img").all():
        image.scroll_into_view_if_needed()
    browser_page.wait_for_function(
        "() => [...document.images].every(image => image.complete)", timeout=15_000
    )
    browser_page.evaluate("window.scrollTo(0, 0)")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
@pytest.mark.parametrize("size", WIDTHS, ids=list(WIDTHS))
def test_page_type_is_usable_and_accessible(new_page, screenshot, model, language, size):
    browser_page = new_page(**WIDTHS[size])
    console_errors = []
    browser_page.on(
        "console", lambda message: message.type == "error" and console_errors.append(message.text)
    )
    browser_page.on("pageerror", lambda error: console_errors.append(str(error)))
    response = browser_page.goto(page_url(model, language))

    assert response.status == 200
    assert browser_page.locator("html").get_attribute("lang") == language
    assert browser_page.locator("h1").count() == 1
    for landmark in ("header", "main", "footer", "nav"):
        assert browser_page.locator(landmark).count() >= 1, f"no <{landmark}>"
    # Nothing is wider than the screen (no sideways scrolling on a phone).
    overflow = browser_page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page is {overflow}px wider than the viewport"

    load_every_image(browser_page)
    images = browser_page.evaluate(
        """() => [...document.querySelectorAll('main img')].map(image => ({
            src: image.currentSrc,
            srcset: image.getAttribute('srcset')
                || image.closest('picture')?.querySelector('source')?.getAttribute('srcset') || '',
            naturalWidth: image.naturalWidth, width: image.getAttribute('width'),
            height: image.getAttribute('height'),
        }))"""
    )
    for image in images:
        assert image["naturalWidth"] > 0, f"image did not load: {image['src']}"
        assert image["srcset"], f"image without srcset: {image['src']}"
        assert image["width"] and image["height"], f"image without dimensions: {image['src']}"

    results = AXE.run(browser_page, options=AXE_OPTIONS)
    assert results.violations_count == 0, describe_violations(results)

    screenshot(browser_page, f"{model.__name__}-{language}-{size}.png", full_page=True)
    # No script error and nothing refused by the Content-Security-Policy.
    assert console_errors == []


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_language_switcher_lands_on_the_same_page(page, model):
    for language in LANGUAGES:
        page.goto(page_url(model, language))
        page.locator(f'.language-switcher a[hreflang="{other(language)}"]').click()
        page.wait_for_load_state()
        assert page.url.endswith(page_url(model, other(language)))
        assert page.locator("html").get_attribute("lang") == other(language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_desktop_menu_fits_on_one_line_in_every_section(page, language):
    """At 1280 px the whole menu is one row, whichever section is marked (in bold)."""
    page.goto(f"/{language}/")
    sections = page.locator(".site-nav__list a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert len(sections) >= 6
    for url in [f"/{language}/", *sections]:
        page.goto(url)
        tops = page.locator(".site-nav__item").evaluate_all(
            "items => items.map(item => Math.round(item.getBoundingClientRect().top))"
        )
        assert len(set(tops)) == 1, f"the menu wraps onto {len(set(tops))} lines on {url}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_search_field_has_room_and_its_button_a_name(new_page, language):
    browser_page = new_page(**PHONE)
    browser_page.goto(f"/{language}/")
    field = browser_page.locator("#site-search-query").bounding_box()
    assert field["width"] >= 150, f"the search field is {field['width']}px wide"
    with translation.override(language):
        name = translation.gettext("Search")
    button = browser_page.get_by_role("button", name=name)
    assert button.is_visible()
    browser_page.fill("#site-search-query", "cacao")
    button.click()
    browser_page.wait_for_load_state()
    assert "q=cacao" in browser_page.url and browser_page.locator("h1").count() == 1


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_mobile_menu_opens_with_the_keyboard(new_page, javascript):
    browser_page = new_page(**PHONE, java_script_enabled=javascript)
    browser_page.goto("/fr/")
    first_link = browser_page.locator(".site-nav__list a").first
    assert not first_link.is_visible()

    toggle = browser_page.locator(".site-nav__toggle")
    for _ in range(10):  # skip link, logo…: tab until the menu button has the focus
        browser_page.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("the menu button cannot be reached with Tab")
    browser_page.keyboard.press("Enter")

    assert first_link.is_visible()
    browser_page.keyboard.press("Tab")
    assert first_link.evaluate("element => element === document.activeElement")


def test_skip_link_moves_to_the_main_content(page):
    page.goto("/es/")
    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_map_draws_every_listed_place_and_works_with_the_keyboard(page, located_places):
    page.goto(page_url(ClimateProjectIndexPage, "es"))
    listed = page.locator(".place-map__place")
    markers = page.locator(".place-map__canvas .leaflet-marker-icon")
    assert page.locator(".place-map__canvas").is_visible()
    assert listed.count() >= 5
    page.locator(".place-map__canvas").scroll_into_view_if_needed()
    markers.first.wait_for()
    assert markers.count() == listed.count()

    first_name = listed.first.locator("a, span").first.inner_text()
    markers.first.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert first_name in popup.inner_text()
    assert page.locator(".leaflet-control-zoom-in").get_attribute("title") == "Acercar"


def test_leaflet_loads_only_when_the_map_nears_the_screen(new_page, located_places):
    browser_page = new_page(**PHONE)
    browser_page.goto(page_url(ClimateProjectIndexPage, "fr"))
    browser_page.wait_for_load_state("load")
    canvas = browser_page.locator(".place-map__canvas")
    assert canvas.is_visible()  # its place is kept from the start: nothing moves later
    assert browser_page.evaluate("typeof window.L") == "undefined"
    canvas.scroll_into_view_if_needed()
    canvas.locator(".leaflet-marker-icon").first.wait_for()
    assert browser_page.evaluate("typeof window.L") == "object"


def test_without_javascript_the_places_are_a_list(new_page, located_places):
    browser_page = new_page(**PHONE, java_script_enabled=False)
    browser_page.goto(page_url(ClimateProjectIndexPage, "fr"))
    assert not browser_page.locator(".place-map__canvas").is_visible()
    assert browser_page.locator(".place-map__place").first.is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_404_page_is_accessible_and_leads_home(new_page, screenshot, language):
    browser_page = new_page(**PHONE)
    response = browser_page.goto(f"/{language}/nope-{language}/")
    assert response.status == 404
    assert browser_page.locator("html").get_attribute("lang") == language
    results = AXE.run(browser_page, options=AXE_OPTIONS)
    assert results.violations_count == 0, describe_violations(results)
    screenshot(browser_page, f"404-{language}-phone.png", full_page=True)
    browser_page.locator("main a.button").click()
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith(f"/{language}/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_results_page_is_accessible(new_page, screenshot, language):
    from django.urls import reverse

    with translation.override(language):
        url = reverse("search")
    browser_page = new_page(**PHONE)
    assert browser_page.goto(f"{url}?q=cacao").status == 200
    assert browser_page.locator(".search-results__item").count() >= 1
    results = AXE.run(browser_page, options=AXE_OPTIONS)
    assert results.violations_count == 0, describe_violations(results)
    screenshot(browser_page, f"search-{language}-phone.png", full_page=True)
