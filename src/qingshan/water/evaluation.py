"""Period evaluation of sections, counties and basins from the materialised monthly results (评价办法).

- A section's month: the mean of each item over the month's samples, classified (``WaterMonthly``).
- A section's year to date: the arithmetic mean of its monthly means, classified [R: the 评价办法 asks for the
  mean over the period; averaging the monthly means weights every month alike, as annual assessments do].
- A county or basin: shares of I–III and 劣V sections, and the 评价办法 status (:func:`gb3838.basin_status`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from qingshan.standards import gb3838

from .models import WaterMonthly, WaterSection
from .services import classify_rows


@dataclass
class SectionRow:
    section: WaterSection
    month: WaterMonthly | None
    ytd_class: int = 0
    ytd_deciding: str = ""
    ytd_means: dict[str, float] = field(default_factory=dict)
    ytd_months: int = 0
    streak: int = 0  # months in a row (ending at the selected month) meeting the target

    @property
    def meets_target(self) -> bool | None:
        return self.month.meets_target if self.month else None

    @property
    def ytd_meets_target(self) -> bool | None:
        t = self.section.target_class
        return None if not (t and self.ytd_class) else self.ytd_class <= t


def latest_month(sections) -> date | None:
    return (
        WaterMonthly.objects.filter(section__in=sections)
        .order_by("-month")
        .values_list("month", flat=True)
        .first()
    )


def section_rows(sections: list[WaterSection], month: date) -> list[SectionRow]:
    """Every section's result for ``month`` and for the year to ``month``, and its run of months meeting target."""
    ids = [s.pk for s in sections]
    months = defaultdict(list)
    for m in WaterMonthly.objects.filter(section_id__in=ids, month__lte=month).order_by(
        "section_id", "month"
    ):
        months[m.section_id].append(m)
    rows = []
    for s in sections:
        ms = months.get(s.pk, [])
        current = ms[-1] if ms and ms[-1].month == month else None
        row = SectionRow(s, current)
        ytd = [m for m in ms if m.month.year == month.year]
        if ytd:
            means = _mean([m.means for m in ytd])
            cls = classify_rows(
                {k: np.array([v]) for k, v in means.items()}, s.water_type, s.target_class or 0
            )
            row.ytd_class, row.ytd_deciding = int(cls.water_class[0]), cls.deciding[0]
            row.ytd_means, row.ytd_months = means, len(ytd)
        # the run of consecutive calendar months, ending at ``month``, that met the target
        expect = month
        for m in reversed(ms):
            if m.month != expect or not m.meets_target:
                break
            row.streak += 1
            expect = date(expect.year - (expect.month == 1), (expect.month - 2) % 12 + 1, 1)
        rows.append(row)
    return rows


@dataclass
class GroupShare:
    name: str
    sections: int
    month: gb3838.BasinStatus
    ytd: gb3838.BasinStatus


def _mean(dicts: list[dict[str, float]]) -> dict[str, float]:
    """Mean of each item over a list of {item: mean} (months of a section, or sections of a group)."""
    keys = {k for d in dicts for k in d}
    return {k: float(np.nanmean([d.get(k, np.nan) for d in dicts])) for k in keys}


def shares(rows: list[SectionRow], by: str) -> list[GroupShare]:
    """Shares of I–III and 劣V sections and the 评价办法 status per county (``by='county'``) or basin, for the
    month and the year to date."""
    groups: dict[str, list[SectionRow]] = defaultdict(list)
    for r in rows:
        key = (
            (r.section.division.name if r.section.division else "—")
            if by == "county"
            else (r.section.basin or "—")
        )
        groups[key].append(r)
    out = []
    for name, rs in sorted(groups.items()):
        month_classes = np.array([r.month.water_class if r.month else 0 for r in rs])
        ytd_classes = np.array([r.ytd_class for r in rs])
        wt = rs[0].section.water_type
        out.append(
            GroupShare(
                name,
                len(rs),
                gb3838.basin_status(month_classes, _mean([r.month.means for r in rs if r.month]), wt),
                gb3838.basin_status(ytd_classes, _mean([r.ytd_means for r in rs if r.ytd_months]), wt),
            )
        )
    return out


# --- yearly figures of an area for target tracking ---------------------------------------------------------

SCOPE_ALL = {"", "全市", "全县", "全区", "全州", "城市建成区", "市区", "中心城区"}


def sections_in_scope(sections, indicator: str = "", scope: str = "") -> tuple[list[WaterSection], str]:
    """The sections a target speaks of: 国控 → national sections, 省控 → national and provincial (provincial
    networks include the national sections), a basin or river scope ("金沙江流域") → sections whose basin or
    river names it. Returns (sections, a note of the filter applied)."""
    secs, notes = list(sections), []
    text = f"{indicator} {scope}"
    if "国控" in text or "国家考核" in text:
        secs = [s for s in secs if s.control_level == WaterSection.ControlLevel.NATIONAL]
        notes.append("国控断面")
    elif "省控" in text or "省考" in text:
        secs = [
            s
            for s in secs
            if s.control_level in (WaterSection.ControlLevel.NATIONAL, WaterSection.ControlLevel.PROVINCIAL)
        ]
        notes.append("国控和省控断面")
    place = scope.strip()
    if place not in SCOPE_ALL:
        key = place.removesuffix("流域").removesuffix("干流").removesuffix("水系")
        secs = [s for s in secs if key and (key in (s.basin or "") or key in (s.river or ""))]
        notes.append(f"{place}内断面")
    return secs, "、".join(notes) or "全部断面"


@dataclass
class YearShares:
    year: int
    month: date  # the last month counted
    sections: int  # sections with a year-to-date class
    i_iii: float | None  # % of sections in class I–III
    worse_v: float | None  # % in 劣V
    compliance: float | None  # % meeting their target class
    drinking: float | None  # % of drinking-source section-months meeting their target class (or III)
    drinking_months: int
    complete: bool


def year_shares(sections: list[WaterSection], year: int, as_of: date) -> YearShares | None:
    """Shares of an area's sections for ``year`` up to ``as_of`` from each section's year-to-date class
    (the mean of its monthly means, :func:`section_rows`)."""
    last = min(as_of, date(year, 12, 31))
    month = (
        WaterMonthly.objects.filter(section__in=sections, month__year=year, month__lte=last)
        .order_by("-month")
        .values_list("month", flat=True)
        .first()
    )
    if month is None:
        return None
    rows = [r for r in section_rows(sections, month) if r.ytd_class]
    n = len(rows)

    def pct(k: int, d: int) -> float | None:
        return round(100 * k / d, 2) if d else None

    with_target = [r for r in rows if r.section.target_class]
    drinking = list(
        WaterMonthly.objects.filter(
            section__in=[s for s in sections if s.drinking_source], month__year=year, month__lte=month
        ).exclude(water_class=0)
    )
    ok = sum(1 for m in drinking if m.water_class <= (m.target_class or 3))
    return YearShares(
        year=year,
        month=month,
        sections=n,
        i_iii=pct(sum(1 for r in rows if r.ytd_class <= 3), n),
        worse_v=pct(sum(1 for r in rows if r.ytd_class == 6), n),
        compliance=pct(sum(1 for r in with_target if r.ytd_meets_target), len(with_target)),
        drinking=pct(ok, len(drinking)),
        drinking_months=len(drinking),
        complete=as_of > date(year, 12, 31),
    )
