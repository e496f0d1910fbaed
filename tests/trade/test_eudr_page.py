"""The public EUDR page: every language, aggregate figures computed from the data."""

from decimal import Decimal

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from trade.models import EudrPage, eudr_figures

from .factories import buyers_index, make_lot, make_plot, translated

pytestmark = pytest.mark.django_db


def eudr_page():
    page = EudrPage.objects.first()
    if page is None:
        page = EudrPage(title="EUDR", slug="eudr-test", **translated(title="EUDR"))
        for code, _name in settings.LANGUAGES:
            setattr(page, f"slug_{code}", f"eudr-test-{code}")
        buyers_index().add_child(instance=page)
        page.save_revision().publish()
    return page


def test_figures_are_computed_from_plots_and_lots():
    before = eudr_figures()
    complete = make_lot()
    make_lot()  # no plot: incomplete
    make_plot(lots=[complete], area="2.5")
    make_plot(lots=[complete], area="1.25")
    make_lot(publish=False)  # a draft lot is not counted
    after = eudr_figures()
    assert after["plots"] == before["plots"] + 2
    assert after["hectares"] == before["hectares"] + Decimal("3.75")
    assert after["lots"] == before["lots"] + 2
    assert after["complete_lots"] == before["complete_lots"] + 1


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_eudr_page_renders_in_every_language_with_the_figures(client, language):
    lot = make_lot()
    make_plot(lots=[lot], area="2.5")
    figures = eudr_figures()
    with translation.override(language):
        response = client.get(eudr_page().get_url())
        expected = gettext("hectares mapped")
    html = response.content.decode()
    assert response.status_code == 200
    assert expected in html
    assert f'<span class="eudr-figures__number">{figures["plots"]}</span>' in html
    assert "2023/1115" in html and "2025/2650" in html and "30" in html
