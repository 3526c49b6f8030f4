"""Deadlines as written in the seed plans → dates (planreader/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from qingshan.planreader.dates import due_date, plan_end_year


@pytest.mark.parametrize(
    "text, year, expected",
    [
        ("2024年底前", None, date(2024, 12, 31)),
        ("到2020年", None, date(2020, 12, 31)),
        ("于2020年底前", None, date(2020, 12, 31)),
        ("2019年6月底", None, date(2019, 6, 30)),
        ("2024年2月", None, date(2024, 2, 29)),
        ("2025年3月15日前", None, date(2025, 3, 15)),
        ("12月1日前", 2024, date(2024, 12, 1)),
        ("6月底前", 2023, date(2023, 6, 30)),
        ("年内", 2024, date(2024, 12, 31)),
        ("12月1日前", None, None),  # no year to put it in
        ("长期坚持", 2024, None),
        ("", 2024, None),
        ("2月30日", 2024, None),  # not a date
        ("2025年第三季度", None, date(2025, 9, 30)),  # a quarter ends with its third month (it gave 31 December)
        ("2025年一季度末", None, date(2025, 3, 31)),
        ("2024年上半年", None, date(2024, 6, 30)),
        ("2024年下半年", None, date(2024, 12, 31)),
    ],
)
def test_due_date(text, year, expected):
    assert due_date(text, year) == expected


def test_plan_end_year():
    assert plan_end_year("禄丰市生态文明建设巩固提升三年行动计划实施方案(2022—2024)", []) == 2024
    assert plan_end_year("攀枝花市友好生态环境建设2024年度实施方案", [2030]) == 2024
    assert (
        plan_end_year("关于全面加强生态环境保护坚决打好污染防治攻坚战的实施意见", [2020, 2020, 2035, None])
        == 2020
    )
    assert plan_end_year("创建国家生态文明建设示范市工作方案", [None, None]) is None
