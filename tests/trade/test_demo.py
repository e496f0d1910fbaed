"""The demo: the offer from the facts only; lots and plots only with the flag, marked."""

import pytest
from django.core.management import call_command

import languages
from cooperative.models import Certification, Province
from trade.models import Certificate, EudrPage, Lot, Plot, ProductPage

pytestmark = pytest.mark.django_db


def test_demo_offer_has_no_lots_plots_or_certificates_and_no_invented_numbers():
    # The session's database was loaded with load_demo_content (tests/conftest.py).
    assert not Lot.objects.filter(is_sample=True).exists()
    assert not Plot.objects.filter(is_sample=True).exists()
    assert not Certificate.objects.exists()
    product = ProductPage.objects.filter(slug_fr="cacao-en-feves-fermente").get()
    for row in product.quality_rows:
        assert row[1] is None
    assert not product.packaging and not product.minimum_order and not product.incoterms
    assert "45" in product.post_harvest_process
    # Every certification and province of the demo, as the facts give them.
    assert set(product.certifications.all()) == set(Certification.objects.all())
    assert set(product.provinces.all()) == set(Province.objects.all())
    eudr = EudrPage.objects.live().get()
    for code in languages.codes():
        assert "Proforest" in str(getattr(eudr, f"body_{code}")), code


def test_flag_creates_labelled_sample_lots_and_plots_idempotently():
    call_command("load_demo_content", with_sample_trade_data=True, verbosity=0)
    lots = Lot.objects.filter(is_sample=True)
    assert lots.count() == 2 and all(lot.code.startswith("EXEMPLE-") for lot in lots)
    assert all(lot.live for lot in lots)
    assert Plot.objects.filter(is_sample=True).count() == 5
    assert not Plot.objects.filter(is_sample=False, lots__in=lots).exists()
    call_command("load_demo_content", with_sample_trade_data=True, verbosity=0)
    assert Lot.objects.filter(is_sample=True).count() == 2
