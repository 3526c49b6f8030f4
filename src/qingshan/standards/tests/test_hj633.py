"""HJ 633-2012 / HJ 633-2026 pinned by worked examples computed by hand from the standards' own tables."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from qingshan.standards import hj633
from qingshan.standards.hj633 import (
    CO_24H,
    NO2_1H,
    NO2_24H,
    O3_1H,
    O3_8H,
    PM10_24H,
    PM25_24H,
    SO2_1H,
    SO2_24H,
    daily_aqi,
    iaqi,
)

# Worked values (reference README, recomputed here by formula (1)):
#   PM2.5 80, 2012: (150-100)/(115-75)*(80-75)+100 = 106.25 → 107 (rounded up, §6.2)
#   PM2.5 80, 2026: (150-100)/(115-60)*(80-60)+100 = 118.18 → 119 (§4.2.6)
#   PM2.5 75, 2026: 50/55*15+100 = 113.6 → 114;  PM10 150, 2026: 50/130*30+100 = 111.5 → 112
#   CO 24h 2.9: 50/2*0.9+50 = 72.5 → 73;  O3 8h 150: 50/60*50+50 = 91.7 → 92;  SO2 24h 100: 50/100*50+50 = 75
WORKED = [
    (PM25_24H, 80, "2012", 107),
    (PM25_24H, 80, "2026", 119),
    (PM25_24H, 75, "2012", 100),
    (PM25_24H, 75, "2026", 114),
    (PM10_24H, 150, "2012", 100),
    (PM10_24H, 150, "2026", 112),
    (CO_24H, 2.9, "2012", 73),
    (CO_24H, 2.9, "2026", 73),
    (O3_8H, 150, "2012", 92),
    (O3_8H, 150, "2026", 92),
    (SO2_24H, 100, "2012", 75),
    (SO2_24H, 100, "2026", 75),
    (PM25_24H, 36, "2012", 52),  # 50/40*1+50 = 51.25 → 52 (python-aqi's gapped table gives 51)
    (NO2_24H, 81, "2012", 101),  # 50/100*1+100 = 100.5 → 101
]


@pytest.mark.parametrize(("item", "conc", "version", "expected"), WORKED)
def test_worked_examples(item, conc, version, expected):
    assert iaqi(item, np.array([conc]), version)[0] == expected


@pytest.mark.parametrize("version", ["2012", "2026"])
def test_every_breakpoint_maps_to_its_own_level(version):
    """At a breakpoint the IAQI is exactly that row's level (Table 1 / Table 3), for every column."""
    v = hj633.get_version(version)
    for item, bp in v.tables.items():
        for level, c in zip(hj633.IAQI_LEVELS, bp, strict=True):
            if np.isnan(c):
                continue
            assert iaqi(item, np.array([c]), v)[0] == level, (item, c)


@pytest.mark.parametrize("version", ["2012", "2026"])
def test_just_above_a_breakpoint_rounds_up(version):
    """§6.2 / §4.2.6: results are rounded *up* — a hair above a breakpoint is the next integer."""
    v = hj633.get_version(version)
    for item, bp in v.tables.items():
        for level, c in zip(hj633.IAQI_LEVELS[:-1], bp[:-1], strict=True):
            if np.isnan(c) or c == np.nanmax(bp):
                continue
            assert iaqi(item, np.array([c + 0.01]), v)[0] == level + 1, (item, c)


def test_zero_and_missing():
    assert iaqi(PM25_24H, np.array([0.0]))[0] == 0
    assert np.isnan(iaqi(PM25_24H, np.array([np.nan]))[0])


def test_above_table_top_is_500_and_flagged():
    for v in ("2012", "2026"):
        assert iaqi(PM25_24H, np.array([600.0]), v)[0] == 500
        res = daily_aqi(_day(PM25_24H=600.0), v)
        assert res.aqi[0] == 500 and res.above_range[PM25_24H][0]


def test_so2_1h_above_800():
    # 2026 Table 3 note b: IAQI = 200. 2012 Table 1 note (2): not computed (the 24h IAQI is reported instead).
    assert iaqi(SO2_1H, np.array([900.0]), "2026")[0] == 200
    assert np.isnan(iaqi(SO2_1H, np.array([900.0]), "2012")[0])
    h = {
        SO2_1H: [900.0],
        NO2_1H: [10.0],
        PM10_24H: [10.0],
        hj633.CO_1H: [0.5],
        O3_1H: [10.0],
        O3_8H: [10.0],
        PM25_24H: [10.0],
        SO2_24H: [200.0],
    }
    h = {k: np.array(v) for k, v in h.items()}
    res = hj633.hourly_aqi(h, "2012")
    assert (
        res.iaqi[SO2_1H][0] == iaqi(SO2_24H, np.array([200.0]), "2012")[0] == 108
    )  # 50/325*50+100 = 107.7 → 108
    assert res.aqi[0] == 108


def test_o3_8h_above_800():
    # 2026 Table 3 note c: IAQI 300. 2012 note (3): report the O3 1h IAQI.
    assert iaqi(O3_8H, np.array([850.0]), "2026")[0] == 300
    r12 = daily_aqi(_day(O3_8H=850.0, O3_1H=900.0), "2012")
    assert r12.iaqi[O3_8H][0] == iaqi(O3_1H, np.array([900.0]), "2012")[0] == 350


def _day(**over) -> dict[str, np.ndarray]:
    """One station-day; keyword names are the item constants' names (PM25_24H=80.0)."""
    base = {
        SO2_24H: 10.0,
        NO2_24H: 20.0,
        PM10_24H: 30.0,
        CO_24H: 0.5,
        O3_1H: 60.0,
        O3_8H: 50.0,
        PM25_24H: 20.0,
    }
    base.update({getattr(hj633, name): value for name, value in over.items()})
    return {k: np.array([v]) for k, v in base.items()}


def test_daily_items_per_version():
    # 2012 §5.1.2: 7 items including O3 daily max 1h; 2026 §4.2.2: 6 items, O3 1h dropped.
    assert len(hj633.HJ633_2012.daily_items) == 7 and O3_1H in hj633.HJ633_2012.daily_items
    assert len(hj633.HJ633_2026.daily_items) == 6 and O3_1H not in hj633.HJ633_2026.daily_items
    # O3 1h max 250 (IAQI 125) makes a 2012 day light-polluted but is not a 2026 item.
    r12 = daily_aqi(_day(O3_1H=250.0), "2012")
    r26 = daily_aqi(_day(O3_1H=250.0), "2026")
    assert r12.aqi[0] == 125 and r12.primary_pollutants(0) == ["O3"]
    assert r26.aqi[0] == 30  # PM10 30 → 30 (the maximum); NO2 20 → 25; PM2.5 20 → 50/35*20 = 28.6 → 29


def test_2026_rounds_concentrations_by_gbt8170_first():
    # §4.2.2: PM2.5 60.5 → 60 (half to even) → IAQI 100; unrounded it would be 50/55*0.5+100 → 101.
    assert daily_aqi(_day(PM25_24H=60.5), "2026").aqi[0] == 100
    assert daily_aqi(_day(PM25_24H=61.5), "2026").aqi[0] == 102  # 62 → 101.8 → 102
    # CO to one decimal: 4.05 → 4.0 (even) → IAQI 100
    assert daily_aqi(_day(CO_24H=4.05), "2026").iaqi[CO_24H][0] == 100
    # 2012 does not round: 60.5 stays, under the 2012 table 60.5 → 50/40*25.5+50 = 81.9 → 82
    assert daily_aqi(_day(PM25_24H=60.5), "2012").iaqi[PM25_24H][0] == 82


def test_categories_levels_and_colours():
    aqi = np.array([0, 1, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500, np.nan])
    assert hj633.category_level(aqi).tolist() == [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 0]
    assert [c.colour for c in hj633.CATEGORIES] == [
        (0, 228, 0),
        (255, 255, 0),
        (255, 126, 0),
        (255, 0, 0),
        (153, 0, 76),
        (126, 0, 35),
    ]
    assert [c.name_zh for c in hj633.CATEGORIES] == [
        "优",
        "良",
        "轻度污染",
        "中度污染",
        "重度污染",
        "严重污染",
    ]


def test_aqi_range_starts_at_one_under_2026():
    zero = {k: np.array([0.0]) for k in _day()}
    assert daily_aqi(zero, "2012").aqi[0] == 0
    assert daily_aqi(zero, "2026").aqi[0] == 1  # §4.1.1: the AQI range is 1-500


def test_primary_pollutants_ties_and_threshold():
    # PM10 150 → 100 and NO2 80 → 100 under 2012: both primary (§4.4.2, ties named together).
    r = daily_aqi(_day(PM10_24H=150.0, NO2_24H=80.0), "2012")
    assert r.aqi[0] == 100 and sorted(r.primary_pollutants(0)) == ["NO2", "PM10"]
    # AQI ≤ 50: no primary pollutant.
    r = daily_aqi(_day(), "2012")
    assert r.aqi[0] <= 50 and r.primary_pollutants(0) == []
    masks = daily_aqi(_day(PM10_24H=150.0, NO2_24H=80.0), "2012").primary_mask()
    assert masks["PM10"][0] and masks["NO2"][0] and not masks["SO2"][0]


def test_over_standard_pollutants_exist_in_2012_only():
    r12 = daily_aqi(_day(PM25_24H=80.0, PM10_24H=160.0), "2012")
    assert r12.over_standard(0) == ["PM10", "PM2.5"]
    r26 = daily_aqi(_day(PM25_24H=80.0, PM10_24H=160.0), "2026")
    assert r26.over_standard(0) == []


def test_missing_items_publish_only_above_100():
    # 2026 §5.3.1: with an item missing, the AQI of the rest is published only when it exceeds 100.
    low = daily_aqi(_day(SO2_24H=np.nan), "2026")
    assert np.isnan(low.aqi[0]) and not low.complete[0] and low.level[0] == 0
    high = daily_aqi(_day(SO2_24H=np.nan, PM25_24H=80.0), "2026")
    assert high.aqi[0] == 119 and high.level[0] == 3


def test_version_chosen_by_date_and_forced():
    assert hj633.version_for(date(2026, 2, 28)).code == "2012"
    assert hj633.version_for(date(2026, 3, 1)).code == "2026"
    assert hj633.get_version("2026") is hj633.HJ633_2026
    with pytest.raises(ValueError, match="unknown HJ 633 version"):
        hj633.get_version("2019")


def test_vectorised_equals_elementwise():
    rng = np.random.default_rng(7)
    c = rng.uniform(0, 700, 5000)
    whole = iaqi(PM25_24H, c, "2026")
    for i in range(0, 5000, 97):
        assert iaqi(PM25_24H, c[i : i + 1], "2026")[0] == whole[i]
