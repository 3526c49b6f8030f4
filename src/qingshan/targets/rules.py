"""The status of a target against its figures — rules people can read (pure Python, no Django).

A target (:class:`Goal`) is judged on yearly :class:`Observation` s of its indicator, as of a date. The rules, in
order (each :class:`Verdict` names the one that decided it, ``rule``, and the figures behind it):

``no-data``
    No figure for the year that decides the status (or no baseline for a "reduce by"/"increase by" target).
``year-over``
    The target year is over: its figure meets the target → **achieved**, else **missed**.
``good-day-budget`` (air good-day ratio, target year in progress)
    The year can afford ``allowed = N − ⌈t·N⌉`` non-good days (N days in the year, t the target ratio). Used up
    already → **missed** (the year can no longer reach it). Otherwise the non-good days so far are extrapolated at
    their current rate over the days left: within the allowance → **on track**; within 125 % of it → **at risk**;
    beyond → **off track**.
``year-to-date`` (any other indicator, target year in progress)
    The year-to-date figure meets the target → **on track**; misses by at most 10 % of the target value →
    **at risk**; by more → **off track**.
``progress`` (a target for a later year; after Open SDG / Statistics Canada's progress measure)
    The latest complete year already meets the target → **achieved** (to be held until the target year).
    Otherwise R = observed growth / required growth, each as a compound annual growth rate from the baseline
    year (the target's baseline year, else the earliest year with a figure): CAGRᵢ = (yᵢ/y₀)^(1/(tᵢ−t₀)) − 1,
    CAGRₜ = (y*/y₀)^(1/(t*−t₀)) − 1 (linear rates where a value is 0). R ≥ 0.95 → **on track**;
    0.6 ≤ R < 0.95 → **at risk** (progress made, acceleration needed); R < 0.6 → **off track** (limited progress
    or deterioration).
``single-point``
    A target for a later year with a figure for one year only: no trend yet, so judged like ``year-to-date`` on
    the gap between that figure and the target.

A target without a year (a standing target, e.g. "确保全市集中式饮用水水源地水质达标率100%") is judged each year:
the current year by ``year-to-date`` if it has figures, else the latest complete year by ``year-over``.

**Validity.** An observation may say its statistic is invalid (``Observation.valid`` False: for air, GB 3095
Table 4 is not met over the year — a month with too few or no daily values, or fewer than 324 in the year). A
verdict that rests on such a figure keeps its status but carries a ``caveat`` naming the year and why, and
``figures["statistic_valid"]`` is False: a person sees "已达成/未完成 (数据不足)" and never a bare verdict.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import MAXYEAR, MINYEAR, date
from enum import StrEnum


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    MISSED = "missed"
    NO_DATA = "no_data"


STATUS_ZH = {
    Status.ACHIEVED: "已达成",
    Status.ON_TRACK: "进度正常",
    Status.AT_RISK: "存在风险",
    Status.OFF_TRACK: "进度滞后",
    Status.MISSED: "未完成",
    Status.NO_DATA: "无数据",
}
STATUS_EN = {
    Status.ACHIEVED: "achieved",
    Status.ON_TRACK: "on track",
    Status.AT_RISK: "at risk",
    Status.OFF_TRACK: "off track",
    Status.MISSED: "missed",
    Status.NO_DATA: "no data",
}
#: Traffic-light colours (green, light green, amber, orange, red, grey).
STATUS_COLOUR = {
    Status.ACHIEVED: "#1a7f37",
    Status.ON_TRACK: "#4ac26b",
    Status.AT_RISK: "#d4a72c",
    Status.OFF_TRACK: "#e16f24",
    Status.MISSED: "#cf222e",
    Status.NO_DATA: "#8c959f",
}
#: Worst first: the order boards sort by.
SEVERITY = [Status.MISSED, Status.OFF_TRACK, Status.AT_RISK, Status.NO_DATA, Status.ON_TRACK, Status.ACHIEVED]

AT_RISK_GAP = 0.10  # year-to-date / single point: a miss by ≤ 10 % of the target value is "at risk"
BUDGET_RISK = 1.25  # good-day budget: projected non-good days ≤ 125 % of the allowance is "at risk"
R_ON_TRACK, R_AT_RISK = 0.95, 0.60  # Open SDG progress thresholds
EPS = 1e-9

OP_TEXT = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


@dataclass(frozen=True)
class Goal:
    """A plan target as the rules see it (``value`` in the indicator's unit; percentages as 0–100)."""

    comparator: str  # >=, >, <=, <, =, reduce_by, increase_by, eliminate
    value: float | None
    direction: str  # "higher" | "lower": which way the indicator improves
    year: int | None = None
    baseline_year: int | None = None
    value_max: float | None = None
    unit: str = ""
    aspirational: bool = False


@dataclass(frozen=True)
class Observation:
    """The figure of one year (to date, while the year runs). ``value`` None: no figure."""

    year: int
    value: float | None
    complete: bool = True  # the year is over as of the evaluation date
    days: int | None = None  # days covered by data (air)
    detail: dict = field(default_factory=dict)  # e.g. good/valid days, the other standard version's figure
    valid: bool = True  # the statistic meets its data-validity rule (air: GB 3095 Table 4)
    validity: str = ""  # why not, when not


@dataclass(frozen=True)
class DayCounts:
    """Days of a running year for the good-day budget."""

    days_in_year: int
    days_elapsed: int
    valid_days: int  # days with an AQI so far
    good_days: int


@dataclass
class Verdict:
    status: Status
    rule: str
    reason: str
    figures: dict = field(default_factory=dict)
    caveat: str = ""  # the figure it rests on is not a valid statistic (see the module note)

    @property
    def label(self) -> str:
        return STATUS_ZH[self.status] + (f"({CAVEAT_ZH})" if self.caveat else "")

    @property
    def provisional(self) -> bool:
        return bool(self.caveat)

    def as_dict(self) -> dict:
        return {
            "status": str(self.status),
            "rule": self.rule,
            "reason": self.reason,
            "figures": self.figures,
            "statistic_valid": not self.caveat,
            "caveat": self.caveat,
        }


CAVEAT_ZH = "数据不足"


def _with_validity(v: Verdict, used: list[Observation]) -> Verdict:
    """Flag a verdict that rests on an invalid statistic: it says so, in its reason and figures."""
    bad = [o for o in used if not o.valid]
    if not bad or v.status == Status.NO_DATA:
        return v
    v.caveat = ";".join(f"{o.year}年{o.validity or '数据不满足有效性要求'}" for o in bad) + ",结论仅供参考"
    v.reason += f"({v.caveat})"
    v.figures["statistic_valid"] = False
    return v


def threshold(goal: Goal, baseline: float | None = None) -> tuple[str, float] | None:
    """The comparison a figure must pass: (operator, value). None when it needs a baseline that is missing or the
    target has no value. '=' is read in the indicator's good direction ('达到70%左右' → ≥ 70); a range '1—2'
    needs its lower end; 'eliminate' is ≤ 0; 'reduce/increase by' are relative to the baseline figure (a
    percentage when the unit is %, else an amount)."""
    c, v = goal.comparator, goal.value
    if c == "eliminate":
        return "<=", 0.0
    if v is None:
        return None
    if c in OP_TEXT:
        return c, float(v)
    if c == "=":
        return (">=" if goal.direction == "higher" else "<="), float(v)
    if c in ("reduce_by", "increase_by"):
        if baseline is None:
            return None
        sign = -1 if c == "reduce_by" else 1
        t = baseline * (1 + sign * v / 100) if goal.unit.strip() in ("%", "％") else baseline + sign * v
        return ("<=" if c == "reduce_by" else ">="), t
    return None


def meets(value: float, op: str, t: float) -> bool:
    return {
        ">=": value >= t - EPS,
        ">": value > t + EPS,
        "<=": value <= t + EPS,
        "<": value < t - EPS,
    }[op]


def _gap(value: float, op: str, t: float) -> float:
    """How far a figure misses, relative to the target value (0 when it meets)."""
    if meets(value, op, t):
        return 0.0
    return abs(value - t) / (abs(t) if abs(t) > EPS else 1.0)


def _fmt(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:.4g}" if abs(x) < 1000 else f"{x:,.0f}"


def judge(
    goal: Goal,
    observations: dict[int, Observation],
    as_of: date,
    days: dict[int, DayCounts] | None = None,
) -> Verdict:
    """The status of ``goal`` as of ``as_of`` from yearly ``observations`` (and, for the good-day ratio, the day
    counts of running years); flagged when a figure it rests on is not a valid statistic."""
    used: list[Observation] = []
    verdict = _judge(goal, observations, as_of, days, used)
    return _with_validity(verdict, used)


def _judge(
    goal: Goal,
    observations: dict[int, Observation],
    as_of: date,
    days: dict[int, DayCounts] | None,
    used: list[Observation],
) -> Verdict:
    obs = {y: o for y, o in observations.items() if o.value is not None}
    base_year = goal.baseline_year
    baseline = obs[base_year].value if base_year in obs else None
    th = threshold(goal, baseline)
    unit = goal.unit
    if th is None:
        if goal.comparator in ("reduce_by", "increase_by"):
            return Verdict(
                Status.NO_DATA,
                "no-data",
                f"缺少基准年({base_year or '未注明'})的数据,无法换算目标值",
                {"baseline_year": base_year},
            )
        return Verdict(Status.NO_DATA, "no-data", "目标没有数值", {})
    op, t = th
    figs = {"operator": op, "threshold": round(t, 6), "unit": unit}
    if baseline is not None:
        figs["baseline"] = {"year": base_year, "value": baseline}
    target_text = f"{OP_TEXT[op]}{_fmt(t)}{unit}"

    year = goal.year
    if year is None:  # a standing target: this year if it has figures, else the latest complete year
        if as_of.year in obs:
            year = as_of.year
        else:
            done = [y for y, o in obs.items() if o.complete and y < as_of.year]
            if not done:
                return Verdict(Status.NO_DATA, "no-data", "常态目标:尚无任何年度数据", figs)
            year = max(done)
        figs["standing_target_year"] = year

    if not MINYEAR <= year < MAXYEAR:  # stored before the year validators (99999): no data, never a 500
        return Verdict(Status.NO_DATA, "bad-year", f"目标年{year}不是有效的年份,请更正", figs)
    if as_of > date(year, 12, 31):
        o = obs.get(year)
        if o is None:
            latest = max(obs) if obs else None
            more = f";最近数据为{latest}年 {_fmt(obs[latest].value)}{unit}" if latest else ""
            return Verdict(Status.NO_DATA, "no-data", f"目标年{year}年没有数据{more}", figs)
        ok = meets(o.value, op, t)
        used.append(o)
        figs.update(_obs_figs(o))
        cover = f"(数据覆盖 {o.days} 天)" if o.days is not None else ""
        return Verdict(
            Status.ACHIEVED if ok else Status.MISSED,
            "year-over",
            f"目标年已结束:{year}年实测 {_fmt(o.value)}{unit}{cover},目标 {target_text},"
            + ("已达到" if ok else "未达到"),
            figs,
        )

    if as_of.year == year:
        o = obs.get(year)
        if o is None:
            return Verdict(Status.NO_DATA, "no-data", f"{year}年尚无数据", figs)
        used.append(o)
        figs.update(_obs_figs(o))
        if days and year in days and op in (">=", ">"):
            return _budget(goal, t, op, days[year], figs, unit)
        return _gap_verdict(o, op, t, unit, "year-to-date", f"{year}年截至{as_of:%m月%d日}累计", figs)

    # A target for a later year: the trend so far.
    done = sorted(y for y, o in obs.items() if o.complete and y < year)
    current = done[-1] if done else (as_of.year if as_of.year in obs else None)
    if current is None:
        return Verdict(Status.NO_DATA, "no-data", f"目标年{year}年之前尚无数据", figs)
    oc = obs[current]
    used.append(oc)
    figs.update(_obs_figs(oc))
    if meets(oc.value, op, t):
        return Verdict(
            Status.ACHIEVED,
            "progress",
            f"{current}年实测 {_fmt(oc.value)}{unit} 已达到 {year}年目标 {target_text},须保持至目标年",
            figs,
        )
    y0 = base_year if base_year in obs and base_year < current else (done[0] if done else None)
    if y0 is None or y0 >= current:
        return _gap_verdict(
            oc, op, t, unit, "single-point", f"仅有{current}年数据,尚无趋势;{current}年", figs
        )
    used.append(obs[y0])
    v0, vc = obs[y0].value, oc.value
    r, how = progress_ratio(v0, y0, vc, current, t, year)
    figs["progress"] = {"baseline_year": y0, "baseline": v0, "ratio": None if r is None else round(r, 3)}
    figs["progress"]["method"] = how
    if r is None:
        return _gap_verdict(oc, op, t, unit, "single-point", f"基准年已达到目标值,{current}年", figs)
    status = Status.ON_TRACK if r >= R_ON_TRACK else Status.AT_RISK if r >= R_AT_RISK else Status.OFF_TRACK
    words = {
        Status.ON_TRACK: "进展足以按期达到",
        Status.AT_RISK: "有进展但需加快",
        Status.OFF_TRACK: "进展有限" if r >= 0 else "反向变化(恶化)",
    }[status]
    return Verdict(
        status,
        "progress",
        f"{y0}年 {_fmt(v0)}{unit} → {current}年 {_fmt(vc)}{unit},目标 {year}年 {target_text};"
        f"实际变化速度为所需速度的 {r:.0%}({words})",
        figs,
    )


def progress_ratio(
    v0: float, t0: int, vi: float, ti: int, target: float, t_target: int
) -> tuple[float | None, str]:
    """R = observed / required growth rate (Open SDG): compound annual rates when every value is positive, else
    linear rates. None when no growth is required (the baseline already meets the target value)."""
    if ti <= t0 or t_target <= t0:
        return None, "none"
    if v0 > 0 and vi > 0 and target > 0:
        observed = (vi / v0) ** (1 / (ti - t0)) - 1
        required = (target / v0) ** (1 / (t_target - t0)) - 1
        how = "cagr"
    else:
        observed = (vi - v0) / (ti - t0)
        required = (target - v0) / (t_target - t0)
        how = "linear"
    if abs(required) < EPS:
        return None, how
    return observed / required, how


def _obs_figs(o: Observation) -> dict:
    out = {"year": o.year, "value": o.value, "complete": o.complete}
    if o.days is not None:
        out["days"] = o.days
    out.update(o.detail)
    return out


def _gap_verdict(o: Observation, op: str, t: float, unit: str, rule: str, lead: str, figs: dict) -> Verdict:
    g = _gap(o.value, op, t)
    figs["gap"] = round(g, 4)
    target_text = f"{OP_TEXT[op]}{_fmt(t)}{unit}"
    if g == 0:
        return Verdict(
            Status.ON_TRACK, rule, f"{lead} {_fmt(o.value)}{unit},目标 {target_text},目前达到", figs
        )
    status = Status.AT_RISK if g <= AT_RISK_GAP else Status.OFF_TRACK
    return Verdict(
        status,
        rule,
        f"{lead} {_fmt(o.value)}{unit},目标 {target_text},差距为目标值的 {g:.1%}"
        f"({'≤' if status == Status.AT_RISK else '>'}{AT_RISK_GAP:.0%})",
        figs,
    )


def allowed_bad_days(ratio_pct: float, days_in_year: int, strict: bool = False) -> int:
    """Non-good days a year can afford and still reach a good-day ratio of ``ratio_pct`` % (≥, or > when
    ``strict``), counting every day of the year."""
    need = ratio_pct / 100 * days_in_year
    good_needed = math.floor(need + EPS) + 1 if strict else math.ceil(need - EPS)
    return max(days_in_year - good_needed, -1)


def _budget(goal: Goal, t: float, op: str, d: DayCounts, figs: dict, unit: str) -> Verdict:
    allowed = allowed_bad_days(t, d.days_in_year, strict=(op == ">"))
    bad = d.valid_days - d.good_days
    left_days = max(d.days_in_year - d.days_elapsed, 0)
    rate = bad / d.valid_days if d.valid_days else 0.0
    projected = bad + rate * left_days
    figs.update(
        {
            "allowed_non_good_days": allowed,
            "non_good_days": bad,
            "budget_left": allowed - bad,
            "days_left": left_days,
            "projected_non_good_days": round(projected, 1),
        }
    )
    head = (
        f"全年 {d.days_in_year} 天按 {OP_TEXT[op]}{_fmt(t)}% 可承受非优良天数 {allowed} 天,"
        f"已出现 {bad} 天(有效 {d.valid_days} 天中优良 {d.good_days} 天)"
    )
    if bad > allowed:
        return Verdict(Status.MISSED, "good-day-budget", head + ",已超出,全年目标无法实现", figs)
    tail = f";按目前比率推算全年约 {projected:.0f} 天,剩余 {left_days} 天可再承受 {allowed - bad} 天"
    if projected <= allowed + EPS:
        status = Status.ON_TRACK
    elif projected <= allowed * BUDGET_RISK + EPS:
        status = Status.AT_RISK
    else:
        status = Status.OFF_TRACK
    return Verdict(status, "good-day-budget", head + tail, figs)
