"""Impact figures: stored once, edited in the admin, shown everywhere in both languages."""

import datetime

import pytest
from django.urls import reverse

from impact.formatting import NBSP
from impact.models import ImpactFigure
from pages.models import HomePage
from tests.factories import figure_form_data

pytestmark = pytest.mark.django_db

# The table of ../shared/content/facts.md: key -> (value, "more than", unit)
FACTS = {
    "member-families": (2000, True, "families"),
    "founding-producers": (27, False, "producers"),
    "trees-planted": (3000000, True, "trees"),
    "alto-huayabamba-trees": (2000000, False, "trees"),
    "forest-protected": (380000, False, "hectares"),
    "co2-sequestered": (700000, True, "tonnes-co2"),
    "zero-deforestation-area": (8000, True, "hectares"),
    "fermentation-modules": (45, False, "modules"),
    "biotechnicians": (30, False, "people"),
    "provinces": (4, False, "provinces"),
}


def test_every_figure_of_the_facts_is_loaded_with_its_source():
    figures = {figure.key: figure for figure in ImpactFigure.objects.all()}
    for key, (value, is_minimum, unit) in FACTS.items():
        figure = figures[key]
        assert (figure.value, figure.is_minimum, figure.unit) == (value, is_minimum, unit), key
        assert figure.label_fr and figure.label_es, key
        assert figure.source_fr and figure.source_es, key
        assert figure.as_of is not None


def edit_url(figure):
    return reverse("wagtailsnippets_impact_impactfigure:edit", args=[figure.pk])


def test_publishing_a_figure_in_the_admin_changes_the_pages_that_show_it(admin_client, client):
    figure = ImpactFigure.objects.get(key="trees-planted")
    home = HomePage.objects.get()
    assert figure in home.impact_figures
    assert f"3{NBSP}000{NBSP}000" in client.get("/fr/").content.decode()

    response = admin_client.post(
        edit_url(figure), figure_form_data(figure, action="publish", value="3500000")
    )
    assert response.status_code == 302

    french = client.get("/fr/").content.decode()
    spanish = client.get("/es/").content.decode()
    assert f"plus de 3{NBSP}500{NBSP}000" in french
    assert "más de 3.500.000" in spanish
    assert f"3{NBSP}000{NBSP}000" not in french


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"value": "-5"}, "value", "ne peut pas être négatif"),
        ({"key": "member-families"}, "key", "existe déjà"),
        ({"label_fr": ""}, "label_fr", "requis"),
        ({"value": "trois"}, "value", "Saisissez un nombre."),
    ],
)
def test_invalid_figure_gets_a_clear_error_and_nothing_is_saved(
    admin_client, superuser, changes, field, message
):
    """The admin speaks the editor's language (here French, chosen in the account).

    Publishing checks every field; a draft may still lack a label (as a page draft may).
    """
    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(pk=UserProfile.get_for_user(superuser).pk).update(
        preferred_language="fr"
    )
    figure = ImpactFigure.objects.get(key="trees-planted")
    response = admin_client.post(edit_url(figure), figure_form_data(figure, "publish", **changes))
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    assert any(message in error for error in form.errors[field])
    figure.refresh_from_db()
    assert figure.value == 3000000 and figure.label_fr


def test_new_figure_is_added_from_the_admin(admin_client):
    url = reverse("wagtailsnippets_impact_impactfigure:add")
    data = figure_form_data(
        ImpactFigure(
            key="schools-built",
            value=12,
            unit="schools",
            category="social",
            sort_order=5,
            label_fr="écoles construites",
            label_es="escuelas construidas",
            source_fr="ACOPAGRO",
            source_es="ACOPAGRO",
            as_of=datetime.date(2025, 1, 1),
        ),
        action="publish",
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302
    figure = ImpactFigure.objects.get(key="schools-built")
    assert figure.live and figure.label_es == "escuelas construidas"


def test_figures_block_in_a_body_renders_in_both_languages(client):
    from django.utils import translation

    from pages.models import ClimateProjectPage

    page = ClimateProjectPage.objects.live().first()
    figure = ImpactFigure.objects.get(key="forest-protected")
    page.body_fr = [("impact_figures", {"heading": "Forêts", "figures": [figure]})]
    page.body_es = [("impact_figures", {"heading": "Bosques", "figures": [figure]})]
    page.save()
    for language, text in (("fr", f"380{NBSP}000"), ("es", "380.000")):
        with translation.override(language):
            url = page.get_url()
        html = client.get(url).content.decode()
        assert text in html
        assert ("Forêts" if language == "fr" else "Bosques") in html


@pytest.mark.parametrize(
    "precision, iso, french, spanish",
    [
        ("year", "2025", "situation en 2025", "datos de 2025"),
        ("month", "2025-06", "situation en juin 2025", "a junio de 2025"),
        ("day", "2025-06-30", "situation au 30 juin 2025", "al 30 de junio de 2025"),
    ],
)
def test_as_of_date_shows_only_what_its_precision_gives(client, precision, iso, french, spanish):
    ImpactFigure.objects.filter(key="member-families").update(
        as_of=datetime.date(2025, 6, 30), as_of_precision=precision
    )
    fr = client.get("/fr/").content.decode()
    es = client.get("/es/").content.decode()
    assert f'<time datetime="{iso}">{french}</time>' in fr
    assert f'<time datetime="{iso}">{spanish}</time>' in es
    if precision == "year":
        assert "juin" not in fr.split('data-figure="member-families"')[1].split("</li>")[0]
