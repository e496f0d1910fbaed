"""Spreadsheet exports that a spreadsheet cannot run (CSV/formula injection).

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)`` leaks data,
``@SUM(...)`` runs). Text typed by visitors (contact messages) or editors (page titles)
ends up in the admin's CSV exports: such cells get a leading apostrophe, which spreadsheets
show as text and do not display. Wagtail already turns formulas into text in XLSX exports.
"""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeCsvExportMixin:
    """For an admin index view with ``list_export``: CSV cells never start a formula."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: neutralise_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
