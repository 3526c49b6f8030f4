"""Every automatic assessment rule on a case computed by hand (``assessment.rules`` is pure: no database)."""

from __future__ import annotations

import pytest

from qingshan.assessment import rules as R


def rec(kind: str, ref: str) -> R.Record:
    return R.Record(kind, ref, f"{kind} {ref}")


def item(code, rule, max_points, each=0.0, applies_to="all", **params) -> R.Item:
    return R.Item(code, code, max_points, rule, each, applies_to, tuple(sorted(params.items())))


def dept(uid=1, name="甲局", **kw) -> R.Facts:
    return R.Facts(uid, name, "department", **kw)


def county(uid, name, **kw) -> R.Facts:
    return R.Facts(uid, name, "county", **kw)


def only(sheets, uid) -> R.Sheet:
    return next(s for s in sheets if s.unit_id == uid)


def test_overdue_task_deducts_each_and_names_the_record():
    # 25 points, −2 per overdue task, 3 overdue tasks: 25 − 3 × 2 = 19
    f = dept(overdue_tasks=(rec("task", "11"), rec("task", "12"), rec("task", "13")))
    [s] = R.score([item("tasks", "overdue_task", 25, 2)], [f])
    it = s.item("tasks")
    assert it.points == 19 and s.total == 19
    assert [(ln.rule, ln.points, ln.record.ref) for ln in it.lines] == [
        ("overdue_task", -2, "11"), ("overdue_task", -2, "12"), ("overdue_task", -2, "13"),
    ]  # fmt: skip


def test_deductions_stop_at_zero():
    # 10 points, −4 per item, 3 items: 10 − 12 → 0 (扣完为止), the three records still listed
    f = dept(lagging_rectifications=(rec("rectification", "1"), rec("rectification", "2"), rec("rectification", "3")))
    [s] = R.score([item("rect", "lagging_rectification", 10, 4)], [f])
    assert s.item("rect").points == 0 and s.item("rect").note == "floored" and len(s.item("rect").lines) == 3


def test_overdue_report_and_lagging_target():
    # reports 10 − 0.5 × 3 = 8.5; targets 15 − 3 × 2 = 9
    f = dept(
        overdue_reports=(rec("report", "5:2024-01-01"), rec("report", "5:2024-04-01"), rec("report", "6:2024-01-01")),
        lagging_targets=(rec("target", "7"), rec("target", "8")),
    )
    [s] = R.score([item("reports", "overdue_report", 10, 0.5), item("targets", "lagging_target", 15, 3)], [f])
    assert (s.item("reports").points, s.item("targets").points, s.total) == (8.5, 9, 17.5)


def test_notices_count_at_the_rung_the_item_names():
    # letters: 10 − 2 × 2 = 6 (two letters); interviews: 10 − 5 × 1 = 5; the reminder counts for neither
    f = dept(
        notices=(
            R.NoticeFact("reminder", rec("notice", "1")),
            R.NoticeFact("letter", rec("notice", "1")),
            R.NoticeFact("letter", rec("notice", "2")),
            R.NoticeFact("interview", rec("notice", "2")),
        )
    )
    items = [item("letters", "notice", 10, 2, rung="letter"), item("talks", "notice", 10, 5, rung="interview")]
    [s] = R.score(items, [f])
    assert (s.item("letters").points, s.item("talks").points) == (6, 5)
    assert [ln.record.ref for ln in s.item("letters").lines] == ["1", "2"]


def test_water_sections_missing_their_target():
    # 5 points, −2.5 per section missing: one misses, one meets, one without a verdict → 2.5
    f = county(
        2,
        "东区",
        water=(R.WaterFact(False, rec("water", "1")), R.WaterFact(True, rec("water", "2")), R.WaterFact(None, rec("water", "3"))),
    )
    [s] = R.score([item("water", "water_compliance", 5, 2.5, "county")], [f])
    assert s.item("water").points == 2.5 and [ln.record.ref for ln in s.item("water").lines] == ["1"]


def test_air_rank_points_by_rank_with_ties():
    # composite indices: A 3.1, B 3.5, C 3.5, D 4.0 → ranks 1, 2, 2, 4 → points 5, 4, 4, 2; E has no figure → 0
    table = [5, 4, 3, 2, 1]
    facts = [
        county(1, "A", air=R.AirFact(3.1, 3.3, rec("air", "1"))),
        county(2, "B", air=R.AirFact(3.5, 3.4, rec("air", "2"))),
        county(3, "C", air=R.AirFact(3.5, None, rec("air", "3"))),
        county(4, "D", air=R.AirFact(4.0, 4.4, rec("air", "4"))),
        county(5, "E"),
    ]
    sheets = R.score([item("air", "air_rank", 5, applies_to="county", points_by_rank=table)], facts)
    assert [only(sheets, u).item("air").points for u in (1, 2, 3, 4, 5)] == [5, 4, 4, 2, 0]
    assert only(sheets, 4).item("air").lines[0].why == {"rank": 4, "of": 4, "composite": 4.0}
    assert only(sheets, 5).item("air").note == "no_figure"


def test_air_improvement_per_percent_capped():
    # A: 4.0 → 3.6 is 10 % better → 10 × 1 = 10, capped at 5; B: 3.0 → 2.94 is 2 % → 2; C worse → 0; D no last year
    facts = [
        county(1, "A", air=R.AirFact(3.6, 4.0, rec("air", "1"))),
        county(2, "B", air=R.AirFact(2.94, 3.0, rec("air", "2"))),
        county(3, "C", air=R.AirFact(3.3, 3.0, rec("air", "3"))),
        county(4, "D", air=R.AirFact(3.3, None, rec("air", "4"))),
    ]
    sheets = R.score([item("imp", "air_improvement", 5, 1, "county")], facts)
    assert [only(sheets, u).item("imp").points for u in (1, 2, 3, 4)] == [5, 2, 0, 0]
    assert only(sheets, 1).item("imp").note == "capped" and only(sheets, 1).item("imp").lines[0].why["percent"] == 10
    assert only(sheets, 4).item("imp").note == "no_figure"


def test_manual_scores_and_objection_adjustments():
    # manual 10: scored 12 → clipped to 10; adjustment −3 → 7. Another unit unscored → 0 ("not scored").
    # tasks 25 − 2 = 23, then an upheld objection gives back 2 → 25 (never above the maximum: +5 → 25)
    a = dept(
        1,
        "甲局",
        overdue_tasks=(rec("task", "1"),),
        manual=(R.Scored("work", 12, rec("manual", "1")),),
        adjustments=(R.Scored("work", -3, rec("objection", "1")), R.Scored("tasks", 5, rec("objection", "2"))),
    )
    b = dept(2, "乙局")
    items = [item("tasks", "overdue_task", 25, 2), item("work", "manual", 10)]
    sheets = R.score(items, [a, b])
    sa, sb = only(sheets, 1), only(sheets, 2)
    assert (sa.item("tasks").points, sa.item("work").points, sa.total) == (25, 7, 32)
    assert [ln.rule for ln in sa.item("work").lines] == ["manual", "adjustment"]
    assert sb.item("work").points == 0 and sb.item("work").note == "not_scored" and sb.total == 25


def test_items_apply_by_kind_and_units_rank_within_their_kind():
    items = [
        item("tasks", "overdue_task", 20, 5),
        item("targets", "lagging_target", 10, 5, "department"),
        item("water", "water_compliance", 10, 5, "county"),
    ]
    facts = [
        dept(1, "甲局", overdue_tasks=(rec("task", "1"),)),  # 15 + 10 = 25
        dept(2, "乙局"),  # 30
        dept(3, "丙局", lagging_targets=(rec("target", "1"),), overdue_tasks=(rec("task", "2"),)),  # 15 + 5 = 20
        county(4, "东区", water=(R.WaterFact(False, rec("water", "1")),)),  # 20 + 5 = 25
        county(5, "西区", overdue_tasks=(rec("task", "3"),)),  # 15 + 10 = 25
    ]
    sheets = R.score(items, facts)
    assert [(s.name, s.total, s.rank) for s in sheets] == [
        ("东区", 25, 1), ("西区", 25, 1), ("乙局", 30, 1), ("甲局", 25, 2), ("丙局", 20, 3),
    ]  # fmt: skip
    assert {i.code for i in only(sheets, 4).items} == {"tasks", "water"}
    assert {i.code for i in only(sheets, 1).items} == {"tasks", "targets"}


@pytest.mark.parametrize(
    "items, code",
    [
        ([item("a", "overdue_task", 10, 1), item("a", "overdue_report", 10, 1)], "assessment.scheme.duplicate_code"),
        ([item("a", "bribery", 10, 1)], "assessment.scheme.unknown_rule"),
        ([item("a", "overdue_task", 0, 1)], "assessment.scheme.bad_points"),
        ([item("a", "overdue_task", 10, -1)], "assessment.scheme.bad_points"),
        ([item("a", "overdue_task", 10, 1, "province")], "assessment.scheme.bad_applies_to"),
        ([item("a", "air_rank", 10)], "assessment.scheme.no_rank_points"),
        ([item("a", "notice", 10, 1)], "assessment.scheme.no_rung"),
    ],
)
def test_schemes_that_cannot_be_scored(items, code):
    with pytest.raises(R.SchemeError) as exc:
        R.score(items, [dept()])
    assert exc.value.code == code


def test_the_rule_module_needs_no_django():
    import subprocess
    import sys

    code = "import sys; import qingshan.assessment.rules; assert 'django' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
