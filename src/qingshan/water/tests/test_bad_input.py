"""Implausible data, empty tables, formula cells and concurrent imports (#18): refused with the line, never a
traceback, nothing stored."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from qingshan.water import services
from qingshan.water.formats import WaterImportError, read_samples
from qingshan.water.models import WaterImport, WaterSample

from .test_water import HEADER, ROWS, national


@pytest.mark.parametrize(
    "row, expected",
    [
        (
            ROWS[0].replace("2.5,0.12", "2.5,999999"),
            "line 2, 氨氮(mg/L): '999999' is implausible (above 1000)",
        ),
        (ROWS[0].replace("2.5,0.12", "2.5,inf"), "line 2, 氨氮(mg/L): not a finite number: 'inf'"),
        (
            ROWS[0].replace("2.5,0.12", "1e400,0.12"),
            "line 2, 高锰酸盐指数(mg/L): not a finite number: '1e400'",
        ),
        (
            ROWS[0].replace("2025-07-01", "1999-12-31"),
            "line 2, 监测时间: '1999-12-31 08:00' is before 2000-01-01",
        ),
        (
            ROWS[0].replace("2025-07-01", "2999-07-01"),
            "line 2, 监测时间: '2999-07-01 08:00' is in the future",
        ),
    ],
)
def test_implausible_values_are_refused_naming_the_line(row, expected):
    with pytest.raises(WaterImportError) as exc:
        read_samples(national(row), name="bad.csv")
    assert expected in str(exc.value)


def test_manual_cod_ceiling():
    text = "断面名称,采样日期,化学需氧量\n金沙江龙洞,2025-07-10,1e12\n"
    with pytest.raises(WaterImportError, match=r"line 2, 化学需氧量: '1e12' is implausible \(above 10000\)"):
        read_samples(text.encode(), name="m.csv")


@pytest.mark.django_db
def test_header_only_is_not_an_import():
    with pytest.raises(WaterImportError, match="line 2: the table has a header but no data rows"):
        services.import_samples((HEADER + "\n").encode(), name="empty.csv")
    assert WaterImport.objects.count() == 0


def test_formula_cells_are_named(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["断面名称", "采样日期", "溶解氧", "氨氮"])
    ws.append(["金沙江龙洞", "2025-07-10", 6.5, "=B2*2"])
    path = tmp_path / "f.xlsx"
    wb.save(path)  # written by a program: the formula has no computed value
    with pytest.raises(WaterImportError, match="line 2, D2: a formula without a computed value"):
        read_samples(path)


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_imports_of_the_same_file(registry):
    data = national(*ROWS)
    results: list = []

    def run() -> None:
        try:
            results.append(services.import_samples(data, name="rt.csv"))
        except Exception as exc:  # the test asserts which exceptions, if any, happened
            results.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # the second waited for the first and found its rows stored (or was told the file is being imported)
    errors = [r for r in results if isinstance(r, Exception)]
    assert all(getattr(e, "code", None) == "water.import_busy" for e in errors), errors
    reports = [r for r in results if not isinstance(r, Exception)]
    assert sorted(r.created for r in reports)[-1] == 5 and sum(r.created for r in reports) == 5
    assert WaterSample.objects.count() == 5
