"""HJ 633 环境空气质量指数(AQI)技术规定 — the 2012 text (HJ 633-2012) and the 2026 revision (HJ 633-2026,
in force from 2026-03-01). Vectorised over numpy arrays: one call computes any number of station-days or hours.

Clause map (2012 / 2026):

- IAQI breakpoints: Table 1 / Table 3.                        → :data:`HJ633_2012`, :data:`HJ633_2026` ``tables``
- IAQI formula (1), linear interpolation: §4.2 / §4.2.4.       → :func:`iaqi`
- AQI = max IAQI, formula (2): §4.4.1 / §4.2.4.                → :func:`aqi_from_iaqi`
- IAQI and AQI rounded **up** to integers: §6.2 / §4.2.6.      → :func:`iaqi`
- SO₂ 1h above 800 µg/m³: Table 1 note (2) — no IAQI, report the SO₂ 24h IAQI / Table 3 note b — IAQI = 200.
- O₃ 8h above 800 µg/m³: Table 1 note (3) — use the O₃ 1h IAQI / Table 3 note c — IAQI = 300.
- Daily items: §5.1.2 (7 items, O₃ 1h max included) / §4.2.2 (6 items, concentrations rounded per GB/T 8170:
  µg/m³ to integers, CO mg/m³ to one decimal).
- Real-time (hourly) AQI: §5.1.3, §5.1.4 and Table 4 / §4.2.3. The 2012 text lists nine real-time items (six 1h
  means, the O₃ 8h moving mean and the PM 24h moving means) and does not say which PM value enters the AQI; the
  national network has published, since 2013, the AQI of the six 1h means with PM2.5/PM10 1h values taken against
  the 24h breakpoints — the rule HJ 633-2026 §4.2.3 writes down. Evidence: in the network's 2019 archive of the
  five seed cities this rule reproduces the published AQI on 145,171 of 145,184 station-hours (every one of the
  135,553 with all six pollutants), the PM 24h moving means on about 10 %, the O₃ 8h mean added on 73 % — so
  :func:`hourly_aqi` follows the network under both texts (``docs/standards.md``).
- Incomplete real-time records: the network (2012 era) publishes the AQI of the items present, whatever its value
  (7,793 such station-hours with AQI ≤ 100 in the archive); 2026 §5.3.1 publishes it only above 100.
- Categories and colours: Table 2, Appendix A / Table 1 (AQI range 1–500, 优 is 1–50, §4.1.1).
- Primary pollutant (AQI > 50, ties all named): §4.4.2 / §4.3.1. Over-standard pollutant (IAQI > 100): 2012 §3.6,
  §4.4.2 only — the 2026 text has no such term.
- Missing items: 2026 §5.3.1 — AQI from the remaining items, published only when it exceeds 100, else NA.

Above the top of a table (IAQI 500): the 2026 text bounds AQI to 1–500 (§4.1.1); the 2012 text is silent, and this
library reports 500 for both and flags the item ``above_range`` so a reader sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from .rounding import round_gbt8170

#: IAQI levels of every table's rows (HJ 633-2012 Table 1, HJ 633-2026 Table 3).
IAQI_LEVELS = np.array([0, 50, 100, 150, 200, 300, 400, 500], dtype=float)

# Item keys. Concentrations are µg/m³, CO mg/m³.
SO2_24H, SO2_1H, NO2_24H, NO2_1H = "SO2_24h", "SO2_1h", "NO2_24h", "NO2_1h"
PM10_24H, PM25_24H, CO_24H, CO_1H = "PM10_24h", "PM2_5_24h", "CO_24h", "CO_1h"
O3_1H, O3_8H = "O3_1h", "O3_8h"

#: Pollutant of each item (the name a primary pollutant is reported by).
POLLUTANT = {
    SO2_24H: "SO2",
    SO2_1H: "SO2",
    NO2_24H: "NO2",
    NO2_1H: "NO2",
    PM10_24H: "PM10",
    PM25_24H: "PM2.5",
    CO_24H: "CO",
    CO_1H: "CO",
    O3_1H: "O3",
    O3_8H: "O3",
}

_NAN = np.nan
# HJ 633-2012 Table 1 (verified against HJ633-2012.txt lines 170-185). NaN: no breakpoint at that level.
_TABLE_2012 = {
    SO2_24H: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    SO2_1H: [0, 150, 500, 650, 800, _NAN, _NAN, _NAN],
    NO2_24H: [0, 40, 80, 180, 280, 565, 750, 940],
    NO2_1H: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    PM10_24H: [0, 50, 150, 250, 350, 420, 500, 600],
    CO_24H: [0, 2, 4, 14, 24, 36, 48, 60],
    CO_1H: [0, 5, 10, 35, 60, 90, 120, 150],
    O3_1H: [0, 160, 200, 300, 400, 800, 1000, 1200],
    O3_8H: [0, 100, 160, 215, 265, 800, _NAN, _NAN],
    PM25_24H: [0, 35, 75, 115, 150, 250, 350, 500],
}
# HJ 633-2026 Table 3 (read from pages/HJ633-2026-p6.png): PM10 100-level 150 → 120, PM2.5 75 → 60.
_TABLE_2026 = {
    **_TABLE_2012,
    PM10_24H: [0, 50, 120, 250, 350, 420, 500, 600],
    PM25_24H: [0, 35, 60, 115, 150, 250, 350, 500],
}


@dataclass(frozen=True)
class Category:
    level: int  # 1..6 (一级 … 六级)
    name_zh: str
    name_en: str
    colour: tuple[int, int, int]
    aqi_min: int
    aqi_max: int | None


#: HJ 633-2012 Table 2 and Appendix A colours; HJ 633-2026 Table 1 (优 starts at 1).
CATEGORIES = (
    Category(1, "优", "Excellent", (0, 228, 0), 0, 50),
    Category(2, "良", "Good", (255, 255, 0), 51, 100),
    Category(3, "轻度污染", "Lightly polluted", (255, 126, 0), 101, 150),
    Category(4, "中度污染", "Moderately polluted", (255, 0, 0), 151, 200),
    Category(5, "重度污染", "Heavily polluted", (153, 0, 76), 201, 300),
    Category(6, "严重污染", "Severely polluted", (126, 0, 35), 301, None),
)
LEVEL_BOUNDS = np.array([50, 100, 150, 200, 300])


@dataclass(frozen=True)
class AqiVersion:
    """One text of HJ 633 as data. Choose with :func:`version_for` or :data:`VERSIONS`."""

    code: str  # "2012" | "2026"
    title: str
    effective_from: date
    tables: dict[str, np.ndarray]
    daily_items: tuple[str, ...]
    hourly_items: tuple[str, ...]
    round_concentrations: bool  # GB/T 8170 before IAQI (2026 §4.2.2)
    so2_1h_above_800: str  # "use_24h" (2012 note 2) | "fixed_200" (2026 note b)
    o3_8h_above_800: str  # "use_1h" (2012 note 3) | "fixed_300" (2026 note c)
    has_over_standard: bool  # 超标污染物 defined (2012 only)
    aqi_min: int  # 0 (2012) or 1 (2026 §4.1.1)
    na_unless_above_100_when_incomplete: bool = True  # daily records
    hourly_na_unless_above_100_when_incomplete: bool = True  # real-time records
    notes: tuple[str, ...] = field(default=())


def _tables(raw: dict[str, list[float]]) -> dict[str, np.ndarray]:
    return {k: np.array(v, dtype=float) for k, v in raw.items()}


HJ633_2012 = AqiVersion(
    code="2012",
    title="HJ 633-2012",
    effective_from=date(2016, 1, 1),
    tables=_tables(_TABLE_2012),
    daily_items=(SO2_24H, NO2_24H, PM10_24H, CO_24H, O3_1H, O3_8H, PM25_24H),
    # The network's real-time practice under the 2012 text (module note): six 1h values, PM on the 24h columns.
    hourly_items=(SO2_1H, NO2_1H, PM10_24H, CO_1H, O3_1H, PM25_24H),
    round_concentrations=False,
    so2_1h_above_800="use_24h",
    o3_8h_above_800="use_1h",
    has_over_standard=True,
    aqi_min=0,
    hourly_na_unless_above_100_when_incomplete=False,
    notes=(
        "Missing items: the 2012 text only says to report them (§5.1.1); like the 2026 text (§5.3.1) the AQI of an "
        "incomplete day is published only above 100 [R, applied to 2012 by analogy].",
        "Real-time AQI as the network published it under the 2012 text: PM2.5/PM10 1h values on the 24h "
        "breakpoints, O3 8h not included, an incomplete hour's AQI from the items present (archive evidence).",
    ),
)
HJ633_2026 = AqiVersion(
    code="2026",
    title="HJ 633-2026",
    effective_from=date(2026, 3, 1),
    tables=_tables(_TABLE_2026),
    daily_items=(SO2_24H, NO2_24H, PM10_24H, CO_24H, O3_8H, PM25_24H),
    hourly_items=(SO2_1H, NO2_1H, PM10_24H, CO_1H, O3_1H, PM25_24H),
    round_concentrations=True,
    so2_1h_above_800="fixed_200",
    o3_8h_above_800="fixed_300",
    has_over_standard=False,
    aqi_min=1,
)
VERSIONS = {"2012": HJ633_2012, "2026": HJ633_2026}


def version_for(day: date) -> AqiVersion:
    """The text in force on ``day``: HJ 633-2026 from 2026-03-01, HJ 633-2012 before."""
    return HJ633_2026 if day >= HJ633_2026.effective_from else HJ633_2012


def get_version(name: str | AqiVersion) -> AqiVersion:
    if isinstance(name, AqiVersion):
        return name
    try:
        return VERSIONS[str(name)]
    except KeyError:
        raise ValueError(f"unknown HJ 633 version {name!r}; use one of {sorted(VERSIONS)}") from None


#: Decimals of reported concentrations (HJ 633-2026 §4.2.2): µg/m³ integers, CO mg/m³ one decimal.
def report_decimals(item: str) -> int:
    return 1 if item.startswith("CO") else 0


def round_concentration(item: str, values: np.ndarray) -> np.ndarray:
    """GB/T 8170 rounding of a concentration as HJ 633-2026 §4.2.2 requires."""
    return round_gbt8170(values, report_decimals(item))


_EPS = 1e-9  # IAQI values are rationals; this absorbs binary round-off before rounding up (§6.2/§4.2.6).


def iaqi(item: str, conc: np.ndarray | float, version: AqiVersion | str = HJ633_2012) -> np.ndarray:
    """IAQI of ``item`` by formula (1), rounded up (§6.2 / §4.2.6). NaN in → NaN out.

    Above the table's last breakpoint the IAQI is 500 (see the module note); the SO₂ 1h and O₃ 8h "above 800"
    rules that need another item are applied in :func:`daily_aqi` and :func:`hourly_aqi`; here those items give
    NaN above 800 under 2012 and 200 / 300 under 2026.
    """
    v = get_version(version)
    bp, levels, top = _interp_table(v, item)
    c = np.asarray(conc, dtype=float)
    # Formula (1) is piecewise-linear interpolation between neighbouring breakpoints: np.interp evaluates it in
    # one C pass (0 at or below 0, NaN stays NaN, clamped to the last level above the table's top).
    out = np.ceil(np.interp(c, bp, levels) - _EPS)
    if item in (SO2_1H, O3_8H):
        with np.errstate(invalid="ignore"):
            above = c > top
        if above.any():
            if item == SO2_1H:
                out[above] = 200.0 if v.so2_1h_above_800 == "fixed_200" else np.nan
            else:
                out[above] = 300.0 if v.o3_8h_above_800 == "fixed_300" else np.nan
    np.maximum(out, 0.0, out=out)
    return out


_INTERP_CACHE: dict[tuple[str, str], tuple[np.ndarray, np.ndarray, float]] = {}


def _interp_table(v: AqiVersion, item: str) -> tuple[np.ndarray, np.ndarray, float]:
    key = (v.code, item)
    if key not in _INTERP_CACHE:
        bp = v.tables[item]
        ok = ~np.isnan(bp)
        _INTERP_CACHE[key] = (bp[ok], IAQI_LEVELS[ok], float(bp[ok][-1]))
    return _INTERP_CACHE[key]


def category_level(aqi: np.ndarray) -> np.ndarray:
    """Level 1..6 of each AQI (Table 2 / Table 1); 0 where AQI is NaN."""
    a = np.asarray(aqi, dtype=float)
    lvl = np.searchsorted(LEVEL_BOUNDS, a, side="left") + 1
    return np.where(np.isnan(a), 0, lvl)


@dataclass
class AqiResult:
    """Result of an AQI computation over N records (station-days or station-hours)."""

    version: AqiVersion
    items: tuple[str, ...]
    concentrations: dict[str, np.ndarray]  # as used (rounded under 2026)
    iaqi: dict[str, np.ndarray]
    aqi: np.ndarray  # float with NaN for NA
    level: np.ndarray  # 0 = NA, else 1..6
    complete: np.ndarray  # every item valid
    above_range: dict[str, np.ndarray]

    def primary_pollutants(self, i: int) -> list[str]:
        """Primary pollutant(s) of record i: AQI > 50, every item at the maximum (2012 §4.4.2, 2026 §4.3.1)."""
        a = self.aqi[i]
        if not a > 50:
            return []
        names: list[str] = []
        for item in self.items:
            if self.iaqi[item][i] == a and POLLUTANT[item] not in names:
                names.append(POLLUTANT[item])
        return names

    def primary_mask(self) -> dict[str, np.ndarray]:
        """Vectorised primary-pollutant flags per pollutant name."""
        out: dict[str, np.ndarray] = {}
        ok = self.aqi > 50
        for item in self.items:
            flag = ok & (self.iaqi[item] == self.aqi)
            name = POLLUTANT[item]
            out[name] = out[name] | flag if name in out else flag
        return out

    def over_standard(self, i: int) -> list[str]:
        """超标污染物: items with IAQI > 100 (HJ 633-2012 §3.6, §4.4.2). Empty under 2026, which drops the term."""
        if not self.version.has_over_standard:
            return []
        names: list[str] = []
        for item in self.items:
            if self.iaqi[item][i] > 100 and POLLUTANT[item] not in names:
                names.append(POLLUTANT[item])
        return names


def _combine(
    version: AqiVersion,
    items: tuple[str, ...],
    conc: dict[str, np.ndarray],
    values: dict[str, np.ndarray],
    na_unless_above_100: bool,
) -> AqiResult:
    n = len(next(iter(conc.values())))
    stack = np.vstack([values[it] for it in items]) if items else np.full((1, n), np.nan)
    with np.errstate(invalid="ignore"):
        aqi = np.nanmax(np.where(np.isnan(stack), -1.0, stack), axis=0)
    aqi = np.where(aqi < 0, np.nan, aqi)
    complete = ~np.isnan(stack).any(axis=0)
    if na_unless_above_100:
        # 2026 §5.3.1: an incomplete record's AQI is published only when it exceeds 100.
        aqi = np.where(~complete & ~(aqi > 100), np.nan, aqi)
    aqi = np.where(np.isnan(aqi), np.nan, np.maximum(aqi, version.aqi_min))
    above = {}
    for it in items:
        with np.errstate(invalid="ignore"):
            above[it] = conc[it] > np.nanmax(version.tables[it])
    return AqiResult(version, items, conc, values, aqi, category_level(aqi), complete, above)


def daily_aqi(conc: dict[str, np.ndarray], version: AqiVersion | str = HJ633_2012) -> AqiResult:
    """Daily AQI of N station-days.

    ``conc`` maps the version's daily items (:attr:`AqiVersion.daily_items`) to arrays of daily values: SO₂, NO₂, PM10,
    PM2.5 and CO 24h means, O₃ daily max 8h mean and (2012) O₃ daily max 1h mean; NaN where an item is invalid.
    Under 2026 the concentrations are first rounded by GB/T 8170 (§4.2.2).
    """
    v = get_version(version)
    items = v.daily_items
    missing = [it for it in items if it not in conc]
    if missing:
        raise KeyError(f"daily AQI under {v.title} needs items {missing}")
    used = {it: np.asarray(conc[it], dtype=float) for it in items}
    if v.round_concentrations:
        used = {it: round_concentration(it, c) for it, c in used.items()}
    values = {it: iaqi(it, used[it], v) for it in items}
    if v.o3_8h_above_800 == "use_1h":
        # 2012 Table 1 note (3): O₃ 8h above 800 → no 8h IAQI; the O₃ 1h IAQI is reported (it is a daily item too).
        values[O3_8H] = np.where(used[O3_8H] > 800, values[O3_1H], values[O3_8H])
    return _combine(v, items, used, values, v.na_unless_above_100_when_incomplete)


def hourly_aqi(conc: dict[str, np.ndarray], version: AqiVersion | str = HJ633_2012) -> AqiResult:
    """Real-time (hourly) AQI of N station-hours as the national network publishes it (2012 §5.1.3-§5.1.4 and
    Table 4 as practised; 2026 §4.2.3 as written).

    Items are the version's ``hourly_items``: SO₂, NO₂, CO and O₃ 1h means, and the PM10 and PM2.5 **1h** means
    passed under the ``PM10_24h`` / ``PM2_5_24h`` keys because they are taken against the 24h breakpoints. An
    hour with an item missing: under 2012 the AQI of the items present (network practice); under 2026 NA unless
    above 100 (§5.3.1). For SO₂ 1h above 800 under 2012, pass ``SO2_24h`` (the 24h moving mean) so note (2) can
    be applied.
    """
    v = get_version(version)
    items = v.hourly_items
    used = {it: np.asarray(conc[it], dtype=float) for it in items}
    if v.round_concentrations:
        used = {it: round_concentration(it, c) for it, c in used.items()}
    values = {it: iaqi(it, used[it], v) for it in items}
    if v.so2_1h_above_800 == "use_24h":
        so2_24 = conc.get(SO2_24H)
        fallback = iaqi(SO2_24H, so2_24, v) if so2_24 is not None else np.full_like(used[SO2_1H], np.nan)
        values[SO2_1H] = np.where(used[SO2_1H] > 800, fallback, values[SO2_1H])
    return _combine(v, items, used, values, v.hourly_na_unless_above_100_when_incomplete)
