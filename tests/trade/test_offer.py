"""The offer: the buyers' section, product pages and lot pages, in every language."""

from decimal import Decimal
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Page

from languages.paths import translate_path
from pages.models import HomePage, StandardPage
from tests.discovery.helpers import parse
from trade.models import BuyersIndexPage, EudrPage, Lot, ProductPage

from .factories import buyers_index, make_certification, make_lot, make_plot, make_product

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def get(client, page_or_url, language):
    with translation.override(language):
        url = page_or_url if isinstance(page_or_url, str) else page_or_url.get_url()
        return client.get(url)


def lot_url(lot, language):
    with translation.override(language):
        return lot.get_url()


@pytest.mark.parametrize("language", LANGUAGES)
def test_buyers_section_lists_products_and_live_lots(client, language):
    lot = make_lot(code="LIST-001", volume_tonnes=Decimal("12.5"))
    draft = make_lot(code="DRAFT-001", publish=False)
    response = get(client, buyers_index(), language)
    html = response.content.decode()
    assert response.status_code == 200
    assert f"{lot.product.title_fr.split(' [')[0]} [{language}]" in html
    assert "LIST-001" in html
    assert draft.code not in html
    with translation.override(language):
        assert gettext("Origin lots") in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_product_page_shows_on_request_for_every_empty_field(client, language):
    product = make_product(certifications=[make_certification("Bio")], incoterms="FOB Callao")
    response = get(client, product, language)
    html = response.content.decode()
    assert response.status_code == 200
    assert "FOB Callao" in html
    assert f"Bio [{language}]" in html
    with translation.override(language):
        on_request = gettext("on request")
    # Bean type, process, provinces, packaging, minimum order, sample policy, the 8 quality
    # values and the harvest months.
    assert html.count(f'<span class="on-request">{on_request}</span>') == 15


def test_product_quality_values_show_with_their_units(client):
    product = make_product(
        moisture_percent=Decimal("7.0"),
        bean_count_per_100g=95,
        fermentation_days=6,
        harvest_months=[4, 5],
    )
    html = get(client, product, "fr").content.decode()
    assert "7,0%" in html or "7%" in html
    assert "95\N{NO-BREAK SPACE}" in html
    assert html.count("harvest-calendar__month--harvest") == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_lot_page_renders_with_its_origin_and_a_sample_button(client, language):
    lot = make_lot(code="SHOW-001", committees="Dos de Mayo, Shepte")
    response = client.get(lot_url(lot, language))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dos de Mayo, Shepte" in html
    assert "request_type=samples&amp;lot=SHOW-001" in html
    with translation.override(language):
        assert gettext("Request a sample of this lot") in html
        assert pgettext("lot status", "Available") in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_lot_page_has_its_own_address_in_every_language(client, language):
    """Canonical, hreflang alternates and the language switcher lead to the same lot in
    each language (not to the buyers' section), and its title names the lot."""
    lot = make_lot(code="ADDR-001")
    response = client.get(lot_url(lot, language))
    head = parse(response)
    expected = {code: settings.SITE_URL + lot_url(lot, code) for code in LANGUAGES}
    expected["x-default"] = expected[LANGUAGES[0]]
    assert head.alternates() == expected
    assert head.canonical() == [expected[language]]
    with translation.override(language):
        title = gettext("Lot %(code)s") % {"code": "ADDR-001"}
    assert head.meta("og:title") == [title]
    html = response.content.decode()
    assert f"<title>{title} · ACOPAGRO</title>" in html
    for code in LANGUAGES:
        if code != language:  # the switcher links the other languages
            assert urlencode({"next": lot_url(lot, code)}) in html, code
    assert head.meta("robots") == []
    # The switcher's view (/language/<code>/?next=…) translates a lot's address the same way.
    request = RequestFactory().get(lot_url(lot, language))
    for code in LANGUAGES:
        assert translate_path(request, lot_url(lot, language), code) == lot_url(lot, code)
    # A lot of sample data is kept out of search engines.
    sample = make_lot(code="ADDR-002", is_sample=True)
    assert parse(client.get(lot_url(sample, language))).meta("robots") == ["noindex"]


def test_sold_lot_has_no_sample_button(client):
    lot = make_lot(status=Lot.Status.SOLD)
    assert "lot=" + lot.code not in client.get(lot_url(lot, "fr")).content.decode()


def test_unpublished_or_unknown_lot_is_404(client):
    draft = make_lot(publish=False)
    assert client.get(lot_url(draft, "fr")).status_code == 404
    assert client.get(buyers_index().url + "lot/NOPE-000/").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_sample_data_is_marked_on_every_page_showing_it(client, language):
    lot = make_lot(is_sample=True)
    with translation.override(language):
        marker = gettext("Sample data")
    for url in (lot_url(lot, language), get(client, buyers_index(), language).request["PATH_INFO"]):
        assert marker in client.get(url).content.decode()
    assert marker in get(client, lot.product, language).content.decode()


def test_lot_code_must_be_unique_and_well_formed():
    from django.core.exceptions import ValidationError

    make_lot(code="SAME-001")
    with pytest.raises(ValidationError) as duplicate:
        make_lot(code="SAME-001")
    assert "code" in duplicate.value.error_dict
    with pytest.raises(ValidationError) as malformed:
        make_lot(code="bad code!")
    assert "code" in malformed.value.error_dict


def test_lot_eudr_status_needs_plots_and_a_harvest_period():
    lot = make_lot()
    assert not Lot.objects.with_plot_counts().get(pk=lot.pk).eudr_complete
    make_plot(lots=[lot])
    assert Lot.objects.with_plot_counts().get(pk=lot.pk).eudr_complete
    no_period = make_lot(harvest_start=None, harvest_end=None)
    make_plot(lots=[no_period])
    assert not Lot.objects.with_plot_counts().get(pk=no_period.pk).eudr_complete


def test_listing_queries_do_not_grow_with_the_lots(client):
    certification = make_certification()
    product = make_product()
    make_lot(product=product, certifications=[certification])
    index = buyers_index()

    def count():
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index.url).status_code == 200
            assert client.get(product.url).status_code == 200
        return len(queries)

    few = count()
    for _ in range(5):
        make_lot(product=product, certifications=[certification])
    assert count() == few


def test_tree_rules():
    assert BuyersIndexPage.can_create_at(HomePage.objects.get()) is False  # one per site
    assert "trade.BuyersIndexPage" in [
        f"{model._meta.app_label}.{model.__name__}" for model in HomePage.allowed_subpage_models()
    ]
    assert not BuyersIndexPage.can_exist_under(StandardPage.objects.first() or Page())
    assert ProductPage.allowed_parent_page_models() == [BuyersIndexPage]
    assert EudrPage.allowed_parent_page_models() == [BuyersIndexPage]
