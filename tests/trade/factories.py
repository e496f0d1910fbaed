"""Builders of the buyers' corner's objects for tests (plain functions, like tests/factories)."""

import datetime
import itertools
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from cooperative.models import Certification, Province
from pages.models import HomePage
from trade.models import BuyerAccess, BuyersIndexPage, Certificate, Lot, Plot, ProductPage

_numbers = itertools.count(1)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def translated(**values):
    """``{"title": "x"}`` → ``{"title_fr": "x [fr]", "title_es": "x [es]", …}``."""
    fields = {}
    for name, text in values.items():
        for code in languages():
            fields[f"{name}_{code}"] = f"{text} [{code}]"
    return fields


def buyers_index():
    """The site's buyers' section (max one per site): the existing one, else a new one."""
    page = BuyersIndexPage.objects.first()
    if page is not None:
        return page
    home = HomePage.objects.get()
    page = BuyersIndexPage(title="Acheteurs", slug="acheteurs-test", **translated(title="Buyers"))
    for code in languages():
        setattr(page, f"slug_{code}", f"buyers-test-{code}")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_product(title="Test cacao", **fields):
    number = next(_numbers)
    parent = buyers_index()
    certifications = fields.pop("certifications", [])
    provinces = fields.pop("provinces", [])
    product = ProductPage(
        title=f"{title} {number}",
        slug=f"product-{number}",
        **translated(title=f"{title} {number}"),
        **fields,
    )
    for code in languages():
        setattr(product, f"slug_{code}", slugify(f"{title}-{number}-{code}"))
    product.certifications = certifications
    product.provinces = provinces
    parent.add_child(instance=product)
    product.save_revision().publish()
    return product


def make_certification(name="Test organic"):
    return Certification.objects.create(**translated(name=name))


def make_province(name=None):
    return Province.objects.create(
        name=name or f"Province {next(_numbers)}",
        latitude=Decimal("-7.1"),
        longitude=Decimal("-76.7"),
    )


def make_lot(code=None, product=None, publish=True, **fields):
    certifications = fields.pop("certifications", [])
    lot = Lot(
        code=code or f"TEST-{next(_numbers):04d}",
        product=product or make_product(),
        harvest_start=fields.pop("harvest_start", datetime.date(2026, 4, 1)),
        harvest_end=fields.pop("harvest_end", datetime.date(2026, 6, 30)),
        live=False,  # as the admin saves a new draft; publishing makes it live
        **fields,
    )
    lot.certifications = certifications
    lot.full_clean()
    lot.save()
    if publish:
        lot.save_revision().publish()
    return lot


def square(lon=-76.712345, lat=-7.123456, side=0.001, as_text=True):
    """A closed square ring (5 positions) with 6 decimals, as text (stored plots) or as
    numbers (an uploaded file; no trailing zero, so that floats keep the 6 decimals)."""
    corners = [(0, 0), (side, 0), (side, side), (0, side), (0, 0)]
    ring = [[f"{lon + dx:.6f}", f"{lat + dy:.6f}"] for dx, dy in corners]
    return ring if as_text else [[float(x), float(y)] for x, y in ring]


def make_plot(lots=(), reference=None, point=False, area="1.5", **fields):
    if point:
        geometry = {"type": "Point", "coordinates": ["-76.712345", "-7.123456"]}
    else:
        geometry = {"type": "Polygon", "coordinates": [square()]}
    plot = Plot.objects.create(
        reference=reference or f"PLOT-{next(_numbers)}",
        geometry=geometry,
        area_ha=Decimal(area) if area is not None else None,
        **fields,
    )
    plot.lots.set(lots)
    return plot


def make_access(lots, expires_on=None, revoked=False, buyer="Chocolate maker"):
    access = BuyerAccess(
        buyer=buyer, expires_on=expires_on or timezone.localdate() + datetime.timedelta(days=30)
    )
    access.save()
    access.lots.set(lots)
    if revoked:
        access.revoke()
    return access, access.new_token


def make_certificate(certification=None, valid_until=None, valid_from=None, **fields):
    today = timezone.localdate()
    certificate = Certificate(
        certification=certification or make_certification(),
        holder="Cooperativa Agraria Cacaotera ACOPAGRO Ltda.",
        certifying_body=fields.pop("certifying_body", "Test certifier"),
        certificate_id=fields.pop("certificate_id", f"CERT-{next(_numbers)}"),
        valid_from=valid_from or today - datetime.timedelta(days=300),
        valid_until=valid_until or today + datetime.timedelta(days=300),
        **fields,
    )
    certificate.full_clean()
    certificate.save()
    return certificate
