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


def N_(msgid: str) -> str:
    """Marks a message for the translation catalogue (``makemessages --keyword=N_``) without translating it here:
    this module is pure Python; the platform translates when a text is shown (:data:`translate`)."""
    return msgid


#: How messages become text. Identity here (English); ``TargetsConfig.ready`` sets it to Django's ``gettext``, so a
#: verdict's reason is rendered in the language active where it is read — never frozen into a cache.
translate = N_

#: Msg: a message template (an English msgid with ``%(name)s`` placeholders) and its parameters.
Msg = tuple[str, dict]

STATUS_LABEL = {
    Status.ACHIEVED: N_("achieved"),
    Status.ON_TRACK: N_("on track"),
    Status.AT_RISK: N_("at risk"),
    Status.OFF_TRACK: N_("off track"),
    Status.MISSED: N_("missed"),
    Status.NO_DATA: N_("no data"),
}
RULE_LABEL = {
    "no-data": N_("no data"),
    "bad-year": N_("not a valid year"),
    "year-over": N_("target year over"),
    "year-to-date": N_("year to date"),
    "good-day-budget": N_("good-day budget"),
    "progress": N_("progress towards a later year"),
    "single-point": N_("one year of data"),
}


#: The rule book for readers (the Excel export's 说明 sheet, the target pages), in the order the rules apply.
RULE_BOOK = [
    ("no-data", N_("No figure for the year that decides the status, or no baseline for a “reduce by” or "
                   "“increase by” target.")),
    ("year-over", N_("The target year is over: its figure meets the target → achieved, else missed.")),
    ("good-day-budget", N_("Good-day ratio in its target year: the year can afford N − ⌈t·N⌉ non-good days. Used "
                           "up → missed; otherwise the non-good days so far are extrapolated: within the allowance → "
                           "on track, within 125 % of it → at risk, beyond → off track.")),
    ("year-to-date", N_("Any other indicator in its target year: the figure so far meets the target → on track; "
                        "misses by at most 10 % of the target value → at risk; by more → off track.")),
    ("progress", N_("A target for a later year (Open SDG progress measure): R = observed ÷ required compound annual "
                    "growth since the baseline year. R ≥ 0.95 → on track; 0.6–0.95 → at risk; below → off track. "
                    "Already meeting the target → achieved, to be held.")),
    ("single-point", N_("A target for a later year with one year of figures: no trend yet, judged on the gap as "
                        "for the year to date.")),
    ("validity", N_("A figure that is not a valid statistic (GB 3095 Table 4: too few daily values in a month or "
                    "the year) keeps its status with a flag: the verdict is indicative only.")),
]  # fmt: skip

#: Labels of the figures behind a verdict (``Verdict.figures`` and the observation's detail), for pages.
FIGURE_LABEL = {
    "operator": N_("comparison"), "threshold": N_("target value"), "unit": N_("unit"),
    "baseline": N_("baseline"), "standing_target_year": N_("year judged (standing target)"), "year": N_("year"),
    "value": N_("figure"), "complete": N_("year over"), "days": N_("days covered"), "gap": N_("gap"),
    "progress": N_("progress"), "allowed_non_good_days": N_("non-good days allowed"),
    "non_good_days": N_("non-good days so far"), "budget_left": N_("non-good days left"),
    "days_left": N_("days left in the year"), "projected_non_good_days": N_("non-good days projected"),
    "statistic_valid": N_("valid statistic (GB 3095 Table 4)"), "data_days": N_("days with data"),
    "valid_days": N_("valid days"), "good_days": N_("good days"), "heavy_days": N_("heavy-pollution days"),
    "by_version": N_("by HJ 633 text"), "version_rule": N_("text applied"), "sections": N_("sections"),
    "through": N_("through"), "section_months": N_("section-months"), "reported_by": N_("reported by"),
    "period_end": N_("report period ends"), "stated_in_plan": N_("as the plan states"),
    "baseline_year": N_("baseline year"), "ratio": N_("ratio"), "method": N_("method"),
}  # fmt: skip


def _shown(value: object) -> str:
    """A figure as a page shows it: yes/no for a flag, "—" for none, a number without trailing zeros."""
    if isinstance(value, bool):
        return translate(N_("yes")) if value else translate(N_("no"))
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def figure_rows(figures: dict) -> list[tuple[str, str]]:
    """(label, value) rows of a verdict's figures in the reader's language; nested values as compact JSON."""
    import json

    rows = []
    for key, value in figures.items():
        if isinstance(value, bool):
            shown = translate(N_("yes")) if value else translate(N_("no"))
        elif isinstance(value, dict) and all(isinstance(v, int | float | str | None) for v in value.values()):
            # "基准年 2020 · 数值 34 · 方案所列 是" (walkthrough: it read "year 2020 · value 34.0 · stated_in_plan True");
            # by_version's keys are the HJ 633 texts' years
            shown = " · ".join(
                f"{translate(FIGURE_LABEL[k]) if k in FIGURE_LABEL else k} {_shown(v)}" for k, v in value.items()
            )
        elif isinstance(value, (dict, list)):
            shown = json.dumps(value, ensure_ascii=False, default=str)
        elif key == "version_rule":
            shown = translate(str(value))
        else:
            shown = str(value)
        rows.append((translate(FIGURE_LABEL.get(key, key)), shown))
    return rows


def status_label(status: Status) -> str:
    return translate(STATUS_LABEL[Status(status)])


def render(parts: list[Msg]) -> str:
    """The text of message parts in the active language."""
    out = []
    for template, params in parts:
        text = translate(template)
        out.append(text % {k: render(v) if isinstance(v, list) else v for k, v in params.items()} if params else text)
    return "".join(out)
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
    baseline_value: float | None = None  # the plan's own figure for the baseline year (its 现状值), when stated
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
    validity: tuple = ()  # why not, when not: message parts (``standards.hj663.Validity.describe_parts``)


@dataclass(frozen=True)
class DayCounts:
    """Days of a running year for the good-day budget."""

    days_in_year: int
    days_elapsed: int
    valid_days: int  # days with an AQI so far
    good_days: int


@dataclass
class Verdict:
    """A status, the rule that decided it, and why — kept as message parts, rendered in the reader's language."""

    status: Status
    rule: str
    reason_parts: list[Msg]
    figures: dict = field(default_factory=dict)
    caveat_parts: list[Msg] = field(default_factory=list)  # the figure it rests on is not a valid statistic

    @property
    def reason(self) -> str:
        text = render(self.reason_parts)
        return text + render([(N_(" (%(caveat)s)"), {"caveat": self.caveat_parts})]) if self.caveat_parts else text

    @property
    def caveat(self) -> str:
        return render(self.caveat_parts)

    @property
    def label(self) -> str:
        if self.caveat_parts:
            return render([(N_("%(status)s (too few data)"), {"status": [(STATUS_LABEL[self.status], {})]})])
        return status_label(self.status)

    @property
    def rule_label(self) -> str:
        return translate(RULE_LABEL.get(self.rule, self.rule))

    @property
    def provisional(self) -> bool:
        return bool(self.caveat_parts)

    def add_reason(self, template: str, **params) -> None:
        self.reason_parts.append((template, params))

    def as_dict(self) -> dict:
        return {
            "status": str(self.status),
            "rule": self.rule,
            "rule_label": self.rule_label,
            "reason": self.reason,
            "figures": self.figures,
            "statistic_valid": not self.caveat_parts,
            "caveat": self.caveat,
        }


def _m(template: str, **params) -> list[Msg]:
    return [(template, params)]


def _with_validity(v: Verdict, used: list[Observation]) -> Verdict:
    """Flag a verdict that rests on an invalid statistic: it says so, in its reason and figures."""
    bad = [o for o in used if not o.valid]
    if not bad or v.status == Status.NO_DATA:
        return v
    parts: list[Msg] = []
    for i, o in enumerate(bad):
        why = list(o.validity) or _m(N_("the data do not meet the validity rule"))
        parts.append((N_("; %(year)s: %(why)s") if i else N_("%(year)s: %(why)s"), {"year": o.year, "why": why}))
    parts.append((N_(", indicative only"), {}))
    v.caveat_parts = parts
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
    # the measured figure of the baseline year; failing one, the figure the plan states for it (its 现状值)
    baseline = obs[base_year].value if base_year in obs else goal.baseline_value if base_year else None
    stated = base_year not in obs and baseline is not None
    th = threshold(goal, baseline)
    unit = goal.unit
    if th is None:
        if goal.comparator in ("reduce_by", "increase_by"):
            return Verdict(
                Status.NO_DATA,
                "no-data",
                _m(N_("no figure for the baseline year (%(year)s): the target value cannot be worked out"),
                   year=base_year or "—"),
                {"baseline_year": base_year},
            )  # fmt: skip
        return Verdict(Status.NO_DATA, "no-data", _m(N_("the target has no value")), {})
    op, t = th
    figs = {"operator": op, "threshold": round(t, 6), "unit": unit}
    if baseline is not None:
        figs["baseline"] = {"year": base_year, "value": baseline, "stated_in_plan": stated}
    target_text = f"{OP_TEXT[op]}{_fmt(t)}{unit}"

    year = goal.year
    if year is None:  # a standing target: this year if it has figures, else the latest complete year
        if as_of.year in obs:
            year = as_of.year
        else:
            done = [y for y, o in obs.items() if o.complete and y < as_of.year]
            if not done:
                return Verdict(Status.NO_DATA, "no-data", _m(N_("standing target: no yearly figure yet")), figs)
            year = max(done)
        figs["standing_target_year"] = year

    if not MINYEAR <= year < MAXYEAR:  # stored before the year validators (99999): no data, never a 500
        return Verdict(Status.NO_DATA, "bad-year", _m(N_("the target year %(year)s is not a valid year: correct it"),
                                                       year=year), figs)  # fmt: skip
    if as_of > date(year, 12, 31):
        o = obs.get(year)
        if o is None:
            latest = max(obs) if obs else None
            parts = _m(N_("no figure for the target year %(year)s"), year=year)
            if latest:
                parts += _m(N_("; the latest is %(value)s%(unit)s for %(latest)s"), value=_fmt(obs[latest].value),
                            unit=unit, latest=latest)  # fmt: skip
            return Verdict(Status.NO_DATA, "no-data", parts, figs)
        ok = meets(o.value, op, t)
        used.append(o)
        figs.update(_obs_figs(o))
        parts = _m(N_("target year over: %(year)s measured %(value)s%(unit)s"), year=year, value=_fmt(o.value),
                   unit=unit)  # fmt: skip
        if o.days is not None:
            parts += _m(N_(" (data cover %(days)s days)"), days=o.days)
        parts += _m(N_(", target %(target)s, met") if ok else N_(", target %(target)s, not met"), target=target_text)
        return Verdict(Status.ACHIEVED if ok else Status.MISSED, "year-over", parts, figs)

    if as_of.year == year:
        o = obs.get(year)
        if o is None:
            return Verdict(Status.NO_DATA, "no-data", _m(N_("no figure yet for %(year)s"), year=year), figs)
        used.append(o)
        figs.update(_obs_figs(o))
        if days and year in days and op in (">=", ">"):
            return _budget(goal, t, op, days[year], figs, unit)
        lead = _m(N_("%(year)s to %(month)s/%(day)s"), year=year, month=as_of.month, day=as_of.day)
        return _gap_verdict(o, op, t, unit, "year-to-date", lead, figs)

    # A target for a later year: the trend so far.
    done = sorted(y for y, o in obs.items() if o.complete and y < year)
    current = done[-1] if done else (as_of.year if as_of.year in obs else None)
    if current is None:
        return Verdict(Status.NO_DATA, "no-data", _m(N_("no figure before the target year %(year)s"), year=year), figs)
    oc = obs[current]
    used.append(oc)
    figs.update(_obs_figs(oc))
    if meets(oc.value, op, t):
        return Verdict(
            Status.ACHIEVED,
            "progress",
            _m(N_("%(current)s measured %(value)s%(unit)s already meets the %(year)s target %(target)s; to be held "
                  "until the target year"), current=current, value=_fmt(oc.value), unit=unit, year=year,
               target=target_text),
            figs,
        )  # fmt: skip
    y0 = base_year if base_year in obs and base_year < current else (done[0] if done else None)
    if y0 is None or y0 >= current:
        lead = _m(N_("only %(current)s has a figure, no trend yet; %(current)s"), current=current)
        return _gap_verdict(oc, op, t, unit, "single-point", lead, figs)
    used.append(obs[y0])
    v0, vc = obs[y0].value, oc.value
    r, how = progress_ratio(v0, y0, vc, current, t, year)
    figs["progress"] = {"baseline_year": y0, "baseline": v0, "ratio": None if r is None else round(r, 3)}
    figs["progress"]["method"] = how
    if r is None:
        lead = _m(N_("the baseline year already meets the target value; %(current)s"), current=current)
        return _gap_verdict(oc, op, t, unit, "single-point", lead, figs)
    status = Status.ON_TRACK if r >= R_ON_TRACK else Status.AT_RISK if r >= R_AT_RISK else Status.OFF_TRACK
    words = {
        Status.ON_TRACK: N_("enough to reach it in time"),
        Status.AT_RISK: N_("progress, but it must speed up"),
        Status.OFF_TRACK: N_("limited progress") if r >= 0 else N_("moving the wrong way"),
    }[status]
    return Verdict(
        status,
        "progress",
        _m(N_("%(y0)s %(v0)s%(unit)s → %(current)s %(vc)s%(unit)s, target %(year)s %(target)s; the change runs at "
              "%(pct)s of the pace needed (%(words)s)"), y0=y0, v0=_fmt(v0), unit=unit, current=current,
           vc=_fmt(vc), year=year, target=target_text, pct=f"{r:.0%}", words=[(words, {})]),
        figs,
    )  # fmt: skip


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


def _gap_verdict(o: Observation, op: str, t: float, unit: str, rule: str, lead: list[Msg], figs: dict) -> Verdict:
    g = _gap(o.value, op, t)
    figs["gap"] = round(g, 4)
    target_text = f"{OP_TEXT[op]}{_fmt(t)}{unit}"
    if g == 0:
        return Verdict(Status.ON_TRACK, rule, lead + _m(N_(" %(value)s%(unit)s, target %(target)s, met so far"),
                                                        value=_fmt(o.value), unit=unit, target=target_text), figs)  # fmt: skip
    status = Status.AT_RISK if g <= AT_RISK_GAP else Status.OFF_TRACK
    return Verdict(
        status,
        rule,
        lead + _m(N_(" %(value)s%(unit)s, target %(target)s, short by %(gap)s of the target value (%(limit)s)"),
                  value=_fmt(o.value), unit=unit, target=target_text, gap=f"{g:.1%}",
                  limit=("≤" if status == Status.AT_RISK else ">") + f"{AT_RISK_GAP:.0%}"),
        figs,
    )  # fmt: skip


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
    head = _m(N_("the year's %(n)s days at %(target)s allow %(allowed)s non-good days; %(bad)s so far (%(good)s "
                 "good of %(valid)s valid days)"), n=d.days_in_year, target=f"{OP_TEXT[op]}{_fmt(t)}%",
              allowed=allowed, bad=bad, good=d.good_days, valid=d.valid_days)  # fmt: skip
    if bad > allowed:
        return Verdict(Status.MISSED, "good-day-budget",
                       head + _m(N_(", beyond the allowance: the year's target can no longer be met")), figs)  # fmt: skip
    tail = _m(N_("; at the current rate about %(projected)s in the year, %(left)s days left, %(spare)s more can be "
                 "afforded"), projected=f"{projected:.0f}", left=left_days, spare=allowed - bad)  # fmt: skip
    if projected <= allowed + EPS:
        status = Status.ON_TRACK
    elif projected <= allowed * BUDGET_RISK + EPS:
        status = Status.AT_RISK
    else:
        status = Status.OFF_TRACK
    return Verdict(status, "good-day-budget", head + tail, figs)
