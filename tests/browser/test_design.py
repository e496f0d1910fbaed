"""Accessibility beyond axe, print and the look with real photographs, in headless Chromium.

- the focus ring reaches 3:1 against the background it sits on, for every focusable
  element of the pages that have every kind of background (header, hero, cards, footer);
- no sideways scrolling with text at 150 % on 360 px and at 200 % on 320 px;
- the open phone menu closes when the focus leaves it, so it never covers the focus;
- the map: its controls, popup and attribution in the page's language, Escape closes a
  popup, no animation under prefers-reduced-motion, axe passes with tiles drawn;
- print: no header, menu, search or switcher, no dark background, cards kept whole;
- a photograph uploaded by staff (a generated photo-like image) keeps the layouts whole.

(axe on every page type, both languages, both widths: test_visitor_journey.py.)
"""

import pytest
from django.utils import translation

import languages
from contact.models import ContactPage
from pages.models import (
    ClimateProjectIndexPage,
    ClimateProjectPage,
    HomePage,
    ImpactPage,
    SocialProgramIndexPage,
    StoryPage,
)
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_visitor_journey import AXE, AXE_OPTIONS, describe_violations
from tests.factories import PAGE_MODELS, demo_page, make_photo_image, make_story

LANGUAGES = languages.codes()

# Contrast ratio (WCAG 2.x) of two CSS colours, and the colour an element's outline sits on:
# the first ancestor with an opaque background (the outline is drawn outside the element).
CONTRAST_JS = """
(element) => {
    const parse = (color) => {
        const m = color.match(/rgba?\\(([^)]+)\\)/);
        if (!m) return null;
        const parts = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
        return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
    };
    const luminance = ({r, g, b}) => {
        const channel = (v) => {
            v /= 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // A card draws the ring of the link it holds (:focus-within): measure where it is drawn.
    let ringed = element;
    while (ringed && getComputedStyle(ringed).outlineStyle === "none") {
        ringed = ringed.parentElement;
    }
    if (!ringed || parseFloat(getComputedStyle(ringed).outlineWidth) < 2) {
        return {missing: true};
    }
    const style = getComputedStyle(ringed);
    const ring = parse(style.outlineColor);
    // A ring drawn inside the element (negative offset) sits on the element's own background.
    let node = parseFloat(style.outlineOffset) < 0 ? ringed : ringed.parentElement;
    let background = null;
    while (node) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color && color.a >= 0.9) { background = color; break; }
        node = node.parentElement;
    }
    background = background || {r: 255, g: 255, b: 255, a: 1};
    const [light, dark] = [luminance(ring), luminance(background)].sort((a, b) => b - a);
    return {
        ratio: (light + 0.05) / (dark + 0.05),
        ring: style.outlineColor,
        background: `rgb(${background.r}, ${background.g}, ${background.b})`,
        on: node ? node.className || node.tagName : "canvas",
    };
}
"""


def overlap(first, second):
    """Whether two bounding boxes share any area."""
    across = min(first["x"] + first["width"], second["x"] + second["width"]) - max(
        first["x"], second["x"]
    )
    down = min(first["y"] + first["height"], second["y"] + second["height"]) - max(
        first["y"], second["y"]
    )
    return across > 0 and down > 0


def page_url(model, language):
    with translation.override(language):
        return demo_page(model).get_url()


def focused_description(browser_page):
    return browser_page.evaluate(
        "() => { const e = document.activeElement; return e.tagName + ' ' "
        "+ (e.className || '') + ' ' + (e.textContent || '').trim().slice(0, 40); }"
    )


@pytest.mark.parametrize(
    "model", [HomePage, ClimateProjectPage, ContactPage], ids=lambda model: model.__name__
)
@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_focus_ring_contrasts_three_to_one_with_what_it_sits_on(new_page, model, size):
    browser_page = new_page(**size)
    browser_page.goto(page_url(model, "fr"))
    seen = 0
    failures = []
    for _ in range(80):
        browser_page.keyboard.press("Tab")
        if browser_page.evaluate("document.activeElement === document.body"):
            break
        result = browser_page.evaluate_handle("document.activeElement").as_element()
        measure = result.evaluate(CONTRAST_JS)
        seen += 1
        if measure.get("missing") or measure["ratio"] < 3:
            failures.append((focused_description(browser_page), measure))
    assert seen >= 10, f"only {seen} elements took the focus"
    assert failures == []


@pytest.mark.parametrize(
    ("width", "text_size"), [(360, "150%"), (320, "200%")], ids=["360px-150%", "320px-200%"]
)
@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_enlarged_text_reflows_without_sideways_scrolling(new_page, model, width, text_size):
    browser_page = new_page(width=width, height=720)
    for language in LANGUAGES:
        browser_page.goto(page_url(model, language))
        # Text zoom: every size of the stylesheet is in rem or em, so this is what a
        # browser's "text size" setting does.
        browser_page.evaluate(f"document.documentElement.style.fontSize = '{text_size}'")
        overflow = browser_page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{language}: {overflow}px of sideways scrolling"
        wider = browser_page.evaluate(
            """(limit) => [...document.querySelectorAll('main *, header *, footer *')]
                .filter(e => e.getBoundingClientRect().right > limit + 1
                    && getComputedStyle(e).position !== 'absolute'
                    && !e.closest('.visually-hidden, .leaflet-container'))
                .map(e => e.tagName + '.' + e.className).slice(0, 5)""",
            width,
        )
        assert wider == [], f"{language}: wider than the screen: {wider}"


def test_open_phone_menu_closes_when_the_focus_leaves_it(new_page):
    browser_page = new_page(**PHONE)
    browser_page.goto("/fr/")
    menu = browser_page.locator("[data-menu]")
    browser_page.locator(".site-nav__toggle").focus()
    browser_page.keyboard.press("Enter")
    assert menu.evaluate("element => element.open")
    links = browser_page.locator(".site-nav__list a")
    for _ in range(links.count()):
        browser_page.keyboard.press("Tab")
        assert menu.evaluate("element => element.open"), "closed while the focus is inside"
    assert links.last.evaluate("element => element === document.activeElement")

    browser_page.keyboard.press("Tab")  # out of the menu: to the search field
    assert not menu.evaluate("element => element.open")
    # Whatever has the focus now is the topmost thing at its place: nothing covers it.
    for _ in range(4):
        browser_page.keyboard.press("Tab")
        covered = browser_page.evaluate(
            """() => {
                const e = document.activeElement, box = e.getBoundingClientRect();
                e.scrollIntoView({block: 'center'});
                const again = e.getBoundingClientRect();
                const top = document.elementFromPoint(
                    again.left + again.width / 2, again.top + again.height / 2);
                if (!top) return null;  // centre outside the viewport: nothing to cover it
                const mine = e === top || e.contains(top) || top.contains(e);
                return mine ? null : top.className;
            }"""
        )
        assert covered is None, f"{focused_description(browser_page)} is under {covered}"


def test_language_switcher_names_each_language_in_itself(page):
    page.goto("/fr/")
    names = page.locator(".language-switcher li > *").evaluate_all(
        "items => items.map(item => "
        "[item.lang, item.querySelector('.visually-hidden').textContent])"
    )
    expected = {"fr": "Français", "es": "Español", "en": "English"}
    assert names and all(name.endswith(expected[code]) for code, name in names), names


def test_the_two_search_landmarks_have_different_names(page):
    page.goto("/fr/recherche/?q=cacao")
    names = page.locator("[role=search]").evaluate_all(
        "forms => forms.map(form => form.getAttribute('aria-label'))"
    )
    assert len(names) == 2 and all(names) and len(set(names)) == 2, names


@pytest.fixture
def loopback_tiles(settings, live_server_url, located_places):
    """Tiles from the test server itself (one small PNG for every tile), over places with
    coordinates. Pages cached earlier without tiles are not served from the page cache
    meanwhile."""
    settings.MAP_TILE_URL = live_server_url + "/static/img/apple-touch-icon.png?{z}-{x}-{y}"
    settings.MAP_TILE_ATTRIBUTION = ""
    settings.PAGE_CACHE_ENABLED = False


def map_words(language):
    """The map's words in ``language``, from the catalogs (so every configured language)."""
    with translation.override(language):
        return {
            "close": translation.gettext("Close the description"),
            "zoom": translation.gettext("Zoom in"),
            "credit": translation.gettext("OpenStreetMap contributors"),
        }


def open_map(browser_page, url):
    browser_page.goto(url)
    canvas = browser_page.locator(".place-map__canvas").first
    canvas.scroll_into_view_if_needed()
    canvas.locator(".leaflet-marker-icon").first.wait_for()
    return canvas


@pytest.mark.parametrize("language", LANGUAGES)
def test_map_speaks_the_page_language_and_escape_closes_its_popup(page, loopback_tiles, language):
    canvas = open_map(page, page_url(ClimateProjectIndexPage, language))
    words = map_words(language)
    assert canvas.locator(".leaflet-control-zoom-in").get_attribute("aria-label") == words["zoom"]
    attribution = canvas.locator(".leaflet-control-attribution")
    assert words["credit"] in attribution.inner_text()
    assert "OpenStreetMap" in attribution.inner_text()

    marker = canvas.locator(".leaflet-marker-icon").first
    marker.focus()
    page.keyboard.press("Enter")
    popup = canvas.locator(".leaflet-popup")
    popup.wait_for()
    close = popup.locator(".leaflet-popup-close-button")
    assert close.get_attribute("aria-label") == words["close"]
    # Opened from the keyboard, the popup takes the focus; Escape gives it back to the marker.
    assert popup.evaluate("element => element.contains(document.activeElement)")
    page.keyboard.press("Escape")
    popup.wait_for(state="detached")
    assert marker.evaluate("element => element === document.activeElement")


@pytest.mark.parametrize("model", [ClimateProjectIndexPage, ClimateProjectPage, HomePage])
def test_map_pages_pass_axe_with_tiles_drawn(page, loopback_tiles, model):
    page.goto(page_url(model, "fr"))
    if page.locator(".place-map__canvas").count():
        open_map(page, page_url(model, "fr"))
        page.locator(".leaflet-tile-loaded").first.wait_for()
    results = AXE.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, describe_violations(results)


def test_map_does_not_animate_under_reduced_motion(new_page, loopback_tiles):
    browser_page = new_page(reduced_motion="reduce")
    canvas = open_map(browser_page, page_url(ClimateProjectIndexPage, "fr"))
    classes = canvas.get_attribute("class")
    assert "leaflet-fade-anim" not in classes and "leaflet-zoom-anim" not in classes
    assert browser_page.evaluate(
        "getComputedStyle(document.querySelector('.leaflet-tile-container, .leaflet-pane'))"
        ".transitionDuration"
    ) in {"0s", ""}


@pytest.mark.parametrize("model", [StoryPage, ImpactPage, ClimateProjectPage])
def test_print_leaves_out_the_navigation_and_dark_backgrounds(page, model):
    page.goto(page_url(model, "fr"))
    page.emulate_media(media="print")
    for selector in (".site-header", ".site-nav", ".site-search", ".language-switcher"):
        assert not page.locator(selector).first.is_visible(), f"{selector} is printed"
    dark = page.evaluate(
        """() => [...document.querySelectorAll('body, body *')].filter(e => {
            const m = getComputedStyle(e).backgroundColor.match(/rgba?\\(([^)]+)\\)/);
            if (!m) return false;
            const [r, g, b, a = 1] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
            return a > 0.1 && (0.299 * r + 0.587 * g + 0.114 * b) < 200 && e.offsetParent !== null;
        }).map(e => e.tagName + '.' + e.className).slice(0, 5)"""
    )
    assert dark == []
    whole = page.evaluate(
        "[...document.querySelectorAll('.impact-figure, .card, .project-facts')]"
        ".every(e => getComputedStyle(e).breakInside === 'avoid')"
    )
    assert whole
    external = page.locator("main a[href^='http']")
    if external.count():
        after = external.first.evaluate("a => getComputedStyle(a, '::after').content")
        assert "http" in after or "attr(href)" in after
    pdf = page.pdf(format="A4")
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") <= 6


@pytest.fixture
def story_with_photo():
    """A story whose image is a photograph (generated), uploaded as staff would."""
    photo = make_photo_image(width=3000, height=2000, focal_point=(1900, 1200, 500, 600))
    story = make_story(
        title_fr="Une histoire avec une photo",
        title_es="Una historia con una foto",
        image=photo,
    )
    try:
        yield story
    finally:
        story.delete()
        photo.delete()


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_real_photograph_keeps_the_story_layout_whole(new_page, story_with_photo, size):
    browser_page = new_page(**size)
    with translation.override("fr"):
        url = story_with_photo.get_url()
    browser_page.goto(url)
    image = browser_page.locator(".page-header__image img")
    image.wait_for()
    browser_page.wait_for_function("document.querySelector('.page-header__image img').complete")
    box = image.bounding_box()
    heading = browser_page.locator("h1").bounding_box()
    assert box["width"] <= size["width"]
    assert abs(box["width"] / box["height"] - 1.5) < 0.05  # cropped to 3:2 around its focus
    assert not overlap(box, heading), "the title lies over the photograph"
    results = AXE.run(browser_page, options=AXE_OPTIONS)
    assert results.violations_count == 0, describe_violations(results)


def test_home_hero_text_never_lies_over_its_image_on_a_phone(new_page):
    browser_page = new_page(**PHONE)
    browser_page.goto("/fr/")
    text = browser_page.locator(".hero__text").bounding_box()
    image = browser_page.locator(".hero__image img").bounding_box()
    assert image["y"] >= text["y"] + text["height"] - 1


def test_contact_form_button_is_styled_by_the_site(page):
    page.goto(page_url(ContactPage, "fr"))
    style = page.locator(".contact__form button[type=submit]").evaluate(
        "b => { const s = getComputedStyle(b); "
        "return [s.fontFamily, s.fontSize, s.backgroundColor]; }"
    )
    font_family, font_size, background = style
    assert "Inter" in font_family
    assert float(font_size.removesuffix("px")) >= 16
    assert background not in {"rgb(239, 239, 239)", "rgba(0, 0, 0, 0)"}


def test_no_orphan_card_on_the_last_row_of_a_grid(page):
    """At 1280 px no card grid of the demo ends with one card alone on its row."""
    for url in (
        "/fr/",
        page_url(ClimateProjectIndexPage, "fr"),
        page_url(SocialProgramIndexPage, "fr"),
    ):
        page.goto(url)
        rows = page.locator(".card-grid").evaluate_all(
            """grids => grids.map(grid => {
                const cards = [...grid.children];
                const tops = cards.map(card => Math.round(card.getBoundingClientRect().top));
                const last = tops[tops.length - 1];
                const share = cards[cards.length - 1].getBoundingClientRect().width
                    / grid.getBoundingClientRect().width;
                return [tops.length, tops.filter(top => top === last).length, share];
            })"""
        )
        for count, on_last_row, last_width in rows:
            assert count == 1 or on_last_row > 1 or last_width > 0.45, (url, rows)
