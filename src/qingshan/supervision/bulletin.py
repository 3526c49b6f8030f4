"""The figures of a monthly bulletin (月通报) — read from the same services as the leaders' dashboard:

- air: ``air.selectors`` (the area's stations or its labelled stand-in, HJ 663 statistics of the area's daily
  values under the HJ 633 text in force, good days counted day by day). The year to date is
  ``air.selectors.area_year_stats`` itself, the call the dashboard makes; the month and the same periods of the
  previous year go through :func:`area_period_stats` (``air.selectors.area_period_figures``). A statistic with too few daily values for GB 3095-2012 Table 4 (each month ≥ 27 days,
  February ≥ 25; as in ``standards.hj663``) is printed with a note saying it is not valid.
- water: ``water.evaluation`` (each section's month and year-to-date class against its target; the shares).
- tasks: ``targets.dashboard.build`` (tasks per lead unit, overdue tasks, on-time ranking).
- rectification and notices: this app, with each item's state as of the month's end read from its events.

Everything here reads; :func:`gather` returns a JSON-ready dict that is stored with the bulletin (what it printed).
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta

from django.utils.translation import gettext as _

from qingshan.air import selectors as air
from qingshan.core.access import Actor
from qingshan.core.errors import DomainError
from qingshan.core.roles import Role
from qingshan.orgs.models import Division
from qingshan.standards import gb3838

from .errors import SupervisionError
from .models import Notice, Rectification, RectificationEvent
from .selectors import states_as_of


def parse_month(value: str) -> date:
    try:
        y, m = (int(x) for x in value.split("-"))
        return date(y, m, 1)
    except ValueError:
        raise DomainError(SupervisionError.BAD_MONTH, field="month", value=value[:20]) from None


def last_month(today: date) -> str:
    d = today.replace(day=1) - timedelta(days=1)
    return f"{d:%Y-%m}"


def month_end(first: date) -> date:
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def office_actor(city: Division) -> Actor:
    """The city's coordinating office as the bulletin sees it (the CLI has no signed-in user)."""
    return Actor(None, Role.COORDINATOR, None, frozenset(city.descendant_ids()))


def _shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


# --- air ---------------------------------------------------------------------------------------------------


def area_period_stats(stations: air.AreaStations, start: date, end: date):
    """HJ 663 statistics of an area from ``start`` to ``end`` (``air.selectors.area_period_figures``, the call the
    dashboard's year figures go through) as (stats per version, day counts), or None without data."""
    figs = air.area_period_figures(stations, start, end)
    return (figs.stats, figs.counts) if figs else None


def _num(x, nd: int) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), nd)


def air_figures(got, year: int) -> dict | None:
    """The bulletin's air figures of one period, as the dashboard reads them (composite index under the text in
    force for the year, PM2.5 mean, good-day ratio counted day by day) with their GB 3095 Table 4 validity."""
    if not got:
        return None
    stats, counts = got
    in_force = "2026" if year >= 2026 else "2012"
    s = stats[in_force]
    valid = {k: bool(v) for k, v in s.statistic_valid.items()}
    return {
        "composite": _num(s.composite_index, 2),
        "pm25": _num(stats["2012"].means["PM2.5"], 1),
        "good_ratio": _num(100 * counts["good_days"] / counts["valid_days"], 1) if counts["valid_days"] else None,
        "good_days": counts["good_days"],
        "valid_days": counts["valid_days"],
        "data_days": counts["data_days"],
        "pm25_valid": valid.get("PM2.5", False),
        "composite_valid": all(valid.values()),
        "text": f"HJ 633-{in_force}",
    }


def _change(cur: dict | None, prev: dict | None) -> dict:
    def pct(a, b):
        return None if a is None or b in (None, 0) else round(100 * (a - b) / b, 1)

    if not cur or not prev:
        return {}
    return {
        "composite_pct": pct(cur["composite"], prev["composite"]),
        "pm25_pct": pct(cur["pm25"], prev["pm25"]),
        "good_ratio_pp": None
        if cur["good_ratio"] is None or prev["good_ratio"] is None
        else round(cur["good_ratio"] - prev["good_ratio"], 1),
    }


def _rank(rows: list[dict], period: str) -> None:
    """Counties ranked by composite index, lowest (best) first (城市环境空气质量排名技术规定); ties share a rank."""
    scored = sorted(
        (r for r in rows if r["level"] != "city" and r[period] and r[period]["composite"] is not None),
        key=lambda r: r[period]["composite"],
    )
    rank, last = 0, None
    for i, r in enumerate(scored, start=1):
        if r[period]["composite"] != last:
            rank, last = i, r[period]["composite"]
        r.setdefault("rank", {})[period] = rank


def air_block(city: Division, first: date) -> dict | None:
    end = month_end(first)
    areas = [city, *city.children.filter(level__in=[Division.Level.COUNTY, Division.Level.ZONE]).order_by("code", "name")]
    rows, without, notes = [], [], set()
    for d in areas:
        st = air.area_stations(d)
        if not st.station_ids:
            without.append(d.name)
            continue
        if st.note:
            notes.add(st.note)
        year = first.year
        row = {
            "name": d.name,
            "level": "city" if d.pk == city.pk else "county",
            "stations": len(st.station_ids),
            "month": air_figures(area_period_stats(st, first, end), year),
            "month_prev": air_figures(area_period_stats(st, _shift_year(first, -1), _shift_year(end, -1)), year - 1),
            # the year to date: the dashboard's own call
            "ytd": air_figures(air.area_year_stats(st, year, end), year),
            "ytd_prev": air_figures(air.area_year_stats(st, year - 1, _shift_year(end, -1)), year - 1),
        }
        row["change"] = {"month": _change(row["month"], row["month_prev"]), "ytd": _change(row["ytd"], row["ytd_prev"])}
        rows.append(row)
    if not rows:
        return None
    _rank(rows, "month")
    _rank(rows, "ytd")
    return {"rows": rows, "without_stations": without, "notes": sorted(notes)}


# --- water -------------------------------------------------------------------------------------------------


def water_block(city: Division, first: date) -> dict | None:
    from qingshan.water import evaluation as water
    from qingshan.water.models import WaterSection

    sections = list(
        WaterSection.objects.filter(division_id__in=city.descendant_ids()).select_related("division").order_by(
            "basin", "river", "name"
        )
    )
    if not sections:
        return None
    rows = water.section_rows(sections, first)
    if not any(r.month for r in rows):
        return None
    ys = water.year_shares(sections, first.year, month_end(first))

    def name(c):
        return gb3838.class_name(c) if c else None

    return {
        "sections": [
            {
                "name": r.section.name,
                "county": r.section.division.name if r.section.division else "",
                "river": r.section.river,
                "target": name(r.section.target_class),
                "month_class": name(r.month.water_class) if r.month else None,
                "meets": r.meets_target,
                "ytd_class": name(r.ytd_class),
                "ytd_meets": r.ytd_meets_target,
            }
            for r in rows
        ],
        "shares": {
            "sections": ys.sections if ys else 0,
            "i_iii": ys.i_iii if ys else None,
            "worse_v": ys.worse_v if ys else None,
            "compliance": ys.compliance if ys else None,
        },
        "month_meets": sum(1 for r in rows if r.meets_target),
        "month_with_target": sum(1 for r in rows if r.meets_target is not None),
        "synthetic": any(s.synthetic for s in sections),
    }


# --- tasks (the dashboard's own figures) --------------------------------------------------------------------


def tasks_block(city: Division, first: date, actor: Actor) -> dict:
    from qingshan.targets import dashboard

    dash = dashboard.build(actor, city, month_end(first), limit=30)
    on_time = {s.unit.pk: s.on_time_rate for s in dash.ranking}
    return {
        "counts": {k: int(dash.task_counts.get(k, 0)) for k in ("not_started", "in_progress", "completed", "overdue")},
        "units": [
            {
                "name": u.name,
                "total": u.total,
                "completed": u.completed,
                "in_progress": u.in_progress,
                "not_started": u.not_started,
                "overdue": u.overdue,
                "on_time": _num(100 * on_time[u.unit_id], 1) if on_time.get(u.unit_id) is not None else None,
            }
            for u in dash.unit_tasks
        ],
        "overdue": [
            {
                "number": t.number,
                "text": (t.heading or t.text)[:60],
                "due": f"{t.due_date}",
                "plan": t.plan.title[:40],
            }
            for t in dash.overdue_tasks
        ],
        "overdue_count": dash.overdue_task_count,
        "reports_overdue": dash.overdue_report_count,
        "ranking": [
            {"name": s.unit.short_name or s.unit.name, "rate": _num(100 * s.on_time_rate, 1) if s.on_time_rate is not None else None}
            for s in dash.ranking[:15]
        ],
        "air_headline": (
            {k: _num(dash.air.get(k), 3) for k in ("good_ratio", "pm25", "composite")} | {"year": dash.air["year"]}
            if dash.air
            else None
        ),
    }


# --- rectification and notices ------------------------------------------------------------------------------


def rectification_block(city: Division, first: date) -> dict:
    end = month_end(first)
    items = Rectification.objects.filter(division=city).prefetch_related("units__unit")
    states = states_as_of(items, end)
    S = Rectification.Status
    counts = Counter(states.values())
    overdue = []
    closed_in_month = RectificationEvent.objects.filter(
        rectification__division=city, action="close", at__date__gte=first, at__date__lte=end
    ).count()
    by_id = {i.pk: i for i in items if i.pk in states}
    for pk, state in states.items():
        it = by_id[pk]
        it.status = state  # as of the month's end
        if it.is_overdue(end):
            overdue.append(
                {
                    "number": it.number,
                    "problem": it.problem[:60],
                    "lead": "、".join(u.unit.name if u.unit else u.raw_name for u in it.units_in("lead")),
                    "due": f"{it.due_date}",
                    "days": (end - it.due_date).days,
                }
            )
    overdue.sort(key=lambda r: -r["days"])
    return {
        "total": len(states),
        "counts": {s.value: counts.get(s.value, 0) for s in S},
        "long_term": sum(1 for pk in states if by_id[pk].deadline_kind == Rectification.DeadlineKind.LONG_TERM),
        "overdue": overdue,
        "closed_in_month": closed_in_month,
        "demo": any(i.demo for i in by_id.values()),
    }


def notices_block(city: Division, first: date, ladder) -> dict:
    from .selectors import rung_events

    end = month_end(first)
    events = rung_events(Notice.objects.filter(division=city), first, end).order_by("at", "pk")
    names = {r.code: r.zh for r in ladder}
    by_rung = Counter(e.rung for e in events)
    return {
        "by_rung": [{"code": r.code, "name": r.zh, "name_en": r.en, "count": by_rung.get(r.code, 0)} for r in ladder],
        "rows": [
            {
                "unit": e.notice.unit.name,
                "rung": names.get(e.rung, e.rung),
                "title": e.notice.title,
                "date": f"{e.at:%Y-%m-%d}",
            }
            for e in events
        ],
        "demo": any(e.notice.demo for e in events),
    }


# --- all of it ---------------------------------------------------------------------------------------------


def gather(city: Division, first: date, actor: Actor | None = None) -> dict:
    """Every figure of the bulletin for ``city`` and the month starting ``first``."""
    from .selectors import policy_for

    if city.level != Division.Level.CITY:
        raise DomainError(SupervisionError.NOT_A_CITY, field="division", name=city.name)
    actor = actor or office_actor(city)
    pol = policy_for(city.pk)
    figs = {
        "city": city.name,
        "month": f"{first:%Y-%m}",
        "year": first.year,
        "month_no": first.month,
        "as_of": f"{month_end(first)}",
        "air": air_block(city, first),
        "water": water_block(city, first),
        "tasks": tasks_block(city, first, actor),
        "rectification": rectification_block(city, first),
        "notices": notices_block(city, first, pol.ladder),
    }
    synthetic = []
    if figs["water"] and figs["water"]["synthetic"]:
        synthetic.append(_("surface-water figures include synthetic demo sections"))
    if figs["rectification"]["demo"]:
        synthetic.append(_("the rectification ledger is a synthetic demo ledger (演示)"))
    if figs["notices"]["demo"]:
        synthetic.append(_("the supervision notices are synthetic demo records (演示)"))
    if figs["air"]:
        synthetic.extend(figs["air"]["notes"])
    figs["synthetic"] = synthetic
    return figs
