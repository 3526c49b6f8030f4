"""The status rules (targets/rules.py), each pinned by a hand-computed case."""

from __future__ import annotations

from datetime import date

import pytest

from qingshan.targets.rules import (
    DayCounts,
    Goal,
    Observation,
    Status,
    allowed_bad_days,
    judge,
    progress_ratio,
    threshold,
)

GOOD = Goal(">=", 75.0, "higher", year=2025, unit="%")
PM25 = Goal("<", 41.0, "lower", year=2025, unit="微克/立方米")


def obs(year: int, value: float | None, complete: bool = True, **detail) -> Observation:
    return Observation(year, value, complete, None, detail)


def test_year_over_achieved_and_missed():
    v = judge(PM25, {2025: obs(2025, 40.9)}, date(2026, 3, 1))
    assert (v.status, v.rule) == (Status.ACHIEVED, "year-over")
    v = judge(PM25, {2025: obs(2025, 41.0)}, date(2026, 3, 1))  # "低于41": 41 itself misses
    assert v.status == Status.MISSED and "41" in v.reason
    assert v.figures["threshold"] == 41.0 and v.figures["operator"] == "<"


def test_year_over_without_its_figure_is_no_data_and_names_the_latest():
    v = judge(PM25, {2024: obs(2024, 39.0)}, date(2026, 3, 1))
    assert v.status == Status.NO_DATA and "2024" in v.reason


@pytest.mark.parametrize(
    "value, status",
    [(40.0, Status.ON_TRACK), (44.0, Status.AT_RISK), (45.1, Status.OFF_TRACK)],  # 45.1 = 41 × 1.10 + 0.0
)
def test_year_to_date_gap_rule(value, status):
    v = judge(PM25, {2025: obs(2025, value, complete=False)}, date(2025, 8, 31))
    assert (v.status, v.rule) == (status, "year-to-date")


def test_allowed_bad_days_hand_computed():
    # 97 % of 366 days = 355.02 good days → 356 needed → 10 non-good days affordable.
    assert allowed_bad_days(97, 366) == 10
    # 75 % of 365 = 273.75 → 274 good → 91 non-good.
    assert allowed_bad_days(75, 365) == 91
    # strictly more than 80 % of 365 = 292 → 293 good → 72.
    assert allowed_bad_days(80, 365, strict=True) == 72


def test_good_day_budget():
    counts = {2025: DayCounts(365, 243, 240, 200)}  # to 31 Aug: 40 non-good days of 240 valid
    v = judge(GOOD, {2025: obs(2025, 83.3, complete=False)}, date(2025, 8, 31), counts)
    # rate 40/240 × 122 days left = 20.3 → 60.3 ≤ 91 allowed
    assert (v.status, v.rule) == (Status.ON_TRACK, "good-day-budget")
    assert v.figures["allowed_non_good_days"] == 91 and v.figures["budget_left"] == 51
    counts = {2025: DayCounts(365, 243, 240, 170)}  # 70 non-good: 70 + 70/240 × 122 = 105.6 ≤ 113.75
    assert judge(GOOD, {2025: obs(2025, 70.8, False)}, date(2025, 8, 31), counts).status == Status.AT_RISK
    counts = {2025: DayCounts(365, 243, 240, 160)}  # 80 non-good → 120.7 > 113.75
    assert judge(GOOD, {2025: obs(2025, 66.7, False)}, date(2025, 8, 31), counts).status == Status.OFF_TRACK
    counts = {2025: DayCounts(365, 243, 240, 148)}  # 92 > 91 already: the year cannot make it
    v = judge(GOOD, {2025: obs(2025, 61.7, False)}, date(2025, 8, 31), counts)
    assert v.status == Status.MISSED and "无法实现" in v.reason


def test_progress_ratio_open_sdg():
    # 60 → 50 in 2 years (2020→2022), target 35 in 2025: CAGR_i = (50/60)^(1/2) − 1 = −0.08713;
    # CAGR_T = (35/60)^(1/5) − 1 = −0.10219; R = 0.8526
    r, how = progress_ratio(60, 2020, 50, 2022, 35, 2025)
    assert how == "cagr" and r == pytest.approx(0.8526, abs=5e-4)
    r, how = progress_ratio(10, 2020, 5, 2022, 0, 2024)  # a target of 0: linear rates, −2.5 / −2.5
    assert how == "linear" and r == pytest.approx(1.0)


def test_multi_year_progress_statuses():
    goal = Goal("<=", 35.0, "lower", year=2027, unit="微克/立方米")
    series = {2022: obs(2022, 60.0), 2023: obs(2023, 55.0), 2024: obs(2024, 50.0)}
    v = judge(goal, series, date(2025, 5, 1))  # R = ((50/60)^(1/2)−1)/((35/60)^(1/5)−1) = 0.8526
    assert (v.status, v.rule) == (Status.AT_RISK, "progress")
    assert v.figures["progress"]["ratio"] == pytest.approx(0.853, abs=1e-3)
    series[2024] = obs(2024, 47.0)  # R = −0.11494 / −0.10219 = 1.125
    assert judge(goal, series, date(2025, 5, 1)).status == Status.ON_TRACK
    series[2024] = obs(2024, 62.0)  # worse than the baseline
    v = judge(goal, series, date(2025, 5, 1))
    assert v.status == Status.OFF_TRACK and "恶化" in v.reason
    series[2024] = obs(2024, 34.0)
    assert judge(goal, series, date(2025, 5, 1)).status == Status.ACHIEVED


def test_single_point_has_no_trend():
    goal = Goal("<=", 35.0, "lower", year=2027, unit="微克/立方米")
    v = judge(goal, {2025: obs(2025, 75.2)}, date(2026, 11, 23))
    assert (v.status, v.rule) == (Status.OFF_TRACK, "single-point") and "尚无趋势" in v.reason


def test_reduce_by_needs_its_baseline():
    goal = Goal("reduce_by", 10.0, "lower", year=2025, baseline_year=2020, unit="%")
    assert threshold(goal, 50.0) == ("<=", 45.0)
    v = judge(goal, {2025: obs(2025, 44.0)}, date(2026, 1, 10))
    assert v.status == Status.NO_DATA and "基准年" in v.reason
    v = judge(goal, {2020: obs(2020, 50.0), 2025: obs(2025, 44.0)}, date(2026, 1, 10))
    assert v.status == Status.ACHIEVED
    # the plan's own figure for the base year (its 现状值) stands in when the data hold none for that year
    stated = Goal("reduce_by", 10.0, "lower", year=2025, baseline_year=2020, unit="%", baseline_value=50.0)
    v = judge(stated, {2025: obs(2025, 44.0)}, date(2026, 1, 10))
    assert v.status == Status.ACHIEVED and v.figures["baseline"] == {"year": 2020, "value": 50.0, "stated_in_plan": True}
    v = judge(stated, {2020: obs(2020, 40.0), 2025: obs(2025, 44.0)}, date(2026, 1, 10))  # measured first: ≤ 36
    assert v.status != Status.ACHIEVED and v.figures["baseline"]["stated_in_plan"] is False
    amount = Goal("increase_by", 800.0, "higher", year=2025, baseline_year=2020, unit="万吨")
    assert threshold(amount, 1000.0) == (">=", 1800.0)


def test_eliminate_and_about_equal():
    worse_v = Goal("eliminate", None, "lower", year=2024, unit="")
    assert judge(worse_v, {2024: obs(2024, 0.0)}, date(2025, 1, 2)).status == Status.ACHIEVED
    assert judge(worse_v, {2024: obs(2024, 12.5)}, date(2025, 1, 2)).status == Status.MISSED
    about = Goal("=", 70.0, "higher", year=2024, unit="%")  # "达到70%左右"
    assert threshold(about) == (">=", 70.0)


def test_standing_target_uses_this_year_or_the_last_complete_one():
    goal = Goal(">=", 100.0, "higher", year=None, unit="%")
    v = judge(goal, {2024: obs(2024, 100.0)}, date(2025, 6, 1))
    assert v.status == Status.ACHIEVED and v.figures["standing_target_year"] == 2024
    v = judge(goal, {2024: obs(2024, 100.0), 2025: obs(2025, 96.0, False)}, date(2025, 6, 1))
    assert (v.status, v.rule) == (Status.AT_RISK, "year-to-date")


def test_no_value_no_figures():
    assert judge(Goal(">=", None, "higher", 2025), {}, date(2025, 1, 1)).status == Status.NO_DATA
    assert judge(GOOD, {}, date(2025, 6, 1)).status == Status.NO_DATA


def test_nested_figures_read_as_words():
    """Walkthrough finding: the baseline row read "year 2020 · value 34.0 · stated_in_plan True"."""
    from django.utils import translation

    from qingshan.targets.rules import figure_rows

    figures = {"baseline": {"year": 2020, "value": 34.0, "stated_in_plan": True}, "by_version": {"2012": 88.0}}
    with translation.override("en"):
        assert figure_rows(figures) == [("baseline", "year 2020 · figure 34 · as the plan states yes"),
                                        ("by HJ 633 text", "2012 88")]
    with translation.override("zh-hans"):
        rows = dict(figure_rows(figures))
        assert rows["基准年"] == "年份 2020 · 数值 34 · 方案所列 是"
