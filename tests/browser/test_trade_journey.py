"""A buyer in headless Chromium: from a lot's page to a sent sample request, and the
buyers' corner pages accessible (axe-core) at 360 and 1280 px in every language."""

import pytest
from django.conf import settings
from django.utils import translation

from contact.models import ContactSubmission
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_visitor_journey import AXE, AXE_OPTIONS, describe_violations
from tests.trade.factories import buyers_index, make_lot
from trade.models import EudrPage, Lot

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def committed_lot():
    lot = make_lot(code="BROWSER-001", committees="Dos de Mayo", is_sample=True)
    product = lot.product
    yield lot
    ContactSubmission.objects.filter(lot=lot).delete()
    Lot.objects.filter(pk=lot.pk).delete()
    product.delete()


@pytest.mark.parametrize("language", LANGUAGES)
def test_buyer_requests_a_sample_from_a_lot_page(new_page, committed_lot, language):
    with translation.override(language):
        url = committed_lot.get_url()
        button = translation.gettext("Request a sample of this lot")
    browser_page = new_page(**PHONE)
    browser_page.goto(url)
    browser_page.get_by_role("link", name=button).click()
    assert browser_page.locator("input[name=lot_code]").input_value() == "BROWSER-001"
    assert browser_page.locator("input[name=request_type][value=samples]").is_checked()
    browser_page.fill("input[name=name]", "Ana Buyer")
    browser_page.fill("input[name=email]", "ana.browser@example.com")
    browser_page.fill("input[name=country]", "Belgium")
    browser_page.fill("textarea[name=message]", "Two kilograms, please.")
    browser_page.locator("form.form button[type=submit]").click()
    browser_page.wait_for_url("**?sent=1")
    submission = ContactSubmission.objects.get(email="ana.browser@example.com")
    assert submission.lot_id == committed_lot.pk
    assert submission.request_type == "samples"
    assert submission.language == language


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_buyers_pages_are_accessible(new_page, screenshot, committed_lot, language, size):
    with translation.override(language):
        urls = {
            "BuyersIndexPage": buyers_index().get_url(),
            "ProductPage": committed_lot.product.get_url(),
            "Lot": committed_lot.get_url(),
        }
        eudr = EudrPage.objects.live().first()
        if eudr:
            urls["EudrPage"] = eudr.get_url()
    browser_page = new_page(**size)
    for name, url in urls.items():
        browser_page.goto(url)
        results = AXE.run(browser_page, options=AXE_OPTIONS)
        assert results.violations_count == 0, f"{name}: {describe_violations(results)}"
        width = "phone" if size == PHONE else "desktop"
        screenshot(browser_page, f"trade-{name}-{language}-{width}.png", full_page=True)
