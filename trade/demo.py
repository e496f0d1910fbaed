"""Demo content of the buyers' corner, called by ``load_demo_content``.

``load_offer()`` builds the buyers' section from the facts file only: the product is
described by what the facts say (fermented centrally in 45 modules, its certifications,
its four provinces); everything they do not give (bean type, packaging, minimum order,
Incoterms, quality numbers, harvest months) stays empty and the site shows "on request".
It creates no lot, plot or certificate: those are not public facts.

``load_sample_trade_data()`` (``--with-sample-trade-data``) adds clearly labelled sample
lots and synthetic plots, named "Exemple"/"Ejemplo"/"Example" and flagged ``is_sample``,
so that a newcomer can try the lot pages and the data room. Both are idempotent.
"""

import datetime
from decimal import Decimal

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname
from wagtail.rich_text import RichText

from cooperative.models import Certification, Province
from pages.models import HomePage

from .models import BuyersIndexPage, EudrPage, Lot, Plot, ProductPage
from .plots import approximate_hectares

BUYERS = {
    "slug": {"fr": "acheteurs", "es": "compradores", "en": "buyers"},
    "title": {"fr": "Acheteurs", "es": "Compradores", "en": "Buyers"},
    "intro": {
        "fr": (
            "Chocolatiers et importateurs\u00a0: le cacao biologique et équitable de plus de "
            "2\u00a0000 familles de San Martín, ses lots d’origine, ses certificats et les "
            "données de traçabilité dont vous avez besoin."
        ),
        "es": (
            "Chocolateros e importadores: el cacao orgánico y de comercio justo de más de "
            "2.000 familias de San Martín, sus lotes de origen, sus certificados y los datos "
            "de trazabilidad que necesitan."
        ),
        "en": (
            "Chocolate makers and importers: the organic, fair-trade cacao of more than "
            "2,000 families in San Martín, its origin lots, its certificates and the "
            "traceability data you need."
        ),
    },
}

PRODUCT = {
    "slug": {
        "fr": "cacao-en-feves-fermente",
        "es": "cacao-en-grano-fermentado",
        "en": "fermented-cacao-beans",
    },
    "title": {
        "fr": "Cacao en fèves, fermenté et séché",
        "es": "Cacao en grano, fermentado y secado",
        "en": "Fermented and dried cacao beans",
    },
    "intro": {
        "fr": (
            "Le cacao biologique des membres d’ACOPAGRO, cultivé en agroforesterie sans "
            "intrants chimiques et entièrement traçable."
        ),
        "es": (
            "El cacao orgánico de los socios de ACOPAGRO, cultivado en sistemas "
            "agroforestales sin insumos químicos y totalmente trazable."
        ),
        "en": (
            "The organic cacao of ACOPAGRO's members, grown in agroforestry without "
            "chemical inputs and fully traceable."
        ),
    },
    "post_harvest_process": {
        "fr": (
            "Le cacao est collecté frais (cacao en baba), puis fermenté de façon centralisée "
            "dans 45 modules de fermentation spécialisés, pour un profil aromatique "
            "régulier, et séché."
        ),
        "es": (
            "El cacao se acopia fresco (cacao en baba) y se fermenta de forma centralizada "
            "en 45 módulos de fermentación especializados, para un perfil aromático "
            "constante, y luego se seca."
        ),
        "en": (
            "The cacao is collected fresh (wet beans, cacao en baba), fermented centrally "
            "in 45 specialised fermentation modules for a consistent aromatic profile, "
            "and dried."
        ),
    },
}

EUDR = {
    "slug": {"fr": "rdue-tracabilite", "es": "eudr-trazabilidad", "en": "eudr-traceability"},
    "title": {
        "fr": "Traçabilité et règlement européen sur la déforestation",
        "es": "Trazabilidad y reglamento europeo sobre deforestación",
        "en": "Traceability and the EU Deforestation Regulation",
    },
    "intro": {
        "fr": (
            "Ce que la coopérative fournit aux importateurs européens pour leur déclaration "
            "de diligence raisonnée\u00a0: la géolocalisation des parcelles de chaque lot et une "
            "fiche d’information."
        ),
        "es": (
            "Lo que la cooperativa entrega a los importadores europeos para su declaración "
            "de diligencia debida: la geolocalización de las parcelas de cada lote y una "
            "ficha informativa."
        ),
        "en": (
            "What the cooperative provides to EU importers for their due-diligence "
            "statement: the geolocation of each lot's plots and an information sheet."
        ),
    },
}

# The EUDR page's body: what the facts say about traceability and forests, with sources.
EUDR_BODY = {
    "fr": [
        "Depuis 2021, ACOPAGRO mène avec Proforest un projet pilote de traçabilité dans la "
        "région de Juanjuí, dans le cadre d’un programme financé par l’Initiative "
        "internationale pour le climat (IKI) de l’Allemagne (Proforest, 20 mai 2022).",
        "Avec Solidaridad et Proforest/TFA, la coopérative participe à des projets de cacao "
        "«\u00a0zéro déforestation\u00a0» sur plus de 8\u00a0000 hectares, qui intègrent les "
        "petits producteurs dans des filières traçables, équitables et compatibles avec le "
        "climat.",
    ],
    "es": [
        "Desde 2021, ACOPAGRO lleva con Proforest un piloto de trazabilidad en la zona de "
        "Juanjuí, dentro de un programa financiado por la Iniciativa Internacional para el "
        "Clima (IKI) de Alemania (Proforest, 20 de mayo de 2022).",
        "Con Solidaridad y Proforest/TFA, la cooperativa participa en proyectos de cacao cero "
        "deforestación en más de 8.000 hectáreas, que integran a los pequeños productores en "
        "cadenas trazables, justas y compatibles con el clima.",
    ],
    "en": [
        "Since 2021 ACOPAGRO has run a traceability pilot with Proforest in the Juanjuí area, "
        "under a programme funded by Germany's International Climate Initiative (IKI) "
        "(Proforest, 20 May 2022).",
        "With Solidaridad and Proforest/TFA, the cooperative takes part in zero-deforestation "
        "cacao projects on more than 8,000 hectares, bringing smallholders into traceable, "
        "fair, climate-compatible supply chains.",
    ],
}

SAMPLE_LABEL = {"fr": "Exemple", "es": "Ejemplo", "en": "Example"}
SAMPLE_NOTES = {
    "fr": "Exemple : lot fictif (données d’exemple) pour essayer la salle de données.",
    "es": "Ejemplo: lote ficticio (datos de ejemplo) para probar la sala de datos.",
    "en": "Example: a made-up lot (sample data) to try the data room.",
}
# Synthetic plots near the demo provinces' map points: squares of about 200 m, and
# points for small plots. Not real plots: every one is flagged is_sample.
SAMPLE_LOTS = [
    {"code": "EXEMPLE-001", "province": "Mariscal Cáceres", "status": "available", "plots": 3},
    {"code": "EXEMPLE-002", "province": "Huallaga", "status": "reserved", "plots": 2},
]


def _languages():
    return [code for code, _name in settings.LANGUAGES]


def _translate(obj, field, values):
    for code in _languages():
        setattr(obj, build_localized_fieldname(field, code), values.get(code, ""))


def _page(model, parent, spec, **fields):
    page = model.objects.child_of(parent).filter(slug_fr=spec["slug"]["fr"]).first()
    if page is not None:
        return page, False
    page = model(title=spec["title"]["fr"], slug=spec["slug"]["fr"], **fields)
    for field in ("title", "slug", "intro"):
        _translate(page, field, spec[field])
    for field, values in spec.items():
        if field not in ("title", "slug", "intro"):
            _translate(page, field, values)
    parent.add_child(instance=page)
    return page, True


def load_offer():
    """The buyers' section, its product and its EUDR page; returns how many were created."""
    home = HomePage.objects.first()
    if home is None:
        return 0
    created = 0
    buyers, new = _page(BuyersIndexPage, home, BUYERS, show_in_menus=True)
    if new:
        buyers.save_revision().publish()
    created += new
    product, new = _page(ProductPage, buyers, PRODUCT)
    if new:
        product.certifications = list(Certification.objects.all())
        product.provinces = list(Province.objects.all())
        product.save_revision().publish()
    created += new
    eudr, new = _page(EudrPage, buyers, EUDR)
    if new:
        for code in _languages():
            paragraphs = EUDR_BODY.get(code, [])
            setattr(
                eudr,
                build_localized_fieldname("body", code),
                [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
            )
        eudr.save_revision().publish()
    created += new
    return created


def load_sample_trade_data():
    """Sample lots and synthetic plots, all marked as sample data; returns the count."""
    product = ProductPage.objects.order_by("path").first()
    if product is None:
        return 0
    created = 0
    for number, spec in enumerate(SAMPLE_LOTS):
        if Lot.objects.filter(code=spec["code"]).exists():
            continue
        province = Province.objects.filter(name=spec["province"]).first()
        lot = Lot(
            code=spec["code"],
            product=product,
            committees=" / ".join(
                SAMPLE_LABEL[code] for code in _languages() if code in SAMPLE_LABEL
            ),
            province=province,
            status=spec["status"],
            harvest_start=datetime.date(2026, 4, 1),
            harvest_end=datetime.date(2026, 7, 31),
            is_sample=True,
        )
        _translate(lot, "notes", SAMPLE_NOTES)
        lot.certifications = list(Certification.objects.all())
        lot.save()
        lot.save_revision().publish()
        created += 1
        plots = []
        # Synthetic plots (marked as sample data) around a made-up point of San Martín when
        # the province has no coordinates of its own (the facts give none).
        located = province is not None and province.has_coordinates
        origin_lat = Decimal(province.latitude if located else "-7.18") + Decimal(number) / 100
        origin_lon = Decimal(province.longitude if located else "-76.73")
        for index in range(spec["plots"]):
            lat = origin_lat + Decimal(index) * Decimal("0.004")
            lon = origin_lon + Decimal(index) * Decimal("0.004")
            plots.append(_sample_plot(f"{spec['code']}-P{index + 1}", lat, lon, index))
        for plot in plots:
            plot.save()
            plot.lots.add(lot)
            created += 1
    return created


def _sample_plot(reference, lat, lon, index):
    def position(dlat, dlon):
        return [format(lon + dlon, ".6f"), format(lat + dlat, ".6f")]

    if index % 2:  # a point, with its area (EU rule: points only up to 4 ha)
        geometry = {"type": "Point", "coordinates": position(Decimal(0), Decimal(0))}
        area = Decimal("1.5")
    else:  # a square of about 0.0018° (≈ 200 m): about 4 ha, given as a polygon
        side = Decimal("0.0018")
        ring = [
            position(Decimal(0), Decimal(0)),
            position(Decimal(0), side),
            position(side, side),
            position(side, Decimal(0)),
            position(Decimal(0), Decimal(0)),
        ]
        geometry = {"type": "Polygon", "coordinates": [ring]}
        area = approximate_hectares(geometry)
    return Plot(
        reference=reference,
        geometry=geometry,
        area_ha=area,
        production_place=f"{SAMPLE_LABEL['fr']} / {SAMPLE_LABEL['es']}",
        is_sample=True,
    )
