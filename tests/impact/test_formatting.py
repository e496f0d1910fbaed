from decimal import Decimal

import pytest

from impact.formatting import NBSP, format_figure, format_number, format_value


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("3000000", "fr", f"3{NBSP}000{NBSP}000"),
        ("3000000", "es", "3.000.000"),
        ("2000", "fr", f"2{NBSP}000"),
        ("2000", "es", "2.000"),
        ("45", "fr", "45"),
        ("999", "es", "999"),
        ("380000", "es", "380.000"),
        ("1234567.50", "fr", f"1{NBSP}234{NBSP}567,5"),
        ("1234567.25", "es", "1.234.567,25"),
        ("0", "fr", "0"),
        ("12.00", "es", "12"),
    ],
)
def test_numbers_are_grouped_the_way_each_language_writes_them(value, language, expected):
    assert format_number(Decimal(value), language) == expected


def test_more_than_flag_is_part_of_the_figure():
    assert (
        format_figure("3000000", "trees", True, "fr") == f"plus de 3{NBSP}000{NBSP}000{NBSP}arbres"
    )
    assert format_figure("3000000", "trees", True, "es") == f"más de 3.000.000{NBSP}árboles"
    assert format_figure("2000", "families", True, "fr") == f"plus de 2{NBSP}000{NBSP}familles"
    assert format_figure("2000", "families", True, "es") == f"más de 2.000{NBSP}familias"


def test_exact_figure_has_no_qualifier():
    assert format_value("45", False, "fr") == "45"
    assert format_figure("45", "modules", False, "es") == f"45{NBSP}módulos de fermentación"


def test_units_agree_with_the_number():
    assert format_figure("1", "provinces", False, "fr") == f"1{NBSP}province"
    assert format_figure("4", "provinces", False, "fr") == f"4{NBSP}provinces"
    assert (
        format_figure("700000", "tonnes-co2", True, "fr")
        == f"plus de 700{NBSP}000{NBSP}tonnes de CO₂"
    )
    assert (
        format_figure("700000", "tonnes-co2", True, "es") == f"más de 700.000{NBSP}toneladas de CO₂"
    )
    assert format_figure("380000", "hectares", False, "es") == f"380.000{NBSP}hectáreas"


def test_very_large_numbers_keep_every_group():
    assert format_number(Decimal("123456789012"), "fr") == NBSP.join(["123", "456", "789", "012"])
    assert format_number(Decimal("123456789012"), "es") == "123.456.789.012"
