"""Reads behind the water pages (no writes): the board, a section's page and the exceedance list. Views parse the
request, call one of these and render."""

from __future__ import annotations

import re
from datetime import date

import numpy as np
from django.core.cache import cache
from django.db.models import Count, F, Q, Subquery
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_

from qingshan.core.access import Actor
from qingshan.core.i18n import is_chinese
from qingshan.orgs.models import Division
from qingshan.orgs.services import with_ancestors
from qingshan.standards import gb3838

from . import evaluation, scope, services
from .models import WaterImport, WaterMonthly, WaterSample, WaterSection

#: English names of the items (GB 3838 Table 1, the automatic stations' extra quantities): the standard names them
#: in Chinese only; the pages show the reader's language.
ITEM_NAMES_EN = {
    "temp": "water temperature", "pH": "pH", "DO": "dissolved oxygen", "CODMn": "permanganate index",
    "COD": "chemical oxygen demand", "BOD5": "BOD5", "NH3N": "ammonia nitrogen", "TP": "total phosphorus",
    "TN": "total nitrogen", "Cu": "copper", "Zn": "zinc", "F": "fluoride", "Se": "selenium", "As": "arsenic",
    "Hg": "mercury", "Cd": "cadmium", "Cr6": "chromium (VI)", "Pb": "lead", "CN": "cyanide",
    "phenol": "volatile phenol", "oil": "petroleum", "LAS": "anionic surfactant", "S2": "sulfide",
    "fecal_coliform": "faecal coliforms", "conductivity": "conductivity", "turbidity": "turbidity",
    "chla": "chlorophyll a", "algae": "algae density",
}  # fmt: skip


def item_name(key: str) -> str:
    """An item's name in the active language."""
    if is_chinese():
        it = gb3838.ITEMS.get(key)
        return it.name_zh if it else gb3838.EXTRA_QUANTITIES.get(key, (key,))[0]
    return ITEM_NAMES_EN.get(key, key)


def item_labels() -> dict[str, str]:
    """{key: "name (unit)"} in the active language."""
    units = {k: it.unit for k, it in gb3838.ITEMS.items()} | {k: u for k, (_zh, u) in gb3838.EXTRA_QUANTITIES.items()}
    if not is_chinese():
        units = {k: "dimensionless" if u == "无量纲" else u for k, u in units.items()}
    return {k: f"{item_name(k)} ({u})" if u else item_name(k) for k, u in units.items()}
#: Items drawn on a section's page, in this order, when the section has them.
TREND_ITEMS = (
    "DO",
    "CODMn",
    "NH3N",
    "TP",
    "TN",
    "pH",
    "COD",
    "BOD5",
    "temp",
    "conductivity",
    "turbidity",
    "chla",
)
#: Columns of a section's monthly table (the rest of Table 1 is in the API and the exports).
TABLE_ITEMS = ("pH", "DO", "CODMn", "COD", "BOD5", "NH3N", "TP", "TN")


def divisions_with_sections() -> list[Division]:
    ids = with_ancestors(Division.objects.filter(water_sections__isnull=False).distinct())
    return list(Division.objects.filter(pk__in=ids).order_by("code"))


def board(actor: Actor, division: Division | None, month: date | None) -> dict:
    """The section status board of an area (a city or county with its descendants): each section's class against
    its target for a month and the year to date, its run of months meeting target, shares per county and basin."""
    divisions = divisions_with_sections()
    if division is None:
        division = next(
            (d for d in divisions if d.level == Division.Level.CITY), divisions[0] if divisions else None
        )
    sections = (
        list(scope.sections_visible(actor).filter(division_id__in=division.descendant_ids()))
        if division
        else []
    )
    months = sorted(
        set(WaterMonthly.objects.filter(section__in=sections).values_list("month", flat=True)), reverse=True
    )
    month = month or (months[0] if months else None)
    context = {
        "division": division,
        "divisions": divisions,
        "month": month,
        "months": months,
        "synthetic": any(s.synthetic for s in sections),
        "unreviewed": [s for s in sections if s.type_guessed],
    }
    if month and sections:
        key = f"water.board:{month}:{water_stamp()}:" + ",".join(str(s.pk) for s in sections)
        figures = cache.get(key)
        if figures is None:
            rows = evaluation.section_rows(sections, month)
            figures = {
                "rows": rows,
                "by_county": evaluation.shares(rows, "county"),
                "by_basin": evaluation.shares(rows, "basin"),
                "met": sum(1 for r in rows if r.meets_target),
                "with_target": sum(1 for r in rows if r.meets_target is not None),
            }
            cache.set(key, figures, 3600)
        context.update(figures)
    return context


def water_stamp() -> str:
    """Changes whenever the water figures may: samples and monthly results change only by an import (a
    ``WaterImport`` row, written in the import's transaction), a section's type, target or place only by an edit
    (a history row). Keys the per-process caches of the board and the trend charts (computing them from thousands
    of rows took most of those pages' time)."""
    latest_import = WaterImport.objects.order_by("-pk").values_list("pk", flat=True)[:1]
    latest_edit = WaterSection.history.order_by("-history_id").values_list("history_id", flat=True)[:1]
    row = WaterSection.objects.annotate(i=Subquery(latest_import), e=Subquery(latest_edit)).values_list("i", "e")[:1]
    got = list(row)
    return f"{got[0][0]}.{got[0][1]}" if got else "none"


def trend_series(section: WaterSection, year: int) -> list[dict]:
    """Daily means of every trend item of ``section`` in ``year``, with the limit of its target class. Cached per
    process, keyed by ``water_stamp()``."""
    key = f"water.trend:{section.pk}:{year}:{water_stamp()}"
    charts = cache.get(key)
    if charts is None:
        charts = _trend_series(section, year)
        cache.set(key, charts, 3600)
    return charts


def _trend_series(section: WaterSection, year: int) -> list[dict]:
    frame = services.sample_frame([section.pk], date(year, 1, 1), date(year, 12, 31))
    if frame.empty:
        return []
    present = [k for k in TREND_ITEMS if frame[k].notna().any()]
    daily = frame.set_index("time")[present].resample("D").mean()
    x = daily.index.strftime("%Y-%m-%d").tolist()
    charts = []
    for key in present:
        limit = None
        if section.target_class and key in gb3838.ITEMS and key not in ("pH", "temp"):
            limit = float(gb3838.limits_for(key, section.water_type)[section.target_class - 1])
        y = np.round(daily[key].to_numpy(dtype=float), 4)
        charts.append(
            {
                "key": key,
                "x": x,
                "y": [None if np.isnan(v) else float(v) for v in y],
                "limit": limit,
                "higher_is_better": key == "DO",
            }
        )
    return charts


#: The reasons the type inference writes (``gb3838.name_water_type``/``evidence_water_type``, ``services.infer_types``)
#: are stored as written, in English, so that they read the same in logs and the API; pages show them in the
#: reader's language. A reason a person typed (basis ``person``) is shown as typed.
_REASONS = [
    (re.compile(r"reports algae density \(藻密度\) on (?P<n>\d+) sample\(s\)"),
     N_("reports algae density (藻密度) on %(n)s samples")),
    (re.compile(r"(?P<kind>lake|river) limits agree on (?P<ok>\d+) of (?P<n>\d+) telling samples"), None),
    (re.compile(r"outlet/inlet form “(?P<w>[^”]+)”"), N_("outlet/inlet form “%(w)s” in the name")),
    (re.compile(r"lake or reservoir word “(?P<w>[^”]+)”"), N_("lake or reservoir word “%(w)s” in the name")),
    (re.compile(r"no lake or reservoir word"), N_("no lake or reservoir word in the name")),
    (re.compile(r"reports chlorophyll a but no algae density \(not proof of a lake\)"),
     N_("reports chlorophyll a but no algae density (not proof of a lake)")),
]


def type_reason_text(section: WaterSection) -> str:
    """The section's type reason in the reader's language (see :data:`_REASONS`)."""
    if section.type_basis == WaterSection.TypeBasis.PERSON or not section.type_reason:
        return section.type_reason
    out = []
    for piece in section.type_reason.split("; "):
        for pattern, template in _REASONS:
            m = pattern.fullmatch(piece)
            if m is None:
                continue
            if template is None:  # published classes: the limits of one type agree
                kind = _("the lake limits") if m["kind"] == "lake" else _("the river limits")
                piece = _("%(kind)s agree with the published class on %(ok)s of %(n)s telling samples") % {
                    "kind": kind, "ok": m["ok"], "n": m["n"]}
            else:
                piece = _(template) % m.groupdict()
            break
        out.append(piece)
    return _("; ").join(out)


def section_page(actor: Actor, section: WaterSection, year: int | None) -> dict:
    labels = item_labels()
    months = list(section.months.order_by("-month"))
    years = sorted({m.month.year for m in months}, reverse=True)
    year = year if year in years else (years[0] if years else None)
    return {
        "section": section,
        "type_reason": type_reason_text(section),
        "months": [m for m in months if not year or m.month.year == year],
        "years": years,
        "year": year,
        "charts": [dict(c, label=labels.get(c["key"], c["key"])) for c in trend_series(section, year)] if year else [],
        "items": [k for k in TABLE_ITEMS if any(k in m.means for m in months)],
        "item_labels": labels,
        "latest": section.samples.order_by("-time").first(),
        "can_set_type": scope.sections_editable(actor).filter(pk=section.pk).exists(),
        "type_choices": WaterSection.WaterType.choices,
    }


def exceedances(actor: Actor, year: int | None) -> dict:
    """Section-months of the actor's area worse than their target, the samples whose published class differs from
    ours, and the import records of the area's files."""
    sections = scope.sections_in_area(actor)
    monthly = WaterMonthly.objects.filter(
        section__in=sections, target_class__isnull=False, water_class__gt=F("target_class")
    ).select_related("section", "section__division")
    years = sorted({d.year for d in monthly.values_list("month", flat=True)}, reverse=True)
    year = year or (years[0] if years else None)
    if year:
        monthly = monthly.filter(month__year=year)
    published = WaterSample.objects.filter(section__in=sections, published_class__isnull=False)
    counts = published.aggregate(n=Count("id"), d=Count("id", filter=~Q(published_class=F("water_class"))))
    disagreements = published.exclude(published_class=F("water_class"))
    return {
        "monthly": monthly.order_by("-month", "section__name")[:500],
        "years": years,
        "year": year,
        "disagreements": disagreements.select_related("section").order_by("-time")[:200],
        "compared": counts["n"],
        "disagreeing": counts["d"],
        "imports": scope.imports_visible(actor)[:10],
        "synthetic": sections.filter(synthetic=True).exists(),
    }
