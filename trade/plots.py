"""Plot import and export in the format of the EU Deforestation Regulation.

Regulation (EU) 2023/1115 (as amended by (EU) 2025/2650) asks the importer for the
geolocation of every production plot: a point for a plot of up to 4 ha, a polygon above,
WGS84 coordinates with at least 6 decimals, as GeoJSON. The EU information system's
GeoJSON description names the feature properties ``ProducerCountry`` (ISO 3166-1
alpha-2), ``ProductionPlace``, ``ProducerName`` and ``Area`` (hectares, required for a
point). The import below applies those rules to every feature and imports nothing when
one feature is wrong; each error names the feature (GeoJSON, counted from 1) or the line
(CSV, the header being line 1).
"""

import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from shapely.geometry import shape
from shapely.validation import explain_validity

POINT_MAX_HECTARES = Decimal(4)
MIN_DECIMALS = 6
# Peru's bounding box (WGS84), a little generous at the edges.
PERU_LONGITUDE = (Decimal("-81.40"), Decimal("-68.65"))
PERU_LATITUDE = (Decimal("-18.40"), Decimal("-0.03"))
PRODUCER_COUNTRY = "PE"
# Below this cross product (square degrees, about 0.01 m²) three points count as aligned.
ALIGNED_AREA = 1e-12
CSV_REQUIRED_COLUMNS = ("reference", "latitude", "longitude", "area_ha")
REFERENCE_PROPERTIES = ("PlotReference", "plot_id", "reference", "id")


def max_import_bytes():
    return int(getattr(settings, "MAX_PLOT_IMPORT_MB", 10)) * 1024 * 1024


@dataclass
class ParsedPlot:
    reference: str
    geometry: dict
    area_ha: Decimal | None
    production_place: str = ""
    producer_name: str = ""


@dataclass
class ImportResult:
    plots: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (where, message)


# --- Coordinate checks -------------------------------------------------------------------


def _decimals(number):
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def check_position(position):
    """Errors of one [longitude, latitude] pair (Decimals), as messages."""
    if not isinstance(position, list) or len(position) < 2:
        return [_("a position must be [longitude, latitude]")]
    longitude, latitude = position[0], position[1]
    if not all(isinstance(value, Decimal) for value in (longitude, latitude)):
        return [_("coordinates must be decimal numbers")]
    errors = []
    if not (-180 <= longitude <= 180 and -90 <= latitude <= 90):
        return [
            _(
                "%(lon)s, %(lat)s is not a WGS84 position "
                "(longitude −180 to 180, latitude −90 to 90)"
            )
            % {"lon": longitude, "lat": latitude}
        ]
    if _decimals(longitude) < MIN_DECIMALS or _decimals(latitude) < MIN_DECIMALS:
        errors.append(
            _("%(lon)s, %(lat)s has fewer than 6 decimals (the EU asks for at least 6)")
            % {"lon": longitude, "lat": latitude}
        )
    if not (
        PERU_LONGITUDE[0] <= longitude <= PERU_LONGITUDE[1]
        and PERU_LATITUDE[0] <= latitude <= PERU_LATITUDE[1]
    ):
        errors.append(
            _("%(lon)s, %(lat)s lies outside Peru (is longitude first, latitude second?)")
            % {"lon": longitude, "lat": latitude}
        )
    return errors


def check_polygon(rings):
    errors = []
    if not isinstance(rings, list) or not rings:
        return [_("a polygon needs at least one ring of positions")]
    for ring in rings:
        if not isinstance(ring, list):
            return [_("a polygon ring must be a list of positions")]
        for position in ring:
            errors.extend(check_position(position))
        if errors:
            return sorted(set(errors), key=errors.index)
        if len(ring) < 4:
            errors.append(
                _("a polygon ring needs at least 4 positions (the last repeats the first)")
            )
        elif ring[0][:2] != ring[-1][:2]:
            errors.append(_("the polygon is not closed: its last position must repeat the first"))
    if errors:
        return errors
    polygon = shape({"type": "Polygon", "coordinates": _as_floats(rings)})
    if _aligned(_as_floats(rings[0])):
        return [_("the polygon's points are aligned: it has no area")]
    if not polygon.is_valid:
        return [
            _("the polygon is not valid (%(reason)s): does its outline cross itself?")
            % {"reason": explain_validity(polygon)}
        ]
    return []


def _aligned(ring):
    """True when every position of the ring lies on one line (cross products near 0)."""
    (x0, y0), others = ring[0][:2], [position[:2] for position in ring[1:]]
    direction = next(((x - x0, y - y0) for x, y in others if (x, y) != (x0, y0)), None)
    if direction is None:
        return True
    dx, dy = direction
    return all(abs(dx * (y - y0) - dy * (x - x0)) < ALIGNED_AREA for x, y in others)


def _as_floats(value):
    if isinstance(value, list):
        return [_as_floats(item) for item in value]
    return float(value)


def approximate_hectares(geometry):
    """A polygon's area in hectares on a local equirectangular projection (within a few
    per mille for farm plots near the equator), for polygons given without Area."""
    import math

    polygon = shape({"type": geometry["type"], "coordinates": _as_floats(geometry["coordinates"])})
    metres_per_degree = 111_320
    scale = metres_per_degree**2 * math.cos(math.radians(polygon.centroid.y))
    return Decimal(str(round(polygon.area * scale / 10_000, 4)))


def check_geometry(geometry, area):
    """Errors of a GeoJSON geometry with the plot's declared area (Decimal or None)."""
    if not isinstance(geometry, dict):
        return [_("the feature has no geometry")]
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates")
    if kind == "Point":
        errors = check_position(coordinates)
        if area is None:
            errors.append(_("a point needs the plot's area (property Area, in hectares)"))
        elif area > POINT_MAX_HECTARES:
            errors.append(
                _("a plot of %(area)s ha must be a polygon: points are only for plots up to 4 ha")
                % {"area": area}
            )
        return errors
    if kind == "Polygon":
        return check_polygon(coordinates)
    if kind == "MultiPolygon":
        if not isinstance(coordinates, list) or not coordinates:
            return [_("a multipolygon needs at least one polygon")]
        errors = []
        for polygon in coordinates:
            errors.extend(check_polygon(polygon))
        return errors
    return [_("geometry type %(type)s is not accepted: use Point or Polygon") % {"type": kind}]


def _area(value):
    if value in (None, ""):
        return None
    try:
        area = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation as error:
        message = _("the area %(value)s is not a number of hectares") % {"value": value}
        raise ValueError(message) from error
    if area <= 0:
        raise ValueError(_("the area must be more than 0 ha"))
    return area


def _country_errors(value):
    if value in (None, "") or str(value).strip().upper() == PRODUCER_COUNTRY:
        return []
    return [
        _("the producer country is %(value)s; this cooperative's plots are in Peru (PE)")
        % {"value": value}
    ]


# --- Readers ---------------------------------------------------------------------------


def read_geojson(text, keep_producer_names=False):
    result = ImportResult()
    try:
        data = json.loads(text, parse_float=Decimal, parse_int=Decimal)
    except json.JSONDecodeError as error:
        result.errors.append(
            (
                _("line %(line)s") % {"line": error.lineno},
                _("the file is not valid JSON (%(reason)s, column %(column)s)")
                % {"reason": error.msg, "column": error.colno},
            )
        )
        return result
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        result.errors.append((_("file"), _("the file must be a GeoJSON FeatureCollection")))
        return result
    features = data.get("features")
    if not isinstance(features, list) or not features:
        result.errors.append((_("file"), _("the FeatureCollection has no features")))
        return result
    for number, feature in enumerate(features, start=1):
        where = _("feature %(number)s") % {"number": number}
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            result.errors.append((where, _("it is not a GeoJSON Feature")))
            continue
        properties = feature.get("properties") or {}
        reference = next(
            (str(properties[key]).strip() for key in REFERENCE_PROPERTIES if properties.get(key)),
            str(feature.get("id") or "").strip(),
        )
        errors = []
        if not reference:
            errors.append(_("it has no plot reference (property PlotReference)"))
        try:
            area = _area(properties.get("Area"))
        except ValueError as error:
            area, errors = None, errors + [str(error)]
        errors += _country_errors(properties.get("ProducerCountry"))
        errors += check_geometry(feature.get("geometry"), area)
        if errors:
            result.errors.extend((where, message) for message in errors)
            continue
        geometry = feature["geometry"]
        if area is None and geometry["type"] != "Point":
            area = approximate_hectares(geometry)
        result.plots.append(
            ParsedPlot(
                reference=reference,
                geometry=_plain_geometry(geometry),
                area_ha=area,
                production_place=str(properties.get("ProductionPlace") or "")[:160],
                producer_name=(
                    str(properties.get("ProducerName") or "")[:160] if keep_producer_names else ""
                ),
            )
        )
    return result


def read_csv(text, keep_producer_names=False):
    result = ImportResult()
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [name.strip().lower() for name in (reader.fieldnames or [])]
    missing = [name for name in CSV_REQUIRED_COLUMNS if name not in columns]
    if missing:
        result.errors.append(
            (
                _("line 1"),
                _("missing column(s): %(columns)s (needed: %(needed)s)")
                % {"columns": ", ".join(missing), "needed": ", ".join(CSV_REQUIRED_COLUMNS)},
            )
        )
        return result
    for line, row in enumerate(reader, start=2):
        row = {(key or "").strip().lower(): (value or "").strip() for key, value in row.items()}
        where = _("line %(line)s") % {"line": line}
        errors = []
        if not row["reference"]:
            errors.append(_("the reference is empty"))
        try:
            position = [Decimal(row["longitude"]), Decimal(row["latitude"])]
        except InvalidOperation:
            result.errors.append((where, _("latitude and longitude must be decimal numbers")))
            continue
        try:
            area = _area(row["area_ha"])
        except ValueError as error:
            area, errors = None, errors + [str(error)]
        errors += _country_errors(row.get("producer_country"))
        geometry = {"type": "Point", "coordinates": position}
        errors += check_geometry(geometry, area)
        if errors:
            result.errors.extend((where, message) for message in errors)
            continue
        result.plots.append(
            ParsedPlot(
                reference=row["reference"],
                geometry=_plain_geometry(geometry),
                area_ha=area,
                production_place=row.get("production_place", "")[:160],
                producer_name=row.get("producer_name", "")[:160] if keep_producer_names else "",
            )
        )
    if not result.plots and not result.errors:
        result.errors.append((_("file"), _("the file has no plot lines")))
    return result


def _plain_geometry(geometry):
    """The geometry as stored: coordinates as numbers written with at least 6 decimals."""
    return {"type": geometry["type"], "coordinates": _as_text(geometry["coordinates"])}


def _as_text(value):
    # Kept as text: a float would drop the trailing zeros of -7.250000.
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return format(value, "f")


# --- Import ----------------------------------------------------------------------------


def parse_upload(upload, keep_producer_names=False):
    """Read an uploaded file (GeoJSON or CSV); ImportResult with plots or errors."""
    if upload.size > max_import_bytes():
        result = ImportResult()
        result.errors.append(
            (
                _("file"),
                _("the file is %(size)s MB; the largest accepted is %(limit)s MB: split it")
                % {
                    "size": round(upload.size / 1024 / 1024, 1),
                    "limit": max_import_bytes() // 1024 // 1024,
                },
            )
        )
        return result
    raw = upload.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        result = ImportResult()
        result.errors.append((_("file"), _("the file is not UTF-8 text")))
        return result
    name = (upload.name or "").lower()
    if name.endswith(".csv"):
        return read_csv(text, keep_producer_names)
    return read_geojson(text, keep_producer_names)


def check_references(result, plot_model):
    """Duplicate references, in the file or already imported, become errors."""
    seen = set()
    for plot in result.plots:
        if plot.reference in seen:
            result.errors.append((plot.reference, _("this reference appears twice in the file")))
        seen.add(plot.reference)
    existing = plot_model.objects.filter(reference__in=seen).values_list("reference", flat=True)
    for reference in existing:
        result.errors.append((reference, _("a plot with this reference is already imported")))


@transaction.atomic
def save_plots(result, plot_model, lots=(), user=None, is_sample=False):
    """Create every plot of ``result`` (which has no errors) and link them to ``lots``."""
    plots = plot_model.objects.bulk_create(
        [
            plot_model(
                reference=plot.reference,
                geometry=plot.geometry,
                area_ha=plot.area_ha,
                production_place=plot.production_place,
                producer_name=plot.producer_name,
                imported_by=user,
                is_sample=is_sample,
            )
            for plot in result.plots
        ]
    )
    if lots:
        through = plot_model.lots.through
        plots = plot_model.objects.filter(reference__in=[plot.reference for plot in plots])
        through.objects.bulk_create(
            [through(plot_id=plot.pk, lot_id=lot.pk) for plot in plots for lot in lots]
        )
    return plots


# --- Export ----------------------------------------------------------------------------


def lot_feature_collection(lot, plots):
    """The lot's plots as the GeoJSON FeatureCollection an EU importer files, as text.

    Coordinates are written as stored (at least 6 decimals, trailing zeros kept), which
    ``json`` cannot do with floats: each coordinate array goes in as a placeholder.
    """
    raw_coordinates = []
    features = []
    period = {
        "HarvestStart": lot.harvest_start.isoformat() if lot.harvest_start else None,
        "HarvestEnd": lot.harvest_end.isoformat() if lot.harvest_end else None,
    }
    for plot in plots:
        properties = {
            "PlotReference": plot.reference,
            "ProducerCountry": plot.producer_country,
            "ProductionPlace": plot.production_place or None,
            **period,
        }
        if plot.producer_name:
            properties["ProducerName"] = plot.producer_name
        if plot.area_ha is not None:
            properties["Area"] = float(plot.area_ha)
        raw_coordinates.append(_raw_json(plot.geometry["coordinates"]))
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": plot.geometry["type"],
                    "coordinates": f"@@coordinates-{len(raw_coordinates) - 1}@@",
                },
                "properties": properties,
            }
        )
    collection = {
        "type": "FeatureCollection",
        "lot": {"code": lot.code, "sampleData": lot.is_sample, **period},
        "features": features,
    }
    text = json.dumps(collection, ensure_ascii=False, indent=1)
    for number, coordinates in enumerate(raw_coordinates):
        text = text.replace(f'"@@coordinates-{number}@@"', coordinates, 1)
    return text


def _raw_json(value):
    if isinstance(value, list):
        return "[" + ", ".join(_raw_json(item) for item in value) + "]"
    return str(Decimal(str(value)))
