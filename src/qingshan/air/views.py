"""Air pages: parse the query, call a selector, render (domain work lives in :mod:`selectors`)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from qingshan.core.access import actor_for
from qingshan.core.api import date_param
from qingshan.core.i18n import is_chinese
from qingshan.orgs.models import Division
from qingshan.standards import hj633

from . import selectors
from .models import Station

COLOURS = ["#cccccc"] + ["#{:02x}{:02x}{:02x}".format(*c.colour) for c in hj633.CATEGORIES]


def _int(request, name: str) -> int | None:
    raw = request.GET.get(name, "")
    return int(raw) if raw.isdigit() else None


def _subject(request) -> tuple[str, object | None]:
    if (sid := _int(request, "station")) is not None:
        return "station", get_object_or_404(Station.objects.select_related("division"), pk=sid)
    if (did := _int(request, "division")) is not None:
        return "division", get_object_or_404(Division, pk=did)
    div = selectors.default_division(actor_for(request.user).area_ids)
    return ("division", div) if div else ("none", None)


def overview(request):
    """Air quality of a city, county or station for a year under both HJ 633 texts side by side, its stations on a
    map, stations and counties ranked."""
    kind, subject = _subject(request)
    context = {"kind": kind, "subject": subject, "divisions": selectors.divisions_with_stations()}
    if subject is not None:
        data = selectors.overview(kind, subject.pk, _int(request, "year"))
        context.update(data)
        context["picker_stations"] = selectors.picker_stations(kind, subject)
        zh = is_chinese()
        names = [c.name_zh if zh else c.name_en for c in hj633.CATEGORIES]
        results = data.get("results") or {}
        context["stat_rows"] = _stat_rows(results)
        context["categories"] = {
            v: [(names[i], n) for i, n in enumerate(r["category_days"].values())] for v, r in results.items()
        }
        context["chart_data"] = {
            "series": data.get("series"),
            "results": results,
            "categories": names,
            "colours": COLOURS,
            "stations": data["stations"],
        }
    return render(request, "air/overview.html", context)


def _why(validity: dict) -> str:
    """Why a statistic misses GB 3095 Table 4, in the page's language."""
    parts = [
        _("%(month)s: %(values)s daily values (needs %(needed)s)") % m for m in validity.get("short_months", [])
    ]
    if validity.get("year_short"):
        parts.append(_("%(values)s daily values in the year (needs 324)") % {"values": validity["values"]})
    return "; ".join(parts)


def _stat_rows(results: dict) -> list[dict]:
    """The HJ 663 annual statistics of the headline table, each with its GB 3095 Table 4 validity."""
    if not results:
        return []
    rows = [
        ("PM2.5", _("PM2.5 mean (µg/m³)"), "means", "PM2.5"),
        ("PM10", _("PM10 mean (µg/m³)"), "means", "PM10"),
        ("O3", _("O₃ daily max 8h, 90th percentile (µg/m³)"), "percentiles", "O3_p90"),
        ("CO", _("CO 24h, 95th percentile (mg/m³)"), "percentiles", "CO_p95"),
        ("NO2", _("NO₂ mean (µg/m³)"), "means", "NO2"),
        ("SO2", _("SO₂ mean (µg/m³)"), "means", "SO2"),
    ]
    return [
        {
            "pollutant": pol,
            "label": label,
            "values": [results[v][key][sub] for v in ("2012", "2026")],
            "valid": results["2012"]["statistic_valid"][pol],
            "why": _why(results["2012"]["validity"][pol]),
        }
        for pol, label, key, sub in rows
    ]


def exceptions(request):
    """Station-hours whose published AQI is not ours (the network's files against HJ 633 as it publishes)."""
    kind, subject = _subject(request)
    start, end = date_param(request, "start"), date_param(request, "end")
    ids = None
    if kind == "station":
        ids = [subject.pk]
    elif kind == "division" and subject is not None and request.GET.get("division"):
        ids = list(Station.objects.filter(division_id__in=subject.descendant_ids()).values_list("pk", flat=True))
    page = Paginator(selectors.exceptions(ids, start, end), 100).get_page(request.GET.get("page"))
    return render(
        request,
        "air/exceptions.html",
        {
            "page": page,
            "rows": selectors.exception_rows(page.object_list),
            "subject": subject if ids is not None else None,
            "kind": kind,
            "start": start,
            "end": end,
            "divisions": selectors.divisions_with_stations(),
        },
    )
