"""Sample lots and synthetic plots (``load_demo_content --with-sample-trade-data``), from
``demo/content/sample_trade.toml``: made up so that a newcomer can try the lot pages and
the data room, every one flagged ``is_sample`` (the site says so on every page showing
them). Idempotent: a lot whose code exists is left alone."""

from decimal import Decimal

from trade.plots import approximate_hectares

from . import loader

# Where the synthetic plots are drawn when the lot's province has no coordinates (the
# facts give none): a made-up point of San Martín.
FALLBACK_POINT = (Decimal("-7.18"), Decimal("-76.73"))


def load_sample_trade_data():
    """Create the sample lots and their plots; returns how many objects were created."""
    data = loader.read("sample_trade")
    product = loader.model("ProductPage").objects.order_by("path").first()
    if product is None:
        return 0
    label = " / ".join(
        data["label"][code] for code in loader.language_codes() if code in data["label"]
    )
    certifications = list(loader.model("Certification").objects.all())
    lot_model = loader.model("Lot")
    created = 0
    for number, spec in enumerate(data["lot"]):
        if lot_model.objects.filter(code=spec["code"]).exists():
            continue
        province = loader.model("Province").objects.filter(name=spec["province"]).first()
        lot = lot_model(
            code=spec["code"],
            product=product,
            committees=label,
            province=province,
            status=spec["status"],
            harvest_start=data["harvest_start"],
            harvest_end=data["harvest_end"],
            is_sample=True,
        )
        loader.set_translated(lot, "notes", data["notes"])
        lot.certifications = certifications
        lot.save()
        lot.save_revision().publish()
        created += 1
        located = province is not None and province.has_coordinates
        origin = (province.latitude, province.longitude) if located else FALLBACK_POINT
        latitude = Decimal(origin[0]) + Decimal(number) / 100
        longitude = Decimal(origin[1])
        for index in range(spec["plots"]):
            step = Decimal(index) * Decimal("0.004")
            plot = sample_plot(
                f"{spec['code']}-P{index + 1}", latitude + step, longitude + step, index, label
            )
            plot.save()
            plot.lots.add(lot)
            created += 1
    return created


def sample_plot(reference, lat, lon, index, label):
    """A point with its area (every other plot: the EU rule allows points up to 4 ha), or a
    square of about 0.0018° (≈ 200 m, about 4 ha) given as a polygon."""

    def position(dlat, dlon):
        return [format(lon + dlon, ".6f"), format(lat + dlat, ".6f")]

    zero = Decimal(0)
    if index % 2:
        geometry = {"type": "Point", "coordinates": position(zero, zero)}
        area = Decimal("1.5")
    else:
        side = Decimal("0.0018")
        ring = [
            position(zero, zero),
            position(zero, side),
            position(side, side),
            position(side, zero),
            position(zero, zero),
        ]
        geometry = {"type": "Polygon", "coordinates": [ring]}
        area = approximate_hectares(geometry)
    return loader.model("Plot")(
        reference=reference,
        geometry=geometry,
        area_ha=area,
        production_place=label,
        is_sample=True,
    )
