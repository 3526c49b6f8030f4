from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from django.db.models import Max, Min
from django.shortcuts import get_object_or_404, render

from qingshan.orgs.models import Division
from qingshan.orgs.services import with_ancestors
from qingshan.standards import hj633

from . import compute, services
from .models import DailyAirQuality, Station

VERSIONS = ("2012", "2026")
COLOURS = ["#cccccc"] + ["#{:02x}{:02x}{:02x}".format(*c.colour) for c in hj633.CATEGORIES]


def _subject(request) -> tuple[str, object, list[int]]:
    if (sid := request.GET.get("station", "")).isdigit():
        st = get_object_or_404(Station, pk=int(sid))
        return "station", st, [st.pk]
    div_ids = Station.objects.exclude(division=None).values_list("division_id", flat=True)
    if (did := request.GET.get("division", "")).isdigit():
        div = get_object_or_404(Division, pk=int(did))
    else:
        first = Division.objects.filter(pk__in=div_ids).first()
        div = (first.city() or first) if first else None
        if div is None:
            return "none", None, []
    ids = list(Station.objects.filter(division_id__in=div.descendant_ids()).values_list("pk", flat=True))
    return "division", div, ids


def overview(request):
    """Air quality of a city, county or station for a year, computed under both HJ 633 texts side by side."""
    kind, subject, station_ids = _subject(request)
    span = DailyAirQuality.objects.filter(station_id__in=station_ids).aggregate(
        lo=Min("date"), hi=Max("date")
    )
    years = list(range(span["lo"].year, span["hi"].year + 1)) if span["hi"] else []
    # Default: the latest year with most of its days covered, else the latest year.
    full = [
        y
        for y in years
        if DailyAirQuality.objects.filter(station_id__in=station_ids, date__year=y, version="2012")
        .values("date")
        .distinct()
        .count()
        >= 300
    ]
    default_year = (full or years or [None])[-1]
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else default_year
    context = {
        "kind": kind,
        "subject": subject,
        "years": years,
        "year": year,
        "divisions": Division.objects.filter(
            pk__in=with_ancestors(Division.objects.filter(air_stations__isnull=False).distinct())
        ).order_by("code"),
        "stations": Station.objects.filter(pk__in=station_ids),
    }
    if not station_ids or year is None:
        return render(request, "air/overview.html", context)
    start, end = date(year, 1, 1), date(year, 12, 31)
    frame = services.hourly_frame(station_ids, start, end)
    results, series = {}, {}
    for v in VERSIONS:
        results[v] = compute.evaluate(frame, v, start, end)
        index, values, res = compute.period_daily(frame, v, start, end)
        dates = pd.to_datetime(index["date"])
        pm25 = values[hj633.PM25_24H]
        monthly = pd.DataFrame(
            {"m": dates.dt.month, "good": (res.aqi <= 100), "valid": ~np.isnan(res.aqi), "pm25": pm25}
        ).groupby("m")
        series[v] = {
            "dates": dates.dt.strftime("%Y-%m-%d").tolist(),
            "aqi": [None if np.isnan(a) else int(a) for a in res.aqi],
            "level": res.level.astype(int).tolist(),
            "weekday": dates.dt.day_of_week.tolist(),
            "week": ((dates - pd.Timestamp(start)).dt.days + pd.Timestamp(start).day_of_week)
            .floordiv(7)
            .tolist(),
            "months": [int(m) for m in monthly.groups],
            "monthly_good_ratio": [
                round(float(x), 4) for x in (monthly["good"].sum() / monthly["valid"].sum())
            ],
            "monthly_pm25": [None if np.isnan(x) else round(float(x), 1) for x in monthly["pm25"].mean()],
        }
    ranking, county_ranking = [], []
    if kind == "division":
        for code, part in frame.groupby("station"):
            st = next(s for s in context["stations"] if s.code == code)
            row = {"station": st}
            for v in VERSIONS:
                ev = compute.evaluate(part, v, start, end, aggregate=False)
                row[v] = ev
            ranking.append(row)
        ranking.sort(key=lambda r: r["2012"]["composite_index"] or 0)
        # Counties (districts) ranked by the mean of their stations' daily values (HJ 663).
        by_div: dict[int, list[str]] = {}
        for st in context["stations"]:
            if st.division_id and st.division_id != subject.pk:
                by_div.setdefault(st.division_id, []).append(st.code)
        for div_id, codes in by_div.items():
            part = frame[frame["station"].isin(codes)]
            if part.empty:
                continue
            row = {"division": Division.objects.get(pk=div_id), "stations": len(codes)}
            for v in VERSIONS:
                row[v] = compute.evaluate(part, v, start, end)
            county_ranking.append(row)
        county_ranking.sort(key=lambda r: r["2012"]["composite_index"] or 0)
    context.update(
        {
            "results": results,
            "ranking": ranking,
            "county_ranking": county_ranking,
            "chart_data": {
                "series": series,
                "results": results,
                "colours": COLOURS,
                "categories": [c.name_zh for c in hj633.CATEGORIES],
            },
            "category_names": [c.name_zh for c in hj633.CATEGORIES],
        }
    )
    return render(request, "air/overview.html", context)
