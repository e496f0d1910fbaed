"""A partner's page on another origin frames an impact counter: Chromium shows the embed
and refuses to show an ordinary page of the site in a frame (frame-ancestors 'none')."""

import http.server
import threading
from functools import partial

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from impact.formatting import NBSP


@pytest.fixture
def partner_origin(tmp_path, live_server_url):
    """A second tiny HTTP server on another loopback port: the partner's site. Its page
    frames the counter of trees-planted and the site's French home page."""
    with translation.override("fr"):
        embed = reverse("impact:embed", args=["trees-planted"]) + "?theme=dark"
    (tmp_path / "partner.html").write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Partner</title>"
        "</head><body><h1>A partner's page</h1>"
        f"<iframe id='embed' title='counter' width='300' height='220'"
        f" src='{live_server_url}{embed}'></iframe>"
        f"<iframe id='page' title='home' width='300' height='220'"
        f" src='{live_server_url}/fr/'></iframe>"
        "</body></html>",
        encoding="utf-8",
    )
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_embed_displays_in_a_partner_frame_and_other_pages_refuse(
    browser, partner_origin, live_server_url, screenshot
):
    context = browser.new_context(viewport={"width": 700, "height": 400})
    # Only the two loopback origins may be reached (the shared fixture allows the site only).
    context.route(
        lambda url: not url.startswith((live_server_url, partner_origin)),
        lambda route: route.abort("blockedbyclient"),
    )
    page = context.new_page()
    refused = []
    page.on("console", lambda message: refused.append(message.text))
    page.goto(f"{partner_origin}/partner.html")
    assert partner_origin != live_server_url  # two origins: another port

    embed = page.frame_locator("#embed")
    value = embed.locator(".embed__value")
    value.wait_for()
    assert value.inner_text().replace(NBSP, " ").startswith("plus de 3 000 000")
    assert embed.locator(".embed__link a").get_attribute("target") == "_blank"
    # The dark theme was asked for: the counter's background is dark.
    background = embed.locator("body").evaluate("body => getComputedStyle(body).backgroundColor")
    assert background == "rgb(29, 26, 23)"

    # The home page in the other frame is blocked: Chromium shows its error page instead.
    page.wait_for_function("document.getElementById('page').contentWindow !== null")
    page.wait_for_timeout(1000)
    home_frame = page.query_selector("#page").content_frame()
    assert home_frame.locator("#main").count() == 0
    assert any("frame-ancestors" in text for text in refused), refused
    screenshot(page, "impact-embed-framed.png")
    context.close()


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize(
    ("name", "args", "query", "width"),
    [
        ("figure", ["trees-planted"], "", 360),
        ("figure", ["trees-planted"], "", 1280),
        ("embed", ["trees-planted"], "?theme=light", 300),
        ("embed", ["trees-planted"], "?theme=dark", 300),
        ("profile", [], "", 1280),
    ],
)
def test_open_data_pages_are_accessible(new_page, screenshot, language, name, args, query, width):
    """axe-core finds no WCAG 2.2 A/AA violation on a figure page, an embed (light and
    dark) and the profile; the screenshots are kept in screenshots/."""
    from tests.browser.test_visitor_journey import AXE, AXE_OPTIONS, describe_violations

    browser_page = new_page(width=width, height=800)
    with translation.override(language):
        path = reverse(f"impact:{name}", args=args)
    response = browser_page.goto(path + query)
    assert response.status == 200
    results = AXE.run(browser_page, options=AXE_OPTIONS)
    theme = query.removeprefix("?theme=") or "page"
    screenshot(browser_page, f"impact-{name}-{theme}-{language}-{width}.png", full_page=True)
    assert results.violations_count == 0, describe_violations(results)


def test_copy_button_copies_the_embed_code(new_page):
    """The button appears with the script and puts the <iframe> code on the clipboard."""
    browser_page = new_page(permissions=["clipboard-read", "clipboard-write"])
    with translation.override("fr"):
        browser_page.goto(reverse("impact:figure", args=["trees-planted"]))
    button = browser_page.locator("[data-copy-button]")
    button.click()
    # The status is filled in once the clipboard has taken the code (a promise): wait for it.
    with translation.override("fr"):
        copied_label = translation.gettext("Copied")
    expect(browser_page.locator("[data-copy-status]")).to_have_text(copied_label)
    copied = browser_page.evaluate("navigator.clipboard.readText()")
    assert copied == browser_page.locator(".embed-snippet__code").input_value()
    assert copied.startswith("<iframe src=") and "/fr/impact/integrer/trees-planted/" in copied


def test_without_script_the_code_stays_selectable(new_page):
    browser_page = new_page(java_script_enabled=False)
    with translation.override("es"):
        browser_page.goto(reverse("impact:figure", args=["trees-planted"]))
    assert browser_page.locator("[data-copy-button]").is_hidden()
    assert "/es/impacto/insertar/trees-planted/" in browser_page.locator("textarea").input_value()
