"""The impact figures as open data: rows, history, CSV, JSON and CSV on the Web metadata.

Everything here works on figures already loaded (``live_figures()``, one query) and on the
history of all of them (``histories()``, one query more), so a download costs the same
number of queries with 10 figures or 500. Texts (labels, units, descriptions, sources) are
in the active language; values are plain numbers; column names are stable codes, the same
in every language, so that a script written against the French file reads the Spanish one.
"""

import csv
import datetime
import io
import json
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from core.dates import partial_iso

from .formatting import format_as_of, format_value, unit_label
from .models import ImpactFigure

# SPDX identifier -> (name, text of the licence). The site settings choose one
# (SiteSettings.data_licence); an unknown identifier falls back to CC BY 4.0.
LICENCES = {
    "CC-BY-4.0": ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    "CC0-1.0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "ODbL-1.0": ("ODbL 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
}
DEFAULT_LICENCE = "CC-BY-4.0"

# UN/CEFACT Common Code of the units that have one (schema.org's unitCode); the other
# units (families, trees…) are counts with no standard code and give their name only.
UNIT_CODES = {"hectares": "HAR", "tonnes-co2": "TNE", "percent": "P1", "years": "ANN"}

# Every column of the files: name -> (title for a reader, CSVW datatype).
COLUMN_DEFINITIONS = {
    "key": (gettext_lazy("Key"), "string"),
    "label": (gettext_lazy("Label"), "string"),
    "value": (gettext_lazy("Value"), "decimal"),
    "more_than": (gettext_lazy("More than"), "boolean"),
    "unit_code": (gettext_lazy("Unit code"), "string"),
    "unit": (gettext_lazy("Unit"), "string"),
    "category_code": (gettext_lazy("Category code"), "string"),
    "category": (gettext_lazy("Category"), "string"),
    "description": (gettext_lazy("Description"), "string"),
    "source": (gettext_lazy("Source"), "string"),
    "source_url": (gettext_lazy("Source link"), "anyURI"),
    "as_of": (gettext_lazy("As of"), "string"),
    "as_of_precision": (gettext_lazy("As-of precision"), "string"),
    "last_modified": (gettext_lazy("Last modified"), "dateTime"),
    "published_at": (gettext_lazy("Published"), "dateTime"),
}


def _columns(*names):
    """(name, title, datatype) of each column, in this order."""
    return [(name, *COLUMN_DEFINITIONS[name]) for name in names]


FIGURE_COLUMNS = _columns(
    "key", "label", "value", "more_than", "unit_code", "unit", "category_code", "category",
    "description", "source", "source_url", "as_of", "as_of_precision", "last_modified",
)  # fmt: skip
HISTORY_COLUMNS = _columns(
    "key", "label", "value", "more_than", "unit_code", "unit", "as_of", "as_of_precision",
    "published_at",
)  # fmt: skip
# The two tables a visitor can download: the figures as they are, and their history.
TABLES = {"figures": FIGURE_COLUMNS, "history": HISTORY_COLUMNS}

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def licence(code):
    """(SPDX identifier, name, URL) of a licence code from the site settings."""
    code = code if code in LICENCES else DEFAULT_LICENCE
    name, url = LICENCES[code]
    return code, name, url


def live_figures():
    """Every published figure, in the impact page's order (category, then order): one query."""
    categories = [value for value, _label in ImpactFigure.Category.choices]
    figures = list(ImpactFigure.objects.live().order_by("sort_order", "key"))
    figures.sort(key=lambda figure: categories.index(figure.category))
    return figures


def plain_number(value):
    """``Decimal("3000000.00")`` -> ``3000000``; ``Decimal("1.50")`` -> ``1.5``: a JSON number."""
    value = Decimal(value).normalize()
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def unit_code(unit):
    return UNIT_CODES.get(unit, "")


def last_modified(figure):
    return figure.last_published_at or figure.updated_at


# --- History ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryPoint:
    """One published value of a figure."""

    value: Decimal
    is_minimum: bool
    unit: str
    as_of: datetime.date
    as_of_precision: str
    published_at: datetime.datetime | None

    @property
    def as_of_iso(self):
        return partial_iso(self.as_of, self.as_of_precision)

    @property
    def as_of_display(self):
        return format_as_of(self.as_of, self.as_of_precision)

    @property
    def formatted_value(self):
        return format_value(self.value, self.is_minimum)

    @property
    def unit_label(self):
        return unit_label(self.unit, self.value)

    def same_value(self, other):
        return (self.value, self.is_minimum, self.as_of) == (
            other.value,
            other.is_minimum,
            other.as_of,
        )


def _point_from_revision(content, published_at):
    try:
        return HistoryPoint(
            value=Decimal(str(content["value"])),
            is_minimum=bool(content.get("is_minimum", False)),
            unit=content.get("unit", ""),
            as_of=datetime.date.fromisoformat(str(content["as_of"])[:10]),
            as_of_precision=content.get("as_of_precision") or "day",
            published_at=published_at,
        )
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return None  # a revision from before a field existed, or damaged: left out


def _point_from_figure(figure):
    return HistoryPoint(
        value=figure.value,
        is_minimum=figure.is_minimum,
        unit=figure.unit,
        as_of=figure.as_of,
        as_of_precision=figure.as_of_precision,
        published_at=last_modified(figure),
    )


def histories(figures):
    """{figure pk: [HistoryPoint, oldest first]} for ``figures``, in one query.

    A point is a publication (Wagtail's ``wagtail.publish`` log entry and the revision it
    published); a republication that changed neither the value, the "more than" flag nor
    the as-of date (a corrected label, say) adds no point. The figure's live values are
    always the last point, so a figure published before revisions were kept (the demo
    content) has a history of one point.
    """
    from wagtail.models import ModelLogEntry

    by_pk = {str(figure.pk): figure for figure in figures}
    publications = {pk: [] for pk in by_pk}
    if by_pk:
        entries = (
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(ImpactFigure),
                action="wagtail.publish",
                revision__isnull=False,
            )
            .select_related("revision")
            .order_by("timestamp", "pk")
            .only("object_id", "timestamp", "revision__content")
        )
        if len(by_pk) <= 100:
            entries = entries.filter(object_id__in=list(by_pk))
        for entry in entries:
            if entry.object_id in publications:
                point = _point_from_revision(entry.revision.content, entry.timestamp)
                if point is not None:
                    publications[entry.object_id].append(point)

    result = {}
    for pk, figure in by_pk.items():
        points = []
        for point in [*publications[pk], _point_from_figure(figure)]:
            if points and points[-1].same_value(point):
                continue
            points.append(point)
        result[figure.pk] = points
    return result


# --- Serialisation ------------------------------------------------------------------------


def figure_record(figure):
    """One figure as a dict of column name -> value, texts in the active language."""
    return {
        "key": figure.key,
        "label": figure.label,
        "value": plain_number(figure.value),
        "more_than": figure.is_minimum,
        "unit_code": unit_code(figure.unit),
        "unit": figure.unit_label,
        "category_code": figure.category,
        "category": str(figure.get_category_display()),
        "description": figure.description or "",
        "source": figure.source,
        "source_url": figure.source_url or "",
        "as_of": figure.as_of_iso,
        "as_of_precision": figure.as_of_precision,
        "last_modified": _iso_datetime(last_modified(figure)),
    }


def history_records(figures, history):
    records = []
    for figure in figures:
        for point in history[figure.pk]:
            records.append(
                {
                    "key": figure.key,
                    "label": figure.label,
                    "value": plain_number(point.value),
                    "more_than": point.is_minimum,
                    "unit_code": unit_code(point.unit),
                    "unit": point.unit_label,
                    "as_of": point.as_of_iso,
                    "as_of_precision": point.as_of_precision,
                    "published_at": _iso_datetime(point.published_at),
                }
            )
    return records


def table_records(table, figures):
    """The records of ``table`` ("figures" or "history") for ``figures``."""
    if table == "history":
        return history_records(figures, histories(figures))
    return [figure_record(figure) for figure in figures]


def _iso_datetime(moment):
    if moment is None:
        return ""
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def safe_cell(value):
    """A CSV cell a spreadsheet will not run: text that starts like a formula gets a
    leading apostrophe (OWASP's advice); numbers and booleans are written plainly."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def to_csv(records, columns):
    """RFC 4180 CSV (comma, CRLF, UTF-8 with no BOM) with a header row of column names."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([name for name, _title, _type in columns])
    for record in records:
        writer.writerow([safe_cell(record[name]) for name, _title, _type in columns])
    return buffer.getvalue()


def dataset_info(language, licence_code, urls, figures):
    """What the JSON files say about themselves (in the active language)."""
    code, name, url = licence(licence_code)
    modified = max((last_modified(figure) for figure in figures), default=None)
    return {
        "title": gettext("ACOPAGRO impact figures"),
        "description": gettext(
            "The figures the cooperative publishes about its members, cacao, social "
            "programmes, forests and climate, each with its source and the date it is "
            "true as of."
        ),
        "language": language,
        "publisher": "ACOPAGRO",
        "license": {"id": code, "name": name, "url": url},
        "url": urls["page"],
        "modified": _iso_datetime(modified),
    }


def to_json(info, key, records):
    return json.dumps({**info, key: records}, ensure_ascii=False, indent=2) + "\n"


def csvw_metadata(csv_url, language, licence_code, columns, title):
    """CSV on the Web (W3C) metadata of a CSV file: its columns, their titles and types."""
    _code, _name, licence_url = licence(licence_code)
    return {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": language}],
        "url": csv_url,
        "dc:title": str(title),
        "dc:publisher": "ACOPAGRO",
        "dc:license": {"@id": licence_url},
        "dialect": {"header": True, "delimiter": ",", "encoding": "utf-8"},
        "tableSchema": {
            "columns": [
                {
                    "name": name,
                    "titles": str(column_title),
                    "datatype": datatype,
                    "required": name in ("key", "value"),
                }
                for name, column_title, datatype in columns
            ],
            "primaryKey": "key" if columns is FIGURE_COLUMNS else ["key", "published_at"],
        },
    }
