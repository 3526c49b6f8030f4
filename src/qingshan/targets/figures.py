"""The yearly figures behind each target: computed from the air and water data, or reported by units.

Each indicator the platform computes has one function here, named by its ``computed_by`` in the catalogue. They
return :class:`rules.Observation` per year for the plan's area (one partition: an area and a year at a time)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Max, Min

from qingshan.air import selectors as air
from qingshan.air.compute import round_or_none
from qingshan.air.models import DailyAirQuality
from qingshan.core.validators import plausible_year
from qingshan.dispatch.models import ProgressReport, ReportedFigure
from qingshan.ledger.models import PlanTarget
from qingshan.orgs.models import Division
from qingshan.standards import hj663
from qingshan.water import evaluation as water
from qingshan.water.models import WaterMonthly, WaterSection

from .rules import N_, DayCounts, Observation, render


@dataclass
class Figures:
    """Observations of one target's indicator for its area, and where they came from."""

    observations: dict[int, Observation] = field(default_factory=dict)
    days: dict[int, DayCounts] = field(default_factory=dict)
    source_parts: list = field(default_factory=list)  # what the figures are and where from (message parts)
    note_parts: list = field(default_factory=list)  # a label that must go with them (synthetic data)
    link: str = ""  # the page with the data behind them

    @property
    def source(self) -> str:
        return render(self.source_parts)

    @property
    def note(self) -> str:
        return render(self.note_parts)


# --- air ---------------------------------------------------------------------------------------------------

AIR_CODES = {"AIR_GOOD_RATIO", "AIR_PM25", "AIR_PM10", "AIR_HEAVY_RATIO", "AIR_COMPOSITE"}


def _air_years(st: air.AreaStations, as_of: date) -> list[int]:
    span = DailyAirQuality.objects.filter(station_id__in=st.station_ids).aggregate(
        lo=Min("date"), hi=Max("date")
    )
    if not span["lo"]:
        return []
    lo, hi = span["lo"].year + st.year_offset, span["hi"].year + st.year_offset
    return list(range(lo, min(hi, as_of.year) + 1))


def air_figures(division: Division, code: str, as_of: date, cache: dict) -> Figures:
    key = ("air", division.pk, as_of)
    if key not in cache:
        st = air.area_stations(division)
        years = {y: air.area_year_stats(st, y, as_of) for y in _air_years(st, as_of)}
        cache[key] = (st, {y: v for y, v in years.items() if v})
    st, years = cache[key]
    figs = Figures(
        source_parts=[(N_("HJ 663: the mean of the city's stations' daily values; HJ 633 daily AQI"), {})],
        note_parts=[("%(note)s", {"note": st.note})] if st.note else [],
        link=f"/air/?division={st.source_division_id or division.pk}",
    )
    for y, (stats, counts) in years.items():
        in_force = "2026" if y >= 2026 else "2012"  # the text in force at the year's end
        both = {f"HJ 633-{v}": stats[v] for v in ("2012", "2026")}
        complete = as_of > date(y, 12, 31)
        detail: dict = {"data_days": counts["data_days"], "valid_days": counts["valid_days"]}
        # GB 3095 Table 4 over every month of the year (to date): the statistic the target is judged on.
        validity = _air_validity(code, stats["2012"])
        if code == "AIR_GOOD_RATIO":
            value = _pct(counts["good_days"], counts["valid_days"])
            detail["good_days"] = counts["good_days"]
            detail["by_version"] = {k: round_or_none(s.good_ratio * 100, 2) for k, s in both.items()}
            detail["version_rule"] = N_("each day under the HJ 633 text in force that day (2026 from 2026-03-01)")
            figs.days[y] = DayCounts(
                counts["days_in_year"], counts["days_elapsed"], counts["valid_days"], counts["good_days"]
            )
        elif code == "AIR_HEAVY_RATIO":
            value = _pct(counts["heavy_days"], counts["valid_days"])
            detail["heavy_days"] = counts["heavy_days"]
            detail["by_version"] = {k: round_or_none(s.heavy_ratio * 100, 2) for k, s in both.items()}
        elif code in ("AIR_PM25", "AIR_PM10"):
            pol = "PM2.5" if code == "AIR_PM25" else "PM10"
            value = round_or_none(stats["2012"].means[pol], 2)  # as the air page shows it
        else:  # AIR_COMPOSITE
            value = round_or_none(stats[in_force].composite_index, 3)
            detail["by_version"] = {k: round_or_none(s.composite_index, 3) for k, s in both.items()}
        detail["statistic_valid"] = validity.valid
        figs.observations[y] = Observation(
            y,
            value,
            complete,
            counts["data_days"],
            detail,
            valid=validity.valid,
            validity=validity.describe_parts(),
        )
    return figs


def _air_validity(code: str, stats) -> hj663.Validity:
    """The GB 3095 Table 4 validity of the statistic behind an air indicator: the pollutant's own for PM2.5/PM10;
    every pollutant's for the composite index; for day ratios the days with an AQI, judged by the same counts
    (HJ 663 sets no minimum for them; the platform flags a ratio with whole months missing all the same)."""
    if code == "AIR_PM25":
        return stats.validity["PM2.5"]
    if code == "AIR_PM10":
        return stats.validity["PM10"]
    if code == "AIR_COMPOSITE":
        bad = [v for v in stats.validity.values() if not v.valid]
        return bad[0] if bad else next(iter(stats.validity.values()))
    return stats.aqi_validity


# --- water -------------------------------------------------------------------------------------------------

WATER_FIELD = {
    "WATER_I_III": "i_iii",
    "WATER_WORSE_V": "worse_v",
    "WATER_SECTION_COMPLIANCE": "compliance",
    "WATER_DRINKING": "drinking",
}


def water_figures(target: PlanTarget, division: Division, code: str, as_of: date, cache: dict) -> Figures:
    all_sections = cache.get(("sections", division.pk))
    if all_sections is None:
        all_sections = list(
            WaterSection.objects.filter(division_id__in=division.descendant_ids()).select_related("division")
        )
        cache[("sections", division.pk)] = all_sections
    sections, chosen = water.sections_in_scope(all_sections, target.indicator, target.scope)
    if code == "WATER_DRINKING":
        sections = [s for s in sections if s.drinking_source]
        chosen += str(N_(" — drinking-water sources (by section-months meeting target)"))
    synthetic = any(s.synthetic for s in sections)
    figs = Figures(
        source_parts=[(N_("GB 3838-2002 single-factor evaluation of %(chosen)s (%(n)s sections), classed on the mean "
                          "of the year's monthly means"), {"chosen": chosen, "n": len(sections)})],
        note_parts=[(N_("includes synthetic demo data, not measurements"), {})] if synthetic else [],
        link=f"/water/?division={division.pk}",
    )
    if not sections:
        return figs
    ids = tuple(s.pk for s in sections)
    years = sorted({d.year for d in WaterMonthly.objects.filter(section_id__in=ids).dates("month", "year")})
    for y in years:
        if y > as_of.year:
            continue
        key = ("water", ids, y, as_of)
        if key not in cache:
            cache[key] = water.year_shares(sections, y, as_of)
        ys = cache[key]
        if ys is None:
            continue
        value = getattr(ys, WATER_FIELD[code])
        detail = {"sections": ys.sections, "through": f"{ys.month:%Y-%m}"}
        if code == "WATER_DRINKING":
            detail["section_months"] = ys.drinking_months
        figs.observations[y] = Observation(y, value, ys.complete, None, detail)
    return figs


# --- reported ----------------------------------------------------------------------------------------------


def reported_figures(target: PlanTarget, as_of: date) -> Figures:
    """The latest accepted figure a unit reported for each year."""
    figs = Figures(source_parts=[(N_("reported by the responsible unit (accepted by the office)"), {})])
    rows = (
        ReportedFigure.objects.filter(
            target=target, report__status=ProgressReport.Status.ACCEPTED, year__lte=as_of.year
        )
        .select_related("report__unit")
        .order_by("year", "report__period_end", "report__reviewed_at")
    )
    for f in rows:
        if f.report.period_start > as_of:
            continue
        figs.observations[f.year] = Observation(
            f.year,
            f.value,
            plausible_year(f.year) and as_of > date(f.year, 12, 31),
            None,
            {"reported_by": f.report.unit.name, "period_end": f"{f.report.period_end:%Y-%m-%d}"},
        )
        figs.link = f"/dispatch/reports/{f.report_id}/"
    return figs


def _pct(k: int, n: int) -> float | None:
    return round(100 * k / n, 2) if n else None
